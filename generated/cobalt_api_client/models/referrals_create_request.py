# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .. import types as _types
from ..models.referrals_create_request_direction import (
    ReferralsCreateRequestDirection,
    check_referrals_create_request_direction,
)
from ..models.referrals_create_request_priority import (
    ReferralsCreateRequestPriority,
    check_referrals_create_request_priority,
)
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define

    from ..models.referral_document import ReferralDocument
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="ReferralsCreateRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "patient_mrn",
        "referring_from_provider_ehr_id",
        "referring_to_provider_ehr_id",
        "reason",
        "direction",
        "priority",
        "diagnosis_codes",
        "documents",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "patient_mrn",
        "referring_from_provider_ehr_id",
        "referring_to_provider_ehr_id",
        "reason",
    }
)


@_attrs_define(slots=False, repr=False)
class ReferralsCreateRequest:
    """The referral to create.

    Attributes:
        patient_mrn (str): MRN of a patient already synced to Cobalt.
        referring_from_provider_ehr_id (str): EMR id of the provider the referral comes from: a referring provider for
            `incoming`, one of the clinic's providers for `outgoing`. Send `0` when there is none.
        referring_to_provider_ehr_id (str): EMR id of the provider the referral goes to: one of the clinic's providers
            for `incoming`, a referring provider for `outgoing`. Send `0` when there is none.
        reason (str): Why the patient is referred.
        direction (ReferralsCreateRequestDirection | Unset): Whether the referral comes into or goes out of the clinic.
        priority (ReferralsCreateRequestPriority | Unset): Priority of the referral.
        diagnosis_codes (list[str] | Unset): ICD-10 diagnosis codes.
        documents (list[ReferralDocument] | Unset): Files to attach, sent inline as base64.
    """

    patient_mrn: str
    referring_from_provider_ehr_id: str
    referring_to_provider_ehr_id: str
    reason: str
    direction: ReferralsCreateRequestDirection | Unset = UNSET
    priority: ReferralsCreateRequestPriority | Unset = UNSET
    diagnosis_codes: list[str] | Unset = UNSET
    documents: list[ReferralDocument] | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        patient_mrn = self.patient_mrn

        referring_from_provider_ehr_id = self.referring_from_provider_ehr_id

        referring_to_provider_ehr_id = self.referring_to_provider_ehr_id

        reason = self.reason

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        diagnosis_codes: list[str] | Unset = UNSET
        if not isinstance(self.diagnosis_codes, Unset):
            diagnosis_codes = self.diagnosis_codes

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "patient_mrn": patient_mrn,
                "referring_from_provider_ehr_id": referring_from_provider_ehr_id,
                "referring_to_provider_ehr_id": referring_to_provider_ehr_id,
                "reason": reason,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if priority is not UNSET:
            field_dict["priority"] = priority
        if diagnosis_codes is not UNSET:
            field_dict["diagnosis_codes"] = diagnosis_codes
        if documents is not UNSET:
            field_dict["documents"] = documents

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
        if "direction" in d:
            _direction = d["direction"]
            direction: ReferralsCreateRequestDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = check_referrals_create_request_direction(_direction)

            d["direction"] = direction
        if "priority" in d:
            _priority = d["priority"]
            priority: ReferralsCreateRequestPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = check_referrals_create_request_priority(_priority)

            d["priority"] = priority
        if "diagnosis_codes" in d:
            diagnosis_codes = cast(list[str], d["diagnosis_codes"])

            d["diagnosis_codes"] = diagnosis_codes
        if "documents" in d:
            _documents = d["documents"]
            documents: list[ReferralDocument] | Unset = UNSET
            if _documents is not UNSET:
                documents = ReferralDocument._from_dicts(_documents, _owned)

            d["documents"] = documents
        referrals_create_request = _new(cls)
        referrals_create_request.__dict__ = d
        return referrals_create_request

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
                _has_direction = "direction" in d
                _has_priority = "priority" in d
                _has_diagnosis_codes = "diagnosis_codes" in d
                _has_documents = "documents" in d
                _work = (
                    _has_direction or _has_priority or _has_diagnosis_codes or _has_documents
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_direction:
                    _direction = d["direction"]
                    direction: ReferralsCreateRequestDirection | Unset
                    if isinstance(_direction, Unset):
                        direction = UNSET
                    else:
                        direction = check_referrals_create_request_direction(_direction)

                    d["direction"] = direction
                if _has_priority:
                    _priority = d["priority"]
                    priority: ReferralsCreateRequestPriority | Unset
                    if isinstance(_priority, Unset):
                        priority = UNSET
                    else:
                        priority = check_referrals_create_request_priority(_priority)

                    d["priority"] = priority
                if _has_diagnosis_codes:
                    diagnosis_codes = cast(list[str], d["diagnosis_codes"])

                    d["diagnosis_codes"] = diagnosis_codes
                if _has_documents:
                    _documents = d["documents"]
                    documents: list[ReferralDocument] | Unset = UNSET
                    if _documents is not UNSET:
                        documents = ReferralDocument._from_dicts(_documents, _owned)

                    d["documents"] = documents
            referrals_create_request = _new(cls)
            referrals_create_request.__dict__ = d
            append(referrals_create_request)
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
            if _has_direction:
                _direction = d["direction"]
                direction: ReferralsCreateRequestDirection | Unset
                if isinstance(_direction, Unset):
                    direction = UNSET
                else:
                    direction = check_referrals_create_request_direction(_direction)

                d["direction"] = direction
            if _has_priority:
                _priority = d["priority"]
                priority: ReferralsCreateRequestPriority | Unset
                if isinstance(_priority, Unset):
                    priority = UNSET
                else:
                    priority = check_referrals_create_request_priority(_priority)

                d["priority"] = priority
            if _has_diagnosis_codes:
                diagnosis_codes = cast(list[str], d["diagnosis_codes"])

                d["diagnosis_codes"] = diagnosis_codes
            if _has_documents:
                _documents = d["documents"]
                documents: list[ReferralDocument] | Unset = UNSET
                if _documents is not UNSET:
                    documents = ReferralDocument._from_dicts(_documents, _owned)

                d["documents"] = documents

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
                _has_direction = "direction" in d
                _has_priority = "priority" in d
                _has_diagnosis_codes = "diagnosis_codes" in d
                _has_documents = "documents" in d
                _work = (
                    _has_direction or _has_priority or _has_diagnosis_codes or _has_documents
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            referrals_create_request = _new(cls)
            referrals_create_request.__dict__ = d
            append(referrals_create_request)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


def _own_diagnosis_codes(value: Any) -> Any:
    """`diagnosis_codes` from its JSON value, which the model owns (from_dict's conversion)."""
    diagnosis_codes = cast(list[str], value)

    return diagnosis_codes


def _own_documents(value: Any) -> Any:
    """`documents` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    _documents = value
    documents: list[ReferralDocument] | Unset = UNSET
    if _documents is not UNSET:
        documents = ReferralDocument._from_dicts(_documents, _owned)

    return documents


from ..models.referral_document import ReferralDocument  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("direction", "direction", check_referrals_create_request_direction, False),
    ("priority", "priority", check_referrals_create_request_priority, False),
    ("diagnosis_codes", "diagnosis_codes", _own_diagnosis_codes, False),
    ("documents", "documents", _own_documents, False),
)
setattr(
    ReferralsCreateRequest,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "patient_mrn",
            "referring_from_provider_ehr_id",
            "referring_to_provider_ehr_id",
            "reason",
        ),
        _OWNED_WORK,
    ),
)
