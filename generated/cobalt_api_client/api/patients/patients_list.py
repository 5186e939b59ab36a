# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.patients_list_response import PatientsListResponse
from ...types import UNSET, Unset, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    dob: datetime.date | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    mrn: str | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_dob: str | Unset = UNSET
    if not isinstance(dob, Unset):
        json_dob = dob.isoformat()
    params["dob"] = json_dob

    params["first_name"] = first_name

    params["last_name"] = last_name

    params["mrn"] = mrn

    params["ehr_id"] = ehr_id

    params["phone"] = phone

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/patients",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PatientsListResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, PatientsListResponse.from_dict)
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
) -> Response[ErrorResponse | PatientsListResponse]:
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
    dob: datetime.date | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    mrn: str | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[ErrorResponse | PatientsListResponse]:
    """List patients

     Returns the patients Cobalt has cached for the linked account, optionally filtered by name, date of
    birth, MRN, EHR id or phone, one page at a time. Without filters every patient is returned.

    Args:
        dob (datetime.date | Unset): Only patients born on this date (`YYYY-MM-DD`).
        first_name (str | Unset): Filter on first name (case-insensitive, partial match).
        last_name (str | Unset): Filter on last name (case-insensitive, partial match).
        mrn (str | Unset): Filter on the patient's MRN in the EHR.
        ehr_id (str | Unset): Filter on the patient's id in the EHR.
        phone (str | Unset): Filter on phone number.
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of patients per page (default 30, at most 100, per the
            docs index). Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PatientsListResponse]
    """

    kwargs = _get_kwargs(
        dob=dob,
        first_name=first_name,
        last_name=last_name,
        mrn=mrn,
        ehr_id=ehr_id,
        phone=phone,
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
    dob: datetime.date | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    mrn: str | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> ErrorResponse | PatientsListResponse | None:
    """List patients

     Returns the patients Cobalt has cached for the linked account, optionally filtered by name, date of
    birth, MRN, EHR id or phone, one page at a time. Without filters every patient is returned.

    Args:
        dob (datetime.date | Unset): Only patients born on this date (`YYYY-MM-DD`).
        first_name (str | Unset): Filter on first name (case-insensitive, partial match).
        last_name (str | Unset): Filter on last name (case-insensitive, partial match).
        mrn (str | Unset): Filter on the patient's MRN in the EHR.
        ehr_id (str | Unset): Filter on the patient's id in the EHR.
        phone (str | Unset): Filter on phone number.
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of patients per page (default 30, at most 100, per the
            docs index). Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PatientsListResponse
    """

    return sync_detailed(
        client=client,
        dob=dob,
        first_name=first_name,
        last_name=last_name,
        mrn=mrn,
        ehr_id=ehr_id,
        phone=phone,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dob: datetime.date | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    mrn: str | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[ErrorResponse | PatientsListResponse]:
    """List patients

     Returns the patients Cobalt has cached for the linked account, optionally filtered by name, date of
    birth, MRN, EHR id or phone, one page at a time. Without filters every patient is returned.

    Args:
        dob (datetime.date | Unset): Only patients born on this date (`YYYY-MM-DD`).
        first_name (str | Unset): Filter on first name (case-insensitive, partial match).
        last_name (str | Unset): Filter on last name (case-insensitive, partial match).
        mrn (str | Unset): Filter on the patient's MRN in the EHR.
        ehr_id (str | Unset): Filter on the patient's id in the EHR.
        phone (str | Unset): Filter on phone number.
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of patients per page (default 30, at most 100, per the
            docs index). Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PatientsListResponse]
    """

    kwargs = _get_kwargs(
        dob=dob,
        first_name=first_name,
        last_name=last_name,
        mrn=mrn,
        ehr_id=ehr_id,
        phone=phone,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    dob: datetime.date | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    mrn: str | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> ErrorResponse | PatientsListResponse | None:
    """List patients

     Returns the patients Cobalt has cached for the linked account, optionally filtered by name, date of
    birth, MRN, EHR id or phone, one page at a time. Without filters every patient is returned.

    Args:
        dob (datetime.date | Unset): Only patients born on this date (`YYYY-MM-DD`).
        first_name (str | Unset): Filter on first name (case-insensitive, partial match).
        last_name (str | Unset): Filter on last name (case-insensitive, partial match).
        mrn (str | Unset): Filter on the patient's MRN in the EHR.
        ehr_id (str | Unset): Filter on the patient's id in the EHR.
        phone (str | Unset): Filter on phone number.
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of patients per page (default 30, at most 100, per the
            docs index). Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PatientsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            dob=dob,
            first_name=first_name,
            last_name=last_name,
            mrn=mrn,
            ehr_id=ehr_id,
            phone=phone,
            page=page,
            page_size=page_size,
        )
    ).parsed
