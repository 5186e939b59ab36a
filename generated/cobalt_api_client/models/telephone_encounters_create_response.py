from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TelephoneEncountersCreateResponse")


@_attrs_define
class TelephoneEncountersCreateResponse:
    """Acknowledgement that the telephone encounter was queued.

    Attributes:
        success (bool):
        message (str): Human-readable status text.
        telephone_encounter_id (str): Cobalt id of the telephone-encounter record; repeated in the webhook events.
        job_id (int | str): Id of the asynchronous job; matches job_id in the webhook events.
    """

    success: bool
    message: str
    telephone_encounter_id: str
    job_id: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        telephone_encounter_id = self.telephone_encounter_id

        job_id: int | str
        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "telephone_encounter_id": telephone_encounter_id,
                "job_id": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        telephone_encounter_id = d.pop("telephone_encounter_id")

        job_id: int | str = d.pop("job_id")

        telephone_encounters_create_response = cls(
            success=success,
            message=message,
            telephone_encounter_id=telephone_encounter_id,
            job_id=job_id,
        )

        telephone_encounters_create_response.additional_properties = d
        return telephone_encounters_create_response

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
