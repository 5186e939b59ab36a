# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="AppointmentUpdatedEventData")
_new = object.__new__
_KEYS = frozenset(
    {
        "id",
        "ehr_appointment_id",
        "patient_mrn",
        "patient_name",
        "datetime",
        "duration",
        "location",
        "status",
        "provider_name",
        "appointment_type",
        "appointment_mode",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class AppointmentUpdatedEventData:
    """The appointment after the change (fields from the sync-events table; none marked required).

    Attributes:
        id (str | Unset): Cobalt's id for the appointment.
        ehr_appointment_id (str | Unset): The EHR's own id for the appointment.
        patient_mrn (str | Unset): The patient's medical record number.
        patient_name (str | Unset): The patient's full name.
        datetime_ (str | Unset): Start date/time, ISO 8601.
        duration (float | Unset): Length of the appointment in minutes.
        location (str | Unset): Location or room.
        status (str | Unset): Appointment status code.
        provider_name (str | Unset): Name of the provider.
        appointment_type (str | Unset): Appointment (visit) type.
        appointment_mode (str | Unset): Mode of the appointment.
    """

    id: str | Unset = UNSET
    ehr_appointment_id: str | Unset = UNSET
    patient_mrn: str | Unset = UNSET
    patient_name: str | Unset = UNSET
    datetime_: str | Unset = UNSET
    duration: float | Unset = UNSET
    location: str | Unset = UNSET
    status: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    appointment_type: str | Unset = UNSET
    appointment_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ehr_appointment_id = self.ehr_appointment_id

        patient_mrn = self.patient_mrn

        patient_name = self.patient_name

        datetime_ = self.datetime_

        duration = self.duration

        location = self.location

        status = self.status

        provider_name = self.provider_name

        appointment_type = self.appointment_type

        appointment_mode = self.appointment_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ehr_appointment_id is not UNSET:
            field_dict["ehr_appointment_id"] = ehr_appointment_id
        if patient_mrn is not UNSET:
            field_dict["patient_mrn"] = patient_mrn
        if patient_name is not UNSET:
            field_dict["patient_name"] = patient_name
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if duration is not UNSET:
            field_dict["duration"] = duration
        if location is not UNSET:
            field_dict["location"] = location
        if status is not UNSET:
            field_dict["status"] = status
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if appointment_type is not UNSET:
            field_dict["appointment_type"] = appointment_type
        if appointment_mode is not UNSET:
            field_dict["appointment_mode"] = appointment_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
            d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

        if "datetime" in d:
            d["datetime_"] = d.pop("datetime")
        appointment_updated_event_data = _new(cls)
        appointment_updated_event_data.__dict__ = d
        return appointment_updated_event_data

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
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_datetime_ = "datetime" in d
                _work = _has_datetime_  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_datetime_:
                    d["datetime_"] = d.pop("datetime")
            appointment_updated_event_data = _new(cls)
            appointment_updated_event_data.__dict__ = d
            append(appointment_updated_event_data)
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
            if _has_datetime_:
                d["datetime_"] = d.pop("datetime")

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
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_datetime_ = "datetime" in d
                _work = _has_datetime_  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            appointment_updated_event_data = _new(cls)
            appointment_updated_event_data.__dict__ = d
            append(appointment_updated_event_data)
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
            raise TypeError("AppointmentUpdatedEventData is not iterable")


_OWNED_WORK: tuple[Any, ...] = (("datetime", "datetime_", None, False),)
setattr(AppointmentUpdatedEventData, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
