# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.orders_list_response import OrdersListResponse
from ...types import UNSET, Unset, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    patient_mrn: str,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["patient_mrn"] = patient_mrn

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrdersListResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, OrdersListResponse.from_dict)
        return response_200

    if response.status_code == 400:
        response_400 = parse_json(response.content, ErrorResponse.from_dict)
        return response_400

    if response.status_code == 401:
        response_401 = parse_json(response.content, ErrorResponse.from_dict)
        return response_401

    if response.status_code == 403:
        response_403 = parse_json(response.content, ErrorResponse.from_dict)
        return response_403

    if response.status_code == 429:
        response_429 = parse_json(response.content, ErrorResponse.from_dict)
        return response_429

    if response.status_code == 500:
        response_500 = parse_json(response.content, ErrorResponse.from_dict)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | OrdersListResponse]:
    from ...types import Response  # an attrs class built on first use (see types.py)

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    patient_mrn: str,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | OrdersListResponse]:
    """List a patient's orders

     Returns the orders (labs, imaging and similar) recorded for one patient, optionally limited to a
    date range. The list is not paginated.

    Args:
        patient_mrn (str): MRN of the patient whose orders are returned.
        start_date (datetime.date | Unset): Only orders after this date; an ISO 8601 date such as
            `2024-01-01`.
        end_date (datetime.date | Unset): Only orders before this date; an ISO 8601 date such as
            `2024-03-31`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrdersListResponse]
    """

    kwargs = _get_kwargs(
        patient_mrn=patient_mrn,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    patient_mrn: str,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> ErrorResponse | OrdersListResponse | None:
    """List a patient's orders

     Returns the orders (labs, imaging and similar) recorded for one patient, optionally limited to a
    date range. The list is not paginated.

    Args:
        patient_mrn (str): MRN of the patient whose orders are returned.
        start_date (datetime.date | Unset): Only orders after this date; an ISO 8601 date such as
            `2024-01-01`.
        end_date (datetime.date | Unset): Only orders before this date; an ISO 8601 date such as
            `2024-03-31`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrdersListResponse
    """

    return sync_detailed(
        client=client,
        patient_mrn=patient_mrn,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    patient_mrn: str,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | OrdersListResponse]:
    """List a patient's orders

     Returns the orders (labs, imaging and similar) recorded for one patient, optionally limited to a
    date range. The list is not paginated.

    Args:
        patient_mrn (str): MRN of the patient whose orders are returned.
        start_date (datetime.date | Unset): Only orders after this date; an ISO 8601 date such as
            `2024-01-01`.
        end_date (datetime.date | Unset): Only orders before this date; an ISO 8601 date such as
            `2024-03-31`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrdersListResponse]
    """

    kwargs = _get_kwargs(
        patient_mrn=patient_mrn,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    patient_mrn: str,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> ErrorResponse | OrdersListResponse | None:
    """List a patient's orders

     Returns the orders (labs, imaging and similar) recorded for one patient, optionally limited to a
    date range. The list is not paginated.

    Args:
        patient_mrn (str): MRN of the patient whose orders are returned.
        start_date (datetime.date | Unset): Only orders after this date; an ISO 8601 date such as
            `2024-01-01`.
        end_date (datetime.date | Unset): Only orders before this date; an ISO 8601 date such as
            `2024-03-31`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrdersListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            patient_mrn=patient_mrn,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
