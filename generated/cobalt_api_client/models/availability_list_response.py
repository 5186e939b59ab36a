from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.availability_results import AvailabilityResults


T = TypeVar("T", bound="AvailabilityListResponse")


@_attrs_define
class AvailabilityListResponse:
    """Computed availability windows.

    Attributes:
        success (bool):
        results (AvailabilityResults): Wrapper around the availability windows.
        timezone (str | Unset): IANA time zone of the results.
    """

    success: bool
    results: AvailabilityResults
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        results = self.results.to_dict()

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "results": results,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        results = AvailabilityResults.from_dict(d.pop("results"))

        timezone = d.pop("timezone", UNSET)

        availability_list_response = cls(
            success=success,
            results=results,
            timezone=timezone,
        )

        availability_list_response.additional_properties = d
        return availability_list_response

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


from ..models.availability_results import AvailabilityResults  # noqa: E402
