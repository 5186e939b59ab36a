# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, convert_on_first_use, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.provider_shift_recurrence import ProviderShiftRecurrence
    from ..models.visit_type_rule import VisitTypeRule
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="ProviderShift")
_new = object.__new__
_KEYS = frozenset(
    {
        "start",
        "end",
        "facility_id",
        "facility_name",
        "set_start_date",
        "set_end_date",
        "set_description",
        "recurrence",
        "visit_type_rules",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class ProviderShift:
    """One working period of a provider.

    Attributes:
        start (str | Unset): Start time `THH:MM:SS` (24-hour, clinic's EHR time zone), e.g. `T08:00:00`.
        end (str | Unset): End time `THH:MM:SS`, e.g. `T12:00:00`.
        facility_id (None | str | Unset): Location of the shift.
        facility_name (None | str | Unset):
        set_start_date (None | str | Unset): First date the shift applies (ISO 8601).
        set_end_date (None | str | Unset): Last date the shift applies; empty means indefinitely.
        set_description (None | str | Unset): Description of the schedule set.
        recurrence (None | ProviderShiftRecurrence | Unset): Repeat pattern of the shift, if any.
        visit_type_rules (list[VisitTypeRule] | None | Unset): Time ranges reserved for particular visit types.
    """

    start: str | Unset = UNSET
    end: str | Unset = UNSET
    facility_id: None | str | Unset = UNSET
    facility_name: None | str | Unset = UNSET
    set_start_date: None | str | Unset = UNSET
    set_end_date: None | str | Unset = UNSET
    set_description: None | str | Unset = UNSET
    recurrence: None | ProviderShiftRecurrence | Unset = UNSET
    visit_type_rules: list[VisitTypeRule] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

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

        set_start_date: None | str | Unset
        if isinstance(self.set_start_date, Unset):
            set_start_date = UNSET
        else:
            set_start_date = self.set_start_date

        set_end_date: None | str | Unset
        if isinstance(self.set_end_date, Unset):
            set_end_date = UNSET
        else:
            set_end_date = self.set_end_date

        set_description: None | str | Unset
        if isinstance(self.set_description, Unset):
            set_description = UNSET
        else:
            set_description = self.set_description

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, ProviderShiftRecurrence):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        visit_type_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.visit_type_rules, Unset):
            visit_type_rules = UNSET
        elif isinstance(self.visit_type_rules, list):
            visit_type_rules = []
            for visit_type_rules_type_0_item_data in self.visit_type_rules:
                visit_type_rules_type_0_item = visit_type_rules_type_0_item_data.to_dict()
                visit_type_rules.append(visit_type_rules_type_0_item)

        else:
            visit_type_rules = self.visit_type_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if facility_id is not UNSET:
            field_dict["facility_id"] = facility_id
        if facility_name is not UNSET:
            field_dict["facility_name"] = facility_name
        if set_start_date is not UNSET:
            field_dict["set_start_date"] = set_start_date
        if set_end_date is not UNSET:
            field_dict["set_end_date"] = set_end_date
        if set_description is not UNSET:
            field_dict["set_description"] = set_description
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence
        if visit_type_rules is not UNSET:
            field_dict["visit_type_rules"] = visit_type_rules

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

        if not _owned and "recurrence" in d:
            v_recurrence: Any = d.pop("recurrence")
            if isinstance(v_recurrence, dict):
                try:
                    recurrence_type_0 = ProviderShiftRecurrence.from_dict(v_recurrence, _owned)

                    v_recurrence = recurrence_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:recurrence"] = v_recurrence

        if not _owned and "visit_type_rules" in d:
            v_visit_type_rules: Any = d.pop("visit_type_rules")
            if isinstance(v_visit_type_rules, list):
                try:
                    visit_type_rules_type_0 = VisitTypeRule._from_dicts(v_visit_type_rules, _owned)

                    v_visit_type_rules = visit_type_rules_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:visit_type_rules"] = v_visit_type_rules

        provider_shift = _new(cls)
        provider_shift.__dict__ = d
        return provider_shift

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

                _has_recurrence = "recurrence" in d
                _has_visit_type_rules = "visit_type_rules" in d
                _work = not _owned and (
                    _has_recurrence or _has_visit_type_rules
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if not _owned and _has_recurrence:
                    v_recurrence: Any = d.pop("recurrence")
                    if isinstance(v_recurrence, dict):
                        try:
                            recurrence_type_0 = ProviderShiftRecurrence.from_dict(v_recurrence, _owned)

                            v_recurrence = recurrence_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:recurrence"] = v_recurrence

                if not _owned and _has_visit_type_rules:
                    v_visit_type_rules: Any = d.pop("visit_type_rules")
                    if isinstance(v_visit_type_rules, list):
                        try:
                            visit_type_rules_type_0 = VisitTypeRule._from_dicts(v_visit_type_rules, _owned)

                            v_visit_type_rules = visit_type_rules_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:visit_type_rules"] = v_visit_type_rules

            provider_shift = _new(cls)
            provider_shift.__dict__ = d
            append(provider_shift)
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
            if not _owned and _has_recurrence:
                v_recurrence: Any = d.pop("recurrence")
                if isinstance(v_recurrence, dict):
                    try:
                        recurrence_type_0 = ProviderShiftRecurrence.from_dict(v_recurrence, _owned)

                        v_recurrence = recurrence_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:recurrence"] = v_recurrence

            if not _owned and _has_visit_type_rules:
                v_visit_type_rules: Any = d.pop("visit_type_rules")
                if isinstance(v_visit_type_rules, list):
                    try:
                        visit_type_rules_type_0 = VisitTypeRule._from_dicts(v_visit_type_rules, _owned)

                        v_visit_type_rules = visit_type_rules_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:visit_type_rules"] = v_visit_type_rules

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

                _has_recurrence = "recurrence" in d
                _has_visit_type_rules = "visit_type_rules" in d
                _work = not _owned and (
                    _has_recurrence or _has_visit_type_rules
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            provider_shift = _new(cls)
            provider_shift.__dict__ = d
            append(provider_shift)
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
            raise TypeError("ProviderShift is not iterable")


def _convert_recurrence(value: Any) -> Any:
    """`recurrence` from its JSON value, which the model owns; the value itself when it does not fit."""
    _owned = True
    if isinstance(value, dict):
        try:
            recurrence_type_0 = ProviderShiftRecurrence.from_dict(value, _owned)

            return recurrence_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


def _convert_visit_type_rules(value: Any) -> Any:
    """`visit_type_rules` from its JSON value, which the model owns; the value itself when it does not fit."""
    _owned = True
    if isinstance(value, list):
        try:
            visit_type_rules_type_0 = VisitTypeRule._from_dicts(value, _owned)

            return visit_type_rules_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


convert_on_first_use(
    ProviderShift,
    {
        "recurrence": ("recurrence", _convert_recurrence),
        "visit_type_rules": ("visit_type_rules", _convert_visit_type_rules),
    },
)


from ..models.provider_shift_recurrence import ProviderShiftRecurrence  # noqa: E402
from ..models.visit_type_rule import VisitTypeRule  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = ()
setattr(ProviderShift, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
