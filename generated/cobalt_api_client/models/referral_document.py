from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import redacted_repr

T = TypeVar("T", bound="ReferralDocument")
_KEYS = frozenset(
    {
        "filename",
        "content_base64",
    }
)
_REQUIRED = frozenset(
    {
        "filename",
        "content_base64",
    }
)


@_attrs_define(slots=False, repr=False)
class ReferralDocument:
    """A file attached to a new referral.

    Attributes:
        filename (str): File name including its extension, for example `report.pdf`.
        content_base64 (str): The file content, base64-encoded; must not be empty.
    """

    filename: str
    content_base64: str

    def __repr__(self) -> str:
        return redacted_repr(self)

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
        if not _REQUIRED.issubset(src_dict):
            raise KeyError(min(_REQUIRED.difference(src_dict)))
        if _KEYS.issuperset(src_dict):
            extra: dict[str, Any] = {}
            d = dict(src_dict)
        else:
            extra = {key: value for key, value in src_dict.items() if key not in _KEYS}
            known = {key: value for key, value in src_dict.items() if key in _KEYS}
            d = known
        referral_document = cls.__new__(cls)
        referral_document.__dict__ = d
        return referral_document
