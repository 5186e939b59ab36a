from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReferralDocument")


@_attrs_define
class ReferralDocument:
    """A file attached to a new referral.

    Attributes:
        filename (str): File name including its extension, for example `report.pdf`.
        content_base64 (str): The file content, base64-encoded; must not be empty.
    """

    filename: str
    content_base64: str

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        content_base64 = self.content_base64

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filename": filename,
                "content_base64": content_base64,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        content_base64 = d.pop("content_base64")

        referral_document = cls(
            filename=filename,
            content_base64=content_base64,
        )

        return referral_document
