# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .. import types as _types
from ..models.appointments_fetch_request_search_by import (
    AppointmentsFetchRequestSearchBy,
    check_appointments_fetch_request_search_by,
)
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="AppointmentsFetchRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "search_by",
        "start_date",
        "end_date",
        "mrn",
        "provider_ids",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class AppointmentsFetchRequest:
    """What to fetch live: a date range (`date_range`, the default), one patient's appointments (`mrn`), or a set of
    providers (`provider`).

        Attributes:
            search_by (AppointmentsFetchRequestSearchBy | Unset): Search mode; without it an `mrn` selects `mrn` mode, and
                otherwise `date_range` applies.
            start_date (datetime.date | Unset): First day, required for `date_range` and `provider` modes.
            end_date (datetime.date | Unset): Last day, required for `date_range` (at most 7 days after start) and
                `provider` modes (up to 5 days after start for one provider, equal to start for 2-10 providers).
            mrn (str | Unset): Patient MRN, required for `mrn` mode; returns all of the patient's appointments with audit
                info.
            provider_ids (list[str] | Unset): EHR provider ids, required for `provider` mode.
    """

    search_by: AppointmentsFetchRequestSearchBy | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    mrn: str | Unset = UNSET
    provider_ids: list[str] | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        search_by: str | Unset = UNSET
        if not isinstance(self.search_by, Unset):
            search_by = self.search_by

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        mrn = self.mrn

        provider_ids: list[str] | Unset = UNSET
        if not isinstance(self.provider_ids, Unset):
            provider_ids = self.provider_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if search_by is not UNSET:
            field_dict["search_by"] = search_by
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if provider_ids is not UNSET:
            field_dict["provider_ids"] = provider_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
        if "search_by" in d:
            _search_by = d["search_by"]
            search_by: AppointmentsFetchRequestSearchBy | Unset
            if isinstance(_search_by, Unset):
                search_by = UNSET
            else:
                search_by = check_appointments_fetch_request_search_by(_search_by)

            d["search_by"] = search_by
        if "start_date" in d:
            _start_date = d["start_date"]
            start_date: datetime.date | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = datetime.date.fromisoformat(_start_date)

            d["start_date"] = start_date
        if "end_date" in d:
            _end_date = d["end_date"]
            end_date: datetime.date | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = datetime.date.fromisoformat(_end_date)

            d["end_date"] = end_date
        if "provider_ids" in d:
            provider_ids = cast(list[str], d["provider_ids"])

            d["provider_ids"] = provider_ids
        appointments_fetch_request = _new(cls)
        appointments_fetch_request.__dict__ = d
        return appointments_fetch_request

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
                _has_search_by = "search_by" in d
                _has_start_date = "start_date" in d
                _has_end_date = "end_date" in d
                _has_provider_ids = "provider_ids" in d
                _work = (
                    _has_search_by or _has_start_date or _has_end_date or _has_provider_ids
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_search_by:
                    _search_by = d["search_by"]
                    search_by: AppointmentsFetchRequestSearchBy | Unset
                    if isinstance(_search_by, Unset):
                        search_by = UNSET
                    else:
                        search_by = check_appointments_fetch_request_search_by(_search_by)

                    d["search_by"] = search_by
                if _has_start_date:
                    _start_date = d["start_date"]
                    start_date: datetime.date | Unset
                    if isinstance(_start_date, Unset):
                        start_date = UNSET
                    else:
                        start_date = datetime.date.fromisoformat(_start_date)

                    d["start_date"] = start_date
                if _has_end_date:
                    _end_date = d["end_date"]
                    end_date: datetime.date | Unset
                    if isinstance(_end_date, Unset):
                        end_date = UNSET
                    else:
                        end_date = datetime.date.fromisoformat(_end_date)

                    d["end_date"] = end_date
                if _has_provider_ids:
                    provider_ids = cast(list[str], d["provider_ids"])

                    d["provider_ids"] = provider_ids
            appointments_fetch_request = _new(cls)
            appointments_fetch_request.__dict__ = d
            append(appointments_fetch_request)
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
            if _has_search_by:
                _search_by = d["search_by"]
                search_by: AppointmentsFetchRequestSearchBy | Unset
                if isinstance(_search_by, Unset):
                    search_by = UNSET
                else:
                    search_by = check_appointments_fetch_request_search_by(_search_by)

                d["search_by"] = search_by
            if _has_start_date:
                _start_date = d["start_date"]
                start_date: datetime.date | Unset
                if isinstance(_start_date, Unset):
                    start_date = UNSET
                else:
                    start_date = datetime.date.fromisoformat(_start_date)

                d["start_date"] = start_date
            if _has_end_date:
                _end_date = d["end_date"]
                end_date: datetime.date | Unset
                if isinstance(_end_date, Unset):
                    end_date = UNSET
                else:
                    end_date = datetime.date.fromisoformat(_end_date)

                d["end_date"] = end_date
            if _has_provider_ids:
                provider_ids = cast(list[str], d["provider_ids"])

                d["provider_ids"] = provider_ids

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
                _has_search_by = "search_by" in d
                _has_start_date = "start_date" in d
                _has_end_date = "end_date" in d
                _has_provider_ids = "provider_ids" in d
                _work = (
                    _has_search_by or _has_start_date or _has_end_date or _has_provider_ids
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            appointments_fetch_request = _new(cls)
            appointments_fetch_request.__dict__ = d
            append(appointments_fetch_request)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


def _own_provider_ids(value: Any) -> Any:
    """`provider_ids` from its JSON value, which the model owns (from_dict's conversion)."""
    provider_ids = cast(list[str], value)

    return provider_ids


_OWNED_WORK: tuple[Any, ...] = (
    ("search_by", "search_by", check_appointments_fetch_request_search_by, False),
    ("start_date", "start_date", datetime.date.fromisoformat, False),
    ("end_date", "end_date", datetime.date.fromisoformat, False),
    ("provider_ids", "provider_ids", _own_provider_ids, False),
)
setattr(AppointmentsFetchRequest, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
