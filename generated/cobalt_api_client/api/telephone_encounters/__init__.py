# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `telephone_encounters` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

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
    async_raw_method,
    raw_method,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.telephone_encounter_created_event import TelephoneEncounterCreatedEvent
    from ...models.telephone_encounters_add_action_response import TelephoneEncountersAddActionResponse
    from ...models.telephone_encounters_create_response import TelephoneEncountersCreateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "TelephoneEncountersResource",
    "AsyncTelephoneEncountersResource",
    "TelephoneEncountersResourceWithRawResponse",
    "AsyncTelephoneEncountersResourceWithRawResponse",
]

_OP_TELEPHONE_ENCOUNTERS_CREATE = Operation(
    name="telephone_encounters_create",
    method="POST",
    path="/telephone-encounters",
    requires_access_token=True,
)
_OP_TELEPHONE_ENCOUNTERS_ADD_ACTION = Operation(
    name="telephone_encounters_add_action",
    method="POST",
    path="/telephone-encounters/actions",
    requires_access_token=True,
)


class TelephoneEncountersResource:
    """`telephone_encounters` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create(
        self,
        *,
        patient_mrn: str,
        provider_id: str,
        location_id: str,
        assigned_to_id: str,
        reason: str | Unset = UNSET,
        refill_medication_name: str | Unset = UNSET,
        pharmacy_ehr_id: str | Unset = UNSET,
        pharmacy: str | Unset = UNSET,
        caller: str | Unset = UNSET,
        message: str | Unset = UNSET,
        priority: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[TelephoneEncountersCreateResponse, TelephoneEncounterCreatedEvent]:
        """Create a telephone encounter

        Queues creation of a telephone encounter for a patient, with the provider, location and
        assignee given by their EHR ids. Optionally a refillable medication of the patient can be
        attached as a refill (matched by name, case-insensitively and partially) together with a
        pharmacy. If a requested refill medication is not found, no encounter is created. The
        outcome is reported by a telephone_encounter webhook event.

        `POST /telephone-encounters`

        Args:
            patient_mrn: Medical record number of the patient.
            provider_id: EHR id (ehr_id from GET /providers) of the provider the encounter is
                for.
            location_id: EHR id (ehr_id from GET /locations) of the encounter's location.
            assigned_to_id: EHR id of the person the encounter is assigned to.
            reason: Reason for the call, at most 50 characters. Optional.
            refill_medication_name: Name (or part of it, any case) of one of the patient's
                refillable medications to attach as a refill. If no refillable medication matches,
                the encounter is not created. Optional.
            pharmacy_ehr_id: EHR id of a pharmacy from the organization's pharmacy list (GET
                /pharmacies); linked to the encounter together with a refill and added to the
                patient's pharmacies if missing. Optional.
            pharmacy: Pharmacy named in the docs index; see pharmacy_ehr_id. Optional.
            caller: Caller of the telephone encounter. Optional.
            message: Message recorded with the telephone encounter. Optional.
            priority: Priority of the telephone encounter. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.telephone_encounter_created_event import TelephoneEncounterCreatedEvent
        from ...models.telephone_encounters_create_request import TelephoneEncountersCreateRequest
        from ...models.telephone_encounters_create_response import TelephoneEncountersCreateResponse
        from . import telephone_encounters_create as _telephone_encounters_create

        return self._runner.job(
            _telephone_encounters_create,
            {
                "body": TelephoneEncountersCreateRequest(
                    patient_mrn=patient_mrn,
                    provider_id=provider_id,
                    location_id=location_id,
                    assigned_to_id=assigned_to_id,
                    reason=reason,
                    refill_medication_name=refill_medication_name,
                    pharmacy_ehr_id=pharmacy_ehr_id,
                    pharmacy=pharmacy,
                    caller=caller,
                    message=message,
                    priority=priority,
                ),
            },
            op=_OP_TELEPHONE_ENCOUNTERS_CREATE,
            expect=TelephoneEncountersCreateResponse,
            event=TelephoneEncounterCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def add_action(
        self,
        *,
        emr_appointment_id: str,
        text: str,
        is_high_priority: bool | str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[TelephoneEncountersAddActionResponse, object]:
        """Add an action to a telephone encounter

        Queues a text entry to be appended to the action log of an existing telephone encounter in
        the EHR. Cobalt stamps the entry with the staff member's name, the date and time and the
        time zone. Completion is reported by a webhook event.

        `POST /telephone-encounters/actions`

        Args:
            emr_appointment_id: EHR id of the telephone encounter to append to (the field name
                is historical).
            text: Text of the action entry.
            is_high_priority: Flags the action as high priority. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.telephone_encounters_add_action_request import TelephoneEncountersAddActionRequest
        from ...models.telephone_encounters_add_action_response import TelephoneEncountersAddActionResponse
        from . import telephone_encounters_add_action as _telephone_encounters_add_action

        return self._runner.job(
            _telephone_encounters_add_action,
            {
                "body": TelephoneEncountersAddActionRequest(
                    emr_appointment_id=emr_appointment_id,
                    text=text,
                    is_high_priority=is_high_priority,
                ),
            },
            op=_OP_TELEPHONE_ENCOUNTERS_ADD_ACTION,
            expect=TelephoneEncountersAddActionResponse,
            event=object,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncTelephoneEncountersResource:
    """`telephone_encounters` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create(
        self,
        *,
        patient_mrn: str,
        provider_id: str,
        location_id: str,
        assigned_to_id: str,
        reason: str | Unset = UNSET,
        refill_medication_name: str | Unset = UNSET,
        pharmacy_ehr_id: str | Unset = UNSET,
        pharmacy: str | Unset = UNSET,
        caller: str | Unset = UNSET,
        message: str | Unset = UNSET,
        priority: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[TelephoneEncountersCreateResponse, TelephoneEncounterCreatedEvent]:
        """Create a telephone encounter

        Queues creation of a telephone encounter for a patient, with the provider, location and
        assignee given by their EHR ids. Optionally a refillable medication of the patient can be
        attached as a refill (matched by name, case-insensitively and partially) together with a
        pharmacy. If a requested refill medication is not found, no encounter is created. The
        outcome is reported by a telephone_encounter webhook event.

        `POST /telephone-encounters`

        Args:
            patient_mrn: Medical record number of the patient.
            provider_id: EHR id (ehr_id from GET /providers) of the provider the encounter is
                for.
            location_id: EHR id (ehr_id from GET /locations) of the encounter's location.
            assigned_to_id: EHR id of the person the encounter is assigned to.
            reason: Reason for the call, at most 50 characters. Optional.
            refill_medication_name: Name (or part of it, any case) of one of the patient's
                refillable medications to attach as a refill. If no refillable medication matches,
                the encounter is not created. Optional.
            pharmacy_ehr_id: EHR id of a pharmacy from the organization's pharmacy list (GET
                /pharmacies); linked to the encounter together with a refill and added to the
                patient's pharmacies if missing. Optional.
            pharmacy: Pharmacy named in the docs index; see pharmacy_ehr_id. Optional.
            caller: Caller of the telephone encounter. Optional.
            message: Message recorded with the telephone encounter. Optional.
            priority: Priority of the telephone encounter. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.telephone_encounter_created_event import TelephoneEncounterCreatedEvent
        from ...models.telephone_encounters_create_request import TelephoneEncountersCreateRequest
        from ...models.telephone_encounters_create_response import TelephoneEncountersCreateResponse
        from . import telephone_encounters_create as _telephone_encounters_create

        return await self._runner.job(
            _telephone_encounters_create,
            {
                "body": TelephoneEncountersCreateRequest(
                    patient_mrn=patient_mrn,
                    provider_id=provider_id,
                    location_id=location_id,
                    assigned_to_id=assigned_to_id,
                    reason=reason,
                    refill_medication_name=refill_medication_name,
                    pharmacy_ehr_id=pharmacy_ehr_id,
                    pharmacy=pharmacy,
                    caller=caller,
                    message=message,
                    priority=priority,
                ),
            },
            op=_OP_TELEPHONE_ENCOUNTERS_CREATE,
            expect=TelephoneEncountersCreateResponse,
            event=TelephoneEncounterCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def add_action(
        self,
        *,
        emr_appointment_id: str,
        text: str,
        is_high_priority: bool | str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[TelephoneEncountersAddActionResponse, object]:
        """Add an action to a telephone encounter

        Queues a text entry to be appended to the action log of an existing telephone encounter in
        the EHR. Cobalt stamps the entry with the staff member's name, the date and time and the
        time zone. Completion is reported by a webhook event.

        `POST /telephone-encounters/actions`

        Args:
            emr_appointment_id: EHR id of the telephone encounter to append to (the field name
                is historical).
            text: Text of the action entry.
            is_high_priority: Flags the action as high priority. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.telephone_encounters_add_action_request import TelephoneEncountersAddActionRequest
        from ...models.telephone_encounters_add_action_response import TelephoneEncountersAddActionResponse
        from . import telephone_encounters_add_action as _telephone_encounters_add_action

        return await self._runner.job(
            _telephone_encounters_add_action,
            {
                "body": TelephoneEncountersAddActionRequest(
                    emr_appointment_id=emr_appointment_id,
                    text=text,
                    is_high_priority=is_high_priority,
                ),
            },
            op=_OP_TELEPHONE_ENCOUNTERS_ADD_ACTION,
            expect=TelephoneEncountersAddActionResponse,
            event=object,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class TelephoneEncountersResourceWithRawResponse:
    """`telephone_encounters` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `TelephoneEncountersResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = TelephoneEncountersResource(runner)
        self.create = raw_method(resource.create)
        self.add_action = raw_method(resource.add_action)


class AsyncTelephoneEncountersResourceWithRawResponse:
    """`telephone_encounters` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncTelephoneEncountersResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncTelephoneEncountersResource(runner)
        self.create = async_raw_method(resource.create)
        self.add_action = async_raw_method(resource.add_action)
