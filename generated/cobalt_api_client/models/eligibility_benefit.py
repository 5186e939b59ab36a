# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="EligibilityBenefit")
_new = object.__new__
_KEYS = frozenset(
    {
        "line_number",
        "benefit_type",
        "benefit_type_code",
        "coverage_level",
        "service_type_codes",
        "insurance_type",
        "time_period",
        "amount",
        "percent",
        "network_indicator",
        "messages",
        "raw_segment",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "line_number",
        "benefit_type",
    }
)


@_attrs_define(slots=False, repr=False)
class EligibilityBenefit:
    """One benefit line (an EB segment of the 271 answer).

    Attributes:
        line_number (int): Position of the segment in the 271 answer.
        benefit_type (str): Decoded benefit category, for example `Active Coverage`, `Deductible`, `Co-Payment`, `Co-
            Insurance`, `Out of Pocket`, `Limitations` or `Non-Covered`.
        benefit_type_code (str | Unset): Raw X12 EB01 code.
        coverage_level (str | Unset): Individual or family coverage.
        service_type_codes (list[str] | Unset):
        insurance_type (None | str | Unset):
        time_period (None | str | Unset): Period the amount applies to, for example `Calendar Year` or `Remaining`.
        amount (float | None | Unset): Money amount of the benefit.
        percent (float | None | Unset): Percentage as a decimal fraction (0.2 means 20%).
        network_indicator (str | Unset):
        messages (list[str] | Unset): Free-text payer messages attached to the line.
        raw_segment (str | Unset): The raw EB segment.
    """

    line_number: int
    benefit_type: str
    benefit_type_code: str | Unset = UNSET
    coverage_level: str | Unset = UNSET
    service_type_codes: list[str] | Unset = UNSET
    insurance_type: None | str | Unset = UNSET
    time_period: None | str | Unset = UNSET
    amount: float | None | Unset = UNSET
    percent: float | None | Unset = UNSET
    network_indicator: str | Unset = UNSET
    messages: list[str] | Unset = UNSET
    raw_segment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        benefit_type = self.benefit_type

        benefit_type_code = self.benefit_type_code

        coverage_level = self.coverage_level

        service_type_codes: list[str] | Unset = UNSET
        if not isinstance(self.service_type_codes, Unset):
            service_type_codes = self.service_type_codes

        insurance_type: None | str | Unset
        if isinstance(self.insurance_type, Unset):
            insurance_type = UNSET
        else:
            insurance_type = self.insurance_type

        time_period: None | str | Unset
        if isinstance(self.time_period, Unset):
            time_period = UNSET
        else:
            time_period = self.time_period

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        percent: float | None | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        network_indicator = self.network_indicator

        messages: list[str] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        raw_segment = self.raw_segment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line_number": line_number,
                "benefit_type": benefit_type,
            }
        )
        if benefit_type_code is not UNSET:
            field_dict["benefit_type_code"] = benefit_type_code
        if coverage_level is not UNSET:
            field_dict["coverage_level"] = coverage_level
        if service_type_codes is not UNSET:
            field_dict["service_type_codes"] = service_type_codes
        if insurance_type is not UNSET:
            field_dict["insurance_type"] = insurance_type
        if time_period is not UNSET:
            field_dict["time_period"] = time_period
        if amount is not UNSET:
            field_dict["amount"] = amount
        if percent is not UNSET:
            field_dict["percent"] = percent
        if network_indicator is not UNSET:
            field_dict["network_indicator"] = network_indicator
        if messages is not UNSET:
            field_dict["messages"] = messages
        if raw_segment is not UNSET:
            field_dict["raw_segment"] = raw_segment

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
            d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

        if "service_type_codes" in d:
            service_type_codes = cast(list[str], d["service_type_codes"])

            d["service_type_codes"] = service_type_codes
        if "messages" in d:
            messages = cast(list[str], d["messages"])

            d["messages"] = messages
        eligibility_benefit = _new(cls)
        eligibility_benefit.__dict__ = d
        return eligibility_benefit

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
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_service_type_codes = "service_type_codes" in d
                _has_messages = "messages" in d
                _work = (
                    _has_service_type_codes or _has_messages
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_service_type_codes:
                    service_type_codes = cast(list[str], d["service_type_codes"])

                    d["service_type_codes"] = service_type_codes
                if _has_messages:
                    messages = cast(list[str], d["messages"])

                    d["messages"] = messages
            eligibility_benefit = _new(cls)
            eligibility_benefit.__dict__ = d
            append(eligibility_benefit)
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
            if _has_service_type_codes:
                service_type_codes = cast(list[str], d["service_type_codes"])

                d["service_type_codes"] = service_type_codes
            if _has_messages:
                messages = cast(list[str], d["messages"])

                d["messages"] = messages

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
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_service_type_codes = "service_type_codes" in d
                _has_messages = "messages" in d
                _work = (
                    _has_service_type_codes or _has_messages
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            eligibility_benefit = _new(cls)
            eligibility_benefit.__dict__ = d
            append(eligibility_benefit)
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
            raise TypeError(
                "EligibilityBenefit holds several lists and is not iterable; iterate one of .service_type_codes, .messages"
            )


def _own_service_type_codes(value: Any) -> Any:
    """`service_type_codes` from its JSON value, which the model owns (from_dict's conversion)."""
    service_type_codes = cast(list[str], value)

    return service_type_codes


def _own_messages(value: Any) -> Any:
    """`messages` from its JSON value, which the model owns (from_dict's conversion)."""
    messages = cast(list[str], value)

    return messages


_OWNED_WORK: tuple[Any, ...] = (
    ("service_type_codes", "service_type_codes", _own_service_type_codes, False),
    ("messages", "messages", _own_messages, False),
)
setattr(
    EligibilityBenefit,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "line_number",
            "benefit_type",
        ),
        _OWNED_WORK,
    ),
)
