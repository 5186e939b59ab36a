from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eligibility_benefit import EligibilityBenefit
    from ..models.eligibility_checks_pagination import EligibilityChecksPagination


T = TypeVar("T", bound="EligibilityChecksListBenefitsResponse")


@_attrs_define
class EligibilityChecksListBenefitsResponse:
    """A page of benefit lines of one eligibility check.

    Attributes:
        success (bool):
        benefits (list[EligibilityBenefit]):
        pagination (EligibilityChecksPagination | Unset): Page bookkeeping for the eligibility check and benefit lists.
    """

    success: bool
    benefits: list[EligibilityBenefit]
    pagination: EligibilityChecksPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        benefits = []
        for benefits_item_data in self.benefits:
            benefits_item = benefits_item_data.to_dict()
            benefits.append(benefits_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "benefits": benefits,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        benefits = []
        _benefits = d.pop("benefits")
        for benefits_item_data in _benefits:
            benefits_item = EligibilityBenefit.from_dict(benefits_item_data)

            benefits.append(benefits_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: EligibilityChecksPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = EligibilityChecksPagination.from_dict(_pagination)

        eligibility_checks_list_benefits_response = cls(
            success=success,
            benefits=benefits,
            pagination=pagination,
        )

        eligibility_checks_list_benefits_response.additional_properties = d
        return eligibility_checks_list_benefits_response

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


from ..models.eligibility_benefit import EligibilityBenefit  # noqa: E402
from ..models.eligibility_checks_pagination import EligibilityChecksPagination  # noqa: E402
