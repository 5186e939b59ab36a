import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.availability_list_calculation_method import (
    AvailabilityListCalculationMethod,
)
from ...models.availability_list_provider_type import (
    AvailabilityListProviderType,
)
from ...models.availability_list_response import AvailabilityListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    provider_type: AvailabilityListProviderType | Unset = "primary",
    fallback_to_default_hours: bool | Unset = UNSET,
    calculation_method: AvailabilityListCalculationMethod | Unset = "gaps",
    slot_type: str | Unset = UNSET,
    buffer: int | Unset = UNSET,
    visit_type: str | Unset = UNSET,
    daily_appointment_limit: int | Unset = UNSET,
    daily_limit_type: str | Unset = UNSET,
    provider_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_provider_type: str | Unset = UNSET
    if not isinstance(provider_type, Unset):
        json_provider_type = provider_type

    params["provider_type"] = json_provider_type

    params["fallback_to_default_hours"] = fallback_to_default_hours

    json_calculation_method: str | Unset = UNSET
    if not isinstance(calculation_method, Unset):
        json_calculation_method = calculation_method

    params["calculation_method"] = json_calculation_method

    params["slot_type"] = slot_type

    params["buffer"] = buffer

    params["visit_type"] = visit_type

    params["daily_appointment_limit"] = daily_appointment_limit

    params["daily_limit_type"] = daily_limit_type

    params["provider_ids"] = provider_ids

    params["location_ids"] = location_ids

    params["max_slot_duration"] = max_slot_duration

    params["facility_scoped_scheduling"] = facility_scoped_scheduling

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/availability",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvailabilityListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, AvailabilityListResponse.from_dict)
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
) -> Response[AvailabilityListResponse | ErrorResponse]:
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
    provider_type: AvailabilityListProviderType | Unset = "primary",
    fallback_to_default_hours: bool | Unset = UNSET,
    calculation_method: AvailabilityListCalculationMethod | Unset = "gaps",
    slot_type: str | Unset = UNSET,
    buffer: int | Unset = UNSET,
    visit_type: str | Unset = UNSET,
    daily_appointment_limit: int | Unset = UNSET,
    daily_limit_type: str | Unset = UNSET,
    provider_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: bool | Unset = UNSET,
) -> Response[AvailabilityListResponse | ErrorResponse]:
    """List available appointment windows

     Computes open time windows from Cobalt's cached schedules and appointments, either as gaps between
    booked visits (`gaps`), as pre-defined open slots (`slots`) or as equal slots (`equal_slots`), with
    optional buffers and daily limits. Only providers whose status is `active` and whose
    `hide_in_availability` is false are included.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        provider_type (AvailabilityListProviderType | Unset):  Default: 'primary'.
        fallback_to_default_hours (bool | Unset):
        calculation_method (AvailabilityListCalculationMethod | Unset):  Default: 'gaps'.
        slot_type (str | Unset):
        buffer (int | Unset):
        visit_type (str | Unset):
        daily_appointment_limit (int | Unset):
        daily_limit_type (str | Unset):
        provider_ids (str | Unset):
        location_ids (str | Unset):
        max_slot_duration (int | Unset):
        facility_scoped_scheduling (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        provider_type=provider_type,
        fallback_to_default_hours=fallback_to_default_hours,
        calculation_method=calculation_method,
        slot_type=slot_type,
        buffer=buffer,
        visit_type=visit_type,
        daily_appointment_limit=daily_appointment_limit,
        daily_limit_type=daily_limit_type,
        provider_ids=provider_ids,
        location_ids=location_ids,
        max_slot_duration=max_slot_duration,
        facility_scoped_scheduling=facility_scoped_scheduling,
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
    provider_type: AvailabilityListProviderType | Unset = "primary",
    fallback_to_default_hours: bool | Unset = UNSET,
    calculation_method: AvailabilityListCalculationMethod | Unset = "gaps",
    slot_type: str | Unset = UNSET,
    buffer: int | Unset = UNSET,
    visit_type: str | Unset = UNSET,
    daily_appointment_limit: int | Unset = UNSET,
    daily_limit_type: str | Unset = UNSET,
    provider_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: bool | Unset = UNSET,
) -> AvailabilityListResponse | ErrorResponse | None:
    """List available appointment windows

     Computes open time windows from Cobalt's cached schedules and appointments, either as gaps between
    booked visits (`gaps`), as pre-defined open slots (`slots`) or as equal slots (`equal_slots`), with
    optional buffers and daily limits. Only providers whose status is `active` and whose
    `hide_in_availability` is false are included.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        provider_type (AvailabilityListProviderType | Unset):  Default: 'primary'.
        fallback_to_default_hours (bool | Unset):
        calculation_method (AvailabilityListCalculationMethod | Unset):  Default: 'gaps'.
        slot_type (str | Unset):
        buffer (int | Unset):
        visit_type (str | Unset):
        daily_appointment_limit (int | Unset):
        daily_limit_type (str | Unset):
        provider_ids (str | Unset):
        location_ids (str | Unset):
        max_slot_duration (int | Unset):
        facility_scoped_scheduling (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailabilityListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        provider_type=provider_type,
        fallback_to_default_hours=fallback_to_default_hours,
        calculation_method=calculation_method,
        slot_type=slot_type,
        buffer=buffer,
        visit_type=visit_type,
        daily_appointment_limit=daily_appointment_limit,
        daily_limit_type=daily_limit_type,
        provider_ids=provider_ids,
        location_ids=location_ids,
        max_slot_duration=max_slot_duration,
        facility_scoped_scheduling=facility_scoped_scheduling,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    provider_type: AvailabilityListProviderType | Unset = "primary",
    fallback_to_default_hours: bool | Unset = UNSET,
    calculation_method: AvailabilityListCalculationMethod | Unset = "gaps",
    slot_type: str | Unset = UNSET,
    buffer: int | Unset = UNSET,
    visit_type: str | Unset = UNSET,
    daily_appointment_limit: int | Unset = UNSET,
    daily_limit_type: str | Unset = UNSET,
    provider_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: bool | Unset = UNSET,
) -> Response[AvailabilityListResponse | ErrorResponse]:
    """List available appointment windows

     Computes open time windows from Cobalt's cached schedules and appointments, either as gaps between
    booked visits (`gaps`), as pre-defined open slots (`slots`) or as equal slots (`equal_slots`), with
    optional buffers and daily limits. Only providers whose status is `active` and whose
    `hide_in_availability` is false are included.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        provider_type (AvailabilityListProviderType | Unset):  Default: 'primary'.
        fallback_to_default_hours (bool | Unset):
        calculation_method (AvailabilityListCalculationMethod | Unset):  Default: 'gaps'.
        slot_type (str | Unset):
        buffer (int | Unset):
        visit_type (str | Unset):
        daily_appointment_limit (int | Unset):
        daily_limit_type (str | Unset):
        provider_ids (str | Unset):
        location_ids (str | Unset):
        max_slot_duration (int | Unset):
        facility_scoped_scheduling (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        provider_type=provider_type,
        fallback_to_default_hours=fallback_to_default_hours,
        calculation_method=calculation_method,
        slot_type=slot_type,
        buffer=buffer,
        visit_type=visit_type,
        daily_appointment_limit=daily_appointment_limit,
        daily_limit_type=daily_limit_type,
        provider_ids=provider_ids,
        location_ids=location_ids,
        max_slot_duration=max_slot_duration,
        facility_scoped_scheduling=facility_scoped_scheduling,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    provider_type: AvailabilityListProviderType | Unset = "primary",
    fallback_to_default_hours: bool | Unset = UNSET,
    calculation_method: AvailabilityListCalculationMethod | Unset = "gaps",
    slot_type: str | Unset = UNSET,
    buffer: int | Unset = UNSET,
    visit_type: str | Unset = UNSET,
    daily_appointment_limit: int | Unset = UNSET,
    daily_limit_type: str | Unset = UNSET,
    provider_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: bool | Unset = UNSET,
) -> AvailabilityListResponse | ErrorResponse | None:
    """List available appointment windows

     Computes open time windows from Cobalt's cached schedules and appointments, either as gaps between
    booked visits (`gaps`), as pre-defined open slots (`slots`) or as equal slots (`equal_slots`), with
    optional buffers and daily limits. Only providers whose status is `active` and whose
    `hide_in_availability` is false are included.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        provider_type (AvailabilityListProviderType | Unset):  Default: 'primary'.
        fallback_to_default_hours (bool | Unset):
        calculation_method (AvailabilityListCalculationMethod | Unset):  Default: 'gaps'.
        slot_type (str | Unset):
        buffer (int | Unset):
        visit_type (str | Unset):
        daily_appointment_limit (int | Unset):
        daily_limit_type (str | Unset):
        provider_ids (str | Unset):
        location_ids (str | Unset):
        max_slot_duration (int | Unset):
        facility_scoped_scheduling (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailabilityListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            provider_type=provider_type,
            fallback_to_default_hours=fallback_to_default_hours,
            calculation_method=calculation_method,
            slot_type=slot_type,
            buffer=buffer,
            visit_type=visit_type,
            daily_appointment_limit=daily_appointment_limit,
            daily_limit_type=daily_limit_type,
            provider_ids=provider_ids,
            location_ids=location_ids,
            max_slot_duration=max_slot_duration,
            facility_scoped_scheduling=facility_scoped_scheduling,
        )
    ).parsed
