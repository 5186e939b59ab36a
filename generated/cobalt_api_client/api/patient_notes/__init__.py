# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `patient_notes` operations (generated from openapi.yaml; do not edit)."""

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

if TYPE_CHECKING:
    from ...models.patient_note_created_event import PatientNoteCreatedEvent
    from ...models.patient_notes_create_response import PatientNotesCreateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "PatientNotesResource",
    "AsyncPatientNotesResource",
    "PatientNotesResourceWithRawResponse",
    "AsyncPatientNotesResourceWithRawResponse",
]

_OP_PATIENT_NOTES_CREATE = Operation(
    name="patient_notes_create",
    method="POST",
    path="/patient-notes",
    requires_access_token=True,
)


class PatientNotesResource:
    """`patient_notes` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create(
        self,
        *,
        note: str,
        subject: str,
        patient_mrn: str,
        location_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[PatientNotesCreateResponse, PatientNoteCreatedEvent]:
        """Create a patient note

        Queues a titled chart note for a patient (identified by MRN) under one of the account's
        EHR locations. The call returns the Cobalt record id and a job id immediately; the outcome
        is reported by a patient_note webhook event.

        `POST /patient-notes`

        Args:
            note: Body text of the chart note.
            subject: Title of the chart note.
            patient_mrn: Medical record number of the patient.
            location_id: EHR location id under which the note is filed; must be one of the
                locations GET /locations returns for the account.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient_note_created_event import PatientNoteCreatedEvent
        from ...models.patient_notes_create_request import PatientNotesCreateRequest
        from ...models.patient_notes_create_response import PatientNotesCreateResponse
        from . import patient_notes_create as _patient_notes_create

        return self._runner.job(
            _patient_notes_create,
            {
                "body": PatientNotesCreateRequest(
                    note=note,
                    subject=subject,
                    patient_mrn=patient_mrn,
                    location_id=location_id,
                ),
            },
            op=_OP_PATIENT_NOTES_CREATE,
            expect=PatientNotesCreateResponse,
            event=PatientNoteCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncPatientNotesResource:
    """`patient_notes` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create(
        self,
        *,
        note: str,
        subject: str,
        patient_mrn: str,
        location_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[PatientNotesCreateResponse, PatientNoteCreatedEvent]:
        """Create a patient note

        Queues a titled chart note for a patient (identified by MRN) under one of the account's
        EHR locations. The call returns the Cobalt record id and a job id immediately; the outcome
        is reported by a patient_note webhook event.

        `POST /patient-notes`

        Args:
            note: Body text of the chart note.
            subject: Title of the chart note.
            patient_mrn: Medical record number of the patient.
            location_id: EHR location id under which the note is filed; must be one of the
                locations GET /locations returns for the account.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient_note_created_event import PatientNoteCreatedEvent
        from ...models.patient_notes_create_request import PatientNotesCreateRequest
        from ...models.patient_notes_create_response import PatientNotesCreateResponse
        from . import patient_notes_create as _patient_notes_create

        return await self._runner.job(
            _patient_notes_create,
            {
                "body": PatientNotesCreateRequest(
                    note=note,
                    subject=subject,
                    patient_mrn=patient_mrn,
                    location_id=location_id,
                ),
            },
            op=_OP_PATIENT_NOTES_CREATE,
            expect=PatientNotesCreateResponse,
            event=PatientNoteCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class PatientNotesResourceWithRawResponse:
    """`patient_notes` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `PatientNotesResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = PatientNotesResource(runner)
        self.create = raw_method(resource.create)


class AsyncPatientNotesResourceWithRawResponse:
    """`patient_notes` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncPatientNotesResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncPatientNotesResource(runner)
        self.create = async_raw_method(resource.create)
