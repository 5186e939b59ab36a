# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="TaskCreatedEventData")
_new = object.__new__
_KEYS = frozenset(
    {
        "task_id",
        "emr_task_id",
        "subject",
        "description",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class TaskCreatedEventData:
    """The created task (fields visible before the archive cut; more may follow).

    Attributes:
        task_id (str | Unset): Cobalt's id for the task (returned by the create call).
        emr_task_id (str | Unset): The EHR's id for the task (used by POST /tasks/notes).
        subject (str | Unset): Task title.
        description (str | Unset): Task body text.
    """

    task_id: str | Unset = UNSET
    emr_task_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        emr_task_id = self.emr_task_id

        subject = self.subject

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if emr_task_id is not UNSET:
            field_dict["emr_task_id"] = emr_task_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if description is not UNSET:
            field_dict["description"] = description

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

        task_created_event_data = _new(cls)
        task_created_event_data.__dict__ = d
        return task_created_event_data

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

            task_created_event_data = _new(cls)
            task_created_event_data.__dict__ = d
            append(task_created_event_data)
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

            task_created_event_data = _new(cls)
            task_created_event_data.__dict__ = d
            append(task_created_event_data)
            if _shape is not None:
                _i = _run(cls, items, _i, _shape, built, _owned, None)
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
            raise TypeError("TaskCreatedEventData is not iterable")


setattr(TaskCreatedEventData, "_cobalt_plan_", (_KEYS, (), ()))
