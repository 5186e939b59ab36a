# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="AppointmentsUpdateRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "mrn",
        "location",
        "datetime",
        "appointment_datetime",
        "provider",
        "type",
        "note",
        "reason",
        "status",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class AppointmentsUpdateRequest:
    """Fields to change. For pending/failed appointments any field may be sent; for scheduled appointments only `status`
    and `note`.

        Attributes:
            mrn (str | Unset): Patient MRN (pending/failed only).
            location (str | Unset): Location (pending/failed only).
            datetime_ (datetime.datetime | Unset): New start as ISO 8601 with offset (pending/failed only).
            appointment_datetime (datetime.datetime | Unset): Older name of `datetime`, used in the docs example.
            provider (str | Unset): Provider (pending/failed only).
            type_ (str | Unset): Visit-type code (pending/failed only).
            note (str | Unset): Administrative note, not a clinical note (any status).
            reason (str | Unset): Reason for the visit (pending/failed only).
            status (str | Unset): New status (scheduled appointments only).
    """

    mrn: str | Unset = UNSET
    location: str | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    appointment_datetime: datetime.datetime | Unset = UNSET
    provider: str | Unset = UNSET
    type_: str | Unset = UNSET
    note: str | Unset = UNSET
    reason: str | Unset = UNSET
    status: str | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        mrn = self.mrn

        location = self.location

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        appointment_datetime: str | Unset = UNSET
        if not isinstance(self.appointment_datetime, Unset):
            appointment_datetime = self.appointment_datetime.isoformat()

        provider = self.provider

        type_ = self.type_

        note = self.note

        reason = self.reason

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if location is not UNSET:
            field_dict["location"] = location
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if appointment_datetime is not UNSET:
            field_dict["appointment_datetime"] = appointment_datetime
        if provider is not UNSET:
            field_dict["provider"] = provider
        if type_ is not UNSET:
            field_dict["type"] = type_
        if note is not UNSET:
            field_dict["note"] = note
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
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
        if "appointment_datetime" in d:
            _appointment_datetime = d["appointment_datetime"]
            appointment_datetime: datetime.datetime | Unset
            if isinstance(_appointment_datetime, Unset):
                appointment_datetime = UNSET
            else:
                appointment_datetime = datetime.datetime.fromisoformat(_appointment_datetime)

            d["appointment_datetime"] = appointment_datetime
        if "type" in d:
            d["type_"] = d.pop("type")
        appointments_update_request = _new(cls)
        appointments_update_request.__dict__ = d
        return appointments_update_request

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
                _has_datetime_ = "datetime" in d
                _has_appointment_datetime = "appointment_datetime" in d
                _has_type_ = "type" in d
                _work = (
                    _has_datetime_ or _has_appointment_datetime or _has_type_
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
                if _has_appointment_datetime:
                    _appointment_datetime = d["appointment_datetime"]
                    appointment_datetime: datetime.datetime | Unset
                    if isinstance(_appointment_datetime, Unset):
                        appointment_datetime = UNSET
                    else:
                        appointment_datetime = datetime.datetime.fromisoformat(_appointment_datetime)

                    d["appointment_datetime"] = appointment_datetime
                if _has_type_:
                    d["type_"] = d.pop("type")
            appointments_update_request = _new(cls)
            appointments_update_request.__dict__ = d
            append(appointments_update_request)
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
            if _has_appointment_datetime:
                _appointment_datetime = d["appointment_datetime"]
                appointment_datetime: datetime.datetime | Unset
                if isinstance(_appointment_datetime, Unset):
                    appointment_datetime = UNSET
                else:
                    appointment_datetime = datetime.datetime.fromisoformat(_appointment_datetime)

                d["appointment_datetime"] = appointment_datetime
            if _has_type_:
                d["type_"] = d.pop("type")

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
                _has_datetime_ = "datetime" in d
                _has_appointment_datetime = "appointment_datetime" in d
                _has_type_ = "type" in d
                _work = (
                    _has_datetime_ or _has_appointment_datetime or _has_type_
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            appointments_update_request = _new(cls)
            appointments_update_request.__dict__ = d
            append(appointments_update_request)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


_OWNED_WORK: tuple[Any, ...] = (
    ("datetime", "datetime_", datetime.datetime.fromisoformat, False),
    ("appointment_datetime", "appointment_datetime", datetime.datetime.fromisoformat, False),
    ("type", "type_", None, False),
)
setattr(AppointmentsUpdateRequest, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
