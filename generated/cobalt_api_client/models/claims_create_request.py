from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import redacted_repr

T = TypeVar("T", bound="ClaimsCreateRequest")
_KEYS = frozenset(
    {
        "appointment_id",
    }
)
_REQUIRED = frozenset(
    {
        "appointment_id",
    }
)


@_attrs_define(slots=False, repr=False)
class ClaimsCreateRequest:
    """Which appointment to create a claim for.

    Attributes:
        appointment_id (str): Cobalt id of an appointment that belongs to the authenticated user and already has an EMR
            appointment id.
    """

    appointment_id: str

    def __repr__(self) -> str:
        return redacted_repr(self)

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
        if not _REQUIRED.issubset(src_dict):
            raise KeyError(min(_REQUIRED.difference(src_dict)))
        if _KEYS.issuperset(src_dict):
            extra: dict[str, Any] = {}
            d = dict(src_dict)
        else:
            extra = {key: value for key, value in src_dict.items() if key not in _KEYS}
            known = {key: value for key, value in src_dict.items() if key in _KEYS}
            d = known
        claims_create_request = cls.__new__(cls)
        claims_create_request.__dict__ = d
        return claims_create_request
