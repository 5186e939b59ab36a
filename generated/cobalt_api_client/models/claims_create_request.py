from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClaimsCreateRequest")


@_attrs_define
class ClaimsCreateRequest:
    """Which appointment to create a claim for.

    Attributes:
        appointment_id (str): Cobalt id of an appointment that belongs to the authenticated user and already has an EMR
            appointment id.
    """

    appointment_id: str

    def to_dict(self) -> dict[str, Any]:
        appointment_id = self.appointment_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "appointment_id": appointment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appointment_id = d.pop("appointment_id")

        claims_create_request = cls(
            appointment_id=appointment_id,
        )

        return claims_create_request
