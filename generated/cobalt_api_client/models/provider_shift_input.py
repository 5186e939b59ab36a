# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define

    from ..models.provider_shift_recurrence_input import ProviderShiftRecurrenceInput
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="ProviderShiftInput")
_new = object.__new__
_KEYS = frozenset(
    {
        "start",
        "end",
        "facility_id",
        "set_start_date",
        "set_end_date",
        "set_recur",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "start",
        "end",
    }
)


@_attrs_define(slots=False, repr=False)
class ProviderShiftInput:
    """One working period to set. `facility_name` is filled in by Cobalt.

    Attributes:
        start (str): Start time `THH:MM:SS`, e.g. `T08:00:00`.
        end (str): End time `THH:MM:SS`, e.g. `T17:00:00`.
        facility_id (str | Unset): Location of the shift; must be one of the organisation's locations.
        set_start_date (str | Unset): First date the shift applies, ISO 8601 without offset, e.g. `2025-11-13T00:00:00`.
        set_end_date (str | Unset): Last date the shift applies, ISO 8601 without offset.
        set_recur (ProviderShiftRecurrenceInput | Unset): How the shift repeats (named `recurrence` in `GET
            /providers`).
    """

    start: str
    end: str
    facility_id: str | Unset = UNSET
    set_start_date: str | Unset = UNSET
    set_end_date: str | Unset = UNSET
    set_recur: ProviderShiftRecurrenceInput | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        facility_id = self.facility_id

        set_start_date = self.set_start_date

        set_end_date = self.set_end_date

        set_recur: dict[str, Any] | Unset = UNSET
        if not isinstance(self.set_recur, Unset):
            set_recur = self.set_recur.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )
        if facility_id is not UNSET:
            field_dict["facility_id"] = facility_id
        if set_start_date is not UNSET:
            field_dict["set_start_date"] = set_start_date
        if set_end_date is not UNSET:
            field_dict["set_end_date"] = set_end_date
        if set_recur is not UNSET:
            field_dict["set_recur"] = set_recur

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
        if "set_recur" in d:
            _set_recur = d["set_recur"]
            set_recur: ProviderShiftRecurrenceInput | Unset
            if isinstance(_set_recur, Unset):
                set_recur = UNSET
            else:
                set_recur = ProviderShiftRecurrenceInput.from_dict(_set_recur, _owned)

            d["set_recur"] = set_recur
        provider_shift_input = _new(cls)
        provider_shift_input.__dict__ = d
        return provider_shift_input

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
                _has_set_recur = "set_recur" in d
                _work = _has_set_recur  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_set_recur:
                    _set_recur = d["set_recur"]
                    set_recur: ProviderShiftRecurrenceInput | Unset
                    if isinstance(_set_recur, Unset):
                        set_recur = UNSET
                    else:
                        set_recur = ProviderShiftRecurrenceInput.from_dict(_set_recur, _owned)

                    d["set_recur"] = set_recur
            provider_shift_input = _new(cls)
            provider_shift_input.__dict__ = d
            append(provider_shift_input)
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
            if _has_set_recur:
                _set_recur = d["set_recur"]
                set_recur: ProviderShiftRecurrenceInput | Unset
                if isinstance(_set_recur, Unset):
                    set_recur = UNSET
                else:
                    set_recur = ProviderShiftRecurrenceInput.from_dict(_set_recur, _owned)

                d["set_recur"] = set_recur

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
                _has_set_recur = "set_recur" in d
                _work = _has_set_recur  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            provider_shift_input = _new(cls)
            provider_shift_input.__dict__ = d
            append(provider_shift_input)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


from ..models.provider_shift_recurrence_input import ProviderShiftRecurrenceInput  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (("set_recur", "set_recur", ProviderShiftRecurrenceInput),)
setattr(
    ProviderShiftInput,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "start",
            "end",
        ),
        _OWNED_WORK,
    ),
)
