from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SettingsUpdateRequest")


@_attrs_define
class SettingsUpdateRequest:
    """New settings; only the reference id can be set.

    Attributes:
        access_token_reference_id (str): Your own identifier for this access token; it is echoed on webhook events.
    """

    access_token_reference_id: str

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
        d = dict(src_dict)
        access_token_reference_id = d.pop("access_token_reference_id")

        settings_update_request = cls(
            access_token_reference_id=access_token_reference_id,
        )

        return settings_update_request
