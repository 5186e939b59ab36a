from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.locations_update_request_status import LocationsUpdateRequestStatus

T = TypeVar("T", bound="LocationsUpdateRequest")


@_attrs_define
class LocationsUpdateRequest:
    """The new status of the location.

    Attributes:
        status (LocationsUpdateRequestStatus): Activate or deactivate the location (the server also accepts other letter
            cases).
    """

    status: LocationsUpdateRequestStatus

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = LocationsUpdateRequestStatus(d.pop("status"))

        locations_update_request = cls(
            status=status,
        )

        return locations_update_request
