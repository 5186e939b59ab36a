# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.patient_insurance_event_audit_trail_entry import PatientInsuranceEventAuditTrailEntry
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="PatientInsuranceAddedEventData")
_new = object.__new__
_KEYS = frozenset(
    {
        "emr_insurance_id",
        "patient_insurance_id",
        "audit_trail",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class PatientInsuranceAddedEventData:
    """The added insurance record and an audit trail of the EHR fields written.

    Attributes:
        emr_insurance_id (str | Unset): EHR id of the insurance record; use it with PATCH
            .../insurances/{emr_insurance_id}.
        patient_insurance_id (str | Unset): Cobalt's id for the insurance request, as returned by the triggering call.
        audit_trail (list[PatientInsuranceEventAuditTrailEntry] | Unset): EHR fields that were modified.
    """

    emr_insurance_id: str | Unset = UNSET
    patient_insurance_id: str | Unset = UNSET
    audit_trail: list[PatientInsuranceEventAuditTrailEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        emr_insurance_id = self.emr_insurance_id

        patient_insurance_id = self.patient_insurance_id

        audit_trail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audit_trail, Unset):
            audit_trail = []
            for audit_trail_item_data in self.audit_trail:
                audit_trail_item = audit_trail_item_data.to_dict()
                audit_trail.append(audit_trail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emr_insurance_id is not UNSET:
            field_dict["emr_insurance_id"] = emr_insurance_id
        if patient_insurance_id is not UNSET:
            field_dict["patient_insurance_id"] = patient_insurance_id
        if audit_trail is not UNSET:
            field_dict["audit_trail"] = audit_trail

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

        if "audit_trail" in d:
            _audit_trail = d["audit_trail"]
            audit_trail: list[PatientInsuranceEventAuditTrailEntry] | Unset = UNSET
            if _audit_trail is not UNSET:
                audit_trail = PatientInsuranceEventAuditTrailEntry._from_dicts(_audit_trail, _owned)

            d["audit_trail"] = audit_trail
        patient_insurance_added_event_data = _new(cls)
        patient_insurance_added_event_data.__dict__ = d
        return patient_insurance_added_event_data

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

                _has_audit_trail = "audit_trail" in d
                _work = _has_audit_trail  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_audit_trail:
                    _audit_trail = d["audit_trail"]
                    audit_trail: list[PatientInsuranceEventAuditTrailEntry] | Unset = UNSET
                    if _audit_trail is not UNSET:
                        audit_trail = PatientInsuranceEventAuditTrailEntry._from_dicts(_audit_trail, _owned)

                    d["audit_trail"] = audit_trail
            patient_insurance_added_event_data = _new(cls)
            patient_insurance_added_event_data.__dict__ = d
            append(patient_insurance_added_event_data)
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
            if _has_audit_trail:
                _audit_trail = d["audit_trail"]
                audit_trail: list[PatientInsuranceEventAuditTrailEntry] | Unset = UNSET
                if _audit_trail is not UNSET:
                    audit_trail = PatientInsuranceEventAuditTrailEntry._from_dicts(_audit_trail, _owned)

                d["audit_trail"] = audit_trail

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

                _has_audit_trail = "audit_trail" in d
                _work = _has_audit_trail  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            patient_insurance_added_event_data = _new(cls)
            patient_insurance_added_event_data.__dict__ = d
            append(patient_insurance_added_event_data)
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
            raise TypeError("PatientInsuranceAddedEventData is not iterable; iterate .audit_trail")


def _own_audit_trail(value: Any) -> Any:
    """`audit_trail` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    _audit_trail = value
    audit_trail: list[PatientInsuranceEventAuditTrailEntry] | Unset = UNSET
    if _audit_trail is not UNSET:
        audit_trail = PatientInsuranceEventAuditTrailEntry._from_dicts(_audit_trail, _owned)

    return audit_trail


from ..models.patient_insurance_event_audit_trail_entry import PatientInsuranceEventAuditTrailEntry  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (("audit_trail", "audit_trail", _own_audit_trail, False),)
setattr(PatientInsuranceAddedEventData, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
