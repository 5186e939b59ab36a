"""`Event`: the union of every typed webhook event class, plus `UnknownEvent`.

What `parse_event`, `WebhookDelivery.event` and a waiter hand back for a job added by id. The list
follows the spec's event table (`cobalt_api_client.models.EVENT_MODELS`); a test fails when they drift.
"""

from __future__ import annotations

from typing import TypeAlias

from cobalt_api_client.models import (
    AccessTokenLoginRequiredEvent,
    AccessTokenPasswordChangeWarningEvent,
    AppointmentCancelledEvent,
    AppointmentCreatedEvent,
    AppointmentFailedEvent,
    AppointmentLiveFetchCompletedEvent,
    AppointmentStatusUpdatedEvent,
    AppointmentUpdatedEvent,
    AvailabilityLiveFetchCompletedEvent,
    ClaimCreatedEvent,
    ClaimFailedEvent,
    DocumentCreatedEvent,
    DocumentFailedEvent,
    DocumentUploadedEvent,
    DocumentUploadFailedEvent,
    MessageCreatedEvent,
    MessageFailedEvent,
    NoteCreatedEvent,
    NoteFailedEvent,
    NoteUploadedEvent,
    PatientCreatedEvent,
    PatientFailedEvent,
    PatientInsuranceAddedEvent,
    PatientInsuranceFailedEvent,
    PatientInsuranceUpdatedEvent,
    PatientLiveFetchCompletedEvent,
    PatientNoteCreatedEvent,
    PatientNoteFailedEvent,
    PatientUpdatedEvent,
    ReferralCreatedEvent,
    ReferralFailedEvent,
    ReferringProviderCreatedEvent,
    ReferringProviderFailedEvent,
    TaskCreatedEvent,
    TaskFailedEvent,
    TaskNoteCreatedEvent,
    TaskNoteFailedEvent,
    TelephoneEncounterCreatedEvent,
    TelephoneEncounterFailedEvent,
)

from ._events import UnknownEvent

Event: TypeAlias = (
    AccessTokenLoginRequiredEvent
    | AccessTokenPasswordChangeWarningEvent
    | AppointmentCancelledEvent
    | AppointmentCreatedEvent
    | AppointmentFailedEvent
    | AppointmentLiveFetchCompletedEvent
    | AppointmentStatusUpdatedEvent
    | AppointmentUpdatedEvent
    | AvailabilityLiveFetchCompletedEvent
    | ClaimCreatedEvent
    | ClaimFailedEvent
    | DocumentCreatedEvent
    | DocumentFailedEvent
    | DocumentUploadFailedEvent
    | DocumentUploadedEvent
    | MessageCreatedEvent
    | MessageFailedEvent
    | NoteCreatedEvent
    | NoteFailedEvent
    | NoteUploadedEvent
    | PatientCreatedEvent
    | PatientFailedEvent
    | PatientInsuranceAddedEvent
    | PatientInsuranceFailedEvent
    | PatientInsuranceUpdatedEvent
    | PatientLiveFetchCompletedEvent
    | PatientNoteCreatedEvent
    | PatientNoteFailedEvent
    | PatientUpdatedEvent
    | ReferralCreatedEvent
    | ReferralFailedEvent
    | ReferringProviderCreatedEvent
    | ReferringProviderFailedEvent
    | TaskCreatedEvent
    | TaskFailedEvent
    | TaskNoteCreatedEvent
    | TaskNoteFailedEvent
    | TelephoneEncounterCreatedEvent
    | TelephoneEncounterFailedEvent
    | UnknownEvent
)

__all__ = ["Event"]
