# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="TelephoneEncountersCreateRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "patient_mrn",
        "provider_id",
        "location_id",
        "assigned_to_id",
        "reason",
        "refill_medication_name",
        "pharmacy_ehr_id",
        "pharmacy",
        "caller",
        "message",
        "priority",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "patient_mrn",
        "provider_id",
        "location_id",
        "assigned_to_id",
    }
)


@_attrs_define(slots=False, repr=False)
class TelephoneEncountersCreateRequest:
    """Body for creating a telephone encounter.

    Attributes:
        patient_mrn (str): Medical record number of the patient.
        provider_id (str): EHR id (ehr_id from GET /providers) of the provider the encounter is for.
        location_id (str): EHR id (ehr_id from GET /locations) of the encounter's location.
        assigned_to_id (str): EHR id of the person the encounter is assigned to.
        reason (str | Unset): Reason for the call, at most 50 characters.
        refill_medication_name (str | Unset): Name (or part of it, any case) of one of the patient's refillable
            medications to attach as a refill. If no refillable medication matches, the encounter is not created.
        pharmacy_ehr_id (str | Unset): EHR id of a pharmacy from the organization's pharmacy list (GET /pharmacies);
            linked to the encounter together with a refill and added to the patient's pharmacies if missing.
        pharmacy (str | Unset): Pharmacy named in the docs index; see pharmacy_ehr_id.
        caller (str | Unset): Caller of the telephone encounter.
        message (str | Unset): Message recorded with the telephone encounter.
        priority (str | Unset): Priority of the telephone encounter.
    """

    patient_mrn: str
    provider_id: str
    location_id: str
    assigned_to_id: str
    reason: str | Unset = UNSET
    refill_medication_name: str | Unset = UNSET
    pharmacy_ehr_id: str | Unset = UNSET
    pharmacy: str | Unset = UNSET
    caller: str | Unset = UNSET
    message: str | Unset = UNSET
    priority: str | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        patient_mrn = self.patient_mrn

        provider_id = self.provider_id

        location_id = self.location_id

        assigned_to_id = self.assigned_to_id

        reason = self.reason

        refill_medication_name = self.refill_medication_name

        pharmacy_ehr_id = self.pharmacy_ehr_id

        pharmacy = self.pharmacy

        caller = self.caller

        message = self.message

        priority = self.priority

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "patient_mrn": patient_mrn,
                "provider_id": provider_id,
                "location_id": location_id,
                "assigned_to_id": assigned_to_id,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if refill_medication_name is not UNSET:
            field_dict["refill_medication_name"] = refill_medication_name
        if pharmacy_ehr_id is not UNSET:
            field_dict["pharmacy_ehr_id"] = pharmacy_ehr_id
        if pharmacy is not UNSET:
            field_dict["pharmacy"] = pharmacy
        if caller is not UNSET:
            field_dict["caller"] = caller
        if message is not UNSET:
            field_dict["message"] = message
        if priority is not UNSET:
            field_dict["priority"] = priority

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
        telephone_encounters_create_request = _new(cls)
        telephone_encounters_create_request.__dict__ = d
        return telephone_encounters_create_request

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
            telephone_encounters_create_request = _new(cls)
            telephone_encounters_create_request.__dict__ = d
            append(telephone_encounters_create_request)
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
            telephone_encounters_create_request = _new(cls)
            telephone_encounters_create_request.__dict__ = d
            append(telephone_encounters_create_request)
            if _shape is not None:
                _i = _run(cls, items, _i, _shape, built, _owned, None)
        return built


setattr(
    TelephoneEncountersCreateRequest,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "patient_mrn",
            "provider_id",
            "location_id",
            "assigned_to_id",
        ),
        (),
    ),
)
