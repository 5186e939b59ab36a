# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.availability_list_calculation_method import (
    AvailabilityListCalculationMethod,
)
from ...models.availability_list_provider_type import (
    AvailabilityListProviderType,
)
from ...models.availability_list_response import AvailabilityListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


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
    provider_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
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

    json_provider_ids: list[str] | Unset = UNSET
    if not isinstance(provider_ids, Unset):
        json_provider_ids = provider_ids

    params["provider_ids"] = json_provider_ids

    json_location_ids: list[str] | Unset = UNSET
    if not isinstance(location_ids, Unset):
        json_location_ids = location_ids

    params["location_ids"] = json_location_ids

    params["max_slot_duration"] = max_slot_duration

    params["facility_scoped_scheduling"] = facility_scoped_scheduling

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    if "provider_ids" in params:
        params["provider_ids"] = ",".join(map(str, params["provider_ids"]))
    if "location_ids" in params:
        params["location_ids"] = ",".join(map(str, params["location_ids"]))

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
    provider_type: AvailabilityListProviderType | Unset = "primary",
    fallback_to_default_hours: bool | Unset = UNSET,
    calculation_method: AvailabilityListCalculationMethod | Unset = "gaps",
    slot_type: str | Unset = UNSET,
    buffer: int | Unset = UNSET,
    visit_type: str | Unset = UNSET,
    daily_appointment_limit: int | Unset = UNSET,
    daily_limit_type: str | Unset = UNSET,
    provider_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: bool | Unset = UNSET,
) -> Response[AvailabilityListResponse | ErrorResponse]:
    """List available appointment windows

     Computes open time windows from Cobalt's cached schedules and appointments, either as gaps between
    booked visits (`gaps`), as pre-defined open slots (`slots`) or as equal slots (`equal_slots`), with
    optional buffers and daily limits. Only providers whose status is `active` and whose
    `hide_in_availability` is false are included.

    Args:
        start_date (datetime.date): Start of the window. Documented as `YYYY-MM-DD`; the examples
            send a full ISO 8601 timestamp.
        end_date (datetime.date): End of the window. Documented as `YYYY-MM-DD`; the examples send
            a full ISO 8601 timestamp.
        provider_type (AvailabilityListProviderType | Unset): Compute availability for the primary
            or the secondary provider. Default: 'primary'.
        fallback_to_default_hours (bool | Unset): Use default hours for providers that have no
            availability rules.
        calculation_method (AvailabilityListCalculationMethod | Unset): `gaps` finds free time
            between working hours and booked visits; `slots` looks for pre-defined open slots (often
            marked in appointment titles or notes); `equal_slots` is listed by the newest docs without
            a description. Default: 'gaps'.
        slot_type (str | Unset): Title of the pre-defined slots to look for (case-insensitive,
            e.g. `Open`). Required when `calculation_method` is `slots`.
        buffer (int | Unset): Minutes blocked after each appointment of `visit_type` (or of every
            type).
        visit_type (str | Unset): `all` or a visit-type code of the account (case-insensitive)
            whose appointments the buffer follows; treated as `all` when `buffer` is given without it.
        daily_appointment_limit (int | Unset): Maximum appointments of `daily_limit_type` per
            provider per day; once reached, that day shows no more availability for the type. Requires
            `daily_limit_type`.
        daily_limit_type (str | Unset): Visit-type code (case-insensitive) counted by
            `daily_appointment_limit`, which it requires.
        provider_ids (list[str] | Unset): Provider EHR ids to restrict the result to (sent comma-
            separated).
        location_ids (list[str] | Unset): Location EHR ids (sent comma-separated); windows are
            matched on their `facility_id`, and windows without one are dropped when this is given.
        max_slot_duration (int | Unset): Maximum length of a returned window, presumably in
            minutes.
        facility_scoped_scheduling (bool | Unset): Scope scheduling to facilities (the behaviour
            is not described in the docs).

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
    provider_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: bool | Unset = UNSET,
) -> AvailabilityListResponse | ErrorResponse | None:
    """List available appointment windows

     Computes open time windows from Cobalt's cached schedules and appointments, either as gaps between
    booked visits (`gaps`), as pre-defined open slots (`slots`) or as equal slots (`equal_slots`), with
    optional buffers and daily limits. Only providers whose status is `active` and whose
    `hide_in_availability` is false are included.

    Args:
        start_date (datetime.date): Start of the window. Documented as `YYYY-MM-DD`; the examples
            send a full ISO 8601 timestamp.
        end_date (datetime.date): End of the window. Documented as `YYYY-MM-DD`; the examples send
            a full ISO 8601 timestamp.
        provider_type (AvailabilityListProviderType | Unset): Compute availability for the primary
            or the secondary provider. Default: 'primary'.
        fallback_to_default_hours (bool | Unset): Use default hours for providers that have no
            availability rules.
        calculation_method (AvailabilityListCalculationMethod | Unset): `gaps` finds free time
            between working hours and booked visits; `slots` looks for pre-defined open slots (often
            marked in appointment titles or notes); `equal_slots` is listed by the newest docs without
            a description. Default: 'gaps'.
        slot_type (str | Unset): Title of the pre-defined slots to look for (case-insensitive,
            e.g. `Open`). Required when `calculation_method` is `slots`.
        buffer (int | Unset): Minutes blocked after each appointment of `visit_type` (or of every
            type).
        visit_type (str | Unset): `all` or a visit-type code of the account (case-insensitive)
            whose appointments the buffer follows; treated as `all` when `buffer` is given without it.
        daily_appointment_limit (int | Unset): Maximum appointments of `daily_limit_type` per
            provider per day; once reached, that day shows no more availability for the type. Requires
            `daily_limit_type`.
        daily_limit_type (str | Unset): Visit-type code (case-insensitive) counted by
            `daily_appointment_limit`, which it requires.
        provider_ids (list[str] | Unset): Provider EHR ids to restrict the result to (sent comma-
            separated).
        location_ids (list[str] | Unset): Location EHR ids (sent comma-separated); windows are
            matched on their `facility_id`, and windows without one are dropped when this is given.
        max_slot_duration (int | Unset): Maximum length of a returned window, presumably in
            minutes.
        facility_scoped_scheduling (bool | Unset): Scope scheduling to facilities (the behaviour
            is not described in the docs).

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
    provider_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: bool | Unset = UNSET,
) -> Response[AvailabilityListResponse | ErrorResponse]:
    """List available appointment windows

     Computes open time windows from Cobalt's cached schedules and appointments, either as gaps between
    booked visits (`gaps`), as pre-defined open slots (`slots`) or as equal slots (`equal_slots`), with
    optional buffers and daily limits. Only providers whose status is `active` and whose
    `hide_in_availability` is false are included.

    Args:
        start_date (datetime.date): Start of the window. Documented as `YYYY-MM-DD`; the examples
            send a full ISO 8601 timestamp.
        end_date (datetime.date): End of the window. Documented as `YYYY-MM-DD`; the examples send
            a full ISO 8601 timestamp.
        provider_type (AvailabilityListProviderType | Unset): Compute availability for the primary
            or the secondary provider. Default: 'primary'.
        fallback_to_default_hours (bool | Unset): Use default hours for providers that have no
            availability rules.
        calculation_method (AvailabilityListCalculationMethod | Unset): `gaps` finds free time
            between working hours and booked visits; `slots` looks for pre-defined open slots (often
            marked in appointment titles or notes); `equal_slots` is listed by the newest docs without
            a description. Default: 'gaps'.
        slot_type (str | Unset): Title of the pre-defined slots to look for (case-insensitive,
            e.g. `Open`). Required when `calculation_method` is `slots`.
        buffer (int | Unset): Minutes blocked after each appointment of `visit_type` (or of every
            type).
        visit_type (str | Unset): `all` or a visit-type code of the account (case-insensitive)
            whose appointments the buffer follows; treated as `all` when `buffer` is given without it.
        daily_appointment_limit (int | Unset): Maximum appointments of `daily_limit_type` per
            provider per day; once reached, that day shows no more availability for the type. Requires
            `daily_limit_type`.
        daily_limit_type (str | Unset): Visit-type code (case-insensitive) counted by
            `daily_appointment_limit`, which it requires.
        provider_ids (list[str] | Unset): Provider EHR ids to restrict the result to (sent comma-
            separated).
        location_ids (list[str] | Unset): Location EHR ids (sent comma-separated); windows are
            matched on their `facility_id`, and windows without one are dropped when this is given.
        max_slot_duration (int | Unset): Maximum length of a returned window, presumably in
            minutes.
        facility_scoped_scheduling (bool | Unset): Scope scheduling to facilities (the behaviour
            is not described in the docs).

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
    provider_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: bool | Unset = UNSET,
) -> AvailabilityListResponse | ErrorResponse | None:
    """List available appointment windows

     Computes open time windows from Cobalt's cached schedules and appointments, either as gaps between
    booked visits (`gaps`), as pre-defined open slots (`slots`) or as equal slots (`equal_slots`), with
    optional buffers and daily limits. Only providers whose status is `active` and whose
    `hide_in_availability` is false are included.

    Args:
        start_date (datetime.date): Start of the window. Documented as `YYYY-MM-DD`; the examples
            send a full ISO 8601 timestamp.
        end_date (datetime.date): End of the window. Documented as `YYYY-MM-DD`; the examples send
            a full ISO 8601 timestamp.
        provider_type (AvailabilityListProviderType | Unset): Compute availability for the primary
            or the secondary provider. Default: 'primary'.
        fallback_to_default_hours (bool | Unset): Use default hours for providers that have no
            availability rules.
        calculation_method (AvailabilityListCalculationMethod | Unset): `gaps` finds free time
            between working hours and booked visits; `slots` looks for pre-defined open slots (often
            marked in appointment titles or notes); `equal_slots` is listed by the newest docs without
            a description. Default: 'gaps'.
        slot_type (str | Unset): Title of the pre-defined slots to look for (case-insensitive,
            e.g. `Open`). Required when `calculation_method` is `slots`.
        buffer (int | Unset): Minutes blocked after each appointment of `visit_type` (or of every
            type).
        visit_type (str | Unset): `all` or a visit-type code of the account (case-insensitive)
            whose appointments the buffer follows; treated as `all` when `buffer` is given without it.
        daily_appointment_limit (int | Unset): Maximum appointments of `daily_limit_type` per
            provider per day; once reached, that day shows no more availability for the type. Requires
            `daily_limit_type`.
        daily_limit_type (str | Unset): Visit-type code (case-insensitive) counted by
            `daily_appointment_limit`, which it requires.
        provider_ids (list[str] | Unset): Provider EHR ids to restrict the result to (sent comma-
            separated).
        location_ids (list[str] | Unset): Location EHR ids (sent comma-separated); windows are
            matched on their `facility_id`, and windows without one are dropped when this is given.
        max_slot_duration (int | Unset): Maximum length of a returned window, presumably in
            minutes.
        facility_scoped_scheduling (bool | Unset): Scope scheduling to facilities (the behaviour
            is not described in the docs).

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
