from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MessagesCreateRequest")


@_attrs_define
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
        d = dict(src_dict)
        provider = d.pop("provider")

        subject = d.pop("subject")

        message = d.pop("message")

        messages_create_request = cls(
            provider=provider,
            subject=subject,
            message=message,
        )

        return messages_create_request
