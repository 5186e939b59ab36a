from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, redacted_repr

T = TypeVar("T", bound="WebhooksCreateRequest")
_KEYS = frozenset(
    {
        "webhook_url",
        "url",
    }
)
_UNSET_FIELDS: dict[str, Any] = dict.fromkeys(
    (
        "webhook_url",
        "url",
    ),
    UNSET,
)


@_attrs_define(slots=False, repr=False)
class WebhooksCreateRequest:
    """The endpoint to register. Send `webhook_url`; `url` is an older documented name.

    Attributes:
        webhook_url (str | Unset): Public HTTPS URL that will receive event POSTs.
        url (str | Unset): Older name for `webhook_url`.
    """

    webhook_url: str | Unset = UNSET
    url: str | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _KEYS.issuperset(src_dict):
            extra: dict[str, Any] = {}
            d = {**_UNSET_FIELDS, **src_dict}
        else:
            extra = {key: value for key, value in src_dict.items() if key not in _KEYS}
            known = {key: value for key, value in src_dict.items() if key in _KEYS}
            d = {**_UNSET_FIELDS, **known}
        webhooks_create_request = cls.__new__(cls)
        webhooks_create_request.__dict__ = d
        return webhooks_create_request
