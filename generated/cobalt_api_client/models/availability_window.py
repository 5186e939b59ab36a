# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
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


T = TypeVar("T", bound="AvailabilityWindow")
_new = object.__new__
_KEYS = frozenset(
    {
        "day_of_week",
        "date",
        "duration_string",
        "range_start",
        "range_end",
        "provider_id",
        "provider_name",
        "timezone_abbr",
        "facility_id",
        "facility_name",
        "visit_type",
        "available_appointments",
        "max_visits",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class AvailabilityWindow:
    """One open time window of a provider.

    Attributes:
        day_of_week (int | Unset): ISO weekday, 1 (Monday) to 7 (Sunday).
        date (datetime.date | Unset):
        duration_string (str | Unset): Human-readable length, e.g. `9h`.
        range_start (datetime.datetime | Unset): Window start, ISO 8601 with milliseconds and offset.
        range_end (datetime.datetime | Unset): Window end, ISO 8601 with milliseconds and offset.
        provider_id (None | str | Unset): EHR id of the provider (newest versions).
        provider_name (None | str | Unset): Provider name (older versions).
        timezone_abbr (None | str | Unset): Time-zone abbreviation, e.g. `PDT` (older versions).
        facility_id (None | str | Unset): Location of the window, when the EHR scopes the shift to one.
        facility_name (None | str | Unset):
        visit_type (None | str | Unset): Visit type of the slot (`slots` / `equal_slots` only).
        available_appointments (int | None | Unset): Appointments still bookable in the slot (`slots` / `equal_slots`
            only).
        max_visits (int | None | Unset): Maximum visits of the slot (`slots` / `equal_slots` only).
    """

    day_of_week: int | Unset = UNSET
    date: datetime.date | Unset = UNSET
    duration_string: str | Unset = UNSET
    range_start: datetime.datetime | Unset = UNSET
    range_end: datetime.datetime | Unset = UNSET
    provider_id: None | str | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    timezone_abbr: None | str | Unset = UNSET
    facility_id: None | str | Unset = UNSET
    facility_name: None | str | Unset = UNSET
    visit_type: None | str | Unset = UNSET
    available_appointments: int | None | Unset = UNSET
    max_visits: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        day_of_week = self.day_of_week

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        duration_string = self.duration_string

        range_start: str | Unset = UNSET
        if not isinstance(self.range_start, Unset):
            range_start = self.range_start.isoformat()

        range_end: str | Unset = UNSET
        if not isinstance(self.range_end, Unset):
            range_end = self.range_end.isoformat()

        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        timezone_abbr: None | str | Unset
        if isinstance(self.timezone_abbr, Unset):
            timezone_abbr = UNSET
        else:
            timezone_abbr = self.timezone_abbr

        facility_id: None | str | Unset
        if isinstance(self.facility_id, Unset):
            facility_id = UNSET
        else:
            facility_id = self.facility_id

        facility_name: None | str | Unset
        if isinstance(self.facility_name, Unset):
            facility_name = UNSET
        else:
            facility_name = self.facility_name

        visit_type: None | str | Unset
        if isinstance(self.visit_type, Unset):
            visit_type = UNSET
        else:
            visit_type = self.visit_type

        available_appointments: int | None | Unset
        if isinstance(self.available_appointments, Unset):
            available_appointments = UNSET
        else:
            available_appointments = self.available_appointments

        max_visits: int | None | Unset
        if isinstance(self.max_visits, Unset):
            max_visits = UNSET
        else:
            max_visits = self.max_visits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if date is not UNSET:
            field_dict["date"] = date
        if duration_string is not UNSET:
            field_dict["duration_string"] = duration_string
        if range_start is not UNSET:
            field_dict["range_start"] = range_start
        if range_end is not UNSET:
            field_dict["range_end"] = range_end
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if timezone_abbr is not UNSET:
            field_dict["timezone_abbr"] = timezone_abbr
        if facility_id is not UNSET:
            field_dict["facility_id"] = facility_id
        if facility_name is not UNSET:
            field_dict["facility_name"] = facility_name
        if visit_type is not UNSET:
            field_dict["visit_type"] = visit_type
        if available_appointments is not UNSET:
            field_dict["available_appointments"] = available_appointments
        if max_visits is not UNSET:
            field_dict["max_visits"] = max_visits

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

        if "date" in d:
            _date = d["date"]
            date: datetime.date | Unset
            if isinstance(_date, Unset):
                date = UNSET
            else:
                date = datetime.date.fromisoformat(_date)

            d["date"] = date
        if "range_start" in d:
            _range_start = d["range_start"]
            range_start: datetime.datetime | Unset
            if isinstance(_range_start, Unset):
                range_start = UNSET
            else:
                range_start = datetime.datetime.fromisoformat(_range_start)

            d["range_start"] = range_start
        if "range_end" in d:
            _range_end = d["range_end"]
            range_end: datetime.datetime | Unset
            if isinstance(_range_end, Unset):
                range_end = UNSET
            else:
                range_end = datetime.datetime.fromisoformat(_range_end)

            d["range_end"] = range_end
        availability_window = _new(cls)
        availability_window.__dict__ = d
        return availability_window

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

                _has_date = "date" in d
                _has_range_start = "range_start" in d
                _has_range_end = "range_end" in d
                _work = (
                    _has_date or _has_range_start or _has_range_end
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_date:
                    _date = d["date"]
                    date: datetime.date | Unset
                    if isinstance(_date, Unset):
                        date = UNSET
                    else:
                        date = datetime.date.fromisoformat(_date)

                    d["date"] = date
                if _has_range_start:
                    _range_start = d["range_start"]
                    range_start: datetime.datetime | Unset
                    if isinstance(_range_start, Unset):
                        range_start = UNSET
                    else:
                        range_start = datetime.datetime.fromisoformat(_range_start)

                    d["range_start"] = range_start
                if _has_range_end:
                    _range_end = d["range_end"]
                    range_end: datetime.datetime | Unset
                    if isinstance(_range_end, Unset):
                        range_end = UNSET
                    else:
                        range_end = datetime.datetime.fromisoformat(_range_end)

                    d["range_end"] = range_end
            availability_window = _new(cls)
            availability_window.__dict__ = d
            append(availability_window)
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
            if _has_date:
                _date = d["date"]
                date: datetime.date | Unset
                if isinstance(_date, Unset):
                    date = UNSET
                else:
                    date = datetime.date.fromisoformat(_date)

                d["date"] = date
            if _has_range_start:
                _range_start = d["range_start"]
                range_start: datetime.datetime | Unset
                if isinstance(_range_start, Unset):
                    range_start = UNSET
                else:
                    range_start = datetime.datetime.fromisoformat(_range_start)

                d["range_start"] = range_start
            if _has_range_end:
                _range_end = d["range_end"]
                range_end: datetime.datetime | Unset
                if isinstance(_range_end, Unset):
                    range_end = UNSET
                else:
                    range_end = datetime.datetime.fromisoformat(_range_end)

                d["range_end"] = range_end

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

                _has_date = "date" in d
                _has_range_start = "range_start" in d
                _has_range_end = "range_end" in d
                _work = (
                    _has_date or _has_range_start or _has_range_end
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            availability_window = _new(cls)
            availability_window.__dict__ = d
            append(availability_window)
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
            raise TypeError("AvailabilityWindow is not iterable")


_OWNED_WORK: tuple[Any, ...] = (
    ("date", "date", datetime.date.fromisoformat, False),
    ("range_start", "range_start", datetime.datetime.fromisoformat, False),
    ("range_end", "range_end", datetime.datetime.fromisoformat, False),
)
setattr(AvailabilityWindow, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
