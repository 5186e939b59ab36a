# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.eligibility_checks_list_coverage_status import (
    EligibilityChecksListCoverageStatus,
)
from ...models.eligibility_checks_list_response import EligibilityChecksListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    patient_mrn: str | Unset = UNSET,
    coverage_status: EligibilityChecksListCoverageStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["patient_mrn"] = patient_mrn

    json_coverage_status: str | Unset = UNSET
    if not isinstance(coverage_status, Unset):
        json_coverage_status = coverage_status

    params["coverage_status"] = json_coverage_status

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/eligibility-checks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EligibilityChecksListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, EligibilityChecksListResponse.from_dict)
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
) -> Response[EligibilityChecksListResponse | ErrorResponse]:
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
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    patient_mrn: str | Unset = UNSET,
    coverage_status: EligibilityChecksListCoverageStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> Response[EligibilityChecksListResponse | ErrorResponse]:
    """List eligibility checks

     Returns the clinic's insurance eligibility checks, each pairing a 270 request with the payer's 271
    answer, with optional filters on service date, patient and coverage status, one page at a time.

    Args:
        start_date (datetime.date | Unset): First service date of the range, `YYYY-MM-DD`.
        end_date (datetime.date | Unset): Last service date of the range, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only checks for the patient with this MRN.
        coverage_status (EligibilityChecksListCoverageStatus | Unset): Only checks with this
            coverage outcome.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of checks per page (at most 500). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityChecksListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        coverage_status=coverage_status,
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
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    patient_mrn: str | Unset = UNSET,
    coverage_status: EligibilityChecksListCoverageStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> EligibilityChecksListResponse | ErrorResponse | None:
    """List eligibility checks

     Returns the clinic's insurance eligibility checks, each pairing a 270 request with the payer's 271
    answer, with optional filters on service date, patient and coverage status, one page at a time.

    Args:
        start_date (datetime.date | Unset): First service date of the range, `YYYY-MM-DD`.
        end_date (datetime.date | Unset): Last service date of the range, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only checks for the patient with this MRN.
        coverage_status (EligibilityChecksListCoverageStatus | Unset): Only checks with this
            coverage outcome.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of checks per page (at most 500). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityChecksListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        coverage_status=coverage_status,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    patient_mrn: str | Unset = UNSET,
    coverage_status: EligibilityChecksListCoverageStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> Response[EligibilityChecksListResponse | ErrorResponse]:
    """List eligibility checks

     Returns the clinic's insurance eligibility checks, each pairing a 270 request with the payer's 271
    answer, with optional filters on service date, patient and coverage status, one page at a time.

    Args:
        start_date (datetime.date | Unset): First service date of the range, `YYYY-MM-DD`.
        end_date (datetime.date | Unset): Last service date of the range, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only checks for the patient with this MRN.
        coverage_status (EligibilityChecksListCoverageStatus | Unset): Only checks with this
            coverage outcome.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of checks per page (at most 500). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityChecksListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        coverage_status=coverage_status,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    patient_mrn: str | Unset = UNSET,
    coverage_status: EligibilityChecksListCoverageStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> EligibilityChecksListResponse | ErrorResponse | None:
    """List eligibility checks

     Returns the clinic's insurance eligibility checks, each pairing a 270 request with the payer's 271
    answer, with optional filters on service date, patient and coverage status, one page at a time.

    Args:
        start_date (datetime.date | Unset): First service date of the range, `YYYY-MM-DD`.
        end_date (datetime.date | Unset): Last service date of the range, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only checks for the patient with this MRN.
        coverage_status (EligibilityChecksListCoverageStatus | Unset): Only checks with this
            coverage outcome.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of checks per page (at most 500). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityChecksListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            patient_mrn=patient_mrn,
            coverage_status=coverage_status,
            page=page,
            page_size=page_size,
        )
    ).parsed
