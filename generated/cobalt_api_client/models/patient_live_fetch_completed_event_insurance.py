# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

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


T = TypeVar("T", bound="PatientLiveFetchCompletedEventInsurance")
_new = object.__new__
_KEYS = frozenset(
    {
        "emr_insurance_id",
        "priority",
        "insurance_ehr_id",
        "insurance_name",
        "insurance_subscriber_number",
        "group_id",
        "plan_begin_date",
        "copayment",
        "relationship_to_subscriber",
        "guarantor_id",
        "is_guarantor_patient",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class PatientLiveFetchCompletedEventInsurance:
    """An insurance record on a live-fetched patient (eClinicalWorks only).

    Attributes:
        emr_insurance_id (str | Unset): Stable EHR id of the insurance record (path id of PATCH
            .../insurances/{emr_insurance_id}).
        priority (int | Unset): EHR priority / sequence number.
        insurance_ehr_id (str | Unset): EHR-native carrier id.
        insurance_name (str | Unset): Carrier name.
        insurance_subscriber_number (str | Unset): Subscriber/member number.
        group_id (str | Unset): Group number.
        plan_begin_date (str | Unset): Coverage start date.
        copayment (None | str | Unset): Copayment value from the EHR.
        relationship_to_subscriber (None | str | Unset): Relationship to the subscriber.
        guarantor_id (None | str | Unset): EHR guarantor id.
        is_guarantor_patient (bool | Unset): Whether the guarantor is the patient.
    """

    emr_insurance_id: str | Unset = UNSET
    priority: int | Unset = UNSET
    insurance_ehr_id: str | Unset = UNSET
    insurance_name: str | Unset = UNSET
    insurance_subscriber_number: str | Unset = UNSET
    group_id: str | Unset = UNSET
    plan_begin_date: str | Unset = UNSET
    copayment: None | str | Unset = UNSET
    relationship_to_subscriber: None | str | Unset = UNSET
    guarantor_id: None | str | Unset = UNSET
    is_guarantor_patient: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        emr_insurance_id = self.emr_insurance_id

        priority = self.priority

        insurance_ehr_id = self.insurance_ehr_id

        insurance_name = self.insurance_name

        insurance_subscriber_number = self.insurance_subscriber_number

        group_id = self.group_id

        plan_begin_date = self.plan_begin_date

        copayment: None | str | Unset
        if isinstance(self.copayment, Unset):
            copayment = UNSET
        else:
            copayment = self.copayment

        relationship_to_subscriber: None | str | Unset
        if isinstance(self.relationship_to_subscriber, Unset):
            relationship_to_subscriber = UNSET
        else:
            relationship_to_subscriber = self.relationship_to_subscriber

        guarantor_id: None | str | Unset
        if isinstance(self.guarantor_id, Unset):
            guarantor_id = UNSET
        else:
            guarantor_id = self.guarantor_id

        is_guarantor_patient = self.is_guarantor_patient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emr_insurance_id is not UNSET:
            field_dict["emr_insurance_id"] = emr_insurance_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if insurance_ehr_id is not UNSET:
            field_dict["insurance_ehr_id"] = insurance_ehr_id
        if insurance_name is not UNSET:
            field_dict["insurance_name"] = insurance_name
        if insurance_subscriber_number is not UNSET:
            field_dict["insurance_subscriber_number"] = insurance_subscriber_number
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if plan_begin_date is not UNSET:
            field_dict["plan_begin_date"] = plan_begin_date
        if copayment is not UNSET:
            field_dict["copayment"] = copayment
        if relationship_to_subscriber is not UNSET:
            field_dict["relationship_to_subscriber"] = relationship_to_subscriber
        if guarantor_id is not UNSET:
            field_dict["guarantor_id"] = guarantor_id
        if is_guarantor_patient is not UNSET:
            field_dict["is_guarantor_patient"] = is_guarantor_patient

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

        patient_live_fetch_completed_event_insurance = _new(cls)
        patient_live_fetch_completed_event_insurance.__dict__ = d
        return patient_live_fetch_completed_event_insurance

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

            patient_live_fetch_completed_event_insurance = _new(cls)
            patient_live_fetch_completed_event_insurance.__dict__ = d
            append(patient_live_fetch_completed_event_insurance)
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

            patient_live_fetch_completed_event_insurance = _new(cls)
            patient_live_fetch_completed_event_insurance.__dict__ = d
            append(patient_live_fetch_completed_event_insurance)
            if _shape is not None:
                _i = _run(cls, items, _i, _shape, built, _owned, None)
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
            raise TypeError("PatientLiveFetchCompletedEventInsurance is not iterable")


setattr(PatientLiveFetchCompletedEventInsurance, "_cobalt_plan_", (_KEYS, (), ()))
