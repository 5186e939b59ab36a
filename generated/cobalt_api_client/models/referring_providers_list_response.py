from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.referring_provider import ReferringProvider


T = TypeVar("T", bound="ReferringProvidersListResponse")


@_attrs_define
class ReferringProvidersListResponse:
    """The matching referring providers.

    Attributes:
        success (bool):
        referring_providers (list[ReferringProvider]):
    """

    success: bool
    referring_providers: list[ReferringProvider]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        referring_providers = []
        for referring_providers_item_data in self.referring_providers:
            referring_providers_item = referring_providers_item_data.to_dict()
            referring_providers.append(referring_providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "referring_providers": referring_providers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        referring_providers = []
        _referring_providers = d.pop("referring_providers")
        for referring_providers_item_data in _referring_providers:
            referring_providers_item = ReferringProvider.from_dict(referring_providers_item_data)

            referring_providers.append(referring_providers_item)

        referring_providers_list_response = cls(
            success=success,
            referring_providers=referring_providers,
        )

        referring_providers_list_response.additional_properties = d
        return referring_providers_list_response

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


from ..models.referring_provider import ReferringProvider  # noqa: E402
