# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `availability` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncJob,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
    Job,
    NotGiven,
    Operation,
    Query,
    SyncRunner,
    TimeoutArg,
    as_date,
    as_ids,
    async_raw_method,
    raw_method,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.availability_fetch_request_calculation_method import AvailabilityFetchRequestCalculationMethod
    from ...models.availability_fetch_request_provider_type import AvailabilityFetchRequestProviderType
    from ...models.availability_fetch_response import AvailabilityFetchResponse
    from ...models.availability_list_calculation_method import AvailabilityListCalculationMethod
    from ...models.availability_list_provider_type import AvailabilityListProviderType
    from ...models.availability_list_response import AvailabilityListResponse
    from ...models.availability_live_fetch_completed_event import AvailabilityLiveFetchCompletedEvent

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "AvailabilityResource",
    "AsyncAvailabilityResource",
    "AvailabilityResourceWithRawResponse",
    "AsyncAvailabilityResourceWithRawResponse",
]

_OP_AVAILABILITY_LIST = Operation(
    name="availability_list",
    method="GET",
    path="/availability",
    requires_access_token=True,
)
_OP_AVAILABILITY_FETCH = Operation(
    name="availability_fetch",
    method="POST",
    path="/availability/fetch",
    requires_access_token=True,
)


class AvailabilityResource:
    """`availability` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        provider_type: AvailabilityListProviderType | Unset = "primary",
        fallback_to_default_hours: bool | Unset = UNSET,
        calculation_method: AvailabilityListCalculationMethod | Unset = "gaps",
        slot_type: str | Unset = UNSET,
        buffer: int | Unset = UNSET,
        visit_type: str | Unset = UNSET,
        daily_appointment_limit: int | Unset = UNSET,
        daily_limit_type: str | Unset = UNSET,
        provider_ids: builtins.list[str] | Unset = UNSET,
        location_ids: builtins.list[str] | Unset = UNSET,
        max_slot_duration: int | Unset = UNSET,
        facility_scoped_scheduling: bool | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AvailabilityListResponse:
        """List available appointment windows

        Computes open time windows from Cobalt's cached schedules and appointments, either as gaps
        between booked visits (`gaps`), as pre-defined open slots (`slots`) or as equal slots
        (`equal_slots`), with optional buffers and daily limits. Only providers whose status is
        `active` and whose `hide_in_availability` is false are included.

        `GET /availability`

        Args:
            start_date: Start of the window. Documented as `YYYY-MM-DD`; the examples send a
                full ISO 8601 timestamp. A `datetime.date` or an ISO date string (`2024-03-14`).
            end_date: End of the window. Documented as `YYYY-MM-DD`; the examples send a full
                ISO 8601 timestamp. A `datetime.date` or an ISO date string (`2024-03-14`).
            provider_type: Compute availability for the primary or the secondary provider.
                Optional (default `'primary'`).
            fallback_to_default_hours: Use default hours for providers that have no
                availability rules. Optional.
            calculation_method: `gaps` finds free time between working hours and booked
                visits; `slots` looks for pre-defined open slots (often marked in appointment
                titles or notes); `equal_slots` is listed by the newest docs without a
                description. Optional (default `'gaps'`).
            slot_type: Title of the pre-defined slots to look for (case-insensitive, e.g.
                `Open`). Required when `calculation_method` is `slots`. Optional.
            buffer: Minutes blocked after each appointment of `visit_type` (or of every type).
                Optional.
            visit_type: `all` or a visit-type code of the account (case-insensitive) whose
                appointments the buffer follows; treated as `all` when `buffer` is given without
                it. Optional.
            daily_appointment_limit: Maximum appointments of `daily_limit_type` per provider
                per day; once reached, that day shows no more availability for the type. Requires
                `daily_limit_type`. Optional.
            daily_limit_type: Visit-type code (case-insensitive) counted by
                `daily_appointment_limit`, which it requires. Optional.
            provider_ids: Provider EHR ids to restrict the result to (sent comma-separated).
                Optional.
            location_ids: Location EHR ids (sent comma-separated); windows are matched on
                their `facility_id`, and windows without one are dropped when this is given.
                Optional.
            max_slot_duration: Maximum length of a returned window, presumably in minutes.
                Optional.
            facility_scoped_scheduling: Scope scheduling to facilities (the behaviour is not
                described in the docs). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.availability_list_response import AvailabilityListResponse
        from . import availability_list as _availability_list

        return self._runner.request(
            _availability_list,
            {
                "start_date": as_date(_OP_AVAILABILITY_LIST, "start_date", start_date),
                "end_date": as_date(_OP_AVAILABILITY_LIST, "end_date", end_date),
                "provider_type": provider_type,
                "fallback_to_default_hours": fallback_to_default_hours,
                "calculation_method": calculation_method,
                "slot_type": slot_type,
                "buffer": buffer,
                "visit_type": visit_type,
                "daily_appointment_limit": daily_appointment_limit,
                "daily_limit_type": daily_limit_type,
                "provider_ids": as_ids(_OP_AVAILABILITY_LIST, "provider_ids", provider_ids),
                "location_ids": as_ids(_OP_AVAILABILITY_LIST, "location_ids", location_ids),
                "max_slot_duration": max_slot_duration,
                "facility_scoped_scheduling": facility_scoped_scheduling,
            },
            op=_OP_AVAILABILITY_LIST,
            expect=AvailabilityListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def fetch(
        self,
        *,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        provider_ids: builtins.list[str],
        buffer: int | Unset = UNSET,
        visit_type: str | Unset = UNSET,
        calculation_method: AvailabilityFetchRequestCalculationMethod | Unset = "gaps",
        daily_appointment_limit: int | Unset = UNSET,
        daily_limit_type: str | Unset = UNSET,
        provider_type: AvailabilityFetchRequestProviderType | Unset = "primary",
        fallback_to_default_hours: bool | Unset = UNSET,
        max_slot_duration: int | Unset = UNSET,
        facility_scoped_scheduling: bool | Unset = UNSET,
        location_ids: builtins.list[str] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[AvailabilityFetchResponse, AvailabilityLiveFetchCompletedEvent]:
        """Live-fetch availability from the EHR

        Refreshes the given providers' appointments from the EHR and computes availability in one
        pass. The slots are delivered inline by the `availability.live_fetch_completed` webhook
        and are not stored, but the fetched appointments are written to Cobalt's cache, so a later
        `GET /availability` reflects them. One provider allows `end_date` up to 5 days after
        `start_date`; 2 to 10 providers require `end_date` to equal `start_date`.

        `POST /availability/fetch`

        Args:
            start_date: A `datetime.date` or an ISO date string (`2024-03-14`).
            end_date: Up to 5 days after start_date for one provider; equal to start_date for
                2-10 providers. A `datetime.date` or an ISO date string (`2024-03-14`).
            provider_ids: EHR provider ids.
            buffer: Minutes blocked after each appointment of `visit_type` (or of every type).
                Optional.
            visit_type: `all` or a visit-type code whose appointments the buffer follows.
                Optional.
            calculation_method: Optional (default `'gaps'`).
            daily_appointment_limit: Maximum appointments of `daily_limit_type` per provider
                per day. Optional.
            daily_limit_type: Visit-type code counted by `daily_appointment_limit`. Optional.
            provider_type: Optional (default `'primary'`).
            fallback_to_default_hours: Use default hours for providers without availability
                rules. Optional.
            max_slot_duration: Maximum length of a window (not described in the docs).
                Optional.
            facility_scoped_scheduling: Scope scheduling to facilities (not described in the
                docs). Optional.
            location_ids: Location EHR ids to restrict windows to. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.availability_fetch_request import AvailabilityFetchRequest
        from ...models.availability_fetch_response import AvailabilityFetchResponse
        from ...models.availability_live_fetch_completed_event import AvailabilityLiveFetchCompletedEvent
        from . import availability_fetch as _availability_fetch

        return self._runner.job(
            _availability_fetch,
            {
                "body": AvailabilityFetchRequest(
                    start_date=as_date(_OP_AVAILABILITY_FETCH, "start_date", start_date),
                    end_date=as_date(_OP_AVAILABILITY_FETCH, "end_date", end_date),
                    provider_ids=provider_ids,
                    buffer=buffer,
                    visit_type=visit_type,
                    calculation_method=calculation_method,
                    daily_appointment_limit=daily_appointment_limit,
                    daily_limit_type=daily_limit_type,
                    provider_type=provider_type,
                    fallback_to_default_hours=fallback_to_default_hours,
                    max_slot_duration=max_slot_duration,
                    facility_scoped_scheduling=facility_scoped_scheduling,
                    location_ids=location_ids,
                ),
            },
            op=_OP_AVAILABILITY_FETCH,
            expect=AvailabilityFetchResponse,
            event=AvailabilityLiveFetchCompletedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncAvailabilityResource:
    """`availability` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        provider_type: AvailabilityListProviderType | Unset = "primary",
        fallback_to_default_hours: bool | Unset = UNSET,
        calculation_method: AvailabilityListCalculationMethod | Unset = "gaps",
        slot_type: str | Unset = UNSET,
        buffer: int | Unset = UNSET,
        visit_type: str | Unset = UNSET,
        daily_appointment_limit: int | Unset = UNSET,
        daily_limit_type: str | Unset = UNSET,
        provider_ids: builtins.list[str] | Unset = UNSET,
        location_ids: builtins.list[str] | Unset = UNSET,
        max_slot_duration: int | Unset = UNSET,
        facility_scoped_scheduling: bool | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AvailabilityListResponse:
        """List available appointment windows

        Computes open time windows from Cobalt's cached schedules and appointments, either as gaps
        between booked visits (`gaps`), as pre-defined open slots (`slots`) or as equal slots
        (`equal_slots`), with optional buffers and daily limits. Only providers whose status is
        `active` and whose `hide_in_availability` is false are included.

        `GET /availability`

        Args:
            start_date: Start of the window. Documented as `YYYY-MM-DD`; the examples send a
                full ISO 8601 timestamp. A `datetime.date` or an ISO date string (`2024-03-14`).
            end_date: End of the window. Documented as `YYYY-MM-DD`; the examples send a full
                ISO 8601 timestamp. A `datetime.date` or an ISO date string (`2024-03-14`).
            provider_type: Compute availability for the primary or the secondary provider.
                Optional (default `'primary'`).
            fallback_to_default_hours: Use default hours for providers that have no
                availability rules. Optional.
            calculation_method: `gaps` finds free time between working hours and booked
                visits; `slots` looks for pre-defined open slots (often marked in appointment
                titles or notes); `equal_slots` is listed by the newest docs without a
                description. Optional (default `'gaps'`).
            slot_type: Title of the pre-defined slots to look for (case-insensitive, e.g.
                `Open`). Required when `calculation_method` is `slots`. Optional.
            buffer: Minutes blocked after each appointment of `visit_type` (or of every type).
                Optional.
            visit_type: `all` or a visit-type code of the account (case-insensitive) whose
                appointments the buffer follows; treated as `all` when `buffer` is given without
                it. Optional.
            daily_appointment_limit: Maximum appointments of `daily_limit_type` per provider
                per day; once reached, that day shows no more availability for the type. Requires
                `daily_limit_type`. Optional.
            daily_limit_type: Visit-type code (case-insensitive) counted by
                `daily_appointment_limit`, which it requires. Optional.
            provider_ids: Provider EHR ids to restrict the result to (sent comma-separated).
                Optional.
            location_ids: Location EHR ids (sent comma-separated); windows are matched on
                their `facility_id`, and windows without one are dropped when this is given.
                Optional.
            max_slot_duration: Maximum length of a returned window, presumably in minutes.
                Optional.
            facility_scoped_scheduling: Scope scheduling to facilities (the behaviour is not
                described in the docs). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.availability_list_response import AvailabilityListResponse
        from . import availability_list as _availability_list

        return await self._runner.request(
            _availability_list,
            {
                "start_date": as_date(_OP_AVAILABILITY_LIST, "start_date", start_date),
                "end_date": as_date(_OP_AVAILABILITY_LIST, "end_date", end_date),
                "provider_type": provider_type,
                "fallback_to_default_hours": fallback_to_default_hours,
                "calculation_method": calculation_method,
                "slot_type": slot_type,
                "buffer": buffer,
                "visit_type": visit_type,
                "daily_appointment_limit": daily_appointment_limit,
                "daily_limit_type": daily_limit_type,
                "provider_ids": as_ids(_OP_AVAILABILITY_LIST, "provider_ids", provider_ids),
                "location_ids": as_ids(_OP_AVAILABILITY_LIST, "location_ids", location_ids),
                "max_slot_duration": max_slot_duration,
                "facility_scoped_scheduling": facility_scoped_scheduling,
            },
            op=_OP_AVAILABILITY_LIST,
            expect=AvailabilityListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def fetch(
        self,
        *,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        provider_ids: builtins.list[str],
        buffer: int | Unset = UNSET,
        visit_type: str | Unset = UNSET,
        calculation_method: AvailabilityFetchRequestCalculationMethod | Unset = "gaps",
        daily_appointment_limit: int | Unset = UNSET,
        daily_limit_type: str | Unset = UNSET,
        provider_type: AvailabilityFetchRequestProviderType | Unset = "primary",
        fallback_to_default_hours: bool | Unset = UNSET,
        max_slot_duration: int | Unset = UNSET,
        facility_scoped_scheduling: bool | Unset = UNSET,
        location_ids: builtins.list[str] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[AvailabilityFetchResponse, AvailabilityLiveFetchCompletedEvent]:
        """Live-fetch availability from the EHR

        Refreshes the given providers' appointments from the EHR and computes availability in one
        pass. The slots are delivered inline by the `availability.live_fetch_completed` webhook
        and are not stored, but the fetched appointments are written to Cobalt's cache, so a later
        `GET /availability` reflects them. One provider allows `end_date` up to 5 days after
        `start_date`; 2 to 10 providers require `end_date` to equal `start_date`.

        `POST /availability/fetch`

        Args:
            start_date: A `datetime.date` or an ISO date string (`2024-03-14`).
            end_date: Up to 5 days after start_date for one provider; equal to start_date for
                2-10 providers. A `datetime.date` or an ISO date string (`2024-03-14`).
            provider_ids: EHR provider ids.
            buffer: Minutes blocked after each appointment of `visit_type` (or of every type).
                Optional.
            visit_type: `all` or a visit-type code whose appointments the buffer follows.
                Optional.
            calculation_method: Optional (default `'gaps'`).
            daily_appointment_limit: Maximum appointments of `daily_limit_type` per provider
                per day. Optional.
            daily_limit_type: Visit-type code counted by `daily_appointment_limit`. Optional.
            provider_type: Optional (default `'primary'`).
            fallback_to_default_hours: Use default hours for providers without availability
                rules. Optional.
            max_slot_duration: Maximum length of a window (not described in the docs).
                Optional.
            facility_scoped_scheduling: Scope scheduling to facilities (not described in the
                docs). Optional.
            location_ids: Location EHR ids to restrict windows to. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.availability_fetch_request import AvailabilityFetchRequest
        from ...models.availability_fetch_response import AvailabilityFetchResponse
        from ...models.availability_live_fetch_completed_event import AvailabilityLiveFetchCompletedEvent
        from . import availability_fetch as _availability_fetch

        return await self._runner.job(
            _availability_fetch,
            {
                "body": AvailabilityFetchRequest(
                    start_date=as_date(_OP_AVAILABILITY_FETCH, "start_date", start_date),
                    end_date=as_date(_OP_AVAILABILITY_FETCH, "end_date", end_date),
                    provider_ids=provider_ids,
                    buffer=buffer,
                    visit_type=visit_type,
                    calculation_method=calculation_method,
                    daily_appointment_limit=daily_appointment_limit,
                    daily_limit_type=daily_limit_type,
                    provider_type=provider_type,
                    fallback_to_default_hours=fallback_to_default_hours,
                    max_slot_duration=max_slot_duration,
                    facility_scoped_scheduling=facility_scoped_scheduling,
                    location_ids=location_ids,
                ),
            },
            op=_OP_AVAILABILITY_FETCH,
            expect=AvailabilityFetchResponse,
            event=AvailabilityLiveFetchCompletedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AvailabilityResourceWithRawResponse:
    """`availability` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AvailabilityResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = AvailabilityResource(runner)
        self.list = raw_method(resource.list)
        self.fetch = raw_method(resource.fetch)


class AsyncAvailabilityResourceWithRawResponse:
    """`availability` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncAvailabilityResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncAvailabilityResource(runner)
        self.list = async_raw_method(resource.list)
        self.fetch = async_raw_method(resource.fetch)
