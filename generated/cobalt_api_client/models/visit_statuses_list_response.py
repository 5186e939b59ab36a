from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from ..models.visit_status import VisitStatus


T = TypeVar("T", bound="VisitStatusesListResponse")
_KEYS = frozenset(
    {
        "success",
        "visit_statuses",
    }
)
_REQUIRED = frozenset(
    {
        "success",
    }
)
_UNSET_FIELDS: dict[str, Any] = dict.fromkeys(("visit_statuses",), UNSET)


@_attrs_define(slots=False, repr=False)
class VisitStatusesListResponse:
    """The account's visit statuses.

    Attributes:
        success (bool):
        visit_statuses (list[VisitStatus] | Unset):
    """

    success: bool
    visit_statuses: list[VisitStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        visit_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visit_statuses, Unset):
            visit_statuses = []
            for visit_statuses_item_data in self.visit_statuses:
                visit_statuses_item = visit_statuses_item_data.to_dict()
                visit_statuses.append(visit_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if visit_statuses is not UNSET:
            field_dict["visit_statuses"] = visit_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _REQUIRED.issubset(src_dict):
            raise KeyError(min(_REQUIRED.difference(src_dict)))
        if _KEYS.issuperset(src_dict):
            extra: dict[str, Any] = {}
            d = {**_UNSET_FIELDS, **src_dict}
        else:
            extra = {key: value for key, value in src_dict.items() if key not in _KEYS}
            known = {key: value for key, value in src_dict.items() if key in _KEYS}
            d = {**_UNSET_FIELDS, **known}
        if "visit_statuses" in src_dict:
            _visit_statuses = d["visit_statuses"]
            visit_statuses: list[VisitStatus] | Unset = UNSET
            if _visit_statuses is not UNSET:
                visit_statuses = []
                for visit_statuses_item_data in _visit_statuses:
                    visit_statuses_item = VisitStatus.from_dict(visit_statuses_item_data)

                    visit_statuses.append(visit_statuses_item)

            d["visit_statuses"] = visit_statuses
        d["additional_properties"] = extra
        visit_statuses_list_response = cls.__new__(cls)
        visit_statuses_list_response.__dict__ = d
        return visit_statuses_list_response

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


from ..models.visit_status import VisitStatus  # noqa: E402
