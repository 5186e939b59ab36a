# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..models.provider_hours_input_day import ProviderHoursInputDay, check_provider_hours_input_day
from ..types import redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define

    from ..models.provider_shift_input import ProviderShiftInput
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="ProviderHoursInput")
_new = object.__new__
_KEYS = frozenset(
    {
        "day",
        "shifts",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "day",
        "shifts",
    }
)


@_attrs_define(slots=False, repr=False)
class ProviderHoursInput:
    """Shifts to set for one weekday.

    Attributes:
        day (ProviderHoursInputDay): Capitalised weekday name.
        shifts (list[ProviderShiftInput]):
    """

    day: ProviderHoursInputDay
    shifts: list[ProviderShiftInput]

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        day: str = self.day

        shifts = []
        for shifts_item_data in self.shifts:
            shifts_item = shifts_item_data.to_dict()
            shifts.append(shifts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day": day,
                "shifts": shifts,
            }
        )

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
        day = check_provider_hours_input_day(d["day"])

        d["day"] = day
        shifts = ProviderShiftInput._from_dicts(d["shifts"], _owned)

        d["shifts"] = shifts
        provider_hours_input = _new(cls)
        provider_hours_input.__dict__ = d
        return provider_hours_input

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
            day = check_provider_hours_input_day(d["day"])

            d["day"] = day
            shifts = ProviderShiftInput._from_dicts(d["shifts"], _owned)

            d["shifts"] = shifts
            provider_hours_input = _new(cls)
            provider_hours_input.__dict__ = d
            append(provider_hours_input)
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
            day = check_provider_hours_input_day(d["day"])

            d["day"] = day
            shifts = ProviderShiftInput._from_dicts(d["shifts"], _owned)

            d["shifts"] = shifts

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
            _do_work(d)
            provider_hours_input = _new(cls)
            provider_hours_input.__dict__ = d
            append(provider_hours_input)
            if _shape is not None:
                _i = _run(cls, items, _i, _shape, built, _owned, _OWNED_WORK if _owned else _do_work)
        return built


def _own_shifts(value: Any) -> Any:
    """`shifts` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    shifts = ProviderShiftInput._from_dicts(value, _owned)

    return shifts


from ..models.provider_shift_input import ProviderShiftInput  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("day", "day", check_provider_hours_input_day, False),
    ("shifts", "shifts", _own_shifts, False),
)
setattr(
    ProviderHoursInput,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "day",
            "shifts",
        ),
        _OWNED_WORK,
    ),
)
