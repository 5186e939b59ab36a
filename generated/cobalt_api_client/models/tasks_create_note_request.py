from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TasksCreateNoteRequest")


@_attrs_define
class TasksCreateNoteRequest:
    """Body for appending a note to an existing EHR task.

    Attributes:
        emr_task_id (str): EHR id of the task, as found in the tasks of a live patient fetch (include tasks) or in the
            task creation webhook event.
        note (str): Text of the note to append.
    """

    emr_task_id: str
    note: str

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
        d = dict(src_dict)
        emr_task_id = d.pop("emr_task_id")

        note = d.pop("note")

        tasks_create_note_request = cls(
            emr_task_id=emr_task_id,
            note=note,
        )

        return tasks_create_note_request
