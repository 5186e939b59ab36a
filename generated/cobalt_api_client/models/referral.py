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


T = TypeVar("T", bound="Referral")
_new = object.__new__
_KEYS = frozenset(
    {
        "id",
        "ehr_id",
        "patient_ehr_id",
        "patient_mrn",
        "patient_first_name",
        "patient_last_name",
        "patient_dob",
        "from_provider_ehr_id",
        "from_provider_name",
        "to_provider_ehr_id",
        "to_provider_name",
        "priority",
        "urgency",
        "reason",
        "diagnosis_codes",
        "document_ids",
        "status",
        "referral_date",
        "last_activity_at",
        "synced_at",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "id",
        "ehr_id",
    }
)


@_attrs_define(slots=False, repr=False)
class Referral:
    """One referral stored in Cobalt.

    Attributes:
        id (str): Cobalt referral id (a UUID without dashes).
        ehr_id (str): EMR referral id.
        patient_ehr_id (None | str | Unset): EMR id of the patient.
        patient_mrn (None | str | Unset):
        patient_first_name (None | str | Unset):
        patient_last_name (None | str | Unset):
        patient_dob (None | str | Unset): Patient date of birth, `YYYY-MM-DD` in the example.
        from_provider_ehr_id (None | str | Unset): EMR id of the provider the referral comes from.
        from_provider_name (None | str | Unset):
        to_provider_ehr_id (None | str | Unset): EMR id of the provider the referral goes to.
        to_provider_name (None | str | Unset):
        priority (str | Unset): Referral priority.
        urgency (str | Unset): Urgency as recorded in the EMR; how it differs from `priority` is not documented.
        reason (str | Unset): Reason for the referral.
        diagnosis_codes (list[str] | Unset): ICD-10 diagnosis codes.
        document_ids (list[str] | Unset): Ids of attached documents, usable with the document download endpoint.
        status (str | Unset): Referral status; the possible values are not documented.
        referral_date (str | Unset): Date of the referral; the format is not documented.
        last_activity_at (str | Unset): Time of the last activity on the referral; the format is not documented.
        synced_at (str | Unset): When Cobalt last synced the referral; the format is not documented.
    """

    id: str
    ehr_id: str
    patient_ehr_id: None | str | Unset = UNSET
    patient_mrn: None | str | Unset = UNSET
    patient_first_name: None | str | Unset = UNSET
    patient_last_name: None | str | Unset = UNSET
    patient_dob: None | str | Unset = UNSET
    from_provider_ehr_id: None | str | Unset = UNSET
    from_provider_name: None | str | Unset = UNSET
    to_provider_ehr_id: None | str | Unset = UNSET
    to_provider_name: None | str | Unset = UNSET
    priority: str | Unset = UNSET
    urgency: str | Unset = UNSET
    reason: str | Unset = UNSET
    diagnosis_codes: list[str] | Unset = UNSET
    document_ids: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    referral_date: str | Unset = UNSET
    last_activity_at: str | Unset = UNSET
    synced_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ehr_id = self.ehr_id

        patient_ehr_id: None | str | Unset
        if isinstance(self.patient_ehr_id, Unset):
            patient_ehr_id = UNSET
        else:
            patient_ehr_id = self.patient_ehr_id

        patient_mrn: None | str | Unset
        if isinstance(self.patient_mrn, Unset):
            patient_mrn = UNSET
        else:
            patient_mrn = self.patient_mrn

        patient_first_name: None | str | Unset
        if isinstance(self.patient_first_name, Unset):
            patient_first_name = UNSET
        else:
            patient_first_name = self.patient_first_name

        patient_last_name: None | str | Unset
        if isinstance(self.patient_last_name, Unset):
            patient_last_name = UNSET
        else:
            patient_last_name = self.patient_last_name

        patient_dob: None | str | Unset
        if isinstance(self.patient_dob, Unset):
            patient_dob = UNSET
        else:
            patient_dob = self.patient_dob

        from_provider_ehr_id: None | str | Unset
        if isinstance(self.from_provider_ehr_id, Unset):
            from_provider_ehr_id = UNSET
        else:
            from_provider_ehr_id = self.from_provider_ehr_id

        from_provider_name: None | str | Unset
        if isinstance(self.from_provider_name, Unset):
            from_provider_name = UNSET
        else:
            from_provider_name = self.from_provider_name

        to_provider_ehr_id: None | str | Unset
        if isinstance(self.to_provider_ehr_id, Unset):
            to_provider_ehr_id = UNSET
        else:
            to_provider_ehr_id = self.to_provider_ehr_id

        to_provider_name: None | str | Unset
        if isinstance(self.to_provider_name, Unset):
            to_provider_name = UNSET
        else:
            to_provider_name = self.to_provider_name

        priority = self.priority

        urgency = self.urgency

        reason = self.reason

        diagnosis_codes: list[str] | Unset = UNSET
        if not isinstance(self.diagnosis_codes, Unset):
            diagnosis_codes = self.diagnosis_codes

        document_ids: list[str] | Unset = UNSET
        if not isinstance(self.document_ids, Unset):
            document_ids = self.document_ids

        status = self.status

        referral_date = self.referral_date

        last_activity_at = self.last_activity_at

        synced_at = self.synced_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ehr_id": ehr_id,
            }
        )
        if patient_ehr_id is not UNSET:
            field_dict["patient_ehr_id"] = patient_ehr_id
        if patient_mrn is not UNSET:
            field_dict["patient_mrn"] = patient_mrn
        if patient_first_name is not UNSET:
            field_dict["patient_first_name"] = patient_first_name
        if patient_last_name is not UNSET:
            field_dict["patient_last_name"] = patient_last_name
        if patient_dob is not UNSET:
            field_dict["patient_dob"] = patient_dob
        if from_provider_ehr_id is not UNSET:
            field_dict["from_provider_ehr_id"] = from_provider_ehr_id
        if from_provider_name is not UNSET:
            field_dict["from_provider_name"] = from_provider_name
        if to_provider_ehr_id is not UNSET:
            field_dict["to_provider_ehr_id"] = to_provider_ehr_id
        if to_provider_name is not UNSET:
            field_dict["to_provider_name"] = to_provider_name
        if priority is not UNSET:
            field_dict["priority"] = priority
        if urgency is not UNSET:
            field_dict["urgency"] = urgency
        if reason is not UNSET:
            field_dict["reason"] = reason
        if diagnosis_codes is not UNSET:
            field_dict["diagnosis_codes"] = diagnosis_codes
        if document_ids is not UNSET:
            field_dict["document_ids"] = document_ids
        if status is not UNSET:
            field_dict["status"] = status
        if referral_date is not UNSET:
            field_dict["referral_date"] = referral_date
        if last_activity_at is not UNSET:
            field_dict["last_activity_at"] = last_activity_at
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

        if "diagnosis_codes" in d:
            diagnosis_codes = cast(list[str], d["diagnosis_codes"])

            d["diagnosis_codes"] = diagnosis_codes
        if "document_ids" in d:
            document_ids = cast(list[str], d["document_ids"])

            d["document_ids"] = document_ids
        referral = _new(cls)
        referral.__dict__ = d
        return referral

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

                _has_diagnosis_codes = "diagnosis_codes" in d
                _has_document_ids = "document_ids" in d
                _work = (
                    _has_diagnosis_codes or _has_document_ids
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_diagnosis_codes:
                    diagnosis_codes = cast(list[str], d["diagnosis_codes"])

                    d["diagnosis_codes"] = diagnosis_codes
                if _has_document_ids:
                    document_ids = cast(list[str], d["document_ids"])

                    d["document_ids"] = document_ids
            referral = _new(cls)
            referral.__dict__ = d
            append(referral)
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
            if _has_diagnosis_codes:
                diagnosis_codes = cast(list[str], d["diagnosis_codes"])

                d["diagnosis_codes"] = diagnosis_codes
            if _has_document_ids:
                document_ids = cast(list[str], d["document_ids"])

                d["document_ids"] = document_ids

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

                _has_diagnosis_codes = "diagnosis_codes" in d
                _has_document_ids = "document_ids" in d
                _work = (
                    _has_diagnosis_codes or _has_document_ids
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            referral = _new(cls)
            referral.__dict__ = d
            append(referral)
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
                "Referral holds several lists and is not iterable; iterate one of .diagnosis_codes, .document_ids"
            )


def _own_diagnosis_codes(value: Any) -> Any:
    """`diagnosis_codes` from its JSON value, which the model owns (from_dict's conversion)."""
    diagnosis_codes = cast(list[str], value)

    return diagnosis_codes


def _own_document_ids(value: Any) -> Any:
    """`document_ids` from its JSON value, which the model owns (from_dict's conversion)."""
    document_ids = cast(list[str], value)

    return document_ids


_OWNED_WORK: tuple[Any, ...] = (
    ("diagnosis_codes", "diagnosis_codes", _own_diagnosis_codes, False),
    ("document_ids", "document_ids", _own_document_ids, False),
)
setattr(
    Referral,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "id",
            "ehr_id",
        ),
        _OWNED_WORK,
    ),
)
