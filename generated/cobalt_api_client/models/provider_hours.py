# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.provider_shift import ProviderShift
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="ProviderHours")
_new = object.__new__
_KEYS = frozenset(
    {
        "day",
        "shifts",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class ProviderHours:
    """The provider's shifts on one weekday.

    Attributes:
        day (str | Unset): Weekday name, e.g. `Monday`.
        shifts (list[ProviderShift] | Unset):
    """

    day: str | Unset = UNSET
    shifts: list[ProviderShift] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        shifts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shifts, Unset):
            shifts = []
            for shifts_item_data in self.shifts:
                shifts_item = shifts_item_data.to_dict()
                shifts.append(shifts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if shifts is not UNSET:
            field_dict["shifts"] = shifts

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

        if "shifts" in d:
            _shifts = d["shifts"]
            shifts: list[ProviderShift] | Unset = UNSET
            if _shifts is not UNSET:
                shifts = ProviderShift._from_dicts(_shifts, _owned)

            d["shifts"] = shifts
        provider_hours = _new(cls)
        provider_hours.__dict__ = d
        return provider_hours

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

                _has_shifts = "shifts" in d
                _work = _has_shifts  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_shifts:
                    _shifts = d["shifts"]
                    shifts: list[ProviderShift] | Unset = UNSET
                    if _shifts is not UNSET:
                        shifts = ProviderShift._from_dicts(_shifts, _owned)

                    d["shifts"] = shifts
            provider_hours = _new(cls)
            provider_hours.__dict__ = d
            append(provider_hours)
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
            if _has_shifts:
                _shifts = d["shifts"]
                shifts: list[ProviderShift] | Unset = UNSET
                if _shifts is not UNSET:
                    shifts = ProviderShift._from_dicts(_shifts, _owned)

                d["shifts"] = shifts

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

                _has_shifts = "shifts" in d
                _work = _has_shifts  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            provider_hours = _new(cls)
            provider_hours.__dict__ = d
            append(provider_hours)
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
            raise TypeError("ProviderHours is not iterable; iterate .shifts")


def _own_shifts(value: Any) -> Any:
    """`shifts` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    _shifts = value
    shifts: list[ProviderShift] | Unset = UNSET
    if _shifts is not UNSET:
        shifts = ProviderShift._from_dicts(_shifts, _owned)

    return shifts


from ..models.provider_shift import ProviderShift  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (("shifts", "shifts", _own_shifts, False),)
setattr(ProviderHours, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
