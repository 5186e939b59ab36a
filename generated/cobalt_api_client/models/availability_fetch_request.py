# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .. import types as _types
from ..models.availability_fetch_request_calculation_method import (
    AvailabilityFetchRequestCalculationMethod,
    check_availability_fetch_request_calculation_method,
)
from ..models.availability_fetch_request_provider_type import (
    AvailabilityFetchRequestProviderType,
    check_availability_fetch_request_provider_type,
)
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="AvailabilityFetchRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "start_date",
        "end_date",
        "provider_ids",
        "buffer",
        "visit_type",
        "calculation_method",
        "daily_appointment_limit",
        "daily_limit_type",
        "provider_type",
        "fallback_to_default_hours",
        "max_slot_duration",
        "facility_scoped_scheduling",
        "location_ids",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "start_date",
        "end_date",
        "provider_ids",
    }
)


@_attrs_define(slots=False, repr=False)
class AvailabilityFetchRequest:
    """Providers, dates and calculation options for a live availability fetch.

    Attributes:
        start_date (datetime.date):
        end_date (datetime.date): Up to 5 days after start_date for one provider; equal to start_date for 2-10
            providers.
        provider_ids (list[str]): EHR provider ids.
        buffer (int | Unset): Minutes blocked after each appointment of `visit_type` (or of every type).
        visit_type (str | Unset): `all` or a visit-type code whose appointments the buffer follows.
        calculation_method (AvailabilityFetchRequestCalculationMethod | Unset):  Default: 'gaps'.
        daily_appointment_limit (int | Unset): Maximum appointments of `daily_limit_type` per provider per day.
        daily_limit_type (str | Unset): Visit-type code counted by `daily_appointment_limit`.
        provider_type (AvailabilityFetchRequestProviderType | Unset):  Default: 'primary'.
        fallback_to_default_hours (bool | Unset): Use default hours for providers without availability rules.
        max_slot_duration (int | Unset): Maximum length of a window (not described in the docs).
        facility_scoped_scheduling (bool | Unset): Scope scheduling to facilities (not described in the docs).
        location_ids (list[str] | Unset): Location EHR ids to restrict windows to.
    """

    start_date: datetime.date
    end_date: datetime.date
    provider_ids: list[str]
    buffer: int | Unset = UNSET
    visit_type: str | Unset = UNSET
    calculation_method: AvailabilityFetchRequestCalculationMethod | Unset = "gaps"
    daily_appointment_limit: int | Unset = UNSET
    daily_limit_type: str | Unset = UNSET
    provider_type: AvailabilityFetchRequestProviderType | Unset = "primary"
    fallback_to_default_hours: bool | Unset = UNSET
    max_slot_duration: int | Unset = UNSET
    facility_scoped_scheduling: bool | Unset = UNSET
    location_ids: list[str] | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        provider_ids = self.provider_ids

        buffer = self.buffer

        visit_type = self.visit_type

        calculation_method: str | Unset = UNSET
        if not isinstance(self.calculation_method, Unset):
            calculation_method = self.calculation_method

        daily_appointment_limit = self.daily_appointment_limit

        daily_limit_type = self.daily_limit_type

        provider_type: str | Unset = UNSET
        if not isinstance(self.provider_type, Unset):
            provider_type = self.provider_type

        fallback_to_default_hours = self.fallback_to_default_hours

        max_slot_duration = self.max_slot_duration

        facility_scoped_scheduling = self.facility_scoped_scheduling

        location_ids: list[str] | Unset = UNSET
        if not isinstance(self.location_ids, Unset):
            location_ids = self.location_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
                "provider_ids": provider_ids,
            }
        )
        if buffer is not UNSET:
            field_dict["buffer"] = buffer
        if visit_type is not UNSET:
            field_dict["visit_type"] = visit_type
        if calculation_method is not UNSET:
            field_dict["calculation_method"] = calculation_method
        if daily_appointment_limit is not UNSET:
            field_dict["daily_appointment_limit"] = daily_appointment_limit
        if daily_limit_type is not UNSET:
            field_dict["daily_limit_type"] = daily_limit_type
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if fallback_to_default_hours is not UNSET:
            field_dict["fallback_to_default_hours"] = fallback_to_default_hours
        if max_slot_duration is not UNSET:
            field_dict["max_slot_duration"] = max_slot_duration
        if facility_scoped_scheduling is not UNSET:
            field_dict["facility_scoped_scheduling"] = facility_scoped_scheduling
        if location_ids is not UNSET:
            field_dict["location_ids"] = location_ids

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
        start_date = datetime.date.fromisoformat(d["start_date"])

        d["start_date"] = start_date
        end_date = datetime.date.fromisoformat(d["end_date"])

        d["end_date"] = end_date
        provider_ids = cast(list[str], d["provider_ids"])

        d["provider_ids"] = provider_ids
        if "calculation_method" in d:
            _calculation_method = d["calculation_method"]
            calculation_method: AvailabilityFetchRequestCalculationMethod | Unset
            if isinstance(_calculation_method, Unset):
                calculation_method = UNSET
            else:
                calculation_method = check_availability_fetch_request_calculation_method(_calculation_method)

            d["calculation_method"] = calculation_method
        if "provider_type" in d:
            _provider_type = d["provider_type"]
            provider_type: AvailabilityFetchRequestProviderType | Unset
            if isinstance(_provider_type, Unset):
                provider_type = UNSET
            else:
                provider_type = check_availability_fetch_request_provider_type(_provider_type)

            d["provider_type"] = provider_type
        if "location_ids" in d:
            location_ids = cast(list[str], d["location_ids"])

            d["location_ids"] = location_ids
        availability_fetch_request = _new(cls)
        availability_fetch_request.__dict__ = d
        return availability_fetch_request

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
                _has_calculation_method = "calculation_method" in d
                _has_provider_type = "provider_type" in d
                _has_location_ids = "location_ids" in d
            start_date = datetime.date.fromisoformat(d["start_date"])

            d["start_date"] = start_date
            end_date = datetime.date.fromisoformat(d["end_date"])

            d["end_date"] = end_date
            provider_ids = cast(list[str], d["provider_ids"])

            d["provider_ids"] = provider_ids
            if _has_calculation_method:
                _calculation_method = d["calculation_method"]
                calculation_method: AvailabilityFetchRequestCalculationMethod | Unset
                if isinstance(_calculation_method, Unset):
                    calculation_method = UNSET
                else:
                    calculation_method = check_availability_fetch_request_calculation_method(_calculation_method)

                d["calculation_method"] = calculation_method
            if _has_provider_type:
                _provider_type = d["provider_type"]
                provider_type: AvailabilityFetchRequestProviderType | Unset
                if isinstance(_provider_type, Unset):
                    provider_type = UNSET
                else:
                    provider_type = check_availability_fetch_request_provider_type(_provider_type)

                d["provider_type"] = provider_type
            if _has_location_ids:
                location_ids = cast(list[str], d["location_ids"])

                d["location_ids"] = location_ids
            availability_fetch_request = _new(cls)
            availability_fetch_request.__dict__ = d
            append(availability_fetch_request)
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
            start_date = datetime.date.fromisoformat(d["start_date"])

            d["start_date"] = start_date
            end_date = datetime.date.fromisoformat(d["end_date"])

            d["end_date"] = end_date
            provider_ids = cast(list[str], d["provider_ids"])

            d["provider_ids"] = provider_ids
            if _has_calculation_method:
                _calculation_method = d["calculation_method"]
                calculation_method: AvailabilityFetchRequestCalculationMethod | Unset
                if isinstance(_calculation_method, Unset):
                    calculation_method = UNSET
                else:
                    calculation_method = check_availability_fetch_request_calculation_method(_calculation_method)

                d["calculation_method"] = calculation_method
            if _has_provider_type:
                _provider_type = d["provider_type"]
                provider_type: AvailabilityFetchRequestProviderType | Unset
                if isinstance(_provider_type, Unset):
                    provider_type = UNSET
                else:
                    provider_type = check_availability_fetch_request_provider_type(_provider_type)

                d["provider_type"] = provider_type
            if _has_location_ids:
                location_ids = cast(list[str], d["location_ids"])

                d["location_ids"] = location_ids

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
                _has_calculation_method = "calculation_method" in d
                _has_provider_type = "provider_type" in d
                _has_location_ids = "location_ids" in d
            _do_work(d)
            availability_fetch_request = _new(cls)
            availability_fetch_request.__dict__ = d
            append(availability_fetch_request)
            if _shape is not None:
                _i = _run(cls, items, _i, _shape, built, _owned, _OWNED_WORK if _owned else _do_work)
        return built


def _own_provider_ids(value: Any) -> Any:
    """`provider_ids` from its JSON value, which the model owns (from_dict's conversion)."""
    provider_ids = cast(list[str], value)

    return provider_ids


def _own_location_ids(value: Any) -> Any:
    """`location_ids` from its JSON value, which the model owns (from_dict's conversion)."""
    location_ids = cast(list[str], value)

    return location_ids


_OWNED_WORK: tuple[Any, ...] = (
    ("start_date", "start_date", datetime.date.fromisoformat, False),
    ("end_date", "end_date", datetime.date.fromisoformat, False),
    ("provider_ids", "provider_ids", _own_provider_ids, False),
    ("calculation_method", "calculation_method", check_availability_fetch_request_calculation_method, False),
    ("provider_type", "provider_type", check_availability_fetch_request_provider_type, False),
    ("location_ids", "location_ids", _own_location_ids, False),
)
setattr(
    AvailabilityFetchRequest,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "start_date",
            "end_date",
            "provider_ids",
        ),
        _OWNED_WORK,
    ),
)
