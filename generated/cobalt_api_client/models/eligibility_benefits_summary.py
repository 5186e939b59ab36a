# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.eligibility_benefits_summary_deductible import EligibilityBenefitsSummaryDeductible
    from ..models.eligibility_benefits_summary_out_of_pocket import EligibilityBenefitsSummaryOutOfPocket
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="EligibilityBenefitsSummary")
_new = object.__new__
_KEYS = frozenset(
    {
        "deductible",
        "out_of_pocket",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class EligibilityBenefitsSummary:
    """Headline deductible and out-of-pocket roll-up of a check.

    Attributes:
        deductible (EligibilityBenefitsSummaryDeductible | Unset):
        out_of_pocket (EligibilityBenefitsSummaryOutOfPocket | Unset):
    """

    deductible: EligibilityBenefitsSummaryDeductible | Unset = UNSET
    out_of_pocket: EligibilityBenefitsSummaryOutOfPocket | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        deductible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deductible, Unset):
            deductible = self.deductible.to_dict()

        out_of_pocket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.out_of_pocket, Unset):
            out_of_pocket = self.out_of_pocket.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deductible is not UNSET:
            field_dict["deductible"] = deductible
        if out_of_pocket is not UNSET:
            field_dict["out_of_pocket"] = out_of_pocket

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

        if "deductible" in d:
            _deductible = d["deductible"]
            deductible: EligibilityBenefitsSummaryDeductible | Unset
            if isinstance(_deductible, Unset):
                deductible = UNSET
            else:
                deductible = EligibilityBenefitsSummaryDeductible.from_dict(_deductible, _owned)

            d["deductible"] = deductible
        if "out_of_pocket" in d:
            _out_of_pocket = d["out_of_pocket"]
            out_of_pocket: EligibilityBenefitsSummaryOutOfPocket | Unset
            if isinstance(_out_of_pocket, Unset):
                out_of_pocket = UNSET
            else:
                out_of_pocket = EligibilityBenefitsSummaryOutOfPocket.from_dict(_out_of_pocket, _owned)

            d["out_of_pocket"] = out_of_pocket
        eligibility_benefits_summary = _new(cls)
        eligibility_benefits_summary.__dict__ = d
        return eligibility_benefits_summary

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

                _has_deductible = "deductible" in d
                _has_out_of_pocket = "out_of_pocket" in d
                _work = (
                    _has_deductible or _has_out_of_pocket
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_deductible:
                    _deductible = d["deductible"]
                    deductible: EligibilityBenefitsSummaryDeductible | Unset
                    if isinstance(_deductible, Unset):
                        deductible = UNSET
                    else:
                        deductible = EligibilityBenefitsSummaryDeductible.from_dict(_deductible, _owned)

                    d["deductible"] = deductible
                if _has_out_of_pocket:
                    _out_of_pocket = d["out_of_pocket"]
                    out_of_pocket: EligibilityBenefitsSummaryOutOfPocket | Unset
                    if isinstance(_out_of_pocket, Unset):
                        out_of_pocket = UNSET
                    else:
                        out_of_pocket = EligibilityBenefitsSummaryOutOfPocket.from_dict(_out_of_pocket, _owned)

                    d["out_of_pocket"] = out_of_pocket
            eligibility_benefits_summary = _new(cls)
            eligibility_benefits_summary.__dict__ = d
            append(eligibility_benefits_summary)
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
            if _has_deductible:
                _deductible = d["deductible"]
                deductible: EligibilityBenefitsSummaryDeductible | Unset
                if isinstance(_deductible, Unset):
                    deductible = UNSET
                else:
                    deductible = EligibilityBenefitsSummaryDeductible.from_dict(_deductible, _owned)

                d["deductible"] = deductible
            if _has_out_of_pocket:
                _out_of_pocket = d["out_of_pocket"]
                out_of_pocket: EligibilityBenefitsSummaryOutOfPocket | Unset
                if isinstance(_out_of_pocket, Unset):
                    out_of_pocket = UNSET
                else:
                    out_of_pocket = EligibilityBenefitsSummaryOutOfPocket.from_dict(_out_of_pocket, _owned)

                d["out_of_pocket"] = out_of_pocket

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

                _has_deductible = "deductible" in d
                _has_out_of_pocket = "out_of_pocket" in d
                _work = (
                    _has_deductible or _has_out_of_pocket
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            eligibility_benefits_summary = _new(cls)
            eligibility_benefits_summary.__dict__ = d
            append(eligibility_benefits_summary)
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
            raise TypeError("EligibilityBenefitsSummary is not iterable")


from ..models.eligibility_benefits_summary_deductible import EligibilityBenefitsSummaryDeductible  # noqa: E402
from ..models.eligibility_benefits_summary_out_of_pocket import EligibilityBenefitsSummaryOutOfPocket  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("deductible", "deductible", EligibilityBenefitsSummaryDeductible),
    ("out_of_pocket", "out_of_pocket", EligibilityBenefitsSummaryOutOfPocket),
)
setattr(EligibilityBenefitsSummary, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
