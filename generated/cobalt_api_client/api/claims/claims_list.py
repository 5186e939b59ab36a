# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.claims_list_response import ClaimsListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/claims",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClaimsListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, ClaimsListResponse.from_dict)
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
) -> Response[ClaimsListResponse | ErrorResponse]:
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
    start_date: datetime.date,
    end_date: datetime.date,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> Response[ClaimsListResponse | ErrorResponse]:
    """List claims

     Returns the claims Cobalt has synced from the EMR for a date range, one page at a time. Each claim
    carries its EMR identifiers, status, money totals, the insurances billed and a balances roll-up.

    Args:
        start_date (datetime.date): First day of the date range, `YYYY-MM-DD`. The docs do not say
            whether the range applies to the service date or the claim date.
        end_date (datetime.date): Last day of the date range, `YYYY-MM-DD`.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of claims per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> ClaimsListResponse | ErrorResponse | None:
    """List claims

     Returns the claims Cobalt has synced from the EMR for a date range, one page at a time. Each claim
    carries its EMR identifiers, status, money totals, the insurances billed and a balances roll-up.

    Args:
        start_date (datetime.date): First day of the date range, `YYYY-MM-DD`. The docs do not say
            whether the range applies to the service date or the claim date.
        end_date (datetime.date): Last day of the date range, `YYYY-MM-DD`.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of claims per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> Response[ClaimsListResponse | ErrorResponse]:
    """List claims

     Returns the claims Cobalt has synced from the EMR for a date range, one page at a time. Each claim
    carries its EMR identifiers, status, money totals, the insurances billed and a balances roll-up.

    Args:
        start_date (datetime.date): First day of the date range, `YYYY-MM-DD`. The docs do not say
            whether the range applies to the service date or the claim date.
        end_date (datetime.date): Last day of the date range, `YYYY-MM-DD`.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of claims per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> ClaimsListResponse | ErrorResponse | None:
    """List claims

     Returns the claims Cobalt has synced from the EMR for a date range, one page at a time. Each claim
    carries its EMR identifiers, status, money totals, the insurances billed and a balances roll-up.

    Args:
        start_date (datetime.date): First day of the date range, `YYYY-MM-DD`. The docs do not say
            whether the range applies to the service date or the claim date.
        end_date (datetime.date): Last day of the date range, `YYYY-MM-DD`.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of claims per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            page_size=page_size,
        )
    ).parsed
