# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Typed resource registries for the Cobalt API (generated from openapi.yaml; do not edit).

`SyncResources` and `AsyncResources` expose one attribute per tag of the spec. Each attribute
imports its resource module on first use, so importing the SDK stays cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cobalt_sdk.runtime_interface import AsyncRunner, SyncRunner

    from .account import AccountResource, AsyncAccountResource
    from .appointments import AppointmentsResource, AsyncAppointmentsResource
    from .availability import AsyncAvailabilityResource, AvailabilityResource
    from .claims import AsyncClaimsResource, ClaimsResource
    from .documents import AsyncDocumentsResource, DocumentsResource
    from .eligibility_checks import AsyncEligibilityChecksResource, EligibilityChecksResource
    from .insurance_providers import AsyncInsuranceProvidersResource, InsuranceProvidersResource
    from .link import AsyncLinkResource, LinkResource
    from .locations import AsyncLocationsResource, LocationsResource
    from .messages import AsyncMessagesResource, MessagesResource
    from .notes import AsyncNotesResource, NotesResource
    from .orders import AsyncOrdersResource, OrdersResource
    from .patient_insurances import AsyncPatientInsurancesResource, PatientInsurancesResource
    from .patient_notes import AsyncPatientNotesResource, PatientNotesResource
    from .patients import AsyncPatientsResource, PatientsResource
    from .pharmacies import AsyncPharmaciesResource, PharmaciesResource
    from .providers import AsyncProvidersResource, ProvidersResource
    from .referrals import AsyncReferralsResource, ReferralsResource
    from .referring_providers import AsyncReferringProvidersResource, ReferringProvidersResource
    from .settings import AsyncSettingsResource, SettingsResource
    from .tasks import AsyncTasksResource, TasksResource
    from .telephone_encounters import AsyncTelephoneEncountersResource, TelephoneEncountersResource
    from .visit_statuses import AsyncVisitStatusesResource, VisitStatusesResource
    from .visit_types import AsyncVisitTypesResource, VisitTypesResource
    from .webhook_events import AsyncWebhookEventsResource, WebhookEventsResource
    from .webhooks import AsyncWebhooksResource, WebhooksResource

RESOURCE_NAMES: tuple[str, ...] = (
    "account",
    "settings",
    "webhooks",
    "webhook_events",
    "link",
    "appointments",
    "providers",
    "availability",
    "locations",
    "claims",
    "orders",
    "referrals",
    "eligibility_checks",
    "notes",
    "patient_notes",
    "documents",
    "messages",
    "tasks",
    "telephone_encounters",
    "patients",
    "patient_insurances",
    "visit_types",
    "visit_statuses",
    "insurance_providers",
    "pharmacies",
    "referring_providers",
)


class SyncResources:
    """One attribute per API resource, each bound to the client's request runner."""

    _runner: SyncRunner

    @cached_property
    def account(self) -> AccountResource:
        """Operations tagged `account`."""
        from .account import AccountResource

        return AccountResource(self._runner)

    @cached_property
    def settings(self) -> SettingsResource:
        """Operations tagged `settings`."""
        from .settings import SettingsResource

        return SettingsResource(self._runner)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """Operations tagged `webhooks`."""
        from .webhooks import WebhooksResource

        return WebhooksResource(self._runner)

    @cached_property
    def webhook_events(self) -> WebhookEventsResource:
        """Operations tagged `webhook_events`."""
        from .webhook_events import WebhookEventsResource

        return WebhookEventsResource(self._runner)

    @cached_property
    def link(self) -> LinkResource:
        """Operations tagged `link`."""
        from .link import LinkResource

        return LinkResource(self._runner)

    @cached_property
    def appointments(self) -> AppointmentsResource:
        """Operations tagged `appointments`."""
        from .appointments import AppointmentsResource

        return AppointmentsResource(self._runner)

    @cached_property
    def providers(self) -> ProvidersResource:
        """Operations tagged `providers`."""
        from .providers import ProvidersResource

        return ProvidersResource(self._runner)

    @cached_property
    def availability(self) -> AvailabilityResource:
        """Operations tagged `availability`."""
        from .availability import AvailabilityResource

        return AvailabilityResource(self._runner)

    @cached_property
    def locations(self) -> LocationsResource:
        """Operations tagged `locations`."""
        from .locations import LocationsResource

        return LocationsResource(self._runner)

    @cached_property
    def claims(self) -> ClaimsResource:
        """Operations tagged `claims`."""
        from .claims import ClaimsResource

        return ClaimsResource(self._runner)

    @cached_property
    def orders(self) -> OrdersResource:
        """Operations tagged `orders`."""
        from .orders import OrdersResource

        return OrdersResource(self._runner)

    @cached_property
    def referrals(self) -> ReferralsResource:
        """Operations tagged `referrals`."""
        from .referrals import ReferralsResource

        return ReferralsResource(self._runner)

    @cached_property
    def eligibility_checks(self) -> EligibilityChecksResource:
        """Operations tagged `eligibility_checks`."""
        from .eligibility_checks import EligibilityChecksResource

        return EligibilityChecksResource(self._runner)

    @cached_property
    def notes(self) -> NotesResource:
        """Operations tagged `notes`."""
        from .notes import NotesResource

        return NotesResource(self._runner)

    @cached_property
    def patient_notes(self) -> PatientNotesResource:
        """Operations tagged `patient_notes`."""
        from .patient_notes import PatientNotesResource

        return PatientNotesResource(self._runner)

    @cached_property
    def documents(self) -> DocumentsResource:
        """Operations tagged `documents`."""
        from .documents import DocumentsResource

        return DocumentsResource(self._runner)

    @cached_property
    def messages(self) -> MessagesResource:
        """Operations tagged `messages`."""
        from .messages import MessagesResource

        return MessagesResource(self._runner)

    @cached_property
    def tasks(self) -> TasksResource:
        """Operations tagged `tasks`."""
        from .tasks import TasksResource

        return TasksResource(self._runner)

    @cached_property
    def telephone_encounters(self) -> TelephoneEncountersResource:
        """Operations tagged `telephone_encounters`."""
        from .telephone_encounters import TelephoneEncountersResource

        return TelephoneEncountersResource(self._runner)

    @cached_property
    def patients(self) -> PatientsResource:
        """Operations tagged `patients`."""
        from .patients import PatientsResource

        return PatientsResource(self._runner)

    @cached_property
    def patient_insurances(self) -> PatientInsurancesResource:
        """Operations tagged `patient_insurances`."""
        from .patient_insurances import PatientInsurancesResource

        return PatientInsurancesResource(self._runner)

    @cached_property
    def visit_types(self) -> VisitTypesResource:
        """Operations tagged `visit_types`."""
        from .visit_types import VisitTypesResource

        return VisitTypesResource(self._runner)

    @cached_property
    def visit_statuses(self) -> VisitStatusesResource:
        """Operations tagged `visit_statuses`."""
        from .visit_statuses import VisitStatusesResource

        return VisitStatusesResource(self._runner)

    @cached_property
    def insurance_providers(self) -> InsuranceProvidersResource:
        """Operations tagged `insurance_providers`."""
        from .insurance_providers import InsuranceProvidersResource

        return InsuranceProvidersResource(self._runner)

    @cached_property
    def pharmacies(self) -> PharmaciesResource:
        """Operations tagged `pharmacies`."""
        from .pharmacies import PharmaciesResource

        return PharmaciesResource(self._runner)

    @cached_property
    def referring_providers(self) -> ReferringProvidersResource:
        """Operations tagged `referring_providers`."""
        from .referring_providers import ReferringProvidersResource

        return ReferringProvidersResource(self._runner)


class AsyncResources:
    """The asyncio twin of `SyncResources`."""

    _runner: AsyncRunner

    @cached_property
    def account(self) -> AsyncAccountResource:
        """Operations tagged `account`."""
        from .account import AsyncAccountResource

        return AsyncAccountResource(self._runner)

    @cached_property
    def settings(self) -> AsyncSettingsResource:
        """Operations tagged `settings`."""
        from .settings import AsyncSettingsResource

        return AsyncSettingsResource(self._runner)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        """Operations tagged `webhooks`."""
        from .webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self._runner)

    @cached_property
    def webhook_events(self) -> AsyncWebhookEventsResource:
        """Operations tagged `webhook_events`."""
        from .webhook_events import AsyncWebhookEventsResource

        return AsyncWebhookEventsResource(self._runner)

    @cached_property
    def link(self) -> AsyncLinkResource:
        """Operations tagged `link`."""
        from .link import AsyncLinkResource

        return AsyncLinkResource(self._runner)

    @cached_property
    def appointments(self) -> AsyncAppointmentsResource:
        """Operations tagged `appointments`."""
        from .appointments import AsyncAppointmentsResource

        return AsyncAppointmentsResource(self._runner)

    @cached_property
    def providers(self) -> AsyncProvidersResource:
        """Operations tagged `providers`."""
        from .providers import AsyncProvidersResource

        return AsyncProvidersResource(self._runner)

    @cached_property
    def availability(self) -> AsyncAvailabilityResource:
        """Operations tagged `availability`."""
        from .availability import AsyncAvailabilityResource

        return AsyncAvailabilityResource(self._runner)

    @cached_property
    def locations(self) -> AsyncLocationsResource:
        """Operations tagged `locations`."""
        from .locations import AsyncLocationsResource

        return AsyncLocationsResource(self._runner)

    @cached_property
    def claims(self) -> AsyncClaimsResource:
        """Operations tagged `claims`."""
        from .claims import AsyncClaimsResource

        return AsyncClaimsResource(self._runner)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """Operations tagged `orders`."""
        from .orders import AsyncOrdersResource

        return AsyncOrdersResource(self._runner)

    @cached_property
    def referrals(self) -> AsyncReferralsResource:
        """Operations tagged `referrals`."""
        from .referrals import AsyncReferralsResource

        return AsyncReferralsResource(self._runner)

    @cached_property
    def eligibility_checks(self) -> AsyncEligibilityChecksResource:
        """Operations tagged `eligibility_checks`."""
        from .eligibility_checks import AsyncEligibilityChecksResource

        return AsyncEligibilityChecksResource(self._runner)

    @cached_property
    def notes(self) -> AsyncNotesResource:
        """Operations tagged `notes`."""
        from .notes import AsyncNotesResource

        return AsyncNotesResource(self._runner)

    @cached_property
    def patient_notes(self) -> AsyncPatientNotesResource:
        """Operations tagged `patient_notes`."""
        from .patient_notes import AsyncPatientNotesResource

        return AsyncPatientNotesResource(self._runner)

    @cached_property
    def documents(self) -> AsyncDocumentsResource:
        """Operations tagged `documents`."""
        from .documents import AsyncDocumentsResource

        return AsyncDocumentsResource(self._runner)

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        """Operations tagged `messages`."""
        from .messages import AsyncMessagesResource

        return AsyncMessagesResource(self._runner)

    @cached_property
    def tasks(self) -> AsyncTasksResource:
        """Operations tagged `tasks`."""
        from .tasks import AsyncTasksResource

        return AsyncTasksResource(self._runner)

    @cached_property
    def telephone_encounters(self) -> AsyncTelephoneEncountersResource:
        """Operations tagged `telephone_encounters`."""
        from .telephone_encounters import AsyncTelephoneEncountersResource

        return AsyncTelephoneEncountersResource(self._runner)

    @cached_property
    def patients(self) -> AsyncPatientsResource:
        """Operations tagged `patients`."""
        from .patients import AsyncPatientsResource

        return AsyncPatientsResource(self._runner)

    @cached_property
    def patient_insurances(self) -> AsyncPatientInsurancesResource:
        """Operations tagged `patient_insurances`."""
        from .patient_insurances import AsyncPatientInsurancesResource

        return AsyncPatientInsurancesResource(self._runner)

    @cached_property
    def visit_types(self) -> AsyncVisitTypesResource:
        """Operations tagged `visit_types`."""
        from .visit_types import AsyncVisitTypesResource

        return AsyncVisitTypesResource(self._runner)

    @cached_property
    def visit_statuses(self) -> AsyncVisitStatusesResource:
        """Operations tagged `visit_statuses`."""
        from .visit_statuses import AsyncVisitStatusesResource

        return AsyncVisitStatusesResource(self._runner)

    @cached_property
    def insurance_providers(self) -> AsyncInsuranceProvidersResource:
        """Operations tagged `insurance_providers`."""
        from .insurance_providers import AsyncInsuranceProvidersResource

        return AsyncInsuranceProvidersResource(self._runner)

    @cached_property
    def pharmacies(self) -> AsyncPharmaciesResource:
        """Operations tagged `pharmacies`."""
        from .pharmacies import AsyncPharmaciesResource

        return AsyncPharmaciesResource(self._runner)

    @cached_property
    def referring_providers(self) -> AsyncReferringProvidersResource:
        """Operations tagged `referring_providers`."""
        from .referring_providers import AsyncReferringProvidersResource

        return AsyncReferringProvidersResource(self._runner)
