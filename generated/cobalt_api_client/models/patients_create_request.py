# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..models.patients_create_request_check_eligibility import (
    PatientsCreateRequestCheckEligibility,
    check_patients_create_request_check_eligibility,
)
from ..models.patients_create_request_insurance_sequence import (
    PatientsCreateRequestInsuranceSequence,
    check_patients_create_request_insurance_sequence,
)
from ..models.patients_create_request_responsible_party import (
    PatientsCreateRequestResponsibleParty,
    check_patients_create_request_responsible_party,
)
from ..models.patients_create_request_sex import PatientsCreateRequestSex, check_patients_create_request_sex
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="PatientsCreateRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "first_name",
        "last_name",
        "dob",
        "sex",
        "phone",
        "cell_phone",
        "email",
        "no_email_reason",
        "address_street",
        "address_city",
        "address_state",
        "address_zip",
        "insurance_name",
        "insurance_provider_id",
        "insurance_subscriber_number",
        "insurance_sequence",
        "secondary_insurance_name",
        "secondary_insurance_subscriber_number",
        "check_eligibility",
        "responsible_party",
        "responsible_party_first_name",
        "responsible_party_last_name",
        "referring_provider",
        "referring_provider_first_name",
        "referring_provider_last_name",
        "referring_provider_id",
        "pcp_first_name",
        "pcp_last_name",
        "pcp_id",
        "referred_to_provider_id",
        "emergency_contact_first_name",
        "emergency_contact_last_name",
        "emergency_contact_relation",
        "emergency_contact_phone",
        "pharmacy_id",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class PatientsCreateRequest:
    """Demographics, insurance, referral and contact details of the patient to create.

    Attributes:
        first_name (str | Unset): Patient first name.
        last_name (str | Unset): Patient last name.
        dob (datetime.date | Unset): Date of birth, `YYYY-MM-DD` (e.g. `1980-01-01`).
        sex (PatientsCreateRequestSex | Unset): Patient sex.
        phone (str | Unset): Home phone (e.g. `5551234567`).
        cell_phone (str | Unset): Cell phone.
        email (str | Unset): Patient email address.
        no_email_reason (str | Unset): Why no email address is supplied.
        address_street (str | Unset): Street address.
        address_city (str | Unset): City.
        address_state (str | Unset): State.
        address_zip (str | Unset): ZIP code.
        insurance_name (str | Unset): Primary insurance carrier name.
        insurance_provider_id (str | Unset): Carrier by Cobalt insurance provider id (from `GET /insurance-providers`).
        insurance_subscriber_number (str | Unset): Member / subscriber number of the insurance.
        insurance_sequence (PatientsCreateRequestInsuranceSequence | Unset): Which insurance slot the insurance fills
            (the templates show `primary`).
        secondary_insurance_name (str | Unset): Secondary insurance carrier name.
        secondary_insurance_subscriber_number (str | Unset): Secondary insurance member number.
        check_eligibility (PatientsCreateRequestCheckEligibility | Unset): Whether to run an insurance eligibility check
            for the patient (a string flag; templates show `"false"`).
        responsible_party (PatientsCreateRequestResponsibleParty | Unset): The guarantor's relationship to the patient
            (eClinicalWorks only). eCW codes: self 1, spouse 2, child 3, adopted_child 4, step_child 5, foster_child 6,
            ward_of_court 7, employee 8, unknown 9, handicapped_dependent 10, organ_donor 11, cadaver_donor 12, grandchild
            13, niece_nephew 14, injured_plaintiff 15, sponsored_dependent 16, minor_dependent 17, parent 18, grandparent
            19, life_partner 53, other 99. When not `self` (and insurance is given) Cobalt creates a separate guarantor
            record and links it to the insurance. Default: 'self'.
        responsible_party_first_name (str | Unset): Guarantor first name; required when `responsible_party` is not
            `self`.
        responsible_party_last_name (str | Unset): Guarantor last name; required when `responsible_party` is not `self`.
        referring_provider (str | Unset): Referring provider as one free-text name (e.g. `Dr. Jane Doe`); older docs
            versions only.
        referring_provider_first_name (str | Unset): Referring provider first name (all EHRs).
        referring_provider_last_name (str | Unset): Referring provider last name (all EHRs).
        referring_provider_id (str | Unset): Cobalt `id` from `GET /referring-providers` (eClinicalWorks only); the
            provider's name, phone and fax are looked up, and the supplied names are used if the id is not found.
        pcp_first_name (str | Unset): Primary care provider first name.
        pcp_last_name (str | Unset): Primary care provider last name.
        pcp_id (str | Unset): Primary care provider by Cobalt `id` (not `ehr_id`) (eClinicalWorks only).
        referred_to_provider_id (str | Unset): The `ehr_id` (not the Cobalt id) from `GET /providers` of the rendering
            provider the patient is referred to.
        emergency_contact_first_name (str | Unset): Emergency contact first name.
        emergency_contact_last_name (str | Unset): Emergency contact last name.
        emergency_contact_relation (str | Unset): Emergency contact's relationship to the patient (free text).
        emergency_contact_phone (str | Unset): Emergency contact phone.
        pharmacy_id (str | Unset): Preferred pharmacy.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    dob: datetime.date | Unset = UNSET
    sex: PatientsCreateRequestSex | Unset = UNSET
    phone: str | Unset = UNSET
    cell_phone: str | Unset = UNSET
    email: str | Unset = UNSET
    no_email_reason: str | Unset = UNSET
    address_street: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    insurance_name: str | Unset = UNSET
    insurance_provider_id: str | Unset = UNSET
    insurance_subscriber_number: str | Unset = UNSET
    insurance_sequence: PatientsCreateRequestInsuranceSequence | Unset = UNSET
    secondary_insurance_name: str | Unset = UNSET
    secondary_insurance_subscriber_number: str | Unset = UNSET
    check_eligibility: PatientsCreateRequestCheckEligibility | Unset = UNSET
    responsible_party: PatientsCreateRequestResponsibleParty | Unset = "self"
    responsible_party_first_name: str | Unset = UNSET
    responsible_party_last_name: str | Unset = UNSET
    referring_provider: str | Unset = UNSET
    referring_provider_first_name: str | Unset = UNSET
    referring_provider_last_name: str | Unset = UNSET
    referring_provider_id: str | Unset = UNSET
    pcp_first_name: str | Unset = UNSET
    pcp_last_name: str | Unset = UNSET
    pcp_id: str | Unset = UNSET
    referred_to_provider_id: str | Unset = UNSET
    emergency_contact_first_name: str | Unset = UNSET
    emergency_contact_last_name: str | Unset = UNSET
    emergency_contact_relation: str | Unset = UNSET
    emergency_contact_phone: str | Unset = UNSET
    pharmacy_id: str | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        dob: str | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = self.dob.isoformat()

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex

        phone = self.phone

        cell_phone = self.cell_phone

        email = self.email

        no_email_reason = self.no_email_reason

        address_street = self.address_street

        address_city = self.address_city

        address_state = self.address_state

        address_zip = self.address_zip

        insurance_name = self.insurance_name

        insurance_provider_id = self.insurance_provider_id

        insurance_subscriber_number = self.insurance_subscriber_number

        insurance_sequence: str | Unset = UNSET
        if not isinstance(self.insurance_sequence, Unset):
            insurance_sequence = self.insurance_sequence

        secondary_insurance_name = self.secondary_insurance_name

        secondary_insurance_subscriber_number = self.secondary_insurance_subscriber_number

        check_eligibility: str | Unset = UNSET
        if not isinstance(self.check_eligibility, Unset):
            check_eligibility = self.check_eligibility

        responsible_party: str | Unset = UNSET
        if not isinstance(self.responsible_party, Unset):
            responsible_party = self.responsible_party

        responsible_party_first_name = self.responsible_party_first_name

        responsible_party_last_name = self.responsible_party_last_name

        referring_provider = self.referring_provider

        referring_provider_first_name = self.referring_provider_first_name

        referring_provider_last_name = self.referring_provider_last_name

        referring_provider_id = self.referring_provider_id

        pcp_first_name = self.pcp_first_name

        pcp_last_name = self.pcp_last_name

        pcp_id = self.pcp_id

        referred_to_provider_id = self.referred_to_provider_id

        emergency_contact_first_name = self.emergency_contact_first_name

        emergency_contact_last_name = self.emergency_contact_last_name

        emergency_contact_relation = self.emergency_contact_relation

        emergency_contact_phone = self.emergency_contact_phone

        pharmacy_id = self.pharmacy_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if dob is not UNSET:
            field_dict["dob"] = dob
        if sex is not UNSET:
            field_dict["sex"] = sex
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cell_phone is not UNSET:
            field_dict["cell_phone"] = cell_phone
        if email is not UNSET:
            field_dict["email"] = email
        if no_email_reason is not UNSET:
            field_dict["no_email_reason"] = no_email_reason
        if address_street is not UNSET:
            field_dict["address_street"] = address_street
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_zip is not UNSET:
            field_dict["address_zip"] = address_zip
        if insurance_name is not UNSET:
            field_dict["insurance_name"] = insurance_name
        if insurance_provider_id is not UNSET:
            field_dict["insurance_provider_id"] = insurance_provider_id
        if insurance_subscriber_number is not UNSET:
            field_dict["insurance_subscriber_number"] = insurance_subscriber_number
        if insurance_sequence is not UNSET:
            field_dict["insurance_sequence"] = insurance_sequence
        if secondary_insurance_name is not UNSET:
            field_dict["secondary_insurance_name"] = secondary_insurance_name
        if secondary_insurance_subscriber_number is not UNSET:
            field_dict["secondary_insurance_subscriber_number"] = secondary_insurance_subscriber_number
        if check_eligibility is not UNSET:
            field_dict["check_eligibility"] = check_eligibility
        if responsible_party is not UNSET:
            field_dict["responsible_party"] = responsible_party
        if responsible_party_first_name is not UNSET:
            field_dict["responsible_party_first_name"] = responsible_party_first_name
        if responsible_party_last_name is not UNSET:
            field_dict["responsible_party_last_name"] = responsible_party_last_name
        if referring_provider is not UNSET:
            field_dict["referring_provider"] = referring_provider
        if referring_provider_first_name is not UNSET:
            field_dict["referring_provider_first_name"] = referring_provider_first_name
        if referring_provider_last_name is not UNSET:
            field_dict["referring_provider_last_name"] = referring_provider_last_name
        if referring_provider_id is not UNSET:
            field_dict["referring_provider_id"] = referring_provider_id
        if pcp_first_name is not UNSET:
            field_dict["pcp_first_name"] = pcp_first_name
        if pcp_last_name is not UNSET:
            field_dict["pcp_last_name"] = pcp_last_name
        if pcp_id is not UNSET:
            field_dict["pcp_id"] = pcp_id
        if referred_to_provider_id is not UNSET:
            field_dict["referred_to_provider_id"] = referred_to_provider_id
        if emergency_contact_first_name is not UNSET:
            field_dict["emergency_contact_first_name"] = emergency_contact_first_name
        if emergency_contact_last_name is not UNSET:
            field_dict["emergency_contact_last_name"] = emergency_contact_last_name
        if emergency_contact_relation is not UNSET:
            field_dict["emergency_contact_relation"] = emergency_contact_relation
        if emergency_contact_phone is not UNSET:
            field_dict["emergency_contact_phone"] = emergency_contact_phone
        if pharmacy_id is not UNSET:
            field_dict["pharmacy_id"] = pharmacy_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
        if "dob" in d:
            _dob = d["dob"]
            dob: datetime.date | Unset
            if isinstance(_dob, Unset):
                dob = UNSET
            else:
                dob = datetime.date.fromisoformat(_dob)

            d["dob"] = dob
        if "sex" in d:
            _sex = d["sex"]
            sex: PatientsCreateRequestSex | Unset
            if isinstance(_sex, Unset):
                sex = UNSET
            else:
                sex = check_patients_create_request_sex(_sex)

            d["sex"] = sex
        if "insurance_sequence" in d:
            _insurance_sequence = d["insurance_sequence"]
            insurance_sequence: PatientsCreateRequestInsuranceSequence | Unset
            if isinstance(_insurance_sequence, Unset):
                insurance_sequence = UNSET
            else:
                insurance_sequence = check_patients_create_request_insurance_sequence(_insurance_sequence)

            d["insurance_sequence"] = insurance_sequence
        if "check_eligibility" in d:
            _check_eligibility = d["check_eligibility"]
            check_eligibility: PatientsCreateRequestCheckEligibility | Unset
            if isinstance(_check_eligibility, Unset):
                check_eligibility = UNSET
            else:
                check_eligibility = check_patients_create_request_check_eligibility(_check_eligibility)

            d["check_eligibility"] = check_eligibility
        if "responsible_party" in d:
            _responsible_party = d["responsible_party"]
            responsible_party: PatientsCreateRequestResponsibleParty | Unset
            if isinstance(_responsible_party, Unset):
                responsible_party = UNSET
            else:
                responsible_party = check_patients_create_request_responsible_party(_responsible_party)

            d["responsible_party"] = responsible_party
        patients_create_request = _new(cls)
        patients_create_request.__dict__ = d
        return patients_create_request

    @classmethod
    def _from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]], _owned: bool = False) -> list[T]:
        """Internal: `[cls.from_dict(item, _owned) for item in items]`, without a call per item."""
        if _types.build_run is not None and type(items) is list:  # the C loop takes exact lists only
            return cls._from_list(items, _owned)
        built: list[T] = []
        append = built.append
        d: dict[str, Any]
        _shape: list[str] | None = None
        for src_dict in items:
            _item_keys = list(src_dict)
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                _has_dob = "dob" in d
                _has_sex = "sex" in d
                _has_insurance_sequence = "insurance_sequence" in d
                _has_check_eligibility = "check_eligibility" in d
                _has_responsible_party = "responsible_party" in d
                _work = (
                    _has_dob or _has_sex or _has_insurance_sequence or _has_check_eligibility or _has_responsible_party
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_dob:
                    _dob = d["dob"]
                    dob: datetime.date | Unset
                    if isinstance(_dob, Unset):
                        dob = UNSET
                    else:
                        dob = datetime.date.fromisoformat(_dob)

                    d["dob"] = dob
                if _has_sex:
                    _sex = d["sex"]
                    sex: PatientsCreateRequestSex | Unset
                    if isinstance(_sex, Unset):
                        sex = UNSET
                    else:
                        sex = check_patients_create_request_sex(_sex)

                    d["sex"] = sex
                if _has_insurance_sequence:
                    _insurance_sequence = d["insurance_sequence"]
                    insurance_sequence: PatientsCreateRequestInsuranceSequence | Unset
                    if isinstance(_insurance_sequence, Unset):
                        insurance_sequence = UNSET
                    else:
                        insurance_sequence = check_patients_create_request_insurance_sequence(_insurance_sequence)

                    d["insurance_sequence"] = insurance_sequence
                if _has_check_eligibility:
                    _check_eligibility = d["check_eligibility"]
                    check_eligibility: PatientsCreateRequestCheckEligibility | Unset
                    if isinstance(_check_eligibility, Unset):
                        check_eligibility = UNSET
                    else:
                        check_eligibility = check_patients_create_request_check_eligibility(_check_eligibility)

                    d["check_eligibility"] = check_eligibility
                if _has_responsible_party:
                    _responsible_party = d["responsible_party"]
                    responsible_party: PatientsCreateRequestResponsibleParty | Unset
                    if isinstance(_responsible_party, Unset):
                        responsible_party = UNSET
                    else:
                        responsible_party = check_patients_create_request_responsible_party(_responsible_party)

                    d["responsible_party"] = responsible_party
            patients_create_request = _new(cls)
            patients_create_request.__dict__ = d
            append(patients_create_request)
        return built

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]], _owned: bool = False) -> list[T]:
        """Internal: `_from_dicts` of a list with the speedups extra's C helper (`types.build_run`),
        which builds the rest of a run of items of a shape checked here (doing an item's per-field
        work with `_do_work`)."""
        _run = _types.build_run
        assert _run is not None
        built: list[T] = []
        append = built.append
        d: dict[str, Any]
        _shape: list[str] | None = None

        def _do_work(d: dict[str, Any]) -> None:
            if _has_dob:
                _dob = d["dob"]
                dob: datetime.date | Unset
                if isinstance(_dob, Unset):
                    dob = UNSET
                else:
                    dob = datetime.date.fromisoformat(_dob)

                d["dob"] = dob
            if _has_sex:
                _sex = d["sex"]
                sex: PatientsCreateRequestSex | Unset
                if isinstance(_sex, Unset):
                    sex = UNSET
                else:
                    sex = check_patients_create_request_sex(_sex)

                d["sex"] = sex
            if _has_insurance_sequence:
                _insurance_sequence = d["insurance_sequence"]
                insurance_sequence: PatientsCreateRequestInsuranceSequence | Unset
                if isinstance(_insurance_sequence, Unset):
                    insurance_sequence = UNSET
                else:
                    insurance_sequence = check_patients_create_request_insurance_sequence(_insurance_sequence)

                d["insurance_sequence"] = insurance_sequence
            if _has_check_eligibility:
                _check_eligibility = d["check_eligibility"]
                check_eligibility: PatientsCreateRequestCheckEligibility | Unset
                if isinstance(_check_eligibility, Unset):
                    check_eligibility = UNSET
                else:
                    check_eligibility = check_patients_create_request_check_eligibility(_check_eligibility)

                d["check_eligibility"] = check_eligibility
            if _has_responsible_party:
                _responsible_party = d["responsible_party"]
                responsible_party: PatientsCreateRequestResponsibleParty | Unset
                if isinstance(_responsible_party, Unset):
                    responsible_party = UNSET
                else:
                    responsible_party = check_patients_create_request_responsible_party(_responsible_party)

                d["responsible_party"] = responsible_party

        _i, _n = 0, len(items)
        while _i < _n:
            src_dict = items[_i]
            _i += 1
            _item_keys = list(src_dict)
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                _has_dob = "dob" in d
                _has_sex = "sex" in d
                _has_insurance_sequence = "insurance_sequence" in d
                _has_check_eligibility = "check_eligibility" in d
                _has_responsible_party = "responsible_party" in d
                _work = (
                    _has_dob or _has_sex or _has_insurance_sequence or _has_check_eligibility or _has_responsible_party
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            patients_create_request = _new(cls)
            patients_create_request.__dict__ = d
            append(patients_create_request)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


_OWNED_WORK: tuple[Any, ...] = (
    ("dob", "dob", datetime.date.fromisoformat, False),
    ("sex", "sex", check_patients_create_request_sex, False),
    ("insurance_sequence", "insurance_sequence", check_patients_create_request_insurance_sequence, False),
    ("check_eligibility", "check_eligibility", check_patients_create_request_check_eligibility, False),
    ("responsible_party", "responsible_party", check_patients_create_request_responsible_party, False),
)
setattr(PatientsCreateRequest, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
