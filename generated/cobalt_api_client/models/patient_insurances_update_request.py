# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define

    from ..models.subscriber_demographics import SubscriberDemographics
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="PatientInsurancesUpdateRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "member_id",
        "group_id",
        "insurance_provider_id",
        "insurance_name",
        "insurance_payer_id",
        "plan_begin_date",
        "copayment",
        "relationship_to_subscriber",
        "subscriber_demographics",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class PatientInsurancesUpdateRequest:
    """The insurance fields to change; omitted fields keep their EHR values.

    Attributes:
        member_id (str | Unset): Member / policy id.
        group_id (str | Unset): Group number.
        insurance_provider_id (str | Unset): Cobalt insurance provider id from `GET /insurance-providers`.
        insurance_name (str | Unset): Carrier name (alone, or with `insurance_payer_id`).
        insurance_payer_id (str | Unset): Payer id; must be combined with `insurance_name`.
        plan_begin_date (datetime.date | Unset): Coverage start date, `YYYY-MM-DD`.
        copayment (float | Unset): Copayment in dollars.
        relationship_to_subscriber (str | Unset): The patient's relationship to the subscriber (e.g. `self`); non-self
            values such as `spouse`, `child` or `other` require the subscriber's first and last name in eClinicalWorks.
        subscriber_demographics (SubscriberDemographics | Unset): The insurance subscriber's details. In eClinicalWorks
            `first_name` and `last_name` are required when the relationship is not self (and, on update, whenever this
            object is sent).
    """

    member_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    insurance_provider_id: str | Unset = UNSET
    insurance_name: str | Unset = UNSET
    insurance_payer_id: str | Unset = UNSET
    plan_begin_date: datetime.date | Unset = UNSET
    copayment: float | Unset = UNSET
    relationship_to_subscriber: str | Unset = UNSET
    subscriber_demographics: SubscriberDemographics | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        group_id = self.group_id

        insurance_provider_id = self.insurance_provider_id

        insurance_name = self.insurance_name

        insurance_payer_id = self.insurance_payer_id

        plan_begin_date: str | Unset = UNSET
        if not isinstance(self.plan_begin_date, Unset):
            plan_begin_date = self.plan_begin_date.isoformat()

        copayment = self.copayment

        relationship_to_subscriber = self.relationship_to_subscriber

        subscriber_demographics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_demographics, Unset):
            subscriber_demographics = self.subscriber_demographics.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if member_id is not UNSET:
            field_dict["member_id"] = member_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if insurance_provider_id is not UNSET:
            field_dict["insurance_provider_id"] = insurance_provider_id
        if insurance_name is not UNSET:
            field_dict["insurance_name"] = insurance_name
        if insurance_payer_id is not UNSET:
            field_dict["insurance_payer_id"] = insurance_payer_id
        if plan_begin_date is not UNSET:
            field_dict["plan_begin_date"] = plan_begin_date
        if copayment is not UNSET:
            field_dict["copayment"] = copayment
        if relationship_to_subscriber is not UNSET:
            field_dict["relationship_to_subscriber"] = relationship_to_subscriber
        if subscriber_demographics is not UNSET:
            field_dict["subscriber_demographics"] = subscriber_demographics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
        if "plan_begin_date" in d:
            _plan_begin_date = d["plan_begin_date"]
            plan_begin_date: datetime.date | Unset
            if isinstance(_plan_begin_date, Unset):
                plan_begin_date = UNSET
            else:
                plan_begin_date = datetime.date.fromisoformat(_plan_begin_date)

            d["plan_begin_date"] = plan_begin_date
        if "subscriber_demographics" in d:
            _subscriber_demographics = d["subscriber_demographics"]
            subscriber_demographics: SubscriberDemographics | Unset
            if isinstance(_subscriber_demographics, Unset):
                subscriber_demographics = UNSET
            else:
                subscriber_demographics = SubscriberDemographics.from_dict(_subscriber_demographics, _owned)

            d["subscriber_demographics"] = subscriber_demographics
        patient_insurances_update_request = _new(cls)
        patient_insurances_update_request.__dict__ = d
        return patient_insurances_update_request

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
                _has_plan_begin_date = "plan_begin_date" in d
                _has_subscriber_demographics = "subscriber_demographics" in d
                _work = (
                    _has_plan_begin_date or _has_subscriber_demographics
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_plan_begin_date:
                    _plan_begin_date = d["plan_begin_date"]
                    plan_begin_date: datetime.date | Unset
                    if isinstance(_plan_begin_date, Unset):
                        plan_begin_date = UNSET
                    else:
                        plan_begin_date = datetime.date.fromisoformat(_plan_begin_date)

                    d["plan_begin_date"] = plan_begin_date
                if _has_subscriber_demographics:
                    _subscriber_demographics = d["subscriber_demographics"]
                    subscriber_demographics: SubscriberDemographics | Unset
                    if isinstance(_subscriber_demographics, Unset):
                        subscriber_demographics = UNSET
                    else:
                        subscriber_demographics = SubscriberDemographics.from_dict(_subscriber_demographics, _owned)

                    d["subscriber_demographics"] = subscriber_demographics
            patient_insurances_update_request = _new(cls)
            patient_insurances_update_request.__dict__ = d
            append(patient_insurances_update_request)
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
            if _has_plan_begin_date:
                _plan_begin_date = d["plan_begin_date"]
                plan_begin_date: datetime.date | Unset
                if isinstance(_plan_begin_date, Unset):
                    plan_begin_date = UNSET
                else:
                    plan_begin_date = datetime.date.fromisoformat(_plan_begin_date)

                d["plan_begin_date"] = plan_begin_date
            if _has_subscriber_demographics:
                _subscriber_demographics = d["subscriber_demographics"]
                subscriber_demographics: SubscriberDemographics | Unset
                if isinstance(_subscriber_demographics, Unset):
                    subscriber_demographics = UNSET
                else:
                    subscriber_demographics = SubscriberDemographics.from_dict(_subscriber_demographics, _owned)

                d["subscriber_demographics"] = subscriber_demographics

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
                _has_plan_begin_date = "plan_begin_date" in d
                _has_subscriber_demographics = "subscriber_demographics" in d
                _work = (
                    _has_plan_begin_date or _has_subscriber_demographics
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            patient_insurances_update_request = _new(cls)
            patient_insurances_update_request.__dict__ = d
            append(patient_insurances_update_request)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


from ..models.subscriber_demographics import SubscriberDemographics  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("plan_begin_date", "plan_begin_date", datetime.date.fromisoformat, False),
    ("subscriber_demographics", "subscriber_demographics", SubscriberDemographics),
)
setattr(PatientInsurancesUpdateRequest, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
