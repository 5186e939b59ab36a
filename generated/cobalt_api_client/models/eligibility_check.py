# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, convert_on_first_use, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.eligibility_benefits_summary import EligibilityBenefitsSummary
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="EligibilityCheck")
_new = object.__new__
_KEYS = frozenset(
    {
        "id",
        "emr_id",
        "emr_patient_id",
        "patient_name",
        "patient_dob",
        "emr_encounter_id",
        "provider_name",
        "payer_name",
        "subscriber_name",
        "subscriber_member_id",
        "patient_relationship",
        "plan_name",
        "coverage_status",
        "status_message",
        "service_date",
        "response_at",
        "plan_begin_date",
        "plan_end_date",
        "benefits_summary",
        "benefit_count",
        "synced_at",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "id",
    }
)


@_attrs_define(slots=False, repr=False)
class EligibilityCheck:
    """One eligibility request (270) and the payer's answer (271).

    Attributes:
        id (str): Cobalt id of the check; use it in the benefits path.
        emr_id (str | Unset): EMR id of the eligibility request.
        emr_patient_id (str | Unset): EMR id of the patient checked.
        patient_name (str | Unset):
        patient_dob (datetime.date | Unset):
        emr_encounter_id (str | Unset): EMR id of the visit the check belongs to.
        provider_name (str | Unset): Rendering provider.
        payer_name (str | Unset): Payer that answered.
        subscriber_name (str | Unset):
        subscriber_member_id (str | Unset):
        patient_relationship (str | Unset): Relationship of the patient to the subscriber.
        plan_name (str | Unset): Plan description from the 271 answer.
        coverage_status (str | Unset): Outcome of the check; `error` means the payer could not process the request (for
            example a missing provider NPI).
        status_message (None | str | Unset): The payer's reject reason when `coverage_status` is `error`.
        service_date (datetime.date | Unset): Service date the check was run for.
        response_at (datetime.datetime | Unset): When the payer answered.
        plan_begin_date (datetime.date | None | Unset):
        plan_end_date (datetime.date | None | Unset):
        benefits_summary (EligibilityBenefitsSummary | Unset): Headline deductible and out-of-pocket roll-up of a check.
        benefit_count (int | Unset): Number of benefit lines in the 271 answer.
        synced_at (datetime.datetime | Unset): When Cobalt last synced the check.
    """

    id: str
    emr_id: str | Unset = UNSET
    emr_patient_id: str | Unset = UNSET
    patient_name: str | Unset = UNSET
    patient_dob: datetime.date | Unset = UNSET
    emr_encounter_id: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    payer_name: str | Unset = UNSET
    subscriber_name: str | Unset = UNSET
    subscriber_member_id: str | Unset = UNSET
    patient_relationship: str | Unset = UNSET
    plan_name: str | Unset = UNSET
    coverage_status: str | Unset = UNSET
    status_message: None | str | Unset = UNSET
    service_date: datetime.date | Unset = UNSET
    response_at: datetime.datetime | Unset = UNSET
    plan_begin_date: datetime.date | None | Unset = UNSET
    plan_end_date: datetime.date | None | Unset = UNSET
    benefits_summary: EligibilityBenefitsSummary | Unset = UNSET
    benefit_count: int | Unset = UNSET
    synced_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        emr_id = self.emr_id

        emr_patient_id = self.emr_patient_id

        patient_name = self.patient_name

        patient_dob: str | Unset = UNSET
        if not isinstance(self.patient_dob, Unset):
            patient_dob = self.patient_dob.isoformat()

        emr_encounter_id = self.emr_encounter_id

        provider_name = self.provider_name

        payer_name = self.payer_name

        subscriber_name = self.subscriber_name

        subscriber_member_id = self.subscriber_member_id

        patient_relationship = self.patient_relationship

        plan_name = self.plan_name

        coverage_status = self.coverage_status

        status_message: None | str | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message

        service_date: str | Unset = UNSET
        if not isinstance(self.service_date, Unset):
            service_date = self.service_date.isoformat()

        response_at: str | Unset = UNSET
        if not isinstance(self.response_at, Unset):
            response_at = self.response_at.isoformat()

        plan_begin_date: None | str | Unset
        if isinstance(self.plan_begin_date, Unset):
            plan_begin_date = UNSET
        elif isinstance(self.plan_begin_date, datetime.date):
            plan_begin_date = self.plan_begin_date.isoformat()
        else:
            plan_begin_date = self.plan_begin_date

        plan_end_date: None | str | Unset
        if isinstance(self.plan_end_date, Unset):
            plan_end_date = UNSET
        elif isinstance(self.plan_end_date, datetime.date):
            plan_end_date = self.plan_end_date.isoformat()
        else:
            plan_end_date = self.plan_end_date

        benefits_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.benefits_summary, Unset):
            benefits_summary = self.benefits_summary.to_dict()

        benefit_count = self.benefit_count

        synced_at: str | Unset = UNSET
        if not isinstance(self.synced_at, Unset):
            synced_at = self.synced_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if emr_id is not UNSET:
            field_dict["emr_id"] = emr_id
        if emr_patient_id is not UNSET:
            field_dict["emr_patient_id"] = emr_patient_id
        if patient_name is not UNSET:
            field_dict["patient_name"] = patient_name
        if patient_dob is not UNSET:
            field_dict["patient_dob"] = patient_dob
        if emr_encounter_id is not UNSET:
            field_dict["emr_encounter_id"] = emr_encounter_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if payer_name is not UNSET:
            field_dict["payer_name"] = payer_name
        if subscriber_name is not UNSET:
            field_dict["subscriber_name"] = subscriber_name
        if subscriber_member_id is not UNSET:
            field_dict["subscriber_member_id"] = subscriber_member_id
        if patient_relationship is not UNSET:
            field_dict["patient_relationship"] = patient_relationship
        if plan_name is not UNSET:
            field_dict["plan_name"] = plan_name
        if coverage_status is not UNSET:
            field_dict["coverage_status"] = coverage_status
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if service_date is not UNSET:
            field_dict["service_date"] = service_date
        if response_at is not UNSET:
            field_dict["response_at"] = response_at
        if plan_begin_date is not UNSET:
            field_dict["plan_begin_date"] = plan_begin_date
        if plan_end_date is not UNSET:
            field_dict["plan_end_date"] = plan_end_date
        if benefits_summary is not UNSET:
            field_dict["benefits_summary"] = benefits_summary
        if benefit_count is not UNSET:
            field_dict["benefit_count"] = benefit_count
        if synced_at is not UNSET:
            field_dict["synced_at"] = synced_at

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

        if "patient_dob" in d:
            _patient_dob = d["patient_dob"]
            patient_dob: datetime.date | Unset
            if isinstance(_patient_dob, Unset):
                patient_dob = UNSET
            else:
                patient_dob = datetime.date.fromisoformat(_patient_dob)

            d["patient_dob"] = patient_dob
        if "service_date" in d:
            _service_date = d["service_date"]
            service_date: datetime.date | Unset
            if isinstance(_service_date, Unset):
                service_date = UNSET
            else:
                service_date = datetime.date.fromisoformat(_service_date)

            d["service_date"] = service_date
        if "response_at" in d:
            _response_at = d["response_at"]
            response_at: datetime.datetime | Unset
            if isinstance(_response_at, Unset):
                response_at = UNSET
            else:
                response_at = datetime.datetime.fromisoformat(_response_at)

            d["response_at"] = response_at
        if not _owned and "plan_begin_date" in d:
            v_plan_begin_date: Any = d.pop("plan_begin_date")
            if isinstance(v_plan_begin_date, str):
                try:
                    plan_begin_date_type_0 = datetime.date.fromisoformat(v_plan_begin_date)

                    v_plan_begin_date = plan_begin_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:plan_begin_date"] = v_plan_begin_date

        if not _owned and "plan_end_date" in d:
            v_plan_end_date: Any = d.pop("plan_end_date")
            if isinstance(v_plan_end_date, str):
                try:
                    plan_end_date_type_0 = datetime.date.fromisoformat(v_plan_end_date)

                    v_plan_end_date = plan_end_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:plan_end_date"] = v_plan_end_date

        if "benefits_summary" in d:
            _benefits_summary = d["benefits_summary"]
            benefits_summary: EligibilityBenefitsSummary | Unset
            if isinstance(_benefits_summary, Unset):
                benefits_summary = UNSET
            else:
                benefits_summary = EligibilityBenefitsSummary.from_dict(_benefits_summary, _owned)

            d["benefits_summary"] = benefits_summary
        if "synced_at" in d:
            _synced_at = d["synced_at"]
            synced_at: datetime.datetime | Unset
            if isinstance(_synced_at, Unset):
                synced_at = UNSET
            else:
                synced_at = datetime.datetime.fromisoformat(_synced_at)

            d["synced_at"] = synced_at
        eligibility_check = _new(cls)
        eligibility_check.__dict__ = d
        return eligibility_check

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

                _has_patient_dob = "patient_dob" in d
                _has_service_date = "service_date" in d
                _has_response_at = "response_at" in d
                _has_plan_begin_date = "plan_begin_date" in d
                _has_plan_end_date = "plan_end_date" in d
                _has_benefits_summary = "benefits_summary" in d
                _has_synced_at = "synced_at" in d
                _work = (
                    _has_patient_dob
                    or _has_service_date
                    or _has_response_at
                    or _has_benefits_summary
                    or _has_synced_at
                    or (not _owned and (_has_plan_begin_date or _has_plan_end_date))
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_patient_dob:
                    _patient_dob = d["patient_dob"]
                    patient_dob: datetime.date | Unset
                    if isinstance(_patient_dob, Unset):
                        patient_dob = UNSET
                    else:
                        patient_dob = datetime.date.fromisoformat(_patient_dob)

                    d["patient_dob"] = patient_dob
                if _has_service_date:
                    _service_date = d["service_date"]
                    service_date: datetime.date | Unset
                    if isinstance(_service_date, Unset):
                        service_date = UNSET
                    else:
                        service_date = datetime.date.fromisoformat(_service_date)

                    d["service_date"] = service_date
                if _has_response_at:
                    _response_at = d["response_at"]
                    response_at: datetime.datetime | Unset
                    if isinstance(_response_at, Unset):
                        response_at = UNSET
                    else:
                        response_at = datetime.datetime.fromisoformat(_response_at)

                    d["response_at"] = response_at
                if not _owned and _has_plan_begin_date:
                    v_plan_begin_date: Any = d.pop("plan_begin_date")
                    if isinstance(v_plan_begin_date, str):
                        try:
                            plan_begin_date_type_0 = datetime.date.fromisoformat(v_plan_begin_date)

                            v_plan_begin_date = plan_begin_date_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:plan_begin_date"] = v_plan_begin_date

                if not _owned and _has_plan_end_date:
                    v_plan_end_date: Any = d.pop("plan_end_date")
                    if isinstance(v_plan_end_date, str):
                        try:
                            plan_end_date_type_0 = datetime.date.fromisoformat(v_plan_end_date)

                            v_plan_end_date = plan_end_date_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:plan_end_date"] = v_plan_end_date

                if _has_benefits_summary:
                    _benefits_summary = d["benefits_summary"]
                    benefits_summary: EligibilityBenefitsSummary | Unset
                    if isinstance(_benefits_summary, Unset):
                        benefits_summary = UNSET
                    else:
                        benefits_summary = EligibilityBenefitsSummary.from_dict(_benefits_summary, _owned)

                    d["benefits_summary"] = benefits_summary
                if _has_synced_at:
                    _synced_at = d["synced_at"]
                    synced_at: datetime.datetime | Unset
                    if isinstance(_synced_at, Unset):
                        synced_at = UNSET
                    else:
                        synced_at = datetime.datetime.fromisoformat(_synced_at)

                    d["synced_at"] = synced_at
            eligibility_check = _new(cls)
            eligibility_check.__dict__ = d
            append(eligibility_check)
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
            if _has_patient_dob:
                _patient_dob = d["patient_dob"]
                patient_dob: datetime.date | Unset
                if isinstance(_patient_dob, Unset):
                    patient_dob = UNSET
                else:
                    patient_dob = datetime.date.fromisoformat(_patient_dob)

                d["patient_dob"] = patient_dob
            if _has_service_date:
                _service_date = d["service_date"]
                service_date: datetime.date | Unset
                if isinstance(_service_date, Unset):
                    service_date = UNSET
                else:
                    service_date = datetime.date.fromisoformat(_service_date)

                d["service_date"] = service_date
            if _has_response_at:
                _response_at = d["response_at"]
                response_at: datetime.datetime | Unset
                if isinstance(_response_at, Unset):
                    response_at = UNSET
                else:
                    response_at = datetime.datetime.fromisoformat(_response_at)

                d["response_at"] = response_at
            if not _owned and _has_plan_begin_date:
                v_plan_begin_date: Any = d.pop("plan_begin_date")
                if isinstance(v_plan_begin_date, str):
                    try:
                        plan_begin_date_type_0 = datetime.date.fromisoformat(v_plan_begin_date)

                        v_plan_begin_date = plan_begin_date_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:plan_begin_date"] = v_plan_begin_date

            if not _owned and _has_plan_end_date:
                v_plan_end_date: Any = d.pop("plan_end_date")
                if isinstance(v_plan_end_date, str):
                    try:
                        plan_end_date_type_0 = datetime.date.fromisoformat(v_plan_end_date)

                        v_plan_end_date = plan_end_date_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:plan_end_date"] = v_plan_end_date

            if _has_benefits_summary:
                _benefits_summary = d["benefits_summary"]
                benefits_summary: EligibilityBenefitsSummary | Unset
                if isinstance(_benefits_summary, Unset):
                    benefits_summary = UNSET
                else:
                    benefits_summary = EligibilityBenefitsSummary.from_dict(_benefits_summary, _owned)

                d["benefits_summary"] = benefits_summary
            if _has_synced_at:
                _synced_at = d["synced_at"]
                synced_at: datetime.datetime | Unset
                if isinstance(_synced_at, Unset):
                    synced_at = UNSET
                else:
                    synced_at = datetime.datetime.fromisoformat(_synced_at)

                d["synced_at"] = synced_at

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

                _has_patient_dob = "patient_dob" in d
                _has_service_date = "service_date" in d
                _has_response_at = "response_at" in d
                _has_plan_begin_date = "plan_begin_date" in d
                _has_plan_end_date = "plan_end_date" in d
                _has_benefits_summary = "benefits_summary" in d
                _has_synced_at = "synced_at" in d
                _work = (
                    _has_patient_dob
                    or _has_service_date
                    or _has_response_at
                    or _has_benefits_summary
                    or _has_synced_at
                    or (not _owned and (_has_plan_begin_date or _has_plan_end_date))
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            eligibility_check = _new(cls)
            eligibility_check.__dict__ = d
            append(eligibility_check)
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
            raise TypeError("EligibilityCheck is not iterable")


def _convert_plan_begin_date(value: Any) -> Any:
    """`plan_begin_date` from its JSON value, which the model owns; the value itself when it does not fit."""
    if isinstance(value, str):
        try:
            plan_begin_date_type_0 = datetime.date.fromisoformat(value)

            return plan_begin_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


def _convert_plan_end_date(value: Any) -> Any:
    """`plan_end_date` from its JSON value, which the model owns; the value itself when it does not fit."""
    if isinstance(value, str):
        try:
            plan_end_date_type_0 = datetime.date.fromisoformat(value)

            return plan_end_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


convert_on_first_use(
    EligibilityCheck,
    {
        "plan_begin_date": ("plan_begin_date", _convert_plan_begin_date),
        "plan_end_date": ("plan_end_date", _convert_plan_end_date),
    },
)


from ..models.eligibility_benefits_summary import EligibilityBenefitsSummary  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("patient_dob", "patient_dob", datetime.date.fromisoformat, False),
    ("service_date", "service_date", datetime.date.fromisoformat, False),
    ("response_at", "response_at", datetime.datetime.fromisoformat, False),
    ("benefits_summary", "benefits_summary", EligibilityBenefitsSummary),
    ("synced_at", "synced_at", datetime.datetime.fromisoformat, False),
)
setattr(EligibilityCheck, "_cobalt_plan_", (_KEYS, ("id",), _OWNED_WORK))
