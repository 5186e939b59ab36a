"""Resources for the `patients` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.error_response import ErrorResponse
    from ...models.patient import Patient
    from ...models.patient_created_event import PatientCreatedEvent
    from ...models.patient_live_fetch_completed_event import PatientLiveFetchCompletedEvent
    from ...models.patients_create_request import PatientsCreateRequest
    from ...models.patients_create_request_check_eligibility import (
        PatientsCreateRequestCheckEligibility,
        check_patients_create_request_check_eligibility,
    )
    from ...models.patients_create_request_insurance_sequence import (
        PatientsCreateRequestInsuranceSequence,
        check_patients_create_request_insurance_sequence,
    )
    from ...models.patients_create_request_responsible_party import (
        PatientsCreateRequestResponsibleParty,
        check_patients_create_request_responsible_party,
    )
    from ...models.patients_create_request_sex import PatientsCreateRequestSex, check_patients_create_request_sex
    from ...models.patients_create_response import PatientsCreateResponse
    from ...models.patients_fetch_request import PatientsFetchRequest
    from ...models.patients_fetch_request_include_type_1_item import (
        PatientsFetchRequestIncludeType1Item,
        check_patients_fetch_request_include_type_1_item,
    )
    from ...models.patients_fetch_request_search_by import (
        PatientsFetchRequestSearchBy,
        check_patients_fetch_request_search_by,
    )
    from ...models.patients_fetch_response import PatientsFetchResponse
    from ...models.patients_list_response import PatientsListResponse
    from ...models.patients_update_request import PatientsUpdateRequest
    from ...models.patients_update_request_insurance_sequence import (
        PatientsUpdateRequestInsuranceSequence,
        check_patients_update_request_insurance_sequence,
    )
    from ...models.patients_update_request_sex import PatientsUpdateRequestSex, check_patients_update_request_sex
    from ...models.patients_update_response import PatientsUpdateResponse

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
