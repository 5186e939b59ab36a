from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import redacted_repr

T = TypeVar("T", bound="SettingsUpdateRequest")
_KEYS = frozenset(
    {
        "access_token_reference_id",
    }
)
_REQUIRED = frozenset(
    {
        "access_token_reference_id",
    }
)


@_attrs_define(slots=False, repr=False)
class SettingsUpdateRequest:
    """New settings; only the reference id can be set.

    Attributes:
        access_token_reference_id (str): Your own identifier for this access token; it is echoed on webhook events.
    """

    access_token_reference_id: str

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_token_reference_id = self.access_token_reference_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "access_token_reference_id": access_token_reference_id,
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
        settings_update_request = cls.__new__(cls)
        settings_update_request.__dict__ = d
        return settings_update_request
