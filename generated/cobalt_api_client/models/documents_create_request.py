# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types
from .. import types as _types
from ..types import UNSET, File, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="DocumentsCreateRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "folder_name",
        "patient_mrn",
        "document",
        "emr_assigned_to_id",
        "is_reviewed",
        "notes",
        "is_high_priority",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "folder_name",
        "patient_mrn",
        "document",
    }
)


@_attrs_define(slots=False, repr=False)
class DocumentsCreateRequest:
    """Multipart form for uploading a document into a patient's EHR folder.

    Attributes:
        folder_name (str): Name of the EHR document folder that receives the file.
        patient_mrn (str): Medical record number of the patient the document belongs to.
        document (File): The file to upload (the form field is named document, not file).
        emr_assigned_to_id (str | Unset): EHR id of the user the document is assigned to.
        is_reviewed (bool | Unset): Whether the document is filed as already reviewed.
        notes (str | Unset): Notes stored with the document.
        is_high_priority (bool | Unset): Whether the document is flagged as high priority.
    """

    folder_name: str
    patient_mrn: str
    document: File
    emr_assigned_to_id: str | Unset = UNSET
    is_reviewed: bool | Unset = UNSET
    notes: str | Unset = UNSET
    is_high_priority: bool | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        folder_name = self.folder_name

        patient_mrn = self.patient_mrn

        document = self.document.to_tuple()

        emr_assigned_to_id = self.emr_assigned_to_id

        is_reviewed = self.is_reviewed

        notes = self.notes

        is_high_priority = self.is_high_priority

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "folder_name": folder_name,
                "patient_mrn": patient_mrn,
                "document": document,
            }
        )
        if emr_assigned_to_id is not UNSET:
            field_dict["emr_assigned_to_id"] = emr_assigned_to_id
        if is_reviewed is not UNSET:
            field_dict["is_reviewed"] = is_reviewed
        if notes is not UNSET:
            field_dict["notes"] = notes
        if is_high_priority is not UNSET:
            field_dict["is_high_priority"] = is_high_priority

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("folder_name", (None, str(self.folder_name).encode(), "text/plain")))

        files.append(("patient_mrn", (None, str(self.patient_mrn).encode(), "text/plain")))

        files.append(("document", self.document.to_tuple()))

        if not isinstance(self.emr_assigned_to_id, Unset):
            files.append(("emr_assigned_to_id", (None, str(self.emr_assigned_to_id).encode(), "text/plain")))

        if not isinstance(self.is_reviewed, Unset):
            files.append(("is_reviewed", (None, b"true" if self.is_reviewed else b"false", "text/plain")))

        if not isinstance(self.notes, Unset):
            files.append(("notes", (None, str(self.notes).encode(), "text/plain")))

        if not isinstance(self.is_high_priority, Unset):
            files.append(("is_high_priority", (None, b"true" if self.is_high_priority else b"false", "text/plain")))

        return files

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
        document = File(payload=BytesIO(d["document"]))

        d["document"] = document
        documents_create_request = _new(cls)
        documents_create_request.__dict__ = d
        return documents_create_request

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
            document = File(payload=BytesIO(d["document"]))

            d["document"] = document
            documents_create_request = _new(cls)
            documents_create_request.__dict__ = d
            append(documents_create_request)
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
            document = File(payload=BytesIO(d["document"]))

            d["document"] = document

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
            _do_work(d)
            documents_create_request = _new(cls)
            documents_create_request.__dict__ = d
            append(documents_create_request)
            if _shape is not None:
                _i = _run(cls, items, _i, _shape, built, _owned, _OWNED_WORK if _owned else _do_work)
        return built


def _own_document(value: Any) -> Any:
    """`document` from its JSON value, which the model owns (from_dict's conversion)."""
    document = File(payload=BytesIO(value))

    return document


_OWNED_WORK: tuple[Any, ...] = (("document", "document", _own_document, False),)
setattr(
    DocumentsCreateRequest,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "folder_name",
            "patient_mrn",
            "document",
        ),
        _OWNED_WORK,
    ),
)
