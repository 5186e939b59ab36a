# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `patient_notes` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncJob,
    AsyncRunner,
    Job,
    Operation,
    SyncRunner,
    TimeoutArg,
    require_interface,
)

if TYPE_CHECKING:
    from ...models.patient_note_created_event import PatientNoteCreatedEvent
    from ...models.patient_notes_create_response import PatientNotesCreateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = ["PatientNotesResource", "AsyncPatientNotesResource"]

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
        timeout: TimeoutArg = NOT_GIVEN,
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
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.patient_note_created_event import PatientNoteCreatedEvent
        from ...models.patient_notes_create_request import PatientNotesCreateRequest
        from ...models.patient_notes_create_response import PatientNotesCreateResponse
        from . import patient_notes_create as _patient_notes_create

        return self._runner.job(
            _patient_notes_create.sync_detailed,
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
            timeout=timeout,
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
        timeout: TimeoutArg = NOT_GIVEN,
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
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.patient_note_created_event import PatientNoteCreatedEvent
        from ...models.patient_notes_create_request import PatientNotesCreateRequest
        from ...models.patient_notes_create_response import PatientNotesCreateResponse
        from . import patient_notes_create as _patient_notes_create

        return await self._runner.job(
            _patient_notes_create.asyncio_detailed,
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
            timeout=timeout,
        )
