# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `patients` operations (generated from openapi.yaml; do not edit)."""

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
    async_raw_method,
    raw_method,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.patient import Patient
    from ...models.patient_created_event import PatientCreatedEvent
    from ...models.patient_live_fetch_completed_event import PatientLiveFetchCompletedEvent
    from ...models.patients_create_request_check_eligibility import PatientsCreateRequestCheckEligibility
    from ...models.patients_create_request_insurance_sequence import PatientsCreateRequestInsuranceSequence
    from ...models.patients_create_request_responsible_party import PatientsCreateRequestResponsibleParty
    from ...models.patients_create_request_sex import PatientsCreateRequestSex
    from ...models.patients_create_response import PatientsCreateResponse
    from ...models.patients_fetch_request_include_type_1_item import PatientsFetchRequestIncludeType1Item
    from ...models.patients_fetch_request_search_by import PatientsFetchRequestSearchBy
    from ...models.patients_fetch_response import PatientsFetchResponse
    from ...models.patients_list_response import PatientsListResponse
    from ...models.patients_update_request_insurance_sequence import PatientsUpdateRequestInsuranceSequence
    from ...models.patients_update_request_sex import PatientsUpdateRequestSex
    from ...models.patients_update_response import PatientsUpdateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "PatientsResource",
    "AsyncPatientsResource",
    "PatientsResourceWithRawResponse",
    "AsyncPatientsResourceWithRawResponse",
]

_OP_PATIENTS_LIST = Operation(
    name="patients_list",
    method="GET",
    path="/patients",
    requires_access_token=True,
)
_OP_PATIENTS_CREATE = Operation(
    name="patients_create",
    method="POST",
    path="/patients",
    requires_access_token=True,
)
_OP_PATIENTS_UPDATE = Operation(
    name="patients_update",
    method="PATCH",
    path="/patients/{id}",
    requires_access_token=True,
)
_OP_PATIENTS_FETCH = Operation(
    name="patients_fetch",
    method="POST",
    path="/patients/fetch",
    requires_access_token=True,
)


class PatientsResource:
    """`patients` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        dob: datetime.date | str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mrn: str | Unset = UNSET,
        ehr_id: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Pager[PatientsListResponse, Patient]:
        """List patients

        Returns the patients Cobalt has cached for the linked account, optionally filtered by
        name, date of birth, MRN, EHR id or phone, one page at a time. Without filters every
        patient is returned.

        `GET /patients`

        Args:
            dob: Only patients born on this date (`YYYY-MM-DD`). A `datetime.date` or an ISO
                date string (`2024-03-14`). Optional.
            first_name: Filter on first name (case-insensitive, partial match). Optional.
            last_name: Filter on last name (case-insensitive, partial match). Optional.
            mrn: Filter on the patient's MRN in the EHR. Optional.
            ehr_id: Filter on the patient's id in the EHR. Optional.
            phone: Filter on phone number. Optional.
            page: Page number, starting at 1. Optional (default `1`).
            page_size: Number of patients per page (default 30, at most 100, per the docs
                index). Optional (default `30`).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient import Patient
        from ...models.patients_list_response import PatientsListResponse
        from . import patients_list as _patients_list

        return self._runner.paginate(
            _patients_list,
            {
                "dob": as_date(_OP_PATIENTS_LIST, "dob", dob),
                "first_name": first_name,
                "last_name": last_name,
                "mrn": mrn,
                "ehr_id": ehr_id,
                "phone": phone,
                "page": page,
                "page_size": page_size,
            },
            op=_OP_PATIENTS_LIST,
            expect=PatientsListResponse,
            item=Patient,
            items_attr="patients",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        dob: datetime.date | str | Unset = UNSET,
        sex: PatientsCreateRequestSex | Unset = UNSET,
        phone: str | Unset = UNSET,
        cell_phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        no_email_reason: str | Unset = UNSET,
        address_street: str | Unset = UNSET,
        address_city: str | Unset = UNSET,
        address_state: str | Unset = UNSET,
        address_zip: str | Unset = UNSET,
        insurance_name: str | Unset = UNSET,
        insurance_provider_id: str | Unset = UNSET,
        insurance_subscriber_number: str | Unset = UNSET,
        insurance_sequence: PatientsCreateRequestInsuranceSequence | Unset = UNSET,
        secondary_insurance_name: str | Unset = UNSET,
        secondary_insurance_subscriber_number: str | Unset = UNSET,
        check_eligibility: PatientsCreateRequestCheckEligibility | Unset = UNSET,
        responsible_party: PatientsCreateRequestResponsibleParty | Unset = "self",
        responsible_party_first_name: str | Unset = UNSET,
        responsible_party_last_name: str | Unset = UNSET,
        referring_provider: str | Unset = UNSET,
        referring_provider_first_name: str | Unset = UNSET,
        referring_provider_last_name: str | Unset = UNSET,
        referring_provider_id: str | Unset = UNSET,
        pcp_first_name: str | Unset = UNSET,
        pcp_last_name: str | Unset = UNSET,
        pcp_id: str | Unset = UNSET,
        referred_to_provider_id: str | Unset = UNSET,
        emergency_contact_first_name: str | Unset = UNSET,
        emergency_contact_last_name: str | Unset = UNSET,
        emergency_contact_relation: str | Unset = UNSET,
        emergency_contact_phone: str | Unset = UNSET,
        pharmacy_id: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[PatientsCreateResponse, PatientCreatedEvent]:
        """Create a patient

        Queues the creation of a patient in the EHR. The call returns at once with a Cobalt
        `patient_id`; the EHR-assigned MRN is delivered later by the `patient.created` webhook,
        and failures by `patient.failed`. Which fields are mandatory is configured per account
        (see `required_patient_fields` in `GET /settings`).

        `POST /patients`

        Args:
            first_name: Patient first name. Optional.
            last_name: Patient last name. Optional.
            dob: Date of birth, `YYYY-MM-DD` (e.g. `1980-01-01`). A `datetime.date` or an ISO
                date string (`2024-03-14`). Optional.
            sex: Patient sex. Optional.
            phone: Home phone (e.g. `5551234567`). Optional.
            cell_phone: Cell phone. Optional.
            email: Patient email address. Optional.
            no_email_reason: Why no email address is supplied. Optional.
            address_street: Street address. Optional.
            address_city: City. Optional.
            address_state: State. Optional.
            address_zip: ZIP code. Optional.
            insurance_name: Primary insurance carrier name. Optional.
            insurance_provider_id: Carrier by Cobalt insurance provider id (from `GET
                /insurance-providers`). Optional.
            insurance_subscriber_number: Member / subscriber number of the insurance.
                Optional.
            insurance_sequence: Which insurance slot the insurance fills (the templates show
                `primary`). Optional.
            secondary_insurance_name: Secondary insurance carrier name. Optional.
            secondary_insurance_subscriber_number: Secondary insurance member number.
                Optional.
            check_eligibility: Whether to run an insurance eligibility check for the patient
                (a string flag; templates show `"false"`). Optional.
            responsible_party: The guarantor's relationship to the patient (eClinicalWorks
                only). eCW codes: self 1, spouse 2, child 3, adopted_child 4, step_child 5,
                foster_child 6, ward_of_court 7, employee 8, unknown 9, handicapped_dependent 10,
                organ_donor 11, cadaver_donor 12, grandchild 13, niece_nephew 14,
                injured_plaintiff 15, sponsored_dependent 16, minor_dependent 17, parent 18,
                grandparent 19, life_partner 53, other 99. When not `self` (and insurance is
                given) Cobalt creates a separate guarantor record and links it to the insurance.
                Optional (default `'self'`).
            responsible_party_first_name: Guarantor first name; required when
                `responsible_party` is not `self`. Optional.
            responsible_party_last_name: Guarantor last name; required when
                `responsible_party` is not `self`. Optional.
            referring_provider: Referring provider as one free-text name (e.g. `Dr. Jane
                Doe`); older docs versions only. Optional.
            referring_provider_first_name: Referring provider first name (all EHRs). Optional.
            referring_provider_last_name: Referring provider last name (all EHRs). Optional.
            referring_provider_id: Cobalt `id` from `GET /referring-providers` (eClinicalWorks
                only); the provider's name, phone and fax are looked up, and the supplied names
                are used if the id is not found. Optional.
            pcp_first_name: Primary care provider first name. Optional.
            pcp_last_name: Primary care provider last name. Optional.
            pcp_id: Primary care provider by Cobalt `id` (not `ehr_id`) (eClinicalWorks only).
                Optional.
            referred_to_provider_id: The `ehr_id` (not the Cobalt id) from `GET /providers` of
                the rendering provider the patient is referred to. Optional.
            emergency_contact_first_name: Emergency contact first name. Optional.
            emergency_contact_last_name: Emergency contact last name. Optional.
            emergency_contact_relation: Emergency contact's relationship to the patient (free
                text). Optional.
            emergency_contact_phone: Emergency contact phone. Optional.
            pharmacy_id: Preferred pharmacy. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient_created_event import PatientCreatedEvent
        from ...models.patients_create_request import PatientsCreateRequest
        from ...models.patients_create_response import PatientsCreateResponse
        from . import patients_create as _patients_create

        return self._runner.job(
            _patients_create,
            {
                "body": PatientsCreateRequest(
                    first_name=first_name,
                    last_name=last_name,
                    dob=as_date(_OP_PATIENTS_CREATE, "dob", dob),
                    sex=sex,
                    phone=phone,
                    cell_phone=cell_phone,
                    email=email,
                    no_email_reason=no_email_reason,
                    address_street=address_street,
                    address_city=address_city,
                    address_state=address_state,
                    address_zip=address_zip,
                    insurance_name=insurance_name,
                    insurance_provider_id=insurance_provider_id,
                    insurance_subscriber_number=insurance_subscriber_number,
                    insurance_sequence=insurance_sequence,
                    secondary_insurance_name=secondary_insurance_name,
                    secondary_insurance_subscriber_number=secondary_insurance_subscriber_number,
                    check_eligibility=check_eligibility,
                    responsible_party=responsible_party,
                    responsible_party_first_name=responsible_party_first_name,
                    responsible_party_last_name=responsible_party_last_name,
                    referring_provider=referring_provider,
                    referring_provider_first_name=referring_provider_first_name,
                    referring_provider_last_name=referring_provider_last_name,
                    referring_provider_id=referring_provider_id,
                    pcp_first_name=pcp_first_name,
                    pcp_last_name=pcp_last_name,
                    pcp_id=pcp_id,
                    referred_to_provider_id=referred_to_provider_id,
                    emergency_contact_first_name=emergency_contact_first_name,
                    emergency_contact_last_name=emergency_contact_last_name,
                    emergency_contact_relation=emergency_contact_relation,
                    emergency_contact_phone=emergency_contact_phone,
                    pharmacy_id=pharmacy_id,
                ),
            },
            op=_OP_PATIENTS_CREATE,
            expect=PatientsCreateResponse,
            event=PatientCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        id: str,
        *,
        phone: str | Unset = UNSET,
        cell_phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        address_street: str | Unset = UNSET,
        address_line2: str | Unset = UNSET,
        address_city: str | Unset = UNSET,
        address_state: str | Unset = UNSET,
        address_zip: str | Unset = UNSET,
        save_previous_address: bool | Unset = True,
        dob: datetime.date | str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        sex: PatientsUpdateRequestSex | Unset = UNSET,
        insurance_name: str | Unset = UNSET,
        insurance_subscriber_number: str | Unset = UNSET,
        insurance_sequence: PatientsUpdateRequestInsuranceSequence | Unset = UNSET,
        referred_to_provider_id: str | Unset = UNSET,
        referring_provider_first_name: str | Unset = UNSET,
        referring_provider_last_name: str | Unset = UNSET,
        referring_provider_id: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> PatientsUpdateResponse:
        """Update a patient

        Changes a patient's details. For patients still `pending` or `failed` (not yet in the EHR)
        any field may change and the new values are used the next time creation runs. For `active`
        patients the change is queued (status `pending_update` until the EHR write finishes) and
        only contact details (and, in the newest docs, address and provider assignments) may
        change. Send only the fields to change.

        `PATCH /patients/{id}`

        Args:
            id: The Cobalt patient id (not the MRN or the EHR id).
            phone: Home phone, formatted like `222-333-4444`. Optional.
            cell_phone: Cell phone, formatted like `222-333-4444`. Optional.
            email: Patient email address. Optional.
            address_street: Address line 1. Optional.
            address_line2: Apartment, suite or unit (newest version only). Optional.
            address_city: City. Optional.
            address_state: Two-letter state code such as `CA` (`DC` is accepted). Optional.
            address_zip: ZIP code, `12345` or `12345-6789`. Optional.
            save_previous_address: When true, the current address is kept as EHR address
                history before the new one is written (newest version only). Optional (default
                `True`).
            dob: Date of birth (pending/failed patients). A `datetime.date` or an ISO date
                string (`2024-03-14`). Optional.
            first_name: First name (pending/failed patients). Optional.
            last_name: Last name (pending/failed patients). Optional.
            sex: Sex (pending/failed patients). Optional.
            insurance_name: Insurance carrier name (pending/failed patients). Optional.
            insurance_subscriber_number: Insurance member number (pending/failed patients).
                Optional.
            insurance_sequence: Insurance slot (pending/failed patients). Optional.
            referred_to_provider_id: The `ehr_id` from `GET /providers` of the rendering
                provider the patient is referred to. Optional.
            referring_provider_first_name: Referring provider first name. Optional.
            referring_provider_last_name: Referring provider last name. Optional.
            referring_provider_id: Cobalt `id` from `GET /referring-providers` (a UUID without
                dashes), instead of the two name fields (eClinicalWorks only). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patients_update_request import PatientsUpdateRequest
        from ...models.patients_update_response import PatientsUpdateResponse
        from . import patients_update as _patients_update

        return self._runner.request(
            _patients_update,
            {
                "id": id,
                "body": PatientsUpdateRequest(
                    phone=phone,
                    cell_phone=cell_phone,
                    email=email,
                    address_street=address_street,
                    address_line2=address_line2,
                    address_city=address_city,
                    address_state=address_state,
                    address_zip=address_zip,
                    save_previous_address=save_previous_address,
                    dob=as_date(_OP_PATIENTS_UPDATE, "dob", dob),
                    first_name=first_name,
                    last_name=last_name,
                    sex=sex,
                    insurance_name=insurance_name,
                    insurance_subscriber_number=insurance_subscriber_number,
                    insurance_sequence=insurance_sequence,
                    referred_to_provider_id=referred_to_provider_id,
                    referring_provider_first_name=referring_provider_first_name,
                    referring_provider_last_name=referring_provider_last_name,
                    referring_provider_id=referring_provider_id,
                ),
            },
            op=_OP_PATIENTS_UPDATE,
            expect=PatientsUpdateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def fetch(
        self,
        *,
        search_by: PatientsFetchRequestSearchBy | Unset = UNSET,
        dob: datetime.date | str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        mrn: str | Unset = UNSET,
        include: builtins.list[PatientsFetchRequestIncludeType1Item] | str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[PatientsFetchResponse, PatientLiveFetchCompletedEvent]:
        """Live-fetch patients from the EHR

        Starts a live search of the EHR (by date of birth, name, phone or MRN). The call returns a
        tracking id at once; the matching patients (with medications, pharmacies and, on request,
        insurance records) are delivered by the `patient.live_fetch_completed` webhook. The shape
        of each delivered patient is `PatientLiveFetchCompletedEventPatient`.

        `POST /patients/fetch`

        Args:
            search_by: Which of the supplied values drive the search. Optional.
            dob: Date of birth, `YYYY-MM-DD`. A `datetime.date` or an ISO date string
                (`2024-03-14`). Optional.
            first_name: First name. Optional.
            last_name: Last name. Optional.
            phone: Phone number in `XXX-XXX-XXXX` format (e.g. `555-123-4567`). Optional.
            mrn: Patient MRN (newer versions). Optional.
            include: Extra payloads to return with each patient, as a comma-delimited string
                or an array. `insurances` (eClinicalWorks only) adds `insurances[]` records.
                Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient_live_fetch_completed_event import PatientLiveFetchCompletedEvent
        from ...models.patients_fetch_request import PatientsFetchRequest
        from ...models.patients_fetch_response import PatientsFetchResponse
        from . import patients_fetch as _patients_fetch

        return self._runner.job(
            _patients_fetch,
            {
                "body": PatientsFetchRequest(
                    search_by=search_by,
                    dob=as_date(_OP_PATIENTS_FETCH, "dob", dob),
                    first_name=first_name,
                    last_name=last_name,
                    phone=phone,
                    mrn=mrn,
                    include=include,
                ),
            },
            op=_OP_PATIENTS_FETCH,
            expect=PatientsFetchResponse,
            event=PatientLiveFetchCompletedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncPatientsResource:
    """`patients` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        dob: datetime.date | str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mrn: str | Unset = UNSET,
        ehr_id: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PatientsListResponse, Patient]:
        """List patients

        Returns the patients Cobalt has cached for the linked account, optionally filtered by
        name, date of birth, MRN, EHR id or phone, one page at a time. Without filters every
        patient is returned.

        `GET /patients`

        Args:
            dob: Only patients born on this date (`YYYY-MM-DD`). A `datetime.date` or an ISO
                date string (`2024-03-14`). Optional.
            first_name: Filter on first name (case-insensitive, partial match). Optional.
            last_name: Filter on last name (case-insensitive, partial match). Optional.
            mrn: Filter on the patient's MRN in the EHR. Optional.
            ehr_id: Filter on the patient's id in the EHR. Optional.
            phone: Filter on phone number. Optional.
            page: Page number, starting at 1. Optional (default `1`).
            page_size: Number of patients per page (default 30, at most 100, per the docs
                index). Optional (default `30`).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient import Patient
        from ...models.patients_list_response import PatientsListResponse
        from . import patients_list as _patients_list

        return await self._runner.paginate(
            _patients_list,
            {
                "dob": as_date(_OP_PATIENTS_LIST, "dob", dob),
                "first_name": first_name,
                "last_name": last_name,
                "mrn": mrn,
                "ehr_id": ehr_id,
                "phone": phone,
                "page": page,
                "page_size": page_size,
            },
            op=_OP_PATIENTS_LIST,
            expect=PatientsListResponse,
            item=Patient,
            items_attr="patients",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        dob: datetime.date | str | Unset = UNSET,
        sex: PatientsCreateRequestSex | Unset = UNSET,
        phone: str | Unset = UNSET,
        cell_phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        no_email_reason: str | Unset = UNSET,
        address_street: str | Unset = UNSET,
        address_city: str | Unset = UNSET,
        address_state: str | Unset = UNSET,
        address_zip: str | Unset = UNSET,
        insurance_name: str | Unset = UNSET,
        insurance_provider_id: str | Unset = UNSET,
        insurance_subscriber_number: str | Unset = UNSET,
        insurance_sequence: PatientsCreateRequestInsuranceSequence | Unset = UNSET,
        secondary_insurance_name: str | Unset = UNSET,
        secondary_insurance_subscriber_number: str | Unset = UNSET,
        check_eligibility: PatientsCreateRequestCheckEligibility | Unset = UNSET,
        responsible_party: PatientsCreateRequestResponsibleParty | Unset = "self",
        responsible_party_first_name: str | Unset = UNSET,
        responsible_party_last_name: str | Unset = UNSET,
        referring_provider: str | Unset = UNSET,
        referring_provider_first_name: str | Unset = UNSET,
        referring_provider_last_name: str | Unset = UNSET,
        referring_provider_id: str | Unset = UNSET,
        pcp_first_name: str | Unset = UNSET,
        pcp_last_name: str | Unset = UNSET,
        pcp_id: str | Unset = UNSET,
        referred_to_provider_id: str | Unset = UNSET,
        emergency_contact_first_name: str | Unset = UNSET,
        emergency_contact_last_name: str | Unset = UNSET,
        emergency_contact_relation: str | Unset = UNSET,
        emergency_contact_phone: str | Unset = UNSET,
        pharmacy_id: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[PatientsCreateResponse, PatientCreatedEvent]:
        """Create a patient

        Queues the creation of a patient in the EHR. The call returns at once with a Cobalt
        `patient_id`; the EHR-assigned MRN is delivered later by the `patient.created` webhook,
        and failures by `patient.failed`. Which fields are mandatory is configured per account
        (see `required_patient_fields` in `GET /settings`).

        `POST /patients`

        Args:
            first_name: Patient first name. Optional.
            last_name: Patient last name. Optional.
            dob: Date of birth, `YYYY-MM-DD` (e.g. `1980-01-01`). A `datetime.date` or an ISO
                date string (`2024-03-14`). Optional.
            sex: Patient sex. Optional.
            phone: Home phone (e.g. `5551234567`). Optional.
            cell_phone: Cell phone. Optional.
            email: Patient email address. Optional.
            no_email_reason: Why no email address is supplied. Optional.
            address_street: Street address. Optional.
            address_city: City. Optional.
            address_state: State. Optional.
            address_zip: ZIP code. Optional.
            insurance_name: Primary insurance carrier name. Optional.
            insurance_provider_id: Carrier by Cobalt insurance provider id (from `GET
                /insurance-providers`). Optional.
            insurance_subscriber_number: Member / subscriber number of the insurance.
                Optional.
            insurance_sequence: Which insurance slot the insurance fills (the templates show
                `primary`). Optional.
            secondary_insurance_name: Secondary insurance carrier name. Optional.
            secondary_insurance_subscriber_number: Secondary insurance member number.
                Optional.
            check_eligibility: Whether to run an insurance eligibility check for the patient
                (a string flag; templates show `"false"`). Optional.
            responsible_party: The guarantor's relationship to the patient (eClinicalWorks
                only). eCW codes: self 1, spouse 2, child 3, adopted_child 4, step_child 5,
                foster_child 6, ward_of_court 7, employee 8, unknown 9, handicapped_dependent 10,
                organ_donor 11, cadaver_donor 12, grandchild 13, niece_nephew 14,
                injured_plaintiff 15, sponsored_dependent 16, minor_dependent 17, parent 18,
                grandparent 19, life_partner 53, other 99. When not `self` (and insurance is
                given) Cobalt creates a separate guarantor record and links it to the insurance.
                Optional (default `'self'`).
            responsible_party_first_name: Guarantor first name; required when
                `responsible_party` is not `self`. Optional.
            responsible_party_last_name: Guarantor last name; required when
                `responsible_party` is not `self`. Optional.
            referring_provider: Referring provider as one free-text name (e.g. `Dr. Jane
                Doe`); older docs versions only. Optional.
            referring_provider_first_name: Referring provider first name (all EHRs). Optional.
            referring_provider_last_name: Referring provider last name (all EHRs). Optional.
            referring_provider_id: Cobalt `id` from `GET /referring-providers` (eClinicalWorks
                only); the provider's name, phone and fax are looked up, and the supplied names
                are used if the id is not found. Optional.
            pcp_first_name: Primary care provider first name. Optional.
            pcp_last_name: Primary care provider last name. Optional.
            pcp_id: Primary care provider by Cobalt `id` (not `ehr_id`) (eClinicalWorks only).
                Optional.
            referred_to_provider_id: The `ehr_id` (not the Cobalt id) from `GET /providers` of
                the rendering provider the patient is referred to. Optional.
            emergency_contact_first_name: Emergency contact first name. Optional.
            emergency_contact_last_name: Emergency contact last name. Optional.
            emergency_contact_relation: Emergency contact's relationship to the patient (free
                text). Optional.
            emergency_contact_phone: Emergency contact phone. Optional.
            pharmacy_id: Preferred pharmacy. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient_created_event import PatientCreatedEvent
        from ...models.patients_create_request import PatientsCreateRequest
        from ...models.patients_create_response import PatientsCreateResponse
        from . import patients_create as _patients_create

        return await self._runner.job(
            _patients_create,
            {
                "body": PatientsCreateRequest(
                    first_name=first_name,
                    last_name=last_name,
                    dob=as_date(_OP_PATIENTS_CREATE, "dob", dob),
                    sex=sex,
                    phone=phone,
                    cell_phone=cell_phone,
                    email=email,
                    no_email_reason=no_email_reason,
                    address_street=address_street,
                    address_city=address_city,
                    address_state=address_state,
                    address_zip=address_zip,
                    insurance_name=insurance_name,
                    insurance_provider_id=insurance_provider_id,
                    insurance_subscriber_number=insurance_subscriber_number,
                    insurance_sequence=insurance_sequence,
                    secondary_insurance_name=secondary_insurance_name,
                    secondary_insurance_subscriber_number=secondary_insurance_subscriber_number,
                    check_eligibility=check_eligibility,
                    responsible_party=responsible_party,
                    responsible_party_first_name=responsible_party_first_name,
                    responsible_party_last_name=responsible_party_last_name,
                    referring_provider=referring_provider,
                    referring_provider_first_name=referring_provider_first_name,
                    referring_provider_last_name=referring_provider_last_name,
                    referring_provider_id=referring_provider_id,
                    pcp_first_name=pcp_first_name,
                    pcp_last_name=pcp_last_name,
                    pcp_id=pcp_id,
                    referred_to_provider_id=referred_to_provider_id,
                    emergency_contact_first_name=emergency_contact_first_name,
                    emergency_contact_last_name=emergency_contact_last_name,
                    emergency_contact_relation=emergency_contact_relation,
                    emergency_contact_phone=emergency_contact_phone,
                    pharmacy_id=pharmacy_id,
                ),
            },
            op=_OP_PATIENTS_CREATE,
            expect=PatientsCreateResponse,
            event=PatientCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        id: str,
        *,
        phone: str | Unset = UNSET,
        cell_phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        address_street: str | Unset = UNSET,
        address_line2: str | Unset = UNSET,
        address_city: str | Unset = UNSET,
        address_state: str | Unset = UNSET,
        address_zip: str | Unset = UNSET,
        save_previous_address: bool | Unset = True,
        dob: datetime.date | str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        sex: PatientsUpdateRequestSex | Unset = UNSET,
        insurance_name: str | Unset = UNSET,
        insurance_subscriber_number: str | Unset = UNSET,
        insurance_sequence: PatientsUpdateRequestInsuranceSequence | Unset = UNSET,
        referred_to_provider_id: str | Unset = UNSET,
        referring_provider_first_name: str | Unset = UNSET,
        referring_provider_last_name: str | Unset = UNSET,
        referring_provider_id: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> PatientsUpdateResponse:
        """Update a patient

        Changes a patient's details. For patients still `pending` or `failed` (not yet in the EHR)
        any field may change and the new values are used the next time creation runs. For `active`
        patients the change is queued (status `pending_update` until the EHR write finishes) and
        only contact details (and, in the newest docs, address and provider assignments) may
        change. Send only the fields to change.

        `PATCH /patients/{id}`

        Args:
            id: The Cobalt patient id (not the MRN or the EHR id).
            phone: Home phone, formatted like `222-333-4444`. Optional.
            cell_phone: Cell phone, formatted like `222-333-4444`. Optional.
            email: Patient email address. Optional.
            address_street: Address line 1. Optional.
            address_line2: Apartment, suite or unit (newest version only). Optional.
            address_city: City. Optional.
            address_state: Two-letter state code such as `CA` (`DC` is accepted). Optional.
            address_zip: ZIP code, `12345` or `12345-6789`. Optional.
            save_previous_address: When true, the current address is kept as EHR address
                history before the new one is written (newest version only). Optional (default
                `True`).
            dob: Date of birth (pending/failed patients). A `datetime.date` or an ISO date
                string (`2024-03-14`). Optional.
            first_name: First name (pending/failed patients). Optional.
            last_name: Last name (pending/failed patients). Optional.
            sex: Sex (pending/failed patients). Optional.
            insurance_name: Insurance carrier name (pending/failed patients). Optional.
            insurance_subscriber_number: Insurance member number (pending/failed patients).
                Optional.
            insurance_sequence: Insurance slot (pending/failed patients). Optional.
            referred_to_provider_id: The `ehr_id` from `GET /providers` of the rendering
                provider the patient is referred to. Optional.
            referring_provider_first_name: Referring provider first name. Optional.
            referring_provider_last_name: Referring provider last name. Optional.
            referring_provider_id: Cobalt `id` from `GET /referring-providers` (a UUID without
                dashes), instead of the two name fields (eClinicalWorks only). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patients_update_request import PatientsUpdateRequest
        from ...models.patients_update_response import PatientsUpdateResponse
        from . import patients_update as _patients_update

        return await self._runner.request(
            _patients_update,
            {
                "id": id,
                "body": PatientsUpdateRequest(
                    phone=phone,
                    cell_phone=cell_phone,
                    email=email,
                    address_street=address_street,
                    address_line2=address_line2,
                    address_city=address_city,
                    address_state=address_state,
                    address_zip=address_zip,
                    save_previous_address=save_previous_address,
                    dob=as_date(_OP_PATIENTS_UPDATE, "dob", dob),
                    first_name=first_name,
                    last_name=last_name,
                    sex=sex,
                    insurance_name=insurance_name,
                    insurance_subscriber_number=insurance_subscriber_number,
                    insurance_sequence=insurance_sequence,
                    referred_to_provider_id=referred_to_provider_id,
                    referring_provider_first_name=referring_provider_first_name,
                    referring_provider_last_name=referring_provider_last_name,
                    referring_provider_id=referring_provider_id,
                ),
            },
            op=_OP_PATIENTS_UPDATE,
            expect=PatientsUpdateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def fetch(
        self,
        *,
        search_by: PatientsFetchRequestSearchBy | Unset = UNSET,
        dob: datetime.date | str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        mrn: str | Unset = UNSET,
        include: builtins.list[PatientsFetchRequestIncludeType1Item] | str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[PatientsFetchResponse, PatientLiveFetchCompletedEvent]:
        """Live-fetch patients from the EHR

        Starts a live search of the EHR (by date of birth, name, phone or MRN). The call returns a
        tracking id at once; the matching patients (with medications, pharmacies and, on request,
        insurance records) are delivered by the `patient.live_fetch_completed` webhook. The shape
        of each delivered patient is `PatientLiveFetchCompletedEventPatient`.

        `POST /patients/fetch`

        Args:
            search_by: Which of the supplied values drive the search. Optional.
            dob: Date of birth, `YYYY-MM-DD`. A `datetime.date` or an ISO date string
                (`2024-03-14`). Optional.
            first_name: First name. Optional.
            last_name: Last name. Optional.
            phone: Phone number in `XXX-XXX-XXXX` format (e.g. `555-123-4567`). Optional.
            mrn: Patient MRN (newer versions). Optional.
            include: Extra payloads to return with each patient, as a comma-delimited string
                or an array. `insurances` (eClinicalWorks only) adds `insurances[]` records.
                Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.patient_live_fetch_completed_event import PatientLiveFetchCompletedEvent
        from ...models.patients_fetch_request import PatientsFetchRequest
        from ...models.patients_fetch_response import PatientsFetchResponse
        from . import patients_fetch as _patients_fetch

        return await self._runner.job(
            _patients_fetch,
            {
                "body": PatientsFetchRequest(
                    search_by=search_by,
                    dob=as_date(_OP_PATIENTS_FETCH, "dob", dob),
                    first_name=first_name,
                    last_name=last_name,
                    phone=phone,
                    mrn=mrn,
                    include=include,
                ),
            },
            op=_OP_PATIENTS_FETCH,
            expect=PatientsFetchResponse,
            event=PatientLiveFetchCompletedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class PatientsResourceWithRawResponse:
    """`patients` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `PatientsResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = PatientsResource(runner)
        self.list = raw_method(resource.list)
        self.create = raw_method(resource.create)
        self.update = raw_method(resource.update)
        self.fetch = raw_method(resource.fetch)


class AsyncPatientsResourceWithRawResponse:
    """`patients` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncPatientsResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncPatientsResource(runner)
        self.list = async_raw_method(resource.list)
        self.create = async_raw_method(resource.create)
        self.update = async_raw_method(resource.update)
        self.fetch = async_raw_method(resource.fetch)
