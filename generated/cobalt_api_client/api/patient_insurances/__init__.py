# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `patient_insurances` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

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
    async_raw_method,
    raw_method,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.patient_insurance_added_event import PatientInsuranceAddedEvent
    from ...models.patient_insurance_updated_event import PatientInsuranceUpdatedEvent
    from ...models.patient_insurances_create_request_priority import PatientInsurancesCreateRequestPriority
    from ...models.patient_insurances_create_response import PatientInsurancesCreateResponse
    from ...models.patient_insurances_update_response import PatientInsurancesUpdateResponse
    from ...models.subscriber_demographics import SubscriberDemographics

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "PatientInsurancesResource",
    "AsyncPatientInsurancesResource",
    "PatientInsurancesResourceWithRawResponse",
    "AsyncPatientInsurancesResourceWithRawResponse",
]

_OP_PATIENT_INSURANCES_CREATE = Operation(
    name="patient_insurances_create",
    method="POST",
    path="/patients/{patient_mrn}/insurances",
    requires_access_token=True,
)
_OP_PATIENT_INSURANCES_UPDATE = Operation(
    name="patient_insurances_update",
    method="PATCH",
    path="/patients/{patient_mrn}/insurances/{emr_insurance_id}",
    requires_access_token=True,
)


class PatientInsurancesResource:
    """`patient_insurances` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create(
        self,
        patient_mrn: str,
        *,
        member_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        insurance_provider_id: str | Unset = UNSET,
        insurance_name: str | Unset = UNSET,
        insurance_payer_id: str | Unset = UNSET,
        priority: PatientInsurancesCreateRequestPriority | Unset = UNSET,
        plan_begin_date: datetime.date | str | Unset = UNSET,
        copayment: float | Unset = UNSET,
        relationship_to_subscriber: str | Unset = UNSET,
        subscriber_demographics: SubscriberDemographics | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[PatientInsurancesCreateResponse, PatientInsuranceAddedEvent]:
        """Add an insurance to a patient

        Queues the addition of an insurance record to an existing EHR patient. The carrier is
        resolved, in order of preference, from `insurance_provider_id`, from `insurance_name` plus
        `insurance_payer_id`, or from `insurance_name` alone (`insurance_payer_id` alone is not
        supported). The outcome arrives via the `patient.insurance.added` (which carries the new
        `emr_insurance_id`) or `patient.insurance.failed` webhook.

        `POST /patients/{patient_mrn}/insurances`

        Args:
            patient_mrn: The patient's MRN in the EHR (not the Cobalt patient id).
            member_id: Member / policy id (e.g. `MEM123456789`). Optional.
            group_id: Group number (e.g. `GRP98999`). Optional.
            insurance_provider_id: Cobalt insurance provider id from `GET /insurance-
                providers` (most specific resolution). Optional.
            insurance_name: Carrier name (alone, or with `insurance_payer_id`). Optional.
            insurance_payer_id: Payer id; only valid together with `insurance_name`. Optional.
            priority: Primary (`1`), secondary (`2`) or tertiary (`3`); the EHR's default
                priority applies when omitted (newer versions). Optional.
            plan_begin_date: Coverage start date, `YYYY-MM-DD`; required for eClinicalWorks. A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            copayment: Copayment in dollars. Optional.
            relationship_to_subscriber: The patient's relationship to the subscriber, case-
                insensitive, as a code (`01`, `02`, `32`, `33`, `17`, `20`, `53`, `25`) or a name
                (`self`, `spouse`, `mother`, `father`, `step parent`, `employee`, `life partner`,
                `other`). Optional.
            subscriber_demographics: The insurance subscriber's details. In eClinicalWorks
                `first_name` and `last_name` are required when the relationship is not self (and,
                on update, whenever this object is sent). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient_insurance_added_event import PatientInsuranceAddedEvent
        from ...models.patient_insurances_create_request import PatientInsurancesCreateRequest
        from ...models.patient_insurances_create_response import PatientInsurancesCreateResponse
        from . import patient_insurances_create as _patient_insurances_create

        return self._runner.job(
            _patient_insurances_create,
            {
                "patient_mrn": patient_mrn,
                "body": PatientInsurancesCreateRequest(
                    member_id=member_id,
                    group_id=group_id,
                    insurance_provider_id=insurance_provider_id,
                    insurance_name=insurance_name,
                    insurance_payer_id=insurance_payer_id,
                    priority=priority,
                    plan_begin_date=as_date(_OP_PATIENT_INSURANCES_CREATE, "plan_begin_date", plan_begin_date),
                    copayment=copayment,
                    relationship_to_subscriber=relationship_to_subscriber,
                    subscriber_demographics=subscriber_demographics,
                ),
            },
            op=_OP_PATIENT_INSURANCES_CREATE,
            expect=PatientInsurancesCreateResponse,
            event=PatientInsuranceAddedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        patient_mrn: str,
        emr_insurance_id: str,
        *,
        member_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        insurance_provider_id: str | Unset = UNSET,
        insurance_name: str | Unset = UNSET,
        insurance_payer_id: str | Unset = UNSET,
        plan_begin_date: datetime.date | str | Unset = UNSET,
        copayment: float | Unset = UNSET,
        relationship_to_subscriber: str | Unset = UNSET,
        subscriber_demographics: SubscriberDemographics | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[PatientInsurancesUpdateResponse, PatientInsuranceUpdatedEvent]:
        """Update a patient's insurance

        Queues an update of one existing insurance record in eClinicalWorks. Omitted fields keep
        their current EHR values. Carrier resolution works as for adding an insurance; when the
        carrier changes, the resolved provider must have an eClinicalWorks id configured or the
        request is rejected. The outcome arrives via the `patient.insurance.updated` or
        `patient.insurance.failed` webhook.

        `PATCH /patients/{patient_mrn}/insurances/{emr_insurance_id}`

        Args:
            patient_mrn: The patient's MRN in the EHR.
            emr_insurance_id: The EHR's id of the insurance record, as returned in
                `insurances[].emr_insurance_id` by a live fetch with `include: ["insurances"]` or
                by an earlier insurance added/updated webhook.
            member_id: Member / policy id. Optional.
            group_id: Group number. Optional.
            insurance_provider_id: Cobalt insurance provider id from `GET /insurance-
                providers`. Optional.
            insurance_name: Carrier name (alone, or with `insurance_payer_id`). Optional.
            insurance_payer_id: Payer id; must be combined with `insurance_name`. Optional.
            plan_begin_date: Coverage start date, `YYYY-MM-DD`. A `datetime.date` or an ISO
                date string (`2024-03-14`). Optional.
            copayment: Copayment in dollars. Optional.
            relationship_to_subscriber: The patient's relationship to the subscriber (e.g.
                `self`); non-self values such as `spouse`, `child` or `other` require the
                subscriber's first and last name in eClinicalWorks. Optional.
            subscriber_demographics: The insurance subscriber's details. In eClinicalWorks
                `first_name` and `last_name` are required when the relationship is not self (and,
                on update, whenever this object is sent). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient_insurance_updated_event import PatientInsuranceUpdatedEvent
        from ...models.patient_insurances_update_request import PatientInsurancesUpdateRequest
        from ...models.patient_insurances_update_response import PatientInsurancesUpdateResponse
        from . import patient_insurances_update as _patient_insurances_update

        return self._runner.job(
            _patient_insurances_update,
            {
                "patient_mrn": patient_mrn,
                "emr_insurance_id": emr_insurance_id,
                "body": PatientInsurancesUpdateRequest(
                    member_id=member_id,
                    group_id=group_id,
                    insurance_provider_id=insurance_provider_id,
                    insurance_name=insurance_name,
                    insurance_payer_id=insurance_payer_id,
                    plan_begin_date=as_date(_OP_PATIENT_INSURANCES_UPDATE, "plan_begin_date", plan_begin_date),
                    copayment=copayment,
                    relationship_to_subscriber=relationship_to_subscriber,
                    subscriber_demographics=subscriber_demographics,
                ),
            },
            op=_OP_PATIENT_INSURANCES_UPDATE,
            expect=PatientInsurancesUpdateResponse,
            event=PatientInsuranceUpdatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncPatientInsurancesResource:
    """`patient_insurances` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create(
        self,
        patient_mrn: str,
        *,
        member_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        insurance_provider_id: str | Unset = UNSET,
        insurance_name: str | Unset = UNSET,
        insurance_payer_id: str | Unset = UNSET,
        priority: PatientInsurancesCreateRequestPriority | Unset = UNSET,
        plan_begin_date: datetime.date | str | Unset = UNSET,
        copayment: float | Unset = UNSET,
        relationship_to_subscriber: str | Unset = UNSET,
        subscriber_demographics: SubscriberDemographics | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[PatientInsurancesCreateResponse, PatientInsuranceAddedEvent]:
        """Add an insurance to a patient

        Queues the addition of an insurance record to an existing EHR patient. The carrier is
        resolved, in order of preference, from `insurance_provider_id`, from `insurance_name` plus
        `insurance_payer_id`, or from `insurance_name` alone (`insurance_payer_id` alone is not
        supported). The outcome arrives via the `patient.insurance.added` (which carries the new
        `emr_insurance_id`) or `patient.insurance.failed` webhook.

        `POST /patients/{patient_mrn}/insurances`

        Args:
            patient_mrn: The patient's MRN in the EHR (not the Cobalt patient id).
            member_id: Member / policy id (e.g. `MEM123456789`). Optional.
            group_id: Group number (e.g. `GRP98999`). Optional.
            insurance_provider_id: Cobalt insurance provider id from `GET /insurance-
                providers` (most specific resolution). Optional.
            insurance_name: Carrier name (alone, or with `insurance_payer_id`). Optional.
            insurance_payer_id: Payer id; only valid together with `insurance_name`. Optional.
            priority: Primary (`1`), secondary (`2`) or tertiary (`3`); the EHR's default
                priority applies when omitted (newer versions). Optional.
            plan_begin_date: Coverage start date, `YYYY-MM-DD`; required for eClinicalWorks. A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            copayment: Copayment in dollars. Optional.
            relationship_to_subscriber: The patient's relationship to the subscriber, case-
                insensitive, as a code (`01`, `02`, `32`, `33`, `17`, `20`, `53`, `25`) or a name
                (`self`, `spouse`, `mother`, `father`, `step parent`, `employee`, `life partner`,
                `other`). Optional.
            subscriber_demographics: The insurance subscriber's details. In eClinicalWorks
                `first_name` and `last_name` are required when the relationship is not self (and,
                on update, whenever this object is sent). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient_insurance_added_event import PatientInsuranceAddedEvent
        from ...models.patient_insurances_create_request import PatientInsurancesCreateRequest
        from ...models.patient_insurances_create_response import PatientInsurancesCreateResponse
        from . import patient_insurances_create as _patient_insurances_create

        return await self._runner.job(
            _patient_insurances_create,
            {
                "patient_mrn": patient_mrn,
                "body": PatientInsurancesCreateRequest(
                    member_id=member_id,
                    group_id=group_id,
                    insurance_provider_id=insurance_provider_id,
                    insurance_name=insurance_name,
                    insurance_payer_id=insurance_payer_id,
                    priority=priority,
                    plan_begin_date=as_date(_OP_PATIENT_INSURANCES_CREATE, "plan_begin_date", plan_begin_date),
                    copayment=copayment,
                    relationship_to_subscriber=relationship_to_subscriber,
                    subscriber_demographics=subscriber_demographics,
                ),
            },
            op=_OP_PATIENT_INSURANCES_CREATE,
            expect=PatientInsurancesCreateResponse,
            event=PatientInsuranceAddedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        patient_mrn: str,
        emr_insurance_id: str,
        *,
        member_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        insurance_provider_id: str | Unset = UNSET,
        insurance_name: str | Unset = UNSET,
        insurance_payer_id: str | Unset = UNSET,
        plan_begin_date: datetime.date | str | Unset = UNSET,
        copayment: float | Unset = UNSET,
        relationship_to_subscriber: str | Unset = UNSET,
        subscriber_demographics: SubscriberDemographics | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[PatientInsurancesUpdateResponse, PatientInsuranceUpdatedEvent]:
        """Update a patient's insurance

        Queues an update of one existing insurance record in eClinicalWorks. Omitted fields keep
        their current EHR values. Carrier resolution works as for adding an insurance; when the
        carrier changes, the resolved provider must have an eClinicalWorks id configured or the
        request is rejected. The outcome arrives via the `patient.insurance.updated` or
        `patient.insurance.failed` webhook.

        `PATCH /patients/{patient_mrn}/insurances/{emr_insurance_id}`

        Args:
            patient_mrn: The patient's MRN in the EHR.
            emr_insurance_id: The EHR's id of the insurance record, as returned in
                `insurances[].emr_insurance_id` by a live fetch with `include: ["insurances"]` or
                by an earlier insurance added/updated webhook.
            member_id: Member / policy id. Optional.
            group_id: Group number. Optional.
            insurance_provider_id: Cobalt insurance provider id from `GET /insurance-
                providers`. Optional.
            insurance_name: Carrier name (alone, or with `insurance_payer_id`). Optional.
            insurance_payer_id: Payer id; must be combined with `insurance_name`. Optional.
            plan_begin_date: Coverage start date, `YYYY-MM-DD`. A `datetime.date` or an ISO
                date string (`2024-03-14`). Optional.
            copayment: Copayment in dollars. Optional.
            relationship_to_subscriber: The patient's relationship to the subscriber (e.g.
                `self`); non-self values such as `spouse`, `child` or `other` require the
                subscriber's first and last name in eClinicalWorks. Optional.
            subscriber_demographics: The insurance subscriber's details. In eClinicalWorks
                `first_name` and `last_name` are required when the relationship is not self (and,
                on update, whenever this object is sent). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient_insurance_updated_event import PatientInsuranceUpdatedEvent
        from ...models.patient_insurances_update_request import PatientInsurancesUpdateRequest
        from ...models.patient_insurances_update_response import PatientInsurancesUpdateResponse
        from . import patient_insurances_update as _patient_insurances_update

        return await self._runner.job(
            _patient_insurances_update,
            {
                "patient_mrn": patient_mrn,
                "emr_insurance_id": emr_insurance_id,
                "body": PatientInsurancesUpdateRequest(
                    member_id=member_id,
                    group_id=group_id,
                    insurance_provider_id=insurance_provider_id,
                    insurance_name=insurance_name,
                    insurance_payer_id=insurance_payer_id,
                    plan_begin_date=as_date(_OP_PATIENT_INSURANCES_UPDATE, "plan_begin_date", plan_begin_date),
                    copayment=copayment,
                    relationship_to_subscriber=relationship_to_subscriber,
                    subscriber_demographics=subscriber_demographics,
                ),
            },
            op=_OP_PATIENT_INSURANCES_UPDATE,
            expect=PatientInsurancesUpdateResponse,
            event=PatientInsuranceUpdatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class PatientInsurancesResourceWithRawResponse:
    """`patient_insurances` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `PatientInsurancesResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = PatientInsurancesResource(runner)
        self.create = raw_method(resource.create)
        self.update = raw_method(resource.update)


class AsyncPatientInsurancesResourceWithRawResponse:
    """`patient_insurances` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncPatientInsurancesResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncPatientInsurancesResource(runner)
        self.create = async_raw_method(resource.create)
        self.update = async_raw_method(resource.update)
