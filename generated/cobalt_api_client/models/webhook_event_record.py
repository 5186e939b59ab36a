# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.webhook_event_record_data import WebhookEventRecordData
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="WebhookEventRecord")
_new = object.__new__
_KEYS = frozenset(
    {
        "data",
        "event_id",
        "event_type",
        "webhook_url",
        "delivery_status",
        "created_at",
        "job_id",
        "access_token_reference_id",
        "id",
        "object",
        "created",
        "type",
        "status",
        "delivered",
        "delivery_attempts",
        "last_delivery_attempt",
        "response_status_code",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "data",
    }
)


@_attrs_define(slots=False, repr=False)
class WebhookEventRecord:
    """One recorded event and its delivery outcome. Newer docs use `event_id`, `event_type`, `created_at` and
    `delivery_status`; the oldest docs use `id`, `type`, `created`, `status` plus delivery bookkeeping fields. All names
    are accepted.

        Attributes:
            data (WebhookEventRecordData): The event-specific payload, the same as the `data` of the delivered webhook.
            event_id (str | Unset): Unique id of the event.
            event_type (str | Unset): Event type name, e.g. appointment.created.
            webhook_url (None | str | Unset): The URL the event was delivered to.
            delivery_status (None | str | Unset): Whether delivery to the webhook URL succeeded.
            created_at (datetime.datetime | Unset): When the event was created (ISO 8601).
            job_id (int | None | str | Unset): Id of the async job the event belongs to, if any.
            access_token_reference_id (None | str | Unset): Your reference id for the access token the event belongs to.
            id (str | Unset): Event id (oldest docs' name for `event_id`).
            object_ (str | Unset): Object kind (oldest docs only).
            created (datetime.datetime | Unset): Creation time (oldest docs' name for `created_at`).
            type_ (str | Unset): Event type (oldest docs' name for `event_type`).
            status (str | Unset): Delivery status (oldest docs' name for `delivery_status`).
            delivered (bool | Unset): Whether the event was delivered (oldest docs only).
            delivery_attempts (int | Unset): Number of delivery attempts made (oldest docs only).
            last_delivery_attempt (datetime.datetime | Unset): Time of the last delivery attempt (oldest docs only).
            response_status_code (int | Unset): HTTP status your endpoint answered with on the last attempt (oldest docs
                only).
    """

    data: WebhookEventRecordData
    event_id: str | Unset = UNSET
    event_type: str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    delivery_status: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    job_id: int | None | str | Unset = UNSET
    access_token_reference_id: None | str | Unset = UNSET
    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    delivered: bool | Unset = UNSET
    delivery_attempts: int | Unset = UNSET
    last_delivery_attempt: datetime.datetime | Unset = UNSET
    response_status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        event_id = self.event_id

        event_type = self.event_type

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        delivery_status: None | str | Unset
        if isinstance(self.delivery_status, Unset):
            delivery_status = UNSET
        else:
            delivery_status = self.delivery_status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        job_id: int | None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        access_token_reference_id: None | str | Unset
        if isinstance(self.access_token_reference_id, Unset):
            access_token_reference_id = UNSET
        else:
            access_token_reference_id = self.access_token_reference_id

        id = self.id

        object_ = self.object_

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        type_ = self.type_

        status = self.status

        delivered = self.delivered

        delivery_attempts = self.delivery_attempts

        last_delivery_attempt: str | Unset = UNSET
        if not isinstance(self.last_delivery_attempt, Unset):
            last_delivery_attempt = self.last_delivery_attempt.isoformat()

        response_status_code = self.response_status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if delivery_status is not UNSET:
            field_dict["delivery_status"] = delivery_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if access_token_reference_id is not UNSET:
            field_dict["access_token_reference_id"] = access_token_reference_id
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if delivery_attempts is not UNSET:
            field_dict["delivery_attempts"] = delivery_attempts
        if last_delivery_attempt is not UNSET:
            field_dict["last_delivery_attempt"] = last_delivery_attempt
        if response_status_code is not UNSET:
            field_dict["response_status_code"] = response_status_code

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

        data = WebhookEventRecordData.from_dict(d["data"], _owned)

        d["data"] = data
        if "created_at" in d:
            _created_at = d["created_at"]
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            d["created_at"] = created_at
        if "created" in d:
            _created = d["created"]
            created: datetime.datetime | Unset
            if isinstance(_created, Unset):
                created = UNSET
            else:
                created = datetime.datetime.fromisoformat(_created)

            d["created"] = created
        if "last_delivery_attempt" in d:
            _last_delivery_attempt = d["last_delivery_attempt"]
            last_delivery_attempt: datetime.datetime | Unset
            if isinstance(_last_delivery_attempt, Unset):
                last_delivery_attempt = UNSET
            else:
                last_delivery_attempt = datetime.datetime.fromisoformat(_last_delivery_attempt)

            d["last_delivery_attempt"] = last_delivery_attempt
        if "object" in d:
            d["object_"] = d.pop("object")
        if "type" in d:
            d["type_"] = d.pop("type")
        webhook_event_record = _new(cls)
        webhook_event_record.__dict__ = d
        return webhook_event_record

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

                _has_created_at = "created_at" in d
                _has_created = "created" in d
                _has_last_delivery_attempt = "last_delivery_attempt" in d
                _has_object_ = "object" in d
                _has_type_ = "type" in d
            data = WebhookEventRecordData.from_dict(d["data"], _owned)

            d["data"] = data
            if _has_created_at:
                _created_at = d["created_at"]
                created_at: datetime.datetime | Unset
                if isinstance(_created_at, Unset):
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)

                d["created_at"] = created_at
            if _has_created:
                _created = d["created"]
                created: datetime.datetime | Unset
                if isinstance(_created, Unset):
                    created = UNSET
                else:
                    created = datetime.datetime.fromisoformat(_created)

                d["created"] = created
            if _has_last_delivery_attempt:
                _last_delivery_attempt = d["last_delivery_attempt"]
                last_delivery_attempt: datetime.datetime | Unset
                if isinstance(_last_delivery_attempt, Unset):
                    last_delivery_attempt = UNSET
                else:
                    last_delivery_attempt = datetime.datetime.fromisoformat(_last_delivery_attempt)

                d["last_delivery_attempt"] = last_delivery_attempt
            if _has_object_:
                d["object_"] = d.pop("object")
            if _has_type_:
                d["type_"] = d.pop("type")
            webhook_event_record = _new(cls)
            webhook_event_record.__dict__ = d
            append(webhook_event_record)
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
            data = WebhookEventRecordData.from_dict(d["data"], _owned)

            d["data"] = data
            if _has_created_at:
                _created_at = d["created_at"]
                created_at: datetime.datetime | Unset
                if isinstance(_created_at, Unset):
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)

                d["created_at"] = created_at
            if _has_created:
                _created = d["created"]
                created: datetime.datetime | Unset
                if isinstance(_created, Unset):
                    created = UNSET
                else:
                    created = datetime.datetime.fromisoformat(_created)

                d["created"] = created
            if _has_last_delivery_attempt:
                _last_delivery_attempt = d["last_delivery_attempt"]
                last_delivery_attempt: datetime.datetime | Unset
                if isinstance(_last_delivery_attempt, Unset):
                    last_delivery_attempt = UNSET
                else:
                    last_delivery_attempt = datetime.datetime.fromisoformat(_last_delivery_attempt)

                d["last_delivery_attempt"] = last_delivery_attempt
            if _has_object_:
                d["object_"] = d.pop("object")
            if _has_type_:
                d["type_"] = d.pop("type")

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

                _has_created_at = "created_at" in d
                _has_created = "created" in d
                _has_last_delivery_attempt = "last_delivery_attempt" in d
                _has_object_ = "object" in d
                _has_type_ = "type" in d
            _do_work(d)
            webhook_event_record = _new(cls)
            webhook_event_record.__dict__ = d
            append(webhook_event_record)
            if _shape is not None:
                _i = _run(cls, items, _i, _shape, built, _owned, _OWNED_WORK if _owned else _do_work)
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
            raise TypeError("WebhookEventRecord is not iterable")


from ..models.webhook_event_record_data import WebhookEventRecordData  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("data", "data", WebhookEventRecordData),
    ("created_at", "created_at", datetime.datetime.fromisoformat, False),
    ("created", "created", datetime.datetime.fromisoformat, False),
    ("last_delivery_attempt", "last_delivery_attempt", datetime.datetime.fromisoformat, False),
    ("object", "object_", None, False),
    ("type", "type_", None, False),
)
setattr(WebhookEventRecord, "_cobalt_plan_", (_KEYS, ("data",), _OWNED_WORK))
