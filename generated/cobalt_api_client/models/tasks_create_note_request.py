from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import redacted_repr

T = TypeVar("T", bound="TasksCreateNoteRequest")
_KEYS = frozenset(
    {
        "emr_task_id",
        "note",
    }
)
_REQUIRED = frozenset(
    {
        "emr_task_id",
        "note",
    }
)


@_attrs_define(slots=False, repr=False)
class TasksCreateNoteRequest:
    """Body for appending a note to an existing EHR task.

    Attributes:
        emr_task_id (str): EHR id of the task, as found in the tasks of a live patient fetch (include tasks) or in the
            task creation webhook event.
        note (str): Text of the note to append.
    """

    emr_task_id: str
    note: str

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        emr_task_id = self.emr_task_id

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "emr_task_id": emr_task_id,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _REQUIRED.issubset(src_dict):
            raise KeyError(min(_REQUIRED.difference(src_dict)))
        if _KEYS.issuperset(src_dict):
            extra: dict[str, Any] = {}
            d = dict(src_dict)
        else:
            extra = {key: value for key, value in src_dict.items() if key not in _KEYS}
            known = {key: value for key, value in src_dict.items() if key in _KEYS}
            d = known
        tasks_create_note_request = cls.__new__(cls)
        tasks_create_note_request.__dict__ = d
        return tasks_create_note_request
