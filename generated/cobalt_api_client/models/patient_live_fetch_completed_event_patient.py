# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.patient_live_fetch_completed_event_insurance import PatientLiveFetchCompletedEventInsurance
    from ..models.patient_live_fetch_completed_event_medication import PatientLiveFetchCompletedEventMedication
    from ..models.patient_live_fetch_completed_event_patient_tasks_item import (
        PatientLiveFetchCompletedEventPatientTasksItem,
    )
    from ..models.patient_live_fetch_completed_event_pharmacy import PatientLiveFetchCompletedEventPharmacy
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="PatientLiveFetchCompletedEventPatient")
_new = object.__new__
_KEYS = frozenset(
    {
        "id",
        "mrn",
        "first_name",
        "last_name",
        "middle_name",
        "date_of_birth",
        "address_street",
        "address_city",
        "address_state",
        "address_zip",
        "phone",
        "cell_phone",
        "sex",
        "email",
        "insurance_name",
        "insurance_subscriber_number",
        "rendering_provider_id",
        "medications",
        "pharmacies",
        "insurances",
        "tasks",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "id",
        "mrn",
    }
)


@_attrs_define(slots=False, repr=False)
class PatientLiveFetchCompletedEventPatient:
    """One patient delivered by a live fetch. The older webhook example shows only
    id/mrn/first_name/last_name/date_of_birth; the fetch page's fuller "Response Data" shape (attached as the example)
    adds demographics, medications, pharmacies and, on request, insurances.

        Attributes:
            id (str): Cobalt's id for the patient.
            mrn (str): The patient's MRN.
            first_name (str | Unset):
            last_name (str | Unset):
            middle_name (str | Unset):
            date_of_birth (str | Unset): Date of birth, `YYYY-MM-DD`.
            address_street (str | Unset):
            address_city (str | Unset):
            address_state (str | Unset):
            address_zip (str | Unset):
            phone (str | Unset):
            cell_phone (str | Unset):
            sex (str | Unset): Sex, e.g. `female`.
            email (str | Unset):
            insurance_name (str | Unset): Name of the patient's insurance carrier.
            insurance_subscriber_number (str | Unset): Subscriber/member number.
            rendering_provider_id (str | Unset): Id of the patient's rendering provider.
            medications (list[PatientLiveFetchCompletedEventMedication] | Unset): The patient's medications.
            pharmacies (list[PatientLiveFetchCompletedEventPharmacy] | Unset): The patient's pharmacies.
            insurances (list[PatientLiveFetchCompletedEventInsurance] | Unset): Insurance records; only when the fetch asked
                for `include: insurances` (eClinicalWorks only).
            tasks (list[PatientLiveFetchCompletedEventPatientTasksItem] | Unset): EMR tasks; only when the fetch asked for
                `include: tasks`.
    """

    id: str
    mrn: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    address_street: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    phone: str | Unset = UNSET
    cell_phone: str | Unset = UNSET
    sex: str | Unset = UNSET
    email: str | Unset = UNSET
    insurance_name: str | Unset = UNSET
    insurance_subscriber_number: str | Unset = UNSET
    rendering_provider_id: str | Unset = UNSET
    medications: list[PatientLiveFetchCompletedEventMedication] | Unset = UNSET
    pharmacies: list[PatientLiveFetchCompletedEventPharmacy] | Unset = UNSET
    insurances: list[PatientLiveFetchCompletedEventInsurance] | Unset = UNSET
    tasks: list[PatientLiveFetchCompletedEventPatientTasksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mrn = self.mrn

        first_name = self.first_name

        last_name = self.last_name

        middle_name = self.middle_name

        date_of_birth = self.date_of_birth

        address_street = self.address_street

        address_city = self.address_city

        address_state = self.address_state

        address_zip = self.address_zip

        phone = self.phone

        cell_phone = self.cell_phone

        sex = self.sex

        email = self.email

        insurance_name = self.insurance_name

        insurance_subscriber_number = self.insurance_subscriber_number

        rendering_provider_id = self.rendering_provider_id

        medications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.medications, Unset):
            medications = []
            for medications_item_data in self.medications:
                medications_item = medications_item_data.to_dict()
                medications.append(medications_item)

        pharmacies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pharmacies, Unset):
            pharmacies = []
            for pharmacies_item_data in self.pharmacies:
                pharmacies_item = pharmacies_item_data.to_dict()
                pharmacies.append(pharmacies_item)

        insurances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.insurances, Unset):
            insurances = []
            for insurances_item_data in self.insurances:
                insurances_item = insurances_item_data.to_dict()
                insurances.append(insurances_item)

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mrn": mrn,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if address_street is not UNSET:
            field_dict["address_street"] = address_street
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_zip is not UNSET:
            field_dict["address_zip"] = address_zip
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cell_phone is not UNSET:
            field_dict["cell_phone"] = cell_phone
        if sex is not UNSET:
            field_dict["sex"] = sex
        if email is not UNSET:
            field_dict["email"] = email
        if insurance_name is not UNSET:
            field_dict["insurance_name"] = insurance_name
        if insurance_subscriber_number is not UNSET:
            field_dict["insurance_subscriber_number"] = insurance_subscriber_number
        if rendering_provider_id is not UNSET:
            field_dict["rendering_provider_id"] = rendering_provider_id
        if medications is not UNSET:
            field_dict["medications"] = medications
        if pharmacies is not UNSET:
            field_dict["pharmacies"] = pharmacies
        if insurances is not UNSET:
            field_dict["insurances"] = insurances
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if not _REQUIRED <= src_dict.keys():
            raise KeyError(min(_REQUIRED.difference(src_dict)))
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
            d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

        if "medications" in d:
            _medications = d["medications"]
            medications: list[PatientLiveFetchCompletedEventMedication] | Unset = UNSET
            if _medications is not UNSET:
                medications = PatientLiveFetchCompletedEventMedication._from_dicts(_medications, _owned)

            d["medications"] = medications
        if "pharmacies" in d:
            _pharmacies = d["pharmacies"]
            pharmacies: list[PatientLiveFetchCompletedEventPharmacy] | Unset = UNSET
            if _pharmacies is not UNSET:
                pharmacies = PatientLiveFetchCompletedEventPharmacy._from_dicts(_pharmacies, _owned)

            d["pharmacies"] = pharmacies
        if "insurances" in d:
            _insurances = d["insurances"]
            insurances: list[PatientLiveFetchCompletedEventInsurance] | Unset = UNSET
            if _insurances is not UNSET:
                insurances = PatientLiveFetchCompletedEventInsurance._from_dicts(_insurances, _owned)

            d["insurances"] = insurances
        if "tasks" in d:
            _tasks = d["tasks"]
            tasks: list[PatientLiveFetchCompletedEventPatientTasksItem] | Unset = UNSET
            if _tasks is not UNSET:
                tasks = PatientLiveFetchCompletedEventPatientTasksItem._from_dicts(_tasks, _owned)

            d["tasks"] = tasks
        patient_live_fetch_completed_event_patient = _new(cls)
        patient_live_fetch_completed_event_patient.__dict__ = d
        return patient_live_fetch_completed_event_patient

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
            _item_keys = [*src_dict.keys()]
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if not _REQUIRED <= src_dict.keys():
                    raise KeyError(min(_REQUIRED.difference(src_dict)))
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_medications = "medications" in d
                _has_pharmacies = "pharmacies" in d
                _has_insurances = "insurances" in d
                _has_tasks = "tasks" in d
                _work = (
                    _has_medications or _has_pharmacies or _has_insurances or _has_tasks
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_medications:
                    _medications = d["medications"]
                    medications: list[PatientLiveFetchCompletedEventMedication] | Unset = UNSET
                    if _medications is not UNSET:
                        medications = PatientLiveFetchCompletedEventMedication._from_dicts(_medications, _owned)

                    d["medications"] = medications
                if _has_pharmacies:
                    _pharmacies = d["pharmacies"]
                    pharmacies: list[PatientLiveFetchCompletedEventPharmacy] | Unset = UNSET
                    if _pharmacies is not UNSET:
                        pharmacies = PatientLiveFetchCompletedEventPharmacy._from_dicts(_pharmacies, _owned)

                    d["pharmacies"] = pharmacies
                if _has_insurances:
                    _insurances = d["insurances"]
                    insurances: list[PatientLiveFetchCompletedEventInsurance] | Unset = UNSET
                    if _insurances is not UNSET:
                        insurances = PatientLiveFetchCompletedEventInsurance._from_dicts(_insurances, _owned)

                    d["insurances"] = insurances
                if _has_tasks:
                    _tasks = d["tasks"]
                    tasks: list[PatientLiveFetchCompletedEventPatientTasksItem] | Unset = UNSET
                    if _tasks is not UNSET:
                        tasks = PatientLiveFetchCompletedEventPatientTasksItem._from_dicts(_tasks, _owned)

                    d["tasks"] = tasks
            patient_live_fetch_completed_event_patient = _new(cls)
            patient_live_fetch_completed_event_patient.__dict__ = d
            append(patient_live_fetch_completed_event_patient)
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
            if _has_medications:
                _medications = d["medications"]
                medications: list[PatientLiveFetchCompletedEventMedication] | Unset = UNSET
                if _medications is not UNSET:
                    medications = PatientLiveFetchCompletedEventMedication._from_dicts(_medications, _owned)

                d["medications"] = medications
            if _has_pharmacies:
                _pharmacies = d["pharmacies"]
                pharmacies: list[PatientLiveFetchCompletedEventPharmacy] | Unset = UNSET
                if _pharmacies is not UNSET:
                    pharmacies = PatientLiveFetchCompletedEventPharmacy._from_dicts(_pharmacies, _owned)

                d["pharmacies"] = pharmacies
            if _has_insurances:
                _insurances = d["insurances"]
                insurances: list[PatientLiveFetchCompletedEventInsurance] | Unset = UNSET
                if _insurances is not UNSET:
                    insurances = PatientLiveFetchCompletedEventInsurance._from_dicts(_insurances, _owned)

                d["insurances"] = insurances
            if _has_tasks:
                _tasks = d["tasks"]
                tasks: list[PatientLiveFetchCompletedEventPatientTasksItem] | Unset = UNSET
                if _tasks is not UNSET:
                    tasks = PatientLiveFetchCompletedEventPatientTasksItem._from_dicts(_tasks, _owned)

                d["tasks"] = tasks

        _i, _n = 0, len(items)
        while _i < _n:
            src_dict = items[_i]
            _i += 1
            _item_keys = [*src_dict.keys()]
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if not _REQUIRED <= src_dict.keys():
                    raise KeyError(min(_REQUIRED.difference(src_dict)))
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_medications = "medications" in d
                _has_pharmacies = "pharmacies" in d
                _has_insurances = "insurances" in d
                _has_tasks = "tasks" in d
                _work = (
                    _has_medications or _has_pharmacies or _has_insurances or _has_tasks
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            patient_live_fetch_completed_event_patient = _new(cls)
            patient_live_fetch_completed_event_patient.__dict__ = d
            append(patient_live_fetch_completed_event_patient)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    if not TYPE_CHECKING:  # a runtime guard only: to mypy the model is simply not iterable

        def __iter__(self):
            raise TypeError(
                "PatientLiveFetchCompletedEventPatient holds several lists and is not iterable; iterate one of .medications, .pharmacies, .insurances, .tasks"
            )


def _own_medications(value: Any) -> Any:
    """`medications` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    _medications = value
    medications: list[PatientLiveFetchCompletedEventMedication] | Unset = UNSET
    if _medications is not UNSET:
        medications = PatientLiveFetchCompletedEventMedication._from_dicts(_medications, _owned)

    return medications


def _own_pharmacies(value: Any) -> Any:
    """`pharmacies` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    _pharmacies = value
    pharmacies: list[PatientLiveFetchCompletedEventPharmacy] | Unset = UNSET
    if _pharmacies is not UNSET:
        pharmacies = PatientLiveFetchCompletedEventPharmacy._from_dicts(_pharmacies, _owned)

    return pharmacies


def _own_insurances(value: Any) -> Any:
    """`insurances` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    _insurances = value
    insurances: list[PatientLiveFetchCompletedEventInsurance] | Unset = UNSET
    if _insurances is not UNSET:
        insurances = PatientLiveFetchCompletedEventInsurance._from_dicts(_insurances, _owned)

    return insurances


def _own_tasks(value: Any) -> Any:
    """`tasks` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    _tasks = value
    tasks: list[PatientLiveFetchCompletedEventPatientTasksItem] | Unset = UNSET
    if _tasks is not UNSET:
        tasks = PatientLiveFetchCompletedEventPatientTasksItem._from_dicts(_tasks, _owned)

    return tasks


from ..models.patient_live_fetch_completed_event_insurance import PatientLiveFetchCompletedEventInsurance  # noqa: E402
from ..models.patient_live_fetch_completed_event_medication import PatientLiveFetchCompletedEventMedication  # noqa: E402
from ..models.patient_live_fetch_completed_event_patient_tasks_item import (
    PatientLiveFetchCompletedEventPatientTasksItem,  # noqa: E402
)
from ..models.patient_live_fetch_completed_event_pharmacy import PatientLiveFetchCompletedEventPharmacy  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("medications", "medications", _own_medications, False),
    ("pharmacies", "pharmacies", _own_pharmacies, False),
    ("insurances", "insurances", _own_insurances, False),
    ("tasks", "tasks", _own_tasks, False),
)
setattr(
    PatientLiveFetchCompletedEventPatient,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "id",
            "mrn",
        ),
        _OWNED_WORK,
    ),
)
