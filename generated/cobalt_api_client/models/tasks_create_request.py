# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="TasksCreateRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "description",
        "patient_mrn",
        "subject",
        "assignee_user_id",
        "phone_call_type_id",
        "notify_list",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "description",
        "patient_mrn",
    }
)


@_attrs_define(slots=False, repr=False)
class TasksCreateRequest:
    """Body for creating an EHR task about a patient.

    Attributes:
        description (str): Body text of the task.
        patient_mrn (str): Medical record number of the patient.
        subject (str | Unset): Subject line of the task; required by some EHRs.
        assignee_user_id (str | Unset): EHR user id of the assignee (a UUID in the documented examples); required by
            some EHRs.
        phone_call_type_id (str | Unset): Identifier of the phone-call type; required by some EHRs.
        notify_list (list[str] | Unset): Identifiers of users to notify about the task.
    """

    description: str
    patient_mrn: str
    subject: str | Unset = UNSET
    assignee_user_id: str | Unset = UNSET
    phone_call_type_id: str | Unset = UNSET
    notify_list: list[str] | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        patient_mrn = self.patient_mrn

        subject = self.subject

        assignee_user_id = self.assignee_user_id

        phone_call_type_id = self.phone_call_type_id

        notify_list: list[str] | Unset = UNSET
        if not isinstance(self.notify_list, Unset):
            notify_list = self.notify_list

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "patient_mrn": patient_mrn,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if assignee_user_id is not UNSET:
            field_dict["assignee_user_id"] = assignee_user_id
        if phone_call_type_id is not UNSET:
            field_dict["phone_call_type_id"] = phone_call_type_id
        if notify_list is not UNSET:
            field_dict["notify_list"] = notify_list

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
        if "notify_list" in d:
            notify_list = cast(list[str], d["notify_list"])

            d["notify_list"] = notify_list
        tasks_create_request = _new(cls)
        tasks_create_request.__dict__ = d
        return tasks_create_request

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
                _has_notify_list = "notify_list" in d
                _work = _has_notify_list  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_notify_list:
                    notify_list = cast(list[str], d["notify_list"])

                    d["notify_list"] = notify_list
            tasks_create_request = _new(cls)
            tasks_create_request.__dict__ = d
            append(tasks_create_request)
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
            if _has_notify_list:
                notify_list = cast(list[str], d["notify_list"])

                d["notify_list"] = notify_list

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
                _has_notify_list = "notify_list" in d
                _work = _has_notify_list  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            tasks_create_request = _new(cls)
            tasks_create_request.__dict__ = d
            append(tasks_create_request)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


def _own_notify_list(value: Any) -> Any:
    """`notify_list` from its JSON value, which the model owns (from_dict's conversion)."""
    notify_list = cast(list[str], value)

    return notify_list


_OWNED_WORK: tuple[Any, ...] = (("notify_list", "notify_list", _own_notify_list, False),)
setattr(
    TasksCreateRequest,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "description",
            "patient_mrn",
        ),
        _OWNED_WORK,
    ),
)
