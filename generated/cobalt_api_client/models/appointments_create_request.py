# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..models.appointments_create_request_new_patient import (
    AppointmentsCreateRequestNewPatient,
    check_appointments_create_request_new_patient,
)
from ..models.appointments_create_request_prevent_double_booking import (
    AppointmentsCreateRequestPreventDoubleBooking,
    check_appointments_create_request_prevent_double_booking,
)
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="AppointmentsCreateRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "location",
        "provider",
        "type",
        "mrn",
        "patient_name",
        "datetime",
        "date",
        "time",
        "secondary_provider",
        "note",
        "reason",
        "duration",
        "new_patient",
        "prevent_double_booking",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "location",
        "provider",
        "type",
    }
)


@_attrs_define(slots=False, repr=False)
class AppointmentsCreateRequest:
    """A new appointment. Give the start either as `datetime` or as `date` plus `time`. `provider`, `secondary_provider`
    and `location` are EHR ids.

        Attributes:
            location (str): EHR id of the location (`ehr_id` from `GET /locations`).
            provider (str): EHR id of the primary provider (`ehr_id` from `GET /providers`).
            type_ (str): Visit-type code of the account (see `GET /visit-types`), e.g. `new_patient`; older accounts used
                codes such as `np` or `f/u`.
            mrn (str | Unset): The patient's medical record number in the EHR.
            patient_name (str | Unset): Patient's first and last name (e.g. "Jane Doe"), as an alternative to `mrn`.
            datetime_ (datetime.datetime | Unset): Recommended. Visit start as ISO 8601 with offset, `YYYY-MM-
                DDTHH:mm:ss±HH:MM` (24-hour clock), e.g. `2025-01-01T10:00:00-05:00`. Alternative to `date` + `time`.
            date (datetime.date | Unset): Visit date `YYYY-MM-DD`, used together with `time` instead of `datetime`.
            time (str | Unset): Visit time on a 12-hour clock with am/pm (`h:mm am/pm` or `hh:mm am/pm`, e.g. `10:00 am`),
                used together with `date`. A time without am/pm is rejected.
            secondary_provider (str | Unset): EHR id of a secondary provider.
            note (str | Unset): Free text attached to the appointment (e.g. notes from a phone triage).
            reason (str | Unset): Free-text reason for the visit.
            duration (str | Unset): Visit length in minutes (e.g. 30); when omitted the EHR's default for the visit type is
                used.
            new_patient (AppointmentsCreateRequestNewPatient | Unset): Marks the visit as a new-patient visit.
            prevent_double_booking (AppointmentsCreateRequestPreventDoubleBooking | Unset): When "true", Cobalt checks the
                provider's schedule first and fails the appointment if the slot overlaps a patient visit or a schedule block
                (honoured for eClinicalWorks and Practice Fusion only; if the schedule cannot be checked the booking proceeds).
                No check when omitted.
    """

    location: str
    provider: str
    type_: str
    mrn: str | Unset = UNSET
    patient_name: str | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    date: datetime.date | Unset = UNSET
    time: str | Unset = UNSET
    secondary_provider: str | Unset = UNSET
    note: str | Unset = UNSET
    reason: str | Unset = UNSET
    duration: str | Unset = UNSET
    new_patient: AppointmentsCreateRequestNewPatient | Unset = UNSET
    prevent_double_booking: AppointmentsCreateRequestPreventDoubleBooking | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        provider = self.provider

        type_ = self.type_

        mrn = self.mrn

        patient_name = self.patient_name

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        time = self.time

        secondary_provider = self.secondary_provider

        note = self.note

        reason = self.reason

        duration = self.duration

        new_patient: str | Unset = UNSET
        if not isinstance(self.new_patient, Unset):
            new_patient = self.new_patient

        prevent_double_booking: str | Unset = UNSET
        if not isinstance(self.prevent_double_booking, Unset):
            prevent_double_booking = self.prevent_double_booking

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "location": location,
                "provider": provider,
                "type": type_,
            }
        )
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if patient_name is not UNSET:
            field_dict["patient_name"] = patient_name
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if secondary_provider is not UNSET:
            field_dict["secondary_provider"] = secondary_provider
        if note is not UNSET:
            field_dict["note"] = note
        if reason is not UNSET:
            field_dict["reason"] = reason
        if duration is not UNSET:
            field_dict["duration"] = duration
        if new_patient is not UNSET:
            field_dict["new_patient"] = new_patient
        if prevent_double_booking is not UNSET:
            field_dict["prevent_double_booking"] = prevent_double_booking

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
        if "datetime" in d:
            _datetime_ = d.pop("datetime")
            datetime_: datetime.datetime | Unset
            if isinstance(_datetime_, Unset):
                datetime_ = UNSET
            else:
                datetime_ = datetime.datetime.fromisoformat(_datetime_)

            d["datetime_"] = datetime_
        if "date" in d:
            _date = d["date"]
            date: datetime.date | Unset
            if isinstance(_date, Unset):
                date = UNSET
            else:
                date = datetime.date.fromisoformat(_date)

            d["date"] = date
        if "new_patient" in d:
            _new_patient = d["new_patient"]
            new_patient: AppointmentsCreateRequestNewPatient | Unset
            if isinstance(_new_patient, Unset):
                new_patient = UNSET
            else:
                new_patient = check_appointments_create_request_new_patient(_new_patient)

            d["new_patient"] = new_patient
        if "prevent_double_booking" in d:
            _prevent_double_booking = d["prevent_double_booking"]
            prevent_double_booking: AppointmentsCreateRequestPreventDoubleBooking | Unset
            if isinstance(_prevent_double_booking, Unset):
                prevent_double_booking = UNSET
            else:
                prevent_double_booking = check_appointments_create_request_prevent_double_booking(
                    _prevent_double_booking
                )

            d["prevent_double_booking"] = prevent_double_booking
        if "type" in d:
            d["type_"] = d.pop("type")
        appointments_create_request = _new(cls)
        appointments_create_request.__dict__ = d
        return appointments_create_request

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
                _has_datetime_ = "datetime" in d
                _has_date = "date" in d
                _has_new_patient = "new_patient" in d
                _has_prevent_double_booking = "prevent_double_booking" in d
                _has_type_ = "type" in d
                _work = (
                    _has_datetime_ or _has_date or _has_new_patient or _has_prevent_double_booking or _has_type_
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_datetime_:
                    _datetime_ = d.pop("datetime")
                    datetime_: datetime.datetime | Unset
                    if isinstance(_datetime_, Unset):
                        datetime_ = UNSET
                    else:
                        datetime_ = datetime.datetime.fromisoformat(_datetime_)

                    d["datetime_"] = datetime_
                if _has_date:
                    _date = d["date"]
                    date: datetime.date | Unset
                    if isinstance(_date, Unset):
                        date = UNSET
                    else:
                        date = datetime.date.fromisoformat(_date)

                    d["date"] = date
                if _has_new_patient:
                    _new_patient = d["new_patient"]
                    new_patient: AppointmentsCreateRequestNewPatient | Unset
                    if isinstance(_new_patient, Unset):
                        new_patient = UNSET
                    else:
                        new_patient = check_appointments_create_request_new_patient(_new_patient)

                    d["new_patient"] = new_patient
                if _has_prevent_double_booking:
                    _prevent_double_booking = d["prevent_double_booking"]
                    prevent_double_booking: AppointmentsCreateRequestPreventDoubleBooking | Unset
                    if isinstance(_prevent_double_booking, Unset):
                        prevent_double_booking = UNSET
                    else:
                        prevent_double_booking = check_appointments_create_request_prevent_double_booking(
                            _prevent_double_booking
                        )

                    d["prevent_double_booking"] = prevent_double_booking
                if _has_type_:
                    d["type_"] = d.pop("type")
            appointments_create_request = _new(cls)
            appointments_create_request.__dict__ = d
            append(appointments_create_request)
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
                _datetime_ = d.pop("datetime")
                datetime_: datetime.datetime | Unset
                if isinstance(_datetime_, Unset):
                    datetime_ = UNSET
                else:
                    datetime_ = datetime.datetime.fromisoformat(_datetime_)

                d["datetime_"] = datetime_
            if _has_date:
                _date = d["date"]
                date: datetime.date | Unset
                if isinstance(_date, Unset):
                    date = UNSET
                else:
                    date = datetime.date.fromisoformat(_date)

                d["date"] = date
            if _has_new_patient:
                _new_patient = d["new_patient"]
                new_patient: AppointmentsCreateRequestNewPatient | Unset
                if isinstance(_new_patient, Unset):
                    new_patient = UNSET
                else:
                    new_patient = check_appointments_create_request_new_patient(_new_patient)

                d["new_patient"] = new_patient
            if _has_prevent_double_booking:
                _prevent_double_booking = d["prevent_double_booking"]
                prevent_double_booking: AppointmentsCreateRequestPreventDoubleBooking | Unset
                if isinstance(_prevent_double_booking, Unset):
                    prevent_double_booking = UNSET
                else:
                    prevent_double_booking = check_appointments_create_request_prevent_double_booking(
                        _prevent_double_booking
                    )

                d["prevent_double_booking"] = prevent_double_booking
            if _has_type_:
                d["type_"] = d.pop("type")

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
                _has_datetime_ = "datetime" in d
                _has_date = "date" in d
                _has_new_patient = "new_patient" in d
                _has_prevent_double_booking = "prevent_double_booking" in d
                _has_type_ = "type" in d
                _work = (
                    _has_datetime_ or _has_date or _has_new_patient or _has_prevent_double_booking or _has_type_
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            appointments_create_request = _new(cls)
            appointments_create_request.__dict__ = d
            append(appointments_create_request)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


_OWNED_WORK: tuple[Any, ...] = (
    ("datetime", "datetime_", datetime.datetime.fromisoformat, False),
    ("date", "date", datetime.date.fromisoformat, False),
    ("new_patient", "new_patient", check_appointments_create_request_new_patient, False),
    (
        "prevent_double_booking",
        "prevent_double_booking",
        check_appointments_create_request_prevent_double_booking,
        False,
    ),
    ("type", "type_", None, False),
)
setattr(
    AppointmentsCreateRequest,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "location",
            "provider",
            "type",
        ),
        _OWNED_WORK,
    ),
)
