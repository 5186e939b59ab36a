# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..models.patients_update_request_insurance_sequence import (
    PatientsUpdateRequestInsuranceSequence,
    check_patients_update_request_insurance_sequence,
)
from ..models.patients_update_request_sex import PatientsUpdateRequestSex, check_patients_update_request_sex
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="PatientsUpdateRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "phone",
        "cell_phone",
        "email",
        "address_street",
        "address_line2",
        "address_city",
        "address_state",
        "address_zip",
        "save_previous_address",
        "dob",
        "first_name",
        "last_name",
        "sex",
        "insurance_name",
        "insurance_subscriber_number",
        "insurance_sequence",
        "referred_to_provider_id",
        "referring_provider_first_name",
        "referring_provider_last_name",
        "referring_provider_id",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class PatientsUpdateRequest:
    """The patient fields to change; omitted fields stay as they are.

    Attributes:
        phone (str | Unset): Home phone, formatted like `222-333-4444`.
        cell_phone (str | Unset): Cell phone, formatted like `222-333-4444`.
        email (str | Unset): Patient email address.
        address_street (str | Unset): Address line 1.
        address_line2 (str | Unset): Apartment, suite or unit (newest version only).
        address_city (str | Unset): City.
        address_state (str | Unset): Two-letter state code such as `CA` (`DC` is accepted).
        address_zip (str | Unset): ZIP code, `12345` or `12345-6789`.
        save_previous_address (bool | Unset): When true, the current address is kept as EHR address history before the
            new one is written (newest version only). Default: True.
        dob (datetime.date | Unset): Date of birth (pending/failed patients).
        first_name (str | Unset): First name (pending/failed patients).
        last_name (str | Unset): Last name (pending/failed patients).
        sex (PatientsUpdateRequestSex | Unset): Sex (pending/failed patients).
        insurance_name (str | Unset): Insurance carrier name (pending/failed patients).
        insurance_subscriber_number (str | Unset): Insurance member number (pending/failed patients).
        insurance_sequence (PatientsUpdateRequestInsuranceSequence | Unset): Insurance slot (pending/failed patients).
        referred_to_provider_id (str | Unset): The `ehr_id` from `GET /providers` of the rendering provider the patient
            is referred to.
        referring_provider_first_name (str | Unset): Referring provider first name.
        referring_provider_last_name (str | Unset): Referring provider last name.
        referring_provider_id (str | Unset): Cobalt `id` from `GET /referring-providers` (a UUID without dashes),
            instead of the two name fields (eClinicalWorks only).
    """

    phone: str | Unset = UNSET
    cell_phone: str | Unset = UNSET
    email: str | Unset = UNSET
    address_street: str | Unset = UNSET
    address_line2: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    save_previous_address: bool | Unset = True
    dob: datetime.date | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    sex: PatientsUpdateRequestSex | Unset = UNSET
    insurance_name: str | Unset = UNSET
    insurance_subscriber_number: str | Unset = UNSET
    insurance_sequence: PatientsUpdateRequestInsuranceSequence | Unset = UNSET
    referred_to_provider_id: str | Unset = UNSET
    referring_provider_first_name: str | Unset = UNSET
    referring_provider_last_name: str | Unset = UNSET
    referring_provider_id: str | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        cell_phone = self.cell_phone

        email = self.email

        address_street = self.address_street

        address_line2 = self.address_line2

        address_city = self.address_city

        address_state = self.address_state

        address_zip = self.address_zip

        save_previous_address = self.save_previous_address

        dob: str | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = self.dob.isoformat()

        first_name = self.first_name

        last_name = self.last_name

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex

        insurance_name = self.insurance_name

        insurance_subscriber_number = self.insurance_subscriber_number

        insurance_sequence: str | Unset = UNSET
        if not isinstance(self.insurance_sequence, Unset):
            insurance_sequence = self.insurance_sequence

        referred_to_provider_id = self.referred_to_provider_id

        referring_provider_first_name = self.referring_provider_first_name

        referring_provider_last_name = self.referring_provider_last_name

        referring_provider_id = self.referring_provider_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cell_phone is not UNSET:
            field_dict["cell_phone"] = cell_phone
        if email is not UNSET:
            field_dict["email"] = email
        if address_street is not UNSET:
            field_dict["address_street"] = address_street
        if address_line2 is not UNSET:
            field_dict["address_line2"] = address_line2
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_zip is not UNSET:
            field_dict["address_zip"] = address_zip
        if save_previous_address is not UNSET:
            field_dict["save_previous_address"] = save_previous_address
        if dob is not UNSET:
            field_dict["dob"] = dob
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if sex is not UNSET:
            field_dict["sex"] = sex
        if insurance_name is not UNSET:
            field_dict["insurance_name"] = insurance_name
        if insurance_subscriber_number is not UNSET:
            field_dict["insurance_subscriber_number"] = insurance_subscriber_number
        if insurance_sequence is not UNSET:
            field_dict["insurance_sequence"] = insurance_sequence
        if referred_to_provider_id is not UNSET:
            field_dict["referred_to_provider_id"] = referred_to_provider_id
        if referring_provider_first_name is not UNSET:
            field_dict["referring_provider_first_name"] = referring_provider_first_name
        if referring_provider_last_name is not UNSET:
            field_dict["referring_provider_last_name"] = referring_provider_last_name
        if referring_provider_id is not UNSET:
            field_dict["referring_provider_id"] = referring_provider_id

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
            sex: PatientsUpdateRequestSex | Unset
            if isinstance(_sex, Unset):
                sex = UNSET
            else:
                sex = check_patients_update_request_sex(_sex)

            d["sex"] = sex
        if "insurance_sequence" in d:
            _insurance_sequence = d["insurance_sequence"]
            insurance_sequence: PatientsUpdateRequestInsuranceSequence | Unset
            if isinstance(_insurance_sequence, Unset):
                insurance_sequence = UNSET
            else:
                insurance_sequence = check_patients_update_request_insurance_sequence(_insurance_sequence)

            d["insurance_sequence"] = insurance_sequence
        patients_update_request = _new(cls)
        patients_update_request.__dict__ = d
        return patients_update_request

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
                _work = (
                    _has_dob or _has_sex or _has_insurance_sequence
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
                    sex: PatientsUpdateRequestSex | Unset
                    if isinstance(_sex, Unset):
                        sex = UNSET
                    else:
                        sex = check_patients_update_request_sex(_sex)

                    d["sex"] = sex
                if _has_insurance_sequence:
                    _insurance_sequence = d["insurance_sequence"]
                    insurance_sequence: PatientsUpdateRequestInsuranceSequence | Unset
                    if isinstance(_insurance_sequence, Unset):
                        insurance_sequence = UNSET
                    else:
                        insurance_sequence = check_patients_update_request_insurance_sequence(_insurance_sequence)

                    d["insurance_sequence"] = insurance_sequence
            patients_update_request = _new(cls)
            patients_update_request.__dict__ = d
            append(patients_update_request)
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
                sex: PatientsUpdateRequestSex | Unset
                if isinstance(_sex, Unset):
                    sex = UNSET
                else:
                    sex = check_patients_update_request_sex(_sex)

                d["sex"] = sex
            if _has_insurance_sequence:
                _insurance_sequence = d["insurance_sequence"]
                insurance_sequence: PatientsUpdateRequestInsuranceSequence | Unset
                if isinstance(_insurance_sequence, Unset):
                    insurance_sequence = UNSET
                else:
                    insurance_sequence = check_patients_update_request_insurance_sequence(_insurance_sequence)

                d["insurance_sequence"] = insurance_sequence

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
                _work = (
                    _has_dob or _has_sex or _has_insurance_sequence
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            patients_update_request = _new(cls)
            patients_update_request.__dict__ = d
            append(patients_update_request)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


_OWNED_WORK: tuple[Any, ...] = (
    ("dob", "dob", datetime.date.fromisoformat, False),
    ("sex", "sex", check_patients_update_request_sex, False),
    ("insurance_sequence", "insurance_sequence", check_patients_update_request_insurance_sequence, False),
)
setattr(PatientsUpdateRequest, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
