# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Typed resource registries for the Cobalt API (generated from openapi.yaml; do not edit).

`SyncResources` and `AsyncResources` expose one attribute per tag of the spec. Each attribute
imports its resource module on first use, so importing the SDK stays cheap. `SyncRawResources`
and `AsyncRawResources` are the same for `with_raw_response` (methods return `RawResponse`).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cobalt_sdk.runtime_interface import AsyncRunner, SyncRunner

    from .account import (
        AccountResource,
        AccountResourceWithRawResponse,
        AsyncAccountResource,
        AsyncAccountResourceWithRawResponse,
    )
    from .appointments import (
        AppointmentsResource,
        AppointmentsResourceWithRawResponse,
        AsyncAppointmentsResource,
        AsyncAppointmentsResourceWithRawResponse,
    )
    from .availability import (
        AsyncAvailabilityResource,
        AsyncAvailabilityResourceWithRawResponse,
        AvailabilityResource,
        AvailabilityResourceWithRawResponse,
    )
    from .claims import (
        AsyncClaimsResource,
        AsyncClaimsResourceWithRawResponse,
        ClaimsResource,
        ClaimsResourceWithRawResponse,
    )
    from .documents import (
        AsyncDocumentsResource,
        AsyncDocumentsResourceWithRawResponse,
        DocumentsResource,
        DocumentsResourceWithRawResponse,
    )
    from .eligibility_checks import (
        AsyncEligibilityChecksResource,
        AsyncEligibilityChecksResourceWithRawResponse,
        EligibilityChecksResource,
        EligibilityChecksResourceWithRawResponse,
    )
    from .insurance_providers import (
        AsyncInsuranceProvidersResource,
        AsyncInsuranceProvidersResourceWithRawResponse,
        InsuranceProvidersResource,
        InsuranceProvidersResourceWithRawResponse,
    )
    from .link import (
        AsyncLinkResource,
        AsyncLinkResourceWithRawResponse,
        LinkResource,
        LinkResourceWithRawResponse,
    )
    from .locations import (
        AsyncLocationsResource,
        AsyncLocationsResourceWithRawResponse,
        LocationsResource,
        LocationsResourceWithRawResponse,
    )
    from .messages import (
        AsyncMessagesResource,
        AsyncMessagesResourceWithRawResponse,
        MessagesResource,
        MessagesResourceWithRawResponse,
    )
    from .notes import (
        AsyncNotesResource,
        AsyncNotesResourceWithRawResponse,
        NotesResource,
        NotesResourceWithRawResponse,
    )
    from .orders import (
        AsyncOrdersResource,
        AsyncOrdersResourceWithRawResponse,
        OrdersResource,
        OrdersResourceWithRawResponse,
    )
    from .patient_insurances import (
        AsyncPatientInsurancesResource,
        AsyncPatientInsurancesResourceWithRawResponse,
        PatientInsurancesResource,
        PatientInsurancesResourceWithRawResponse,
    )
    from .patient_notes import (
        AsyncPatientNotesResource,
        AsyncPatientNotesResourceWithRawResponse,
        PatientNotesResource,
        PatientNotesResourceWithRawResponse,
    )
    from .patients import (
        AsyncPatientsResource,
        AsyncPatientsResourceWithRawResponse,
        PatientsResource,
        PatientsResourceWithRawResponse,
    )
    from .pharmacies import (
        AsyncPharmaciesResource,
        AsyncPharmaciesResourceWithRawResponse,
        PharmaciesResource,
        PharmaciesResourceWithRawResponse,
    )
    from .providers import (
        AsyncProvidersResource,
        AsyncProvidersResourceWithRawResponse,
        ProvidersResource,
        ProvidersResourceWithRawResponse,
    )
    from .referrals import (
        AsyncReferralsResource,
        AsyncReferralsResourceWithRawResponse,
        ReferralsResource,
        ReferralsResourceWithRawResponse,
    )
    from .referring_providers import (
        AsyncReferringProvidersResource,
        AsyncReferringProvidersResourceWithRawResponse,
        ReferringProvidersResource,
        ReferringProvidersResourceWithRawResponse,
    )
    from .settings import (
        AsyncSettingsResource,
        AsyncSettingsResourceWithRawResponse,
        SettingsResource,
        SettingsResourceWithRawResponse,
    )
    from .tasks import (
        AsyncTasksResource,
        AsyncTasksResourceWithRawResponse,
        TasksResource,
        TasksResourceWithRawResponse,
    )
    from .telephone_encounters import (
        AsyncTelephoneEncountersResource,
        AsyncTelephoneEncountersResourceWithRawResponse,
        TelephoneEncountersResource,
        TelephoneEncountersResourceWithRawResponse,
    )
    from .visit_statuses import (
        AsyncVisitStatusesResource,
        AsyncVisitStatusesResourceWithRawResponse,
        VisitStatusesResource,
        VisitStatusesResourceWithRawResponse,
    )
    from .visit_types import (
        AsyncVisitTypesResource,
        AsyncVisitTypesResourceWithRawResponse,
        VisitTypesResource,
        VisitTypesResourceWithRawResponse,
    )
    from .webhook_events import (
        AsyncWebhookEventsResource,
        AsyncWebhookEventsResourceWithRawResponse,
        WebhookEventsResource,
        WebhookEventsResourceWithRawResponse,
    )
    from .webhooks import (
        AsyncWebhooksResource,
        AsyncWebhooksResourceWithRawResponse,
        WebhooksResource,
        WebhooksResourceWithRawResponse,
    )

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


class SyncRawResources:
    """`with_raw_response`: one attribute per API resource, its methods returning `RawResponse`."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def account(self) -> AccountResourceWithRawResponse:
        """Operations tagged `account`, returning the raw response."""
        from .account import AccountResourceWithRawResponse

        return AccountResourceWithRawResponse(self._runner)

    @cached_property
    def settings(self) -> SettingsResourceWithRawResponse:
        """Operations tagged `settings`, returning the raw response."""
        from .settings import SettingsResourceWithRawResponse

        return SettingsResourceWithRawResponse(self._runner)

    @cached_property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        """Operations tagged `webhooks`, returning the raw response."""
        from .webhooks import WebhooksResourceWithRawResponse

        return WebhooksResourceWithRawResponse(self._runner)

    @cached_property
    def webhook_events(self) -> WebhookEventsResourceWithRawResponse:
        """Operations tagged `webhook_events`, returning the raw response."""
        from .webhook_events import WebhookEventsResourceWithRawResponse

        return WebhookEventsResourceWithRawResponse(self._runner)

    @cached_property
    def link(self) -> LinkResourceWithRawResponse:
        """Operations tagged `link`, returning the raw response."""
        from .link import LinkResourceWithRawResponse

        return LinkResourceWithRawResponse(self._runner)

    @cached_property
    def appointments(self) -> AppointmentsResourceWithRawResponse:
        """Operations tagged `appointments`, returning the raw response."""
        from .appointments import AppointmentsResourceWithRawResponse

        return AppointmentsResourceWithRawResponse(self._runner)

    @cached_property
    def providers(self) -> ProvidersResourceWithRawResponse:
        """Operations tagged `providers`, returning the raw response."""
        from .providers import ProvidersResourceWithRawResponse

        return ProvidersResourceWithRawResponse(self._runner)

    @cached_property
    def availability(self) -> AvailabilityResourceWithRawResponse:
        """Operations tagged `availability`, returning the raw response."""
        from .availability import AvailabilityResourceWithRawResponse

        return AvailabilityResourceWithRawResponse(self._runner)

    @cached_property
    def locations(self) -> LocationsResourceWithRawResponse:
        """Operations tagged `locations`, returning the raw response."""
        from .locations import LocationsResourceWithRawResponse

        return LocationsResourceWithRawResponse(self._runner)

    @cached_property
    def claims(self) -> ClaimsResourceWithRawResponse:
        """Operations tagged `claims`, returning the raw response."""
        from .claims import ClaimsResourceWithRawResponse

        return ClaimsResourceWithRawResponse(self._runner)

    @cached_property
    def orders(self) -> OrdersResourceWithRawResponse:
        """Operations tagged `orders`, returning the raw response."""
        from .orders import OrdersResourceWithRawResponse

        return OrdersResourceWithRawResponse(self._runner)

    @cached_property
    def referrals(self) -> ReferralsResourceWithRawResponse:
        """Operations tagged `referrals`, returning the raw response."""
        from .referrals import ReferralsResourceWithRawResponse

        return ReferralsResourceWithRawResponse(self._runner)

    @cached_property
    def eligibility_checks(self) -> EligibilityChecksResourceWithRawResponse:
        """Operations tagged `eligibility_checks`, returning the raw response."""
        from .eligibility_checks import EligibilityChecksResourceWithRawResponse

        return EligibilityChecksResourceWithRawResponse(self._runner)

    @cached_property
    def notes(self) -> NotesResourceWithRawResponse:
        """Operations tagged `notes`, returning the raw response."""
        from .notes import NotesResourceWithRawResponse

        return NotesResourceWithRawResponse(self._runner)

    @cached_property
    def patient_notes(self) -> PatientNotesResourceWithRawResponse:
        """Operations tagged `patient_notes`, returning the raw response."""
        from .patient_notes import PatientNotesResourceWithRawResponse

        return PatientNotesResourceWithRawResponse(self._runner)

    @cached_property
    def documents(self) -> DocumentsResourceWithRawResponse:
        """Operations tagged `documents`, returning the raw response."""
        from .documents import DocumentsResourceWithRawResponse

        return DocumentsResourceWithRawResponse(self._runner)

    @cached_property
    def messages(self) -> MessagesResourceWithRawResponse:
        """Operations tagged `messages`, returning the raw response."""
        from .messages import MessagesResourceWithRawResponse

        return MessagesResourceWithRawResponse(self._runner)

    @cached_property
    def tasks(self) -> TasksResourceWithRawResponse:
        """Operations tagged `tasks`, returning the raw response."""
        from .tasks import TasksResourceWithRawResponse

        return TasksResourceWithRawResponse(self._runner)

    @cached_property
    def telephone_encounters(self) -> TelephoneEncountersResourceWithRawResponse:
        """Operations tagged `telephone_encounters`, returning the raw response."""
        from .telephone_encounters import TelephoneEncountersResourceWithRawResponse

        return TelephoneEncountersResourceWithRawResponse(self._runner)

    @cached_property
    def patients(self) -> PatientsResourceWithRawResponse:
        """Operations tagged `patients`, returning the raw response."""
        from .patients import PatientsResourceWithRawResponse

        return PatientsResourceWithRawResponse(self._runner)

    @cached_property
    def patient_insurances(self) -> PatientInsurancesResourceWithRawResponse:
        """Operations tagged `patient_insurances`, returning the raw response."""
        from .patient_insurances import PatientInsurancesResourceWithRawResponse

        return PatientInsurancesResourceWithRawResponse(self._runner)

    @cached_property
    def visit_types(self) -> VisitTypesResourceWithRawResponse:
        """Operations tagged `visit_types`, returning the raw response."""
        from .visit_types import VisitTypesResourceWithRawResponse

        return VisitTypesResourceWithRawResponse(self._runner)

    @cached_property
    def visit_statuses(self) -> VisitStatusesResourceWithRawResponse:
        """Operations tagged `visit_statuses`, returning the raw response."""
        from .visit_statuses import VisitStatusesResourceWithRawResponse

        return VisitStatusesResourceWithRawResponse(self._runner)

    @cached_property
    def insurance_providers(self) -> InsuranceProvidersResourceWithRawResponse:
        """Operations tagged `insurance_providers`, returning the raw response."""
        from .insurance_providers import InsuranceProvidersResourceWithRawResponse

        return InsuranceProvidersResourceWithRawResponse(self._runner)

    @cached_property
    def pharmacies(self) -> PharmaciesResourceWithRawResponse:
        """Operations tagged `pharmacies`, returning the raw response."""
        from .pharmacies import PharmaciesResourceWithRawResponse

        return PharmaciesResourceWithRawResponse(self._runner)

    @cached_property
    def referring_providers(self) -> ReferringProvidersResourceWithRawResponse:
        """Operations tagged `referring_providers`, returning the raw response."""
        from .referring_providers import ReferringProvidersResourceWithRawResponse

        return ReferringProvidersResourceWithRawResponse(self._runner)


class AsyncRawResources:
    """`with_raw_response`: one attribute per API resource, its methods returning `RawResponse`."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def account(self) -> AsyncAccountResourceWithRawResponse:
        """Operations tagged `account`, returning the raw response."""
        from .account import AsyncAccountResourceWithRawResponse

        return AsyncAccountResourceWithRawResponse(self._runner)

    @cached_property
    def settings(self) -> AsyncSettingsResourceWithRawResponse:
        """Operations tagged `settings`, returning the raw response."""
        from .settings import AsyncSettingsResourceWithRawResponse

        return AsyncSettingsResourceWithRawResponse(self._runner)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        """Operations tagged `webhooks`, returning the raw response."""
        from .webhooks import AsyncWebhooksResourceWithRawResponse

        return AsyncWebhooksResourceWithRawResponse(self._runner)

    @cached_property
    def webhook_events(self) -> AsyncWebhookEventsResourceWithRawResponse:
        """Operations tagged `webhook_events`, returning the raw response."""
        from .webhook_events import AsyncWebhookEventsResourceWithRawResponse

        return AsyncWebhookEventsResourceWithRawResponse(self._runner)

    @cached_property
    def link(self) -> AsyncLinkResourceWithRawResponse:
        """Operations tagged `link`, returning the raw response."""
        from .link import AsyncLinkResourceWithRawResponse

        return AsyncLinkResourceWithRawResponse(self._runner)

    @cached_property
    def appointments(self) -> AsyncAppointmentsResourceWithRawResponse:
        """Operations tagged `appointments`, returning the raw response."""
        from .appointments import AsyncAppointmentsResourceWithRawResponse

        return AsyncAppointmentsResourceWithRawResponse(self._runner)

    @cached_property
    def providers(self) -> AsyncProvidersResourceWithRawResponse:
        """Operations tagged `providers`, returning the raw response."""
        from .providers import AsyncProvidersResourceWithRawResponse

        return AsyncProvidersResourceWithRawResponse(self._runner)

    @cached_property
    def availability(self) -> AsyncAvailabilityResourceWithRawResponse:
        """Operations tagged `availability`, returning the raw response."""
        from .availability import AsyncAvailabilityResourceWithRawResponse

        return AsyncAvailabilityResourceWithRawResponse(self._runner)

    @cached_property
    def locations(self) -> AsyncLocationsResourceWithRawResponse:
        """Operations tagged `locations`, returning the raw response."""
        from .locations import AsyncLocationsResourceWithRawResponse

        return AsyncLocationsResourceWithRawResponse(self._runner)

    @cached_property
    def claims(self) -> AsyncClaimsResourceWithRawResponse:
        """Operations tagged `claims`, returning the raw response."""
        from .claims import AsyncClaimsResourceWithRawResponse

        return AsyncClaimsResourceWithRawResponse(self._runner)

    @cached_property
    def orders(self) -> AsyncOrdersResourceWithRawResponse:
        """Operations tagged `orders`, returning the raw response."""
        from .orders import AsyncOrdersResourceWithRawResponse

        return AsyncOrdersResourceWithRawResponse(self._runner)

    @cached_property
    def referrals(self) -> AsyncReferralsResourceWithRawResponse:
        """Operations tagged `referrals`, returning the raw response."""
        from .referrals import AsyncReferralsResourceWithRawResponse

        return AsyncReferralsResourceWithRawResponse(self._runner)

    @cached_property
    def eligibility_checks(self) -> AsyncEligibilityChecksResourceWithRawResponse:
        """Operations tagged `eligibility_checks`, returning the raw response."""
        from .eligibility_checks import AsyncEligibilityChecksResourceWithRawResponse

        return AsyncEligibilityChecksResourceWithRawResponse(self._runner)

    @cached_property
    def notes(self) -> AsyncNotesResourceWithRawResponse:
        """Operations tagged `notes`, returning the raw response."""
        from .notes import AsyncNotesResourceWithRawResponse

        return AsyncNotesResourceWithRawResponse(self._runner)

    @cached_property
    def patient_notes(self) -> AsyncPatientNotesResourceWithRawResponse:
        """Operations tagged `patient_notes`, returning the raw response."""
        from .patient_notes import AsyncPatientNotesResourceWithRawResponse

        return AsyncPatientNotesResourceWithRawResponse(self._runner)

    @cached_property
    def documents(self) -> AsyncDocumentsResourceWithRawResponse:
        """Operations tagged `documents`, returning the raw response."""
        from .documents import AsyncDocumentsResourceWithRawResponse

        return AsyncDocumentsResourceWithRawResponse(self._runner)

    @cached_property
    def messages(self) -> AsyncMessagesResourceWithRawResponse:
        """Operations tagged `messages`, returning the raw response."""
        from .messages import AsyncMessagesResourceWithRawResponse

        return AsyncMessagesResourceWithRawResponse(self._runner)

    @cached_property
    def tasks(self) -> AsyncTasksResourceWithRawResponse:
        """Operations tagged `tasks`, returning the raw response."""
        from .tasks import AsyncTasksResourceWithRawResponse

        return AsyncTasksResourceWithRawResponse(self._runner)

    @cached_property
    def telephone_encounters(self) -> AsyncTelephoneEncountersResourceWithRawResponse:
        """Operations tagged `telephone_encounters`, returning the raw response."""
        from .telephone_encounters import AsyncTelephoneEncountersResourceWithRawResponse

        return AsyncTelephoneEncountersResourceWithRawResponse(self._runner)

    @cached_property
    def patients(self) -> AsyncPatientsResourceWithRawResponse:
        """Operations tagged `patients`, returning the raw response."""
        from .patients import AsyncPatientsResourceWithRawResponse

        return AsyncPatientsResourceWithRawResponse(self._runner)

    @cached_property
    def patient_insurances(self) -> AsyncPatientInsurancesResourceWithRawResponse:
        """Operations tagged `patient_insurances`, returning the raw response."""
        from .patient_insurances import AsyncPatientInsurancesResourceWithRawResponse

        return AsyncPatientInsurancesResourceWithRawResponse(self._runner)

    @cached_property
    def visit_types(self) -> AsyncVisitTypesResourceWithRawResponse:
        """Operations tagged `visit_types`, returning the raw response."""
        from .visit_types import AsyncVisitTypesResourceWithRawResponse

        return AsyncVisitTypesResourceWithRawResponse(self._runner)

    @cached_property
    def visit_statuses(self) -> AsyncVisitStatusesResourceWithRawResponse:
        """Operations tagged `visit_statuses`, returning the raw response."""
        from .visit_statuses import AsyncVisitStatusesResourceWithRawResponse

        return AsyncVisitStatusesResourceWithRawResponse(self._runner)

    @cached_property
    def insurance_providers(self) -> AsyncInsuranceProvidersResourceWithRawResponse:
        """Operations tagged `insurance_providers`, returning the raw response."""
        from .insurance_providers import AsyncInsuranceProvidersResourceWithRawResponse

        return AsyncInsuranceProvidersResourceWithRawResponse(self._runner)

    @cached_property
    def pharmacies(self) -> AsyncPharmaciesResourceWithRawResponse:
        """Operations tagged `pharmacies`, returning the raw response."""
        from .pharmacies import AsyncPharmaciesResourceWithRawResponse

        return AsyncPharmaciesResourceWithRawResponse(self._runner)

    @cached_property
    def referring_providers(self) -> AsyncReferringProvidersResourceWithRawResponse:
        """Operations tagged `referring_providers`, returning the raw response."""
        from .referring_providers import AsyncReferringProvidersResourceWithRawResponse

        return AsyncReferringProvidersResourceWithRawResponse(self._runner)
