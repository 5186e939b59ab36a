from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import redacted_repr

if TYPE_CHECKING:
    from ..models.pharmacy import Pharmacy


T = TypeVar("T", bound="PharmaciesListResponse")
_KEYS = frozenset(
    {
        "success",
        "pharmacies",
    }
)
_REQUIRED = frozenset(
    {
        "success",
        "pharmacies",
    }
)


@_attrs_define(slots=False, repr=False)
class PharmaciesListResponse:
    """The organization's pharmacies.

    Attributes:
        success (bool):
        pharmacies (list[Pharmacy]):
    """

    success: bool
    pharmacies: list[Pharmacy]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        pharmacies = []
        for pharmacies_item_data in self.pharmacies:
            pharmacies_item = pharmacies_item_data.to_dict()
            pharmacies.append(pharmacies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "pharmacies": pharmacies,
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
        pharmacies = []
        _pharmacies = d["pharmacies"]
        for pharmacies_item_data in _pharmacies:
            pharmacies_item = Pharmacy.from_dict(pharmacies_item_data)

            pharmacies.append(pharmacies_item)

        d["pharmacies"] = pharmacies
        d["additional_properties"] = extra
        pharmacies_list_response = cls.__new__(cls)
        pharmacies_list_response.__dict__ = d
        return pharmacies_list_response

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


from ..models.pharmacy import Pharmacy  # noqa: E402
