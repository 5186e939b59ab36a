"""Resources for the `availability` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from cobalt_sdk._runtime import (
    NOT_GIVEN,
    AsyncJob,
    AsyncPager,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
    Job,
    NotGiven,
    Operation,
    Pager,
    Query,
    SyncRunner,
    TimeoutArg,
    as_date,
    as_datetime,
    async_raw_method,
    raw_method,
)

from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.availability_fetch_request import AvailabilityFetchRequest
    from ...models.availability_fetch_request_calculation_method import (
        AvailabilityFetchRequestCalculationMethod,
        check_availability_fetch_request_calculation_method,
    )
    from ...models.availability_fetch_request_provider_type import (
        AvailabilityFetchRequestProviderType,
        check_availability_fetch_request_provider_type,
    )
    from ...models.availability_fetch_response import AvailabilityFetchResponse
    from ...models.availability_list_calculation_method import (
        AvailabilityListCalculationMethod,
        check_availability_list_calculation_method,
    )
    from ...models.availability_list_provider_type import (
        AvailabilityListProviderType,
        check_availability_list_provider_type,
    )
    from ...models.availability_list_response import AvailabilityListResponse
    from ...models.availability_live_fetch_completed_event import AvailabilityLiveFetchCompletedEvent
    from ...models.error_response import ErrorResponse

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
        provider_ids: str | Unset = UNSET,
        location_ids: str | Unset = UNSET,
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
                "provider_ids": provider_ids,
                "location_ids": location_ids,
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
        provider_ids: str | Unset = UNSET,
        location_ids: str | Unset = UNSET,
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
                "provider_ids": provider_ids,
                "location_ids": location_ids,
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
