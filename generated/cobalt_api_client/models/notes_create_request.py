# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define

    from ..models.note_sections import NoteSections
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="NotesCreateRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "appointment_id",
        "note",
        "icd_10_codes",
        "cpt_codes",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "appointment_id",
        "note",
    }
)


@_attrs_define(slots=False, repr=False)
class NotesCreateRequest:
    """Body for creating an appointment chart note.

    Attributes:
        appointment_id (str): Cobalt id of the appointment (as returned by the Cobalt appointment endpoints), not the
            EHR's appointment id.
        note (NoteSections | str): The note content: free text (use \\n for line breaks, which are kept in the EHR), or
            a structured object of separate sections (eClinicalWorks integrations).
        icd_10_codes (list[str] | Unset): ICD-10 diagnosis codes; only used with the structured note form.
        cpt_codes (list[str] | Unset): CPT procedure codes; only used with the structured note form.
    """

    appointment_id: str
    note: NoteSections | str
    icd_10_codes: list[str] | Unset = UNSET
    cpt_codes: list[str] | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        appointment_id = self.appointment_id

        note: dict[str, Any] | str
        if isinstance(self.note, NoteSections):
            note = self.note.to_dict()
        else:
            note = self.note

        icd_10_codes: list[str] | Unset = UNSET
        if not isinstance(self.icd_10_codes, Unset):
            icd_10_codes = self.icd_10_codes

        cpt_codes: list[str] | Unset = UNSET
        if not isinstance(self.cpt_codes, Unset):
            cpt_codes = self.cpt_codes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "appointment_id": appointment_id,
                "note": note,
            }
        )
        if icd_10_codes is not UNSET:
            field_dict["icd_10_codes"] = icd_10_codes
        if cpt_codes is not UNSET:
            field_dict["cpt_codes"] = cpt_codes

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
        v_note: Any = d["note"]
        if isinstance(v_note, dict):
            try:
                note_type_1 = NoteSections.from_dict(v_note, _owned)

                v_note = note_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        d["note"] = v_note

        if "icd_10_codes" in d:
            icd_10_codes = cast(list[str], d["icd_10_codes"])

            d["icd_10_codes"] = icd_10_codes
        if "cpt_codes" in d:
            cpt_codes = cast(list[str], d["cpt_codes"])

            d["cpt_codes"] = cpt_codes
        notes_create_request = _new(cls)
        notes_create_request.__dict__ = d
        return notes_create_request

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
                _has_icd_10_codes = "icd_10_codes" in d
                _has_cpt_codes = "cpt_codes" in d
            v_note: Any = d["note"]
            if isinstance(v_note, dict):
                try:
                    note_type_1 = NoteSections.from_dict(v_note, _owned)

                    v_note = note_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["note"] = v_note

            if _has_icd_10_codes:
                icd_10_codes = cast(list[str], d["icd_10_codes"])

                d["icd_10_codes"] = icd_10_codes
            if _has_cpt_codes:
                cpt_codes = cast(list[str], d["cpt_codes"])

                d["cpt_codes"] = cpt_codes
            notes_create_request = _new(cls)
            notes_create_request.__dict__ = d
            append(notes_create_request)
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
            v_note: Any = d["note"]
            if isinstance(v_note, dict):
                try:
                    note_type_1 = NoteSections.from_dict(v_note, _owned)

                    v_note = note_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["note"] = v_note

            if _has_icd_10_codes:
                icd_10_codes = cast(list[str], d["icd_10_codes"])

                d["icd_10_codes"] = icd_10_codes
            if _has_cpt_codes:
                cpt_codes = cast(list[str], d["cpt_codes"])

                d["cpt_codes"] = cpt_codes

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
                _has_icd_10_codes = "icd_10_codes" in d
                _has_cpt_codes = "cpt_codes" in d
            _do_work(d)
            notes_create_request = _new(cls)
            notes_create_request.__dict__ = d
            append(notes_create_request)
            if _shape is not None:
                _i = _run(cls, items, _i, _shape, built, _owned, _OWNED_WORK if _owned else _do_work)
        return built


def _convert_note(value: Any) -> Any:
    """`note` from its JSON value, which the model owns; the value itself when it does not fit."""
    _owned = True
    if isinstance(value, dict):
        try:
            note_type_1 = NoteSections.from_dict(value, _owned)

            return note_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


def _own_icd_10_codes(value: Any) -> Any:
    """`icd_10_codes` from its JSON value, which the model owns (from_dict's conversion)."""
    icd_10_codes = cast(list[str], value)

    return icd_10_codes


def _own_cpt_codes(value: Any) -> Any:
    """`cpt_codes` from its JSON value, which the model owns (from_dict's conversion)."""
    cpt_codes = cast(list[str], value)

    return cpt_codes


from ..models.note_sections import NoteSections  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("note", "note", _convert_note, False),
    ("icd_10_codes", "icd_10_codes", _own_icd_10_codes, False),
    ("cpt_codes", "cpt_codes", _own_cpt_codes, False),
)
setattr(
    NotesCreateRequest,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "appointment_id",
            "note",
        ),
        _OWNED_WORK,
    ),
)
