from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import redacted_repr

if TYPE_CHECKING:
    from ..models.insurance_provider import InsuranceProvider
    from ..models.pagination import Pagination


T = TypeVar("T", bound="InsuranceProvidersListResponse")
_KEYS = frozenset(
    {
        "success",
        "insurance_providers",
        "pagination",
    }
)
_REQUIRED = frozenset(
    {
        "success",
        "insurance_providers",
        "pagination",
    }
)


@_attrs_define(slots=False, repr=False)
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

    def __repr__(self) -> str:
        return redacted_repr(self)

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
        if not _REQUIRED.issubset(src_dict):
            raise KeyError(min(_REQUIRED.difference(src_dict)))
        if _KEYS.issuperset(src_dict):
            extra: dict[str, Any] = {}
            d = dict(src_dict)
        else:
            extra = {key: value for key, value in src_dict.items() if key not in _KEYS}
            known = {key: value for key, value in src_dict.items() if key in _KEYS}
            d = known
        insurance_providers = []
        _insurance_providers = d["insurance_providers"]
        for insurance_providers_item_data in _insurance_providers:
            insurance_providers_item = InsuranceProvider.from_dict(insurance_providers_item_data)

            insurance_providers.append(insurance_providers_item)

        d["insurance_providers"] = insurance_providers
        pagination = Pagination.from_dict(d["pagination"])

        d["pagination"] = pagination
        d["additional_properties"] = extra
        insurance_providers_list_response = cls.__new__(cls)
        insurance_providers_list_response.__dict__ = d
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
