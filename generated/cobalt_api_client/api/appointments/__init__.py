# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `appointments` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
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
    as_digits,
    as_time,
    async_raw_method,
    raw_method,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.appointment import Appointment
    from ...models.appointment_created_event import AppointmentCreatedEvent
    from ...models.appointment_live_fetch_completed_event import AppointmentLiveFetchCompletedEvent
    from ...models.appointments_create_request_new_patient import AppointmentsCreateRequestNewPatient
    from ...models.appointments_create_request_prevent_double_booking import (
        AppointmentsCreateRequestPreventDoubleBooking,
    )
    from ...models.appointments_create_response import AppointmentsCreateResponse
    from ...models.appointments_fetch_request_search_by import AppointmentsFetchRequestSearchBy
    from ...models.appointments_fetch_response import AppointmentsFetchResponse
    from ...models.appointments_get_response import AppointmentsGetResponse
    from ...models.appointments_list_appointment_mode import AppointmentsListAppointmentMode
    from ...models.appointments_list_include_note import AppointmentsListIncludeNote
    from ...models.appointments_list_response import AppointmentsListResponse
    from ...models.appointments_update_response import AppointmentsUpdateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "AppointmentsResource",
    "AsyncAppointmentsResource",
    "AppointmentsResourceWithRawResponse",
    "AsyncAppointmentsResourceWithRawResponse",
]

_OP_APPOINTMENTS_LIST = Operation(
    name="appointments_list",
    method="GET",
    path="/appointments",
    requires_access_token=True,
)
_OP_APPOINTMENTS_CREATE = Operation(
    name="appointments_create",
    method="POST",
    path="/appointments",
    requires_access_token=True,
)
_OP_APPOINTMENTS_GET = Operation(
    name="appointments_get",
    method="GET",
    path="/appointments/{id}",
    requires_access_token=True,
)
_OP_APPOINTMENTS_UPDATE = Operation(
    name="appointments_update",
    method="PATCH",
    path="/appointments/{id}",
    requires_access_token=True,
)
_OP_APPOINTMENTS_FETCH = Operation(
    name="appointments_fetch",
    method="POST",
    path="/appointments/fetch",
    requires_access_token=True,
)


class AppointmentsResource:
    """`appointments` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        patient_mrn: str | Unset = UNSET,
        patient_name: str | Unset = UNSET,
        patient_phone: str | Unset = UNSET,
        include_note: AppointmentsListIncludeNote | Unset = "false",
        appointment_mode: AppointmentsListAppointmentMode | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Pager[AppointmentsListResponse, Appointment]:
        """List appointments

        Returns appointments from Cobalt's synced copy of the EHR schedule for a date window,
        optionally narrowed by patient, mode or page. Use `POST /appointments/fetch` for a live
        pull from the EHR.

        `GET /appointments`

        Args:
            start_date: First day of the window, `YYYY-MM-DD`. A `datetime.date` or an ISO
                date string (`2024-03-14`).
            end_date: Last day of the window, `YYYY-MM-DD`. A `datetime.date` or an ISO date
                string (`2024-03-14`).
            patient_mrn: Only return appointments for the patient with this MRN. Optional.
            patient_name: Case-insensitive partial match on the patient's name. Optional.
            patient_phone: Only return appointments for the patient with this phone number.
                Optional.
            include_note: Set to "true" to include progress notes where available; off by
                default to limit the PII transferred. Optional (default `'false'`).
            appointment_mode: Only return office or telemedicine visits; all modes when
                omitted. Optional.
            page: Page number, starting at 1. Optional (default `1`).
            page_size: Number of appointments per page. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.appointment import Appointment
        from ...models.appointments_list_response import AppointmentsListResponse
        from . import appointments_list as _appointments_list

        return self._runner.paginate(
            _appointments_list,
            {
                "start_date": as_date(_OP_APPOINTMENTS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_APPOINTMENTS_LIST, "end_date", end_date),
                "patient_mrn": patient_mrn,
                "patient_name": patient_name,
                "patient_phone": patient_phone,
                "include_note": include_note,
                "appointment_mode": appointment_mode,
                "page": page,
                "page_size": page_size,
            },
            op=_OP_APPOINTMENTS_LIST,
            expect=AppointmentsListResponse,
            item=Appointment,
            items_attr="appointments",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        location: str,
        provider: str,
        type_: str,
        mrn: str | Unset = UNSET,
        patient_name: str | Unset = UNSET,
        datetime_: datetime.datetime | str | Unset = UNSET,
        date: datetime.date | str | Unset = UNSET,
        time: datetime.time | str | Unset = UNSET,
        secondary_provider: str | Unset = UNSET,
        note: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        new_patient: AppointmentsCreateRequestNewPatient | Unset = UNSET,
        prevent_double_booking: AppointmentsCreateRequestPreventDoubleBooking | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[AppointmentsCreateResponse, AppointmentCreatedEvent]:
        """Create an appointment

        Queues a new appointment for a patient in the EHR. Cobalt only validates the request
        synchronously; the booking itself is performed later and its outcome is reported through
        the `appointment.created` or `appointment.failed` webhook (or by polling `GET /webhook-
        events?job_id=...`). `provider`, `secondary_provider` and `location` take EHR identifiers
        (`ehr_id` from `GET /providers` and `GET /locations`), not Cobalt ids. The start time is
        given either as `datetime` (ISO 8601 with offset) or as `date` plus a 12-hour `time` with
        am/pm.

        `POST /appointments`

        Args:
            location: EHR id of the location (`ehr_id` from `GET /locations`).
            provider: EHR id of the primary provider (`ehr_id` from `GET /providers`).
            type_: Visit-type code of the account (see `GET /visit-types`), e.g.
                `new_patient`; older accounts used codes such as `np` or `f/u`.
            mrn: The patient's medical record number in the EHR. Optional.
            patient_name: Patient's first and last name (e.g. "Jane Doe"), as an alternative
                to `mrn`. Optional.
            datetime_: Recommended. Visit start as ISO 8601 with offset, `YYYY-MM-
                DDTHH:mm:ss±HH:MM` (24-hour clock), e.g. `2025-01-01T10:00:00-05:00`. Alternative
                to `date` + `time`. A `datetime.datetime` or an ISO date-time string
                (`2024-03-14T10:00:00Z`). Optional.
            date: Visit date `YYYY-MM-DD`, used together with `time` instead of `datetime`. A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            time: Visit time on a 12-hour clock with am/pm (`h:mm am/pm` or `hh:mm am/pm`,
                e.g. `10:00 am`), used together with `date`. A time without am/pm is rejected. The
                SDK also takes a `datetime.time` or an ISO time string (`14:30`), checked and sent
                as `2:30 pm`. Optional.
            secondary_provider: EHR id of a secondary provider. Optional.
            note: Free text attached to the appointment (e.g. notes from a phone triage).
                Optional.
            reason: Free-text reason for the visit. Optional.
            duration: Visit length in minutes (e.g. 30); when omitted the EHR's default for
                the visit type is used. Optional.
            new_patient: Marks the visit as a new-patient visit. Optional.
            prevent_double_booking: When "true", Cobalt checks the provider's schedule first
                and fails the appointment if the slot overlaps a patient visit or a schedule block
                (honoured for eClinicalWorks and Practice Fusion only; if the schedule cannot be
                checked the booking proceeds). No check when omitted. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.appointment_created_event import AppointmentCreatedEvent
        from ...models.appointments_create_request import AppointmentsCreateRequest
        from ...models.appointments_create_response import AppointmentsCreateResponse
        from . import appointments_create as _appointments_create

        return self._runner.job(
            _appointments_create,
            {
                "body": AppointmentsCreateRequest(
                    location=location,
                    provider=provider,
                    type_=type_,
                    mrn=mrn,
                    patient_name=patient_name,
                    datetime_=as_datetime(_OP_APPOINTMENTS_CREATE, "datetime_", datetime_),
                    date=as_date(_OP_APPOINTMENTS_CREATE, "date", date),
                    time=as_time(_OP_APPOINTMENTS_CREATE, "time", time),
                    secondary_provider=secondary_provider,
                    note=note,
                    reason=reason,
                    duration=as_digits(_OP_APPOINTMENTS_CREATE, "duration", duration),
                    new_patient=new_patient,
                    prevent_double_booking=prevent_double_booking,
                ),
            },
            op=_OP_APPOINTMENTS_CREATE,
            expect=AppointmentsCreateResponse,
            event=AppointmentCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AppointmentsGetResponse:
        """Get an appointment

        Returns one appointment from Cobalt's synced data by its Cobalt id.

        `GET /appointments/{id}`

        Args:
            id: Cobalt's appointment id (not the EHR appointment id).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.appointments_get_response import AppointmentsGetResponse
        from . import appointments_get as _appointments_get

        return self._runner.request(
            _appointments_get,
            {
                "id": id,
            },
            op=_OP_APPOINTMENTS_GET,
            expect=AppointmentsGetResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        id: str,
        *,
        mrn: str | Unset = UNSET,
        location: str | Unset = UNSET,
        datetime_: datetime.datetime | str | Unset = UNSET,
        appointment_datetime: datetime.datetime | str | Unset = UNSET,
        provider: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        note: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AppointmentsUpdateResponse:
        """Update an appointment

        Changes an appointment identified by its Cobalt id. While the appointment is `pending` or
        `failed` (not yet in the EHR) any attribute may be changed. Once it is `scheduled`, only
        `status` and `note` may be changed; `note` is an administrative remark on the appointment,
        not a clinical progress note.

        `PATCH /appointments/{id}`

        Args:
            id: Cobalt's appointment id (not the EHR appointment id).
            mrn: Patient MRN (pending/failed only). Optional.
            location: Location (pending/failed only). Optional.
            datetime_: New start as ISO 8601 with offset (pending/failed only). A
                `datetime.datetime` or an ISO date-time string (`2024-03-14T10:00:00Z`). Optional.
            appointment_datetime: Older name of `datetime`, used in the docs example. A
                `datetime.datetime` or an ISO date-time string (`2024-03-14T10:00:00Z`). Optional.
            provider: Provider (pending/failed only). Optional.
            type_: Visit-type code (pending/failed only). Optional.
            note: Administrative note, not a clinical note (any status). Optional.
            reason: Reason for the visit (pending/failed only). Optional.
            status: New status (scheduled appointments only). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.appointments_update_request import AppointmentsUpdateRequest
        from ...models.appointments_update_response import AppointmentsUpdateResponse
        from . import appointments_update as _appointments_update

        return self._runner.request(
            _appointments_update,
            {
                "id": id,
                "body": AppointmentsUpdateRequest(
                    mrn=mrn,
                    location=location,
                    datetime_=as_datetime(_OP_APPOINTMENTS_UPDATE, "datetime_", datetime_),
                    appointment_datetime=as_datetime(
                        _OP_APPOINTMENTS_UPDATE, "appointment_datetime", appointment_datetime
                    ),
                    provider=provider,
                    type_=type_,
                    note=note,
                    reason=reason,
                    status=status,
                ),
            },
            op=_OP_APPOINTMENTS_UPDATE,
            expect=AppointmentsUpdateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def fetch(
        self,
        *,
        search_by: AppointmentsFetchRequestSearchBy | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
        mrn: str | Unset = UNSET,
        provider_ids: builtins.list[str] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[AppointmentsFetchResponse, AppointmentLiveFetchCompletedEvent]:
        """Live-fetch appointments from the EHR

        Starts a live pull of appointments from the EHR, by date range (at most 7 days), by
        patient MRN, or by up to 10 providers. The results are written into Cobalt's appointment
        store and delivered by the `appointment.live_fetch_completed` webhook. In provider mode,
        one provider allows `end_date` up to 5 days after `start_date`; 2 to 10 providers require
        `end_date` to equal `start_date`.

        `POST /appointments/fetch`

        Args:
            search_by: Search mode; without it an `mrn` selects `mrn` mode, and otherwise
                `date_range` applies. Optional.
            start_date: First day, required for `date_range` and `provider` modes. A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            end_date: Last day, required for `date_range` (at most 7 days after start) and
                `provider` modes (up to 5 days after start for one provider, equal to start for
                2-10 providers). A `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            mrn: Patient MRN, required for `mrn` mode; returns all of the patient's
                appointments with audit info. Optional.
            provider_ids: EHR provider ids, required for `provider` mode. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.appointment_live_fetch_completed_event import AppointmentLiveFetchCompletedEvent
        from ...models.appointments_fetch_request import AppointmentsFetchRequest
        from ...models.appointments_fetch_response import AppointmentsFetchResponse
        from . import appointments_fetch as _appointments_fetch

        return self._runner.job(
            _appointments_fetch,
            {
                "body": AppointmentsFetchRequest(
                    search_by=search_by,
                    start_date=as_date(_OP_APPOINTMENTS_FETCH, "start_date", start_date),
                    end_date=as_date(_OP_APPOINTMENTS_FETCH, "end_date", end_date),
                    mrn=mrn,
                    provider_ids=provider_ids,
                ),
            },
            op=_OP_APPOINTMENTS_FETCH,
            expect=AppointmentsFetchResponse,
            event=AppointmentLiveFetchCompletedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncAppointmentsResource:
    """`appointments` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        patient_mrn: str | Unset = UNSET,
        patient_name: str | Unset = UNSET,
        patient_phone: str | Unset = UNSET,
        include_note: AppointmentsListIncludeNote | Unset = "false",
        appointment_mode: AppointmentsListAppointmentMode | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppointmentsListResponse, Appointment]:
        """List appointments

        Returns appointments from Cobalt's synced copy of the EHR schedule for a date window,
        optionally narrowed by patient, mode or page. Use `POST /appointments/fetch` for a live
        pull from the EHR.

        `GET /appointments`

        Args:
            start_date: First day of the window, `YYYY-MM-DD`. A `datetime.date` or an ISO
                date string (`2024-03-14`).
            end_date: Last day of the window, `YYYY-MM-DD`. A `datetime.date` or an ISO date
                string (`2024-03-14`).
            patient_mrn: Only return appointments for the patient with this MRN. Optional.
            patient_name: Case-insensitive partial match on the patient's name. Optional.
            patient_phone: Only return appointments for the patient with this phone number.
                Optional.
            include_note: Set to "true" to include progress notes where available; off by
                default to limit the PII transferred. Optional (default `'false'`).
            appointment_mode: Only return office or telemedicine visits; all modes when
                omitted. Optional.
            page: Page number, starting at 1. Optional (default `1`).
            page_size: Number of appointments per page. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.appointment import Appointment
        from ...models.appointments_list_response import AppointmentsListResponse
        from . import appointments_list as _appointments_list

        return await self._runner.paginate(
            _appointments_list,
            {
                "start_date": as_date(_OP_APPOINTMENTS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_APPOINTMENTS_LIST, "end_date", end_date),
                "patient_mrn": patient_mrn,
                "patient_name": patient_name,
                "patient_phone": patient_phone,
                "include_note": include_note,
                "appointment_mode": appointment_mode,
                "page": page,
                "page_size": page_size,
            },
            op=_OP_APPOINTMENTS_LIST,
            expect=AppointmentsListResponse,
            item=Appointment,
            items_attr="appointments",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        location: str,
        provider: str,
        type_: str,
        mrn: str | Unset = UNSET,
        patient_name: str | Unset = UNSET,
        datetime_: datetime.datetime | str | Unset = UNSET,
        date: datetime.date | str | Unset = UNSET,
        time: datetime.time | str | Unset = UNSET,
        secondary_provider: str | Unset = UNSET,
        note: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        new_patient: AppointmentsCreateRequestNewPatient | Unset = UNSET,
        prevent_double_booking: AppointmentsCreateRequestPreventDoubleBooking | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[AppointmentsCreateResponse, AppointmentCreatedEvent]:
        """Create an appointment

        Queues a new appointment for a patient in the EHR. Cobalt only validates the request
        synchronously; the booking itself is performed later and its outcome is reported through
        the `appointment.created` or `appointment.failed` webhook (or by polling `GET /webhook-
        events?job_id=...`). `provider`, `secondary_provider` and `location` take EHR identifiers
        (`ehr_id` from `GET /providers` and `GET /locations`), not Cobalt ids. The start time is
        given either as `datetime` (ISO 8601 with offset) or as `date` plus a 12-hour `time` with
        am/pm.

        `POST /appointments`

        Args:
            location: EHR id of the location (`ehr_id` from `GET /locations`).
            provider: EHR id of the primary provider (`ehr_id` from `GET /providers`).
            type_: Visit-type code of the account (see `GET /visit-types`), e.g.
                `new_patient`; older accounts used codes such as `np` or `f/u`.
            mrn: The patient's medical record number in the EHR. Optional.
            patient_name: Patient's first and last name (e.g. "Jane Doe"), as an alternative
                to `mrn`. Optional.
            datetime_: Recommended. Visit start as ISO 8601 with offset, `YYYY-MM-
                DDTHH:mm:ss±HH:MM` (24-hour clock), e.g. `2025-01-01T10:00:00-05:00`. Alternative
                to `date` + `time`. A `datetime.datetime` or an ISO date-time string
                (`2024-03-14T10:00:00Z`). Optional.
            date: Visit date `YYYY-MM-DD`, used together with `time` instead of `datetime`. A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            time: Visit time on a 12-hour clock with am/pm (`h:mm am/pm` or `hh:mm am/pm`,
                e.g. `10:00 am`), used together with `date`. A time without am/pm is rejected. The
                SDK also takes a `datetime.time` or an ISO time string (`14:30`), checked and sent
                as `2:30 pm`. Optional.
            secondary_provider: EHR id of a secondary provider. Optional.
            note: Free text attached to the appointment (e.g. notes from a phone triage).
                Optional.
            reason: Free-text reason for the visit. Optional.
            duration: Visit length in minutes (e.g. 30); when omitted the EHR's default for
                the visit type is used. Optional.
            new_patient: Marks the visit as a new-patient visit. Optional.
            prevent_double_booking: When "true", Cobalt checks the provider's schedule first
                and fails the appointment if the slot overlaps a patient visit or a schedule block
                (honoured for eClinicalWorks and Practice Fusion only; if the schedule cannot be
                checked the booking proceeds). No check when omitted. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.appointment_created_event import AppointmentCreatedEvent
        from ...models.appointments_create_request import AppointmentsCreateRequest
        from ...models.appointments_create_response import AppointmentsCreateResponse
        from . import appointments_create as _appointments_create

        return await self._runner.job(
            _appointments_create,
            {
                "body": AppointmentsCreateRequest(
                    location=location,
                    provider=provider,
                    type_=type_,
                    mrn=mrn,
                    patient_name=patient_name,
                    datetime_=as_datetime(_OP_APPOINTMENTS_CREATE, "datetime_", datetime_),
                    date=as_date(_OP_APPOINTMENTS_CREATE, "date", date),
                    time=as_time(_OP_APPOINTMENTS_CREATE, "time", time),
                    secondary_provider=secondary_provider,
                    note=note,
                    reason=reason,
                    duration=as_digits(_OP_APPOINTMENTS_CREATE, "duration", duration),
                    new_patient=new_patient,
                    prevent_double_booking=prevent_double_booking,
                ),
            },
            op=_OP_APPOINTMENTS_CREATE,
            expect=AppointmentsCreateResponse,
            event=AppointmentCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AppointmentsGetResponse:
        """Get an appointment

        Returns one appointment from Cobalt's synced data by its Cobalt id.

        `GET /appointments/{id}`

        Args:
            id: Cobalt's appointment id (not the EHR appointment id).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.appointments_get_response import AppointmentsGetResponse
        from . import appointments_get as _appointments_get

        return await self._runner.request(
            _appointments_get,
            {
                "id": id,
            },
            op=_OP_APPOINTMENTS_GET,
            expect=AppointmentsGetResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        id: str,
        *,
        mrn: str | Unset = UNSET,
        location: str | Unset = UNSET,
        datetime_: datetime.datetime | str | Unset = UNSET,
        appointment_datetime: datetime.datetime | str | Unset = UNSET,
        provider: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        note: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AppointmentsUpdateResponse:
        """Update an appointment

        Changes an appointment identified by its Cobalt id. While the appointment is `pending` or
        `failed` (not yet in the EHR) any attribute may be changed. Once it is `scheduled`, only
        `status` and `note` may be changed; `note` is an administrative remark on the appointment,
        not a clinical progress note.

        `PATCH /appointments/{id}`

        Args:
            id: Cobalt's appointment id (not the EHR appointment id).
            mrn: Patient MRN (pending/failed only). Optional.
            location: Location (pending/failed only). Optional.
            datetime_: New start as ISO 8601 with offset (pending/failed only). A
                `datetime.datetime` or an ISO date-time string (`2024-03-14T10:00:00Z`). Optional.
            appointment_datetime: Older name of `datetime`, used in the docs example. A
                `datetime.datetime` or an ISO date-time string (`2024-03-14T10:00:00Z`). Optional.
            provider: Provider (pending/failed only). Optional.
            type_: Visit-type code (pending/failed only). Optional.
            note: Administrative note, not a clinical note (any status). Optional.
            reason: Reason for the visit (pending/failed only). Optional.
            status: New status (scheduled appointments only). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.appointments_update_request import AppointmentsUpdateRequest
        from ...models.appointments_update_response import AppointmentsUpdateResponse
        from . import appointments_update as _appointments_update

        return await self._runner.request(
            _appointments_update,
            {
                "id": id,
                "body": AppointmentsUpdateRequest(
                    mrn=mrn,
                    location=location,
                    datetime_=as_datetime(_OP_APPOINTMENTS_UPDATE, "datetime_", datetime_),
                    appointment_datetime=as_datetime(
                        _OP_APPOINTMENTS_UPDATE, "appointment_datetime", appointment_datetime
                    ),
                    provider=provider,
                    type_=type_,
                    note=note,
                    reason=reason,
                    status=status,
                ),
            },
            op=_OP_APPOINTMENTS_UPDATE,
            expect=AppointmentsUpdateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def fetch(
        self,
        *,
        search_by: AppointmentsFetchRequestSearchBy | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
        mrn: str | Unset = UNSET,
        provider_ids: builtins.list[str] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[AppointmentsFetchResponse, AppointmentLiveFetchCompletedEvent]:
        """Live-fetch appointments from the EHR

        Starts a live pull of appointments from the EHR, by date range (at most 7 days), by
        patient MRN, or by up to 10 providers. The results are written into Cobalt's appointment
        store and delivered by the `appointment.live_fetch_completed` webhook. In provider mode,
        one provider allows `end_date` up to 5 days after `start_date`; 2 to 10 providers require
        `end_date` to equal `start_date`.

        `POST /appointments/fetch`

        Args:
            search_by: Search mode; without it an `mrn` selects `mrn` mode, and otherwise
                `date_range` applies. Optional.
            start_date: First day, required for `date_range` and `provider` modes. A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            end_date: Last day, required for `date_range` (at most 7 days after start) and
                `provider` modes (up to 5 days after start for one provider, equal to start for
                2-10 providers). A `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            mrn: Patient MRN, required for `mrn` mode; returns all of the patient's
                appointments with audit info. Optional.
            provider_ids: EHR provider ids, required for `provider` mode. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.appointment_live_fetch_completed_event import AppointmentLiveFetchCompletedEvent
        from ...models.appointments_fetch_request import AppointmentsFetchRequest
        from ...models.appointments_fetch_response import AppointmentsFetchResponse
        from . import appointments_fetch as _appointments_fetch

        return await self._runner.job(
            _appointments_fetch,
            {
                "body": AppointmentsFetchRequest(
                    search_by=search_by,
                    start_date=as_date(_OP_APPOINTMENTS_FETCH, "start_date", start_date),
                    end_date=as_date(_OP_APPOINTMENTS_FETCH, "end_date", end_date),
                    mrn=mrn,
                    provider_ids=provider_ids,
                ),
            },
            op=_OP_APPOINTMENTS_FETCH,
            expect=AppointmentsFetchResponse,
            event=AppointmentLiveFetchCompletedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AppointmentsResourceWithRawResponse:
    """`appointments` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AppointmentsResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = AppointmentsResource(runner)
        self.list = raw_method(resource.list)
        self.create = raw_method(resource.create)
        self.get = raw_method(resource.get)
        self.update = raw_method(resource.update)
        self.fetch = raw_method(resource.fetch)


class AsyncAppointmentsResourceWithRawResponse:
    """`appointments` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncAppointmentsResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncAppointmentsResource(runner)
        self.list = async_raw_method(resource.list)
        self.create = async_raw_method(resource.create)
        self.get = async_raw_method(resource.get)
        self.update = async_raw_method(resource.update)
        self.fetch = async_raw_method(resource.fetch)
