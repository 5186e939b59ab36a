from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insurance_provider import InsuranceProvider
    from ..models.pagination import Pagination


T = TypeVar("T", bound="InsuranceProvidersListResponse")


@_attrs_define
class InsuranceProvidersListResponse:
    """One page of insurance providers.

    Attributes:
        success (bool):
        insurance_providers (list[InsuranceProvider]):
        pagination (Pagination): Page bookkeeping returned by list endpoints that use `current_page`.
    """

    success: bool
    insurance_providers: list[InsuranceProvider]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        insurance_providers = []
        for insurance_providers_item_data in self.insurance_providers:
            insurance_providers_item = insurance_providers_item_data.to_dict()
            insurance_providers.append(insurance_providers_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "insurance_providers": insurance_providers,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        insurance_providers = []
        _insurance_providers = d.pop("insurance_providers")
        for insurance_providers_item_data in _insurance_providers:
            insurance_providers_item = InsuranceProvider.from_dict(insurance_providers_item_data)

            insurance_providers.append(insurance_providers_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        insurance_providers_list_response = cls(
            success=success,
            insurance_providers=insurance_providers,
            pagination=pagination,
        )

        insurance_providers_list_response.additional_properties = d
        return insurance_providers_list_response

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


from ..models.insurance_provider import InsuranceProvider  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
