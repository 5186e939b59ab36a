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


T = TypeVar("T", bound="ClaimInsurance")
_new = object.__new__
_KEYS = frozenset(
    {
        "insurance_id",
        "insurance_name",
        "insurance_type",
        "claim_indicator",
        "claim_indicator_description",
        "sequence_number",
        "subscriber_name",
        "subscriber_number",
        "subscriber_dob",
        "subscriber_relation",
        "group_name",
        "group_number",
        "provider_number",
        "payment_source",
        "assign_benefits",
        "insurance_address_1",
        "insurance_address_2",
        "insurance_city",
        "insurance_state",
        "insurance_zip",
        "medicaid_id",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class ClaimInsurance:
    """One insurance billed on a claim.

    Attributes:
        insurance_id (str | Unset): EMR id of the insurance.
        insurance_name (str | Unset):
        insurance_type (str | Unset): EMR-specific insurance type code, for example `C1`.
        claim_indicator (str | Unset): Payer order code, for example `P`.
        claim_indicator_description (str | Unset): Meaning of `claim_indicator`, for example `Primary`.
        sequence_number (str | Unset): Position of this insurance in the billing order.
        subscriber_name (str | Unset):
        subscriber_number (str | Unset):
        subscriber_dob (datetime.date | Unset):
        subscriber_relation (str | Unset):
        group_name (str | Unset):
        group_number (str | Unset):
        provider_number (str | Unset):
        payment_source (str | Unset):
        assign_benefits (str | Unset):
        insurance_address_1 (str | Unset):
        insurance_address_2 (str | Unset):
        insurance_city (str | Unset):
        insurance_state (str | Unset):
        insurance_zip (str | Unset):
        medicaid_id (str | Unset):
    """

    insurance_id: str | Unset = UNSET
    insurance_name: str | Unset = UNSET
    insurance_type: str | Unset = UNSET
    claim_indicator: str | Unset = UNSET
    claim_indicator_description: str | Unset = UNSET
    sequence_number: str | Unset = UNSET
    subscriber_name: str | Unset = UNSET
    subscriber_number: str | Unset = UNSET
    subscriber_dob: datetime.date | Unset = UNSET
    subscriber_relation: str | Unset = UNSET
    group_name: str | Unset = UNSET
    group_number: str | Unset = UNSET
    provider_number: str | Unset = UNSET
    payment_source: str | Unset = UNSET
    assign_benefits: str | Unset = UNSET
    insurance_address_1: str | Unset = UNSET
    insurance_address_2: str | Unset = UNSET
    insurance_city: str | Unset = UNSET
    insurance_state: str | Unset = UNSET
    insurance_zip: str | Unset = UNSET
    medicaid_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        insurance_id = self.insurance_id

        insurance_name = self.insurance_name

        insurance_type = self.insurance_type

        claim_indicator = self.claim_indicator

        claim_indicator_description = self.claim_indicator_description

        sequence_number = self.sequence_number

        subscriber_name = self.subscriber_name

        subscriber_number = self.subscriber_number

        subscriber_dob: str | Unset = UNSET
        if not isinstance(self.subscriber_dob, Unset):
            subscriber_dob = self.subscriber_dob.isoformat()

        subscriber_relation = self.subscriber_relation

        group_name = self.group_name

        group_number = self.group_number

        provider_number = self.provider_number

        payment_source = self.payment_source

        assign_benefits = self.assign_benefits

        insurance_address_1 = self.insurance_address_1

        insurance_address_2 = self.insurance_address_2

        insurance_city = self.insurance_city

        insurance_state = self.insurance_state

        insurance_zip = self.insurance_zip

        medicaid_id = self.medicaid_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if insurance_id is not UNSET:
            field_dict["insurance_id"] = insurance_id
        if insurance_name is not UNSET:
            field_dict["insurance_name"] = insurance_name
        if insurance_type is not UNSET:
            field_dict["insurance_type"] = insurance_type
        if claim_indicator is not UNSET:
            field_dict["claim_indicator"] = claim_indicator
        if claim_indicator_description is not UNSET:
            field_dict["claim_indicator_description"] = claim_indicator_description
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if subscriber_name is not UNSET:
            field_dict["subscriber_name"] = subscriber_name
        if subscriber_number is not UNSET:
            field_dict["subscriber_number"] = subscriber_number
        if subscriber_dob is not UNSET:
            field_dict["subscriber_dob"] = subscriber_dob
        if subscriber_relation is not UNSET:
            field_dict["subscriber_relation"] = subscriber_relation
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if group_number is not UNSET:
            field_dict["group_number"] = group_number
        if provider_number is not UNSET:
            field_dict["provider_number"] = provider_number
        if payment_source is not UNSET:
            field_dict["payment_source"] = payment_source
        if assign_benefits is not UNSET:
            field_dict["assign_benefits"] = assign_benefits
        if insurance_address_1 is not UNSET:
            field_dict["insurance_address_1"] = insurance_address_1
        if insurance_address_2 is not UNSET:
            field_dict["insurance_address_2"] = insurance_address_2
        if insurance_city is not UNSET:
            field_dict["insurance_city"] = insurance_city
        if insurance_state is not UNSET:
            field_dict["insurance_state"] = insurance_state
        if insurance_zip is not UNSET:
            field_dict["insurance_zip"] = insurance_zip
        if medicaid_id is not UNSET:
            field_dict["medicaid_id"] = medicaid_id

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

        if "subscriber_dob" in d:
            _subscriber_dob = d["subscriber_dob"]
            subscriber_dob: datetime.date | Unset
            if isinstance(_subscriber_dob, Unset):
                subscriber_dob = UNSET
            else:
                subscriber_dob = datetime.date.fromisoformat(_subscriber_dob)

            d["subscriber_dob"] = subscriber_dob
        claim_insurance = _new(cls)
        claim_insurance.__dict__ = d
        return claim_insurance

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

                _has_subscriber_dob = "subscriber_dob" in d
                _work = _has_subscriber_dob  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_subscriber_dob:
                    _subscriber_dob = d["subscriber_dob"]
                    subscriber_dob: datetime.date | Unset
                    if isinstance(_subscriber_dob, Unset):
                        subscriber_dob = UNSET
                    else:
                        subscriber_dob = datetime.date.fromisoformat(_subscriber_dob)

                    d["subscriber_dob"] = subscriber_dob
            claim_insurance = _new(cls)
            claim_insurance.__dict__ = d
            append(claim_insurance)
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
            if _has_subscriber_dob:
                _subscriber_dob = d["subscriber_dob"]
                subscriber_dob: datetime.date | Unset
                if isinstance(_subscriber_dob, Unset):
                    subscriber_dob = UNSET
                else:
                    subscriber_dob = datetime.date.fromisoformat(_subscriber_dob)

                d["subscriber_dob"] = subscriber_dob

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

                _has_subscriber_dob = "subscriber_dob" in d
                _work = _has_subscriber_dob  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            claim_insurance = _new(cls)
            claim_insurance.__dict__ = d
            append(claim_insurance)
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
            raise TypeError("ClaimInsurance is not iterable")


_OWNED_WORK: tuple[Any, ...] = (("subscriber_dob", "subscriber_dob", datetime.date.fromisoformat, False),)
setattr(ClaimInsurance, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
