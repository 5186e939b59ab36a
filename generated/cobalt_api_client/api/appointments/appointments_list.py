# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.appointments_list_appointment_mode import (
    AppointmentsListAppointmentMode,
)
from ...models.appointments_list_include_note import AppointmentsListIncludeNote
from ...models.appointments_list_response import AppointmentsListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    patient_mrn: str | Unset = UNSET,
    patient_name: str | Unset = UNSET,
    patient_phone: str | Unset = UNSET,
    include_note: AppointmentsListIncludeNote | Unset = "false",
    appointment_mode: AppointmentsListAppointmentMode | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["patient_mrn"] = patient_mrn

    params["patient_name"] = patient_name

    params["patient_phone"] = patient_phone

    json_include_note: str | Unset = UNSET
    if not isinstance(include_note, Unset):
        json_include_note = include_note

    params["include_note"] = json_include_note

    json_appointment_mode: str | Unset = UNSET
    if not isinstance(appointment_mode, Unset):
        json_appointment_mode = appointment_mode

    params["appointment_mode"] = json_appointment_mode

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/appointments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppointmentsListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, AppointmentsListResponse.from_dict)
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
) -> Response[AppointmentsListResponse | ErrorResponse]:
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
    patient_name: str | Unset = UNSET,
    patient_phone: str | Unset = UNSET,
    include_note: AppointmentsListIncludeNote | Unset = "false",
    appointment_mode: AppointmentsListAppointmentMode | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> Response[AppointmentsListResponse | ErrorResponse]:
    """List appointments

     Returns appointments from Cobalt's synced copy of the EHR schedule for a date window, optionally
    narrowed by patient, mode or page. Use `POST /appointments/fetch` for a live pull from the EHR.

    Args:
        start_date (datetime.date): First day of the window, `YYYY-MM-DD`.
        end_date (datetime.date): Last day of the window, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only return appointments for the patient with this MRN.
        patient_name (str | Unset): Case-insensitive partial match on the patient's name.
        patient_phone (str | Unset): Only return appointments for the patient with this phone
            number.
        include_note (AppointmentsListIncludeNote | Unset): Set to "true" to include progress
            notes where available; off by default to limit the PII transferred. Default: 'false'.
        appointment_mode (AppointmentsListAppointmentMode | Unset): Only return office or
            telemedicine visits; all modes when omitted.
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of appointments per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        patient_name=patient_name,
        patient_phone=patient_phone,
        include_note=include_note,
        appointment_mode=appointment_mode,
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
    patient_mrn: str | Unset = UNSET,
    patient_name: str | Unset = UNSET,
    patient_phone: str | Unset = UNSET,
    include_note: AppointmentsListIncludeNote | Unset = "false",
    appointment_mode: AppointmentsListAppointmentMode | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> AppointmentsListResponse | ErrorResponse | None:
    """List appointments

     Returns appointments from Cobalt's synced copy of the EHR schedule for a date window, optionally
    narrowed by patient, mode or page. Use `POST /appointments/fetch` for a live pull from the EHR.

    Args:
        start_date (datetime.date): First day of the window, `YYYY-MM-DD`.
        end_date (datetime.date): Last day of the window, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only return appointments for the patient with this MRN.
        patient_name (str | Unset): Case-insensitive partial match on the patient's name.
        patient_phone (str | Unset): Only return appointments for the patient with this phone
            number.
        include_note (AppointmentsListIncludeNote | Unset): Set to "true" to include progress
            notes where available; off by default to limit the PII transferred. Default: 'false'.
        appointment_mode (AppointmentsListAppointmentMode | Unset): Only return office or
            telemedicine visits; all modes when omitted.
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of appointments per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentsListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        patient_name=patient_name,
        patient_phone=patient_phone,
        include_note=include_note,
        appointment_mode=appointment_mode,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    patient_mrn: str | Unset = UNSET,
    patient_name: str | Unset = UNSET,
    patient_phone: str | Unset = UNSET,
    include_note: AppointmentsListIncludeNote | Unset = "false",
    appointment_mode: AppointmentsListAppointmentMode | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> Response[AppointmentsListResponse | ErrorResponse]:
    """List appointments

     Returns appointments from Cobalt's synced copy of the EHR schedule for a date window, optionally
    narrowed by patient, mode or page. Use `POST /appointments/fetch` for a live pull from the EHR.

    Args:
        start_date (datetime.date): First day of the window, `YYYY-MM-DD`.
        end_date (datetime.date): Last day of the window, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only return appointments for the patient with this MRN.
        patient_name (str | Unset): Case-insensitive partial match on the patient's name.
        patient_phone (str | Unset): Only return appointments for the patient with this phone
            number.
        include_note (AppointmentsListIncludeNote | Unset): Set to "true" to include progress
            notes where available; off by default to limit the PII transferred. Default: 'false'.
        appointment_mode (AppointmentsListAppointmentMode | Unset): Only return office or
            telemedicine visits; all modes when omitted.
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of appointments per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        patient_name=patient_name,
        patient_phone=patient_phone,
        include_note=include_note,
        appointment_mode=appointment_mode,
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
    patient_mrn: str | Unset = UNSET,
    patient_name: str | Unset = UNSET,
    patient_phone: str | Unset = UNSET,
    include_note: AppointmentsListIncludeNote | Unset = "false",
    appointment_mode: AppointmentsListAppointmentMode | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> AppointmentsListResponse | ErrorResponse | None:
    """List appointments

     Returns appointments from Cobalt's synced copy of the EHR schedule for a date window, optionally
    narrowed by patient, mode or page. Use `POST /appointments/fetch` for a live pull from the EHR.

    Args:
        start_date (datetime.date): First day of the window, `YYYY-MM-DD`.
        end_date (datetime.date): Last day of the window, `YYYY-MM-DD`.
        patient_mrn (str | Unset): Only return appointments for the patient with this MRN.
        patient_name (str | Unset): Case-insensitive partial match on the patient's name.
        patient_phone (str | Unset): Only return appointments for the patient with this phone
            number.
        include_note (AppointmentsListIncludeNote | Unset): Set to "true" to include progress
            notes where available; off by default to limit the PII transferred. Default: 'false'.
        appointment_mode (AppointmentsListAppointmentMode | Unset): Only return office or
            telemedicine visits; all modes when omitted.
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of appointments per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentsListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            patient_mrn=patient_mrn,
            patient_name=patient_name,
            patient_phone=patient_phone,
            include_note=include_note,
            appointment_mode=appointment_mode,
            page=page,
            page_size=page_size,
        )
    ).parsed
