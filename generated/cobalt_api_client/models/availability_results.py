from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import redacted_repr

if TYPE_CHECKING:
    from ..models.availability_window import AvailabilityWindow


T = TypeVar("T", bound="AvailabilityResults")
_KEYS = frozenset(
    {
        "availability",
    }
)
_REQUIRED = frozenset(
    {
        "availability",
    }
)


@_attrs_define(slots=False, repr=False)
class AvailabilityResults:
    """Wrapper around the availability windows.

    Attributes:
        availability (list[AvailabilityWindow]):
    """

    availability: list[AvailabilityWindow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        availability = []
        for availability_item_data in self.availability:
            availability_item = availability_item_data.to_dict()
            availability.append(availability_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availability": availability,
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
        availability = []
        _availability = d["availability"]
        for availability_item_data in _availability:
            availability_item = AvailabilityWindow.from_dict(availability_item_data)

            availability.append(availability_item)

        d["availability"] = availability
        d["additional_properties"] = extra
        availability_results = cls.__new__(cls)
        availability_results.__dict__ = d
        return availability_results

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


from ..models.availability_window import AvailabilityWindow  # noqa: E402
