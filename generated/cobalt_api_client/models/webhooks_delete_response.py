from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, redacted_repr

T = TypeVar("T", bound="WebhooksDeleteResponse")
_KEYS = frozenset(
    {
        "success",
        "message",
    }
)
_REQUIRED = frozenset(
    {
        "success",
    }
)
_UNSET_FIELDS: dict[str, Any] = dict.fromkeys(("message",), UNSET)


@_attrs_define(slots=False, repr=False)
class WebhooksDeleteResponse:
    """Confirmation that a webhook URL was removed.

    Attributes:
        success (bool):
        message (str | Unset): Confirmation text.
    """

    success: bool
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

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
        d["additional_properties"] = extra
        webhooks_delete_response = cls.__new__(cls)
        webhooks_delete_response.__dict__ = d
        return webhooks_delete_response

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
