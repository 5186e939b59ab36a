from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import redacted_repr

T = TypeVar("T", bound="LocationsUpdateRequest")
_KEYS = frozenset(
    {
        "status",
    }
)
_REQUIRED = frozenset(
    {
        "status",
    }
)


@_attrs_define(slots=False, repr=False)
class LocationsUpdateRequest:
    """The new status of the location.

    Attributes:
        status (str): Activate or deactivate the location. `active` or `inactive`, in any letter case (`Active`,
            `ACTIVE`).
    """

    status: str

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
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
        locations_update_request = cls.__new__(cls)
        locations_update_request.__dict__ = d
        return locations_update_request
