# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.referrals_list_direction import ReferralsListDirection
from ...models.referrals_list_priority import ReferralsListPriority
from ...models.referrals_list_response import ReferralsListResponse
from ...types import UNSET, Unset, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    patient_mrn: str | Unset = UNSET,
    status: str | Unset = UNSET,
    priority: ReferralsListPriority | Unset = UNSET,
    direction: ReferralsListDirection | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["patient_mrn"] = patient_mrn

    params["status"] = status

    json_priority: str | Unset = UNSET
    if not isinstance(priority, Unset):
        json_priority = priority

    params["priority"] = json_priority

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["ehr_id"] = ehr_id

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/referrals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReferralsListResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, ReferralsListResponse.from_dict)
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
) -> Response[ErrorResponse | ReferralsListResponse]:
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
    patient_mrn: str | Unset = UNSET,
    status: str | Unset = UNSET,
    priority: ReferralsListPriority | Unset = UNSET,
    direction: ReferralsListDirection | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | ReferralsListResponse]:
    """List referrals

     Returns the referrals stored in Cobalt's database for a date range, with optional filters, one page
    at a time. By default the newest referrals (by referral date) come first.

    Args:
        start_date (datetime.date): First day of the range, `YYYY-MM-DD`.
        end_date (datetime.date): Last day of the range, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only referrals for the patient with this MRN.
        status (str | Unset): Only referrals with this status.
        priority (ReferralsListPriority | Unset): Only referrals with this priority.
        direction (ReferralsListDirection | Unset): Only incoming or only outgoing referrals.
        ehr_id (str | Unset): Only the referral with this EMR referral id.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of referrals per page (at most 100). Default: 100.
        sort (str | Unset): Sort order. Pass `created_at` to sort ascending by creation time; when
            omitted, referrals are sorted by referral date, newest first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReferralsListResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        status=status,
        priority=priority,
        direction=direction,
        ehr_id=ehr_id,
        page=page,
        page_size=page_size,
        sort=sort,
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
    patient_mrn: str | Unset = UNSET,
    status: str | Unset = UNSET,
    priority: ReferralsListPriority | Unset = UNSET,
    direction: ReferralsListDirection | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    sort: str | Unset = UNSET,
) -> ErrorResponse | ReferralsListResponse | None:
    """List referrals

     Returns the referrals stored in Cobalt's database for a date range, with optional filters, one page
    at a time. By default the newest referrals (by referral date) come first.

    Args:
        start_date (datetime.date): First day of the range, `YYYY-MM-DD`.
        end_date (datetime.date): Last day of the range, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only referrals for the patient with this MRN.
        status (str | Unset): Only referrals with this status.
        priority (ReferralsListPriority | Unset): Only referrals with this priority.
        direction (ReferralsListDirection | Unset): Only incoming or only outgoing referrals.
        ehr_id (str | Unset): Only the referral with this EMR referral id.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of referrals per page (at most 100). Default: 100.
        sort (str | Unset): Sort order. Pass `created_at` to sort ascending by creation time; when
            omitted, referrals are sorted by referral date, newest first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReferralsListResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        status=status,
        priority=priority,
        direction=direction,
        ehr_id=ehr_id,
        page=page,
        page_size=page_size,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    patient_mrn: str | Unset = UNSET,
    status: str | Unset = UNSET,
    priority: ReferralsListPriority | Unset = UNSET,
    direction: ReferralsListDirection | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | ReferralsListResponse]:
    """List referrals

     Returns the referrals stored in Cobalt's database for a date range, with optional filters, one page
    at a time. By default the newest referrals (by referral date) come first.

    Args:
        start_date (datetime.date): First day of the range, `YYYY-MM-DD`.
        end_date (datetime.date): Last day of the range, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only referrals for the patient with this MRN.
        status (str | Unset): Only referrals with this status.
        priority (ReferralsListPriority | Unset): Only referrals with this priority.
        direction (ReferralsListDirection | Unset): Only incoming or only outgoing referrals.
        ehr_id (str | Unset): Only the referral with this EMR referral id.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of referrals per page (at most 100). Default: 100.
        sort (str | Unset): Sort order. Pass `created_at` to sort ascending by creation time; when
            omitted, referrals are sorted by referral date, newest first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReferralsListResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        status=status,
        priority=priority,
        direction=direction,
        ehr_id=ehr_id,
        page=page,
        page_size=page_size,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    patient_mrn: str | Unset = UNSET,
    status: str | Unset = UNSET,
    priority: ReferralsListPriority | Unset = UNSET,
    direction: ReferralsListDirection | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    sort: str | Unset = UNSET,
) -> ErrorResponse | ReferralsListResponse | None:
    """List referrals

     Returns the referrals stored in Cobalt's database for a date range, with optional filters, one page
    at a time. By default the newest referrals (by referral date) come first.

    Args:
        start_date (datetime.date): First day of the range, `YYYY-MM-DD`.
        end_date (datetime.date): Last day of the range, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only referrals for the patient with this MRN.
        status (str | Unset): Only referrals with this status.
        priority (ReferralsListPriority | Unset): Only referrals with this priority.
        direction (ReferralsListDirection | Unset): Only incoming or only outgoing referrals.
        ehr_id (str | Unset): Only the referral with this EMR referral id.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of referrals per page (at most 100). Default: 100.
        sort (str | Unset): Sort order. Pass `created_at` to sort ascending by creation time; when
            omitted, referrals are sorted by referral date, newest first.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReferralsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            patient_mrn=patient_mrn,
            status=status,
            priority=priority,
            direction=direction,
            ehr_id=ehr_id,
            page=page,
            page_size=page_size,
            sort=sort,
        )
    ).parsed
