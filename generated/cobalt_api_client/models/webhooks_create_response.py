# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.webhook_details import WebhookDetails
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="WebhooksCreateResponse")
_new = object.__new__
_KEYS = frozenset(
    {
        "success",
        "message",
        "webhook_secret_key",
        "webhook",
        "webhook_id",
        "webhook_url",
        "webhook_secret",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "success",
    }
)


@_attrs_define(slots=False, repr=False)
class WebhooksCreateResponse:
    """Result of registering a webhook, including its signing secret.

    Attributes:
        success (bool):
        message (str | Unset): Confirmation text (setup guide shape).
        webhook_secret_key (str | Unset): Signing secret (setup guide shape).
        webhook (WebhookDetails | Unset): A webhook and its signing secret as returned by the create and rotate calls.
            The docs name the fields differently between versions, so all documented names are optional.
        webhook_id (str | Unset): Id of the new webhook (flat shape).
        webhook_url (str | Unset): The registered URL (flat shape).
        webhook_secret (str | Unset): Signing secret (flat shape).
    """

    success: bool
    message: str | Unset = UNSET
    webhook_secret_key: str | Unset = UNSET
    webhook: WebhookDetails | Unset = UNSET
    webhook_id: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        webhook_secret_key = self.webhook_secret_key

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        webhook_id = self.webhook_id

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if webhook_secret_key is not UNSET:
            field_dict["webhook_secret_key"] = webhook_secret_key
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if not _REQUIRED <= src_dict.keys():
            raise KeyError(min(_REQUIRED.difference(src_dict)))
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
            d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

        if "webhook" in d:
            _webhook = d["webhook"]
            webhook: WebhookDetails | Unset
            if isinstance(_webhook, Unset):
                webhook = UNSET
            else:
                webhook = WebhookDetails.from_dict(_webhook, _owned)

            d["webhook"] = webhook
        webhooks_create_response = _new(cls)
        webhooks_create_response.__dict__ = d
        return webhooks_create_response

    @classmethod
    def _from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]], _owned: bool = False) -> list[T]:
        """Internal: `[cls.from_dict(item, _owned) for item in items]`, without a call per item."""
        if _types.build_run is not None and type(items) is list:  # the C loop takes exact lists only
            return cls._from_list(items, _owned)
        built: list[T] = []
        append = built.append
        d: dict[str, Any]
        _shape: list[str] | None = None
        for src_dict in items:
            _item_keys = [*src_dict.keys()]
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if not _REQUIRED <= src_dict.keys():
                    raise KeyError(min(_REQUIRED.difference(src_dict)))
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_webhook = "webhook" in d
                _work = _has_webhook  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_webhook:
                    _webhook = d["webhook"]
                    webhook: WebhookDetails | Unset
                    if isinstance(_webhook, Unset):
                        webhook = UNSET
                    else:
                        webhook = WebhookDetails.from_dict(_webhook, _owned)

                    d["webhook"] = webhook
            webhooks_create_response = _new(cls)
            webhooks_create_response.__dict__ = d
            append(webhooks_create_response)
        return built

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]], _owned: bool = False) -> list[T]:
        """Internal: `_from_dicts` of a list with the speedups extra's C helper (`types.build_run`),
        which builds the rest of a run of items of a shape checked here (doing an item's per-field
        work with `_do_work`)."""
        _run = _types.build_run
        assert _run is not None
        built: list[T] = []
        append = built.append
        d: dict[str, Any]
        _shape: list[str] | None = None

        def _do_work(d: dict[str, Any]) -> None:
            if _has_webhook:
                _webhook = d["webhook"]
                webhook: WebhookDetails | Unset
                if isinstance(_webhook, Unset):
                    webhook = UNSET
                else:
                    webhook = WebhookDetails.from_dict(_webhook, _owned)

                d["webhook"] = webhook

        _i, _n = 0, len(items)
        while _i < _n:
            src_dict = items[_i]
            _i += 1
            _item_keys = [*src_dict.keys()]
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if not _REQUIRED <= src_dict.keys():
                    raise KeyError(min(_REQUIRED.difference(src_dict)))
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_webhook = "webhook" in d
                _work = _has_webhook  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            webhooks_create_response = _new(cls)
            webhooks_create_response.__dict__ = d
            append(webhooks_create_response)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built

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

    if not TYPE_CHECKING:  # a runtime guard only: to mypy the model is simply not iterable

        def __iter__(self):
            raise TypeError("WebhooksCreateResponse is not iterable")


from ..models.webhook_details import WebhookDetails  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (("webhook", "webhook", WebhookDetails),)
setattr(WebhooksCreateResponse, "_cobalt_plan_", (_KEYS, ("success",), _OWNED_WORK))
