from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import redacted_repr

T = TypeVar("T", bound="MessagesCreateRequest")
_KEYS = frozenset(
    {
        "provider",
        "subject",
        "message",
    }
)
_REQUIRED = frozenset(
    {
        "provider",
        "subject",
        "message",
    }
)


@_attrs_define(slots=False, repr=False)
class MessagesCreateRequest:
    """Body for sending a message to a provider in the EHR.

    Attributes:
        provider (str): EHR id of the receiving provider (the ehr_id from GET /providers).
        subject (str): Subject line of the message.
        message (str): Body text of the message.
    """

    provider: str
    subject: str
    message: str

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        subject = self.subject

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "provider": provider,
                "subject": subject,
                "message": message,
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
        messages_create_request = cls.__new__(cls)
        messages_create_request.__dict__ = d
        return messages_create_request
