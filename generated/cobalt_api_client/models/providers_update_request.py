# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..models.providers_update_request_hide_in_availability import (
    ProvidersUpdateRequestHideInAvailability,
    check_providers_update_request_hide_in_availability,
)
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define

    from ..models.provider_hours_input import ProviderHoursInput
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="ProvidersUpdateRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "status",
        "hide_in_availability",
        "hours",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class ProvidersUpdateRequest:
    """Provider settings to change; every field is optional.

    Attributes:
        status (str | Unset): Whether Cobalt syncs the provider's schedule. `active` or `inactive`, in any letter case
            (`Active`, `ACTIVE`).
        hide_in_availability (ProvidersUpdateRequestHideInAvailability | Unset): "true" hides the provider from `GET
            /availability` while its schedule keeps syncing.
        hours (list[ProviderHoursInput] | Unset): New working schedule, one entry per weekday.
    """

    status: str | Unset = UNSET
    hide_in_availability: ProvidersUpdateRequestHideInAvailability | Unset = UNSET
    hours: list[ProviderHoursInput] | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        hide_in_availability: str | Unset = UNSET
        if not isinstance(self.hide_in_availability, Unset):
            hide_in_availability = self.hide_in_availability

        hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hours, Unset):
            hours = []
            for hours_item_data in self.hours:
                hours_item = hours_item_data.to_dict()
                hours.append(hours_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if hide_in_availability is not UNSET:
            field_dict["hide_in_availability"] = hide_in_availability
        if hours is not UNSET:
            field_dict["hours"] = hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
        if "hide_in_availability" in d:
            _hide_in_availability = d["hide_in_availability"]
            hide_in_availability: ProvidersUpdateRequestHideInAvailability | Unset
            if isinstance(_hide_in_availability, Unset):
                hide_in_availability = UNSET
            else:
                hide_in_availability = check_providers_update_request_hide_in_availability(_hide_in_availability)

            d["hide_in_availability"] = hide_in_availability
        if "hours" in d:
            _hours = d["hours"]
            hours: list[ProviderHoursInput] | Unset = UNSET
            if _hours is not UNSET:
                hours = ProviderHoursInput._from_dicts(_hours, _owned)

            d["hours"] = hours
        providers_update_request = _new(cls)
        providers_update_request.__dict__ = d
        return providers_update_request

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
                _has_hide_in_availability = "hide_in_availability" in d
                _has_hours = "hours" in d
                _work = (
                    _has_hide_in_availability or _has_hours
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_hide_in_availability:
                    _hide_in_availability = d["hide_in_availability"]
                    hide_in_availability: ProvidersUpdateRequestHideInAvailability | Unset
                    if isinstance(_hide_in_availability, Unset):
                        hide_in_availability = UNSET
                    else:
                        hide_in_availability = check_providers_update_request_hide_in_availability(
                            _hide_in_availability
                        )

                    d["hide_in_availability"] = hide_in_availability
                if _has_hours:
                    _hours = d["hours"]
                    hours: list[ProviderHoursInput] | Unset = UNSET
                    if _hours is not UNSET:
                        hours = ProviderHoursInput._from_dicts(_hours, _owned)

                    d["hours"] = hours
            providers_update_request = _new(cls)
            providers_update_request.__dict__ = d
            append(providers_update_request)
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
            if _has_hide_in_availability:
                _hide_in_availability = d["hide_in_availability"]
                hide_in_availability: ProvidersUpdateRequestHideInAvailability | Unset
                if isinstance(_hide_in_availability, Unset):
                    hide_in_availability = UNSET
                else:
                    hide_in_availability = check_providers_update_request_hide_in_availability(_hide_in_availability)

                d["hide_in_availability"] = hide_in_availability
            if _has_hours:
                _hours = d["hours"]
                hours: list[ProviderHoursInput] | Unset = UNSET
                if _hours is not UNSET:
                    hours = ProviderHoursInput._from_dicts(_hours, _owned)

                d["hours"] = hours

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
                _has_hide_in_availability = "hide_in_availability" in d
                _has_hours = "hours" in d
                _work = (
                    _has_hide_in_availability or _has_hours
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            providers_update_request = _new(cls)
            providers_update_request.__dict__ = d
            append(providers_update_request)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


def _own_hours(value: Any) -> Any:
    """`hours` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    _hours = value
    hours: list[ProviderHoursInput] | Unset = UNSET
    if _hours is not UNSET:
        hours = ProviderHoursInput._from_dicts(_hours, _owned)

    return hours


from ..models.provider_hours_input import ProviderHoursInput  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("hide_in_availability", "hide_in_availability", check_providers_update_request_hide_in_availability, False),
    ("hours", "hours", _own_hours, False),
)
setattr(ProvidersUpdateRequest, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
