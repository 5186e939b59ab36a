from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TelephoneEncountersAddActionRequest")


@_attrs_define
class TelephoneEncountersAddActionRequest:
    """Body for appending an action to a telephone encounter.

    Attributes:
        emr_appointment_id (str): EHR id of the telephone encounter to append to (the field name is historical).
        text (str): Text of the action entry.
        is_high_priority (bool | str | Unset): Flags the action as high priority.
    """

    emr_appointment_id: str
    text: str
    is_high_priority: bool | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        emr_appointment_id = self.emr_appointment_id

        text = self.text

        is_high_priority: bool | str | Unset
        if isinstance(self.is_high_priority, Unset):
            is_high_priority = UNSET
        else:
            is_high_priority = self.is_high_priority

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "emr_appointment_id": emr_appointment_id,
                "text": text,
            }
        )
        if is_high_priority is not UNSET:
            field_dict["is_high_priority"] = is_high_priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emr_appointment_id = d.pop("emr_appointment_id")

        text = d.pop("text")

        is_high_priority: bool | str | Unset = d.pop("is_high_priority", UNSET)

        telephone_encounters_add_action_request = cls(
            emr_appointment_id=emr_appointment_id,
            text=text,
            is_high_priority=is_high_priority,
        )

        return telephone_encounters_add_action_request
