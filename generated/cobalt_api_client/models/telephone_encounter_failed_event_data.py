# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.failure_reason import FailureReason
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="TelephoneEncounterFailedEventData")
_new = object.__new__
_KEYS = frozenset(
    {
        "telephone_encounter_id",
        "patient_mrn",
        "failure_reason",
        "reasons",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "telephone_encounter_id",
        "patient_mrn",
        "failure_reason",
    }
)


@_attrs_define(slots=False, repr=False)
class TelephoneEncounterFailedEventData:
    """Why the encounter failed.

    Attributes:
        telephone_encounter_id (str): Cobalt's id for the encounter.
        patient_mrn (str): The patient's MRN.
        failure_reason (str): Legacy human-readable failure text (the concatenation of every `reasons[].description`).
        reasons (list[FailureReason] | Unset): Structured failure reasons, one per problem.
    """

    telephone_encounter_id: str
    patient_mrn: str
    failure_reason: str
    reasons: list[FailureReason] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        telephone_encounter_id = self.telephone_encounter_id

        patient_mrn = self.patient_mrn

        failure_reason = self.failure_reason

        reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = []
            for reasons_item_data in self.reasons:
                reasons_item = reasons_item_data.to_dict()
                reasons.append(reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "telephone_encounter_id": telephone_encounter_id,
                "patient_mrn": patient_mrn,
                "failure_reason": failure_reason,
            }
        )
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

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

        if "reasons" in d:
            _reasons = d["reasons"]
            reasons: list[FailureReason] | Unset = UNSET
            if _reasons is not UNSET:
                reasons = FailureReason._from_dicts(_reasons, _owned)

            d["reasons"] = reasons
        telephone_encounter_failed_event_data = _new(cls)
        telephone_encounter_failed_event_data.__dict__ = d
        return telephone_encounter_failed_event_data

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

                _has_reasons = "reasons" in d
                _work = _has_reasons  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_reasons:
                    _reasons = d["reasons"]
                    reasons: list[FailureReason] | Unset = UNSET
                    if _reasons is not UNSET:
                        reasons = FailureReason._from_dicts(_reasons, _owned)

                    d["reasons"] = reasons
            telephone_encounter_failed_event_data = _new(cls)
            telephone_encounter_failed_event_data.__dict__ = d
            append(telephone_encounter_failed_event_data)
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
            if _has_reasons:
                _reasons = d["reasons"]
                reasons: list[FailureReason] | Unset = UNSET
                if _reasons is not UNSET:
                    reasons = FailureReason._from_dicts(_reasons, _owned)

                d["reasons"] = reasons

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

                _has_reasons = "reasons" in d
                _work = _has_reasons  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            telephone_encounter_failed_event_data = _new(cls)
            telephone_encounter_failed_event_data.__dict__ = d
            append(telephone_encounter_failed_event_data)
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
            raise TypeError("TelephoneEncounterFailedEventData is not iterable; iterate .reasons")


def _own_reasons(value: Any) -> Any:
    """`reasons` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    _reasons = value
    reasons: list[FailureReason] | Unset = UNSET
    if _reasons is not UNSET:
        reasons = FailureReason._from_dicts(_reasons, _owned)

    return reasons


from ..models.failure_reason import FailureReason  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (("reasons", "reasons", _own_reasons, False),)
setattr(
    TelephoneEncounterFailedEventData,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "telephone_encounter_id",
            "patient_mrn",
            "failure_reason",
        ),
        _OWNED_WORK,
    ),
)
