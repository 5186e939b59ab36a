# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.referral_created_event_data import ReferralCreatedEventData
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="ReferralCreatedEvent")
_new = object.__new__
_KEYS = frozenset(
    {
        "id",
        "object",
        "created",
        "type",
        "data",
        "access_token_reference_id",
        "job_id",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "id",
        "object",
        "created",
        "type",
        "data",
    }
)


@_attrs_define(slots=False, repr=False)
class ReferralCreatedEvent:
    """A POST /referrals job completed successfully. Payload not archived.

    Attributes:
        id (str): Unique identifier of this event.
        object_ (Literal['event']): Object kind; always `event`.
        created (str): When the event was created, ISO 8601. Examples mix styles (`2023-10-01T12:34:56Z`,
            `2025-10-21T14:30:00.000Z`, `2025-07-28T08:50:42.491-07:00`, and one malformed `-7:00` offset), so it is a plain
            string.
        type_ (Literal['referral.created']): Event type name.
        data (ReferralCreatedEventData): The created referral (not documented; any fields accepted).
        access_token_reference_id (str | Unset): Your reference id for the access token (end user) the event concerns,
            as set through POST /settings.
        job_id (str | Unset): Id of the asynchronous job (API log entry) that produced this event; matches the
            triggering request's job_id.
    """

    id: str
    object_: Literal["event"]
    created: str
    type_: Literal["referral.created"]
    data: ReferralCreatedEventData
    access_token_reference_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(
            self,
            (
                "object_",
                "type_",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        type_ = self.type_

        data = self.data.to_dict()

        access_token_reference_id = self.access_token_reference_id

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "type": type_,
                "data": data,
            }
        )
        if access_token_reference_id is not UNSET:
            field_dict["access_token_reference_id"] = access_token_reference_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

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

        object_ = cast(Literal["event"], d.pop("object"))
        if object_ != "event":
            raise ValueError(f"object must match const 'event', got '{object_}'")
        d["object_"] = object_
        type_ = cast(Literal["referral.created"], d.pop("type"))
        if type_ != "referral.created":
            raise ValueError(f"type must match const 'referral.created', got '{type_}'")
        d["type_"] = type_
        data = ReferralCreatedEventData.from_dict(d["data"], _owned)

        d["data"] = data
        referral_created_event = _new(cls)
        referral_created_event.__dict__ = d
        return referral_created_event

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

            object_ = cast(Literal["event"], d.pop("object"))
            if object_ != "event":
                raise ValueError(f"object must match const 'event', got '{object_}'")
            d["object_"] = object_
            type_ = cast(Literal["referral.created"], d.pop("type"))
            if type_ != "referral.created":
                raise ValueError(f"type must match const 'referral.created', got '{type_}'")
            d["type_"] = type_
            data = ReferralCreatedEventData.from_dict(d["data"], _owned)

            d["data"] = data
            referral_created_event = _new(cls)
            referral_created_event.__dict__ = d
            append(referral_created_event)
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
            object_ = cast(Literal["event"], d.pop("object"))
            if object_ != "event":
                raise ValueError(f"object must match const 'event', got '{object_}'")
            d["object_"] = object_
            type_ = cast(Literal["referral.created"], d.pop("type"))
            if type_ != "referral.created":
                raise ValueError(f"type must match const 'referral.created', got '{type_}'")
            d["type_"] = type_
            data = ReferralCreatedEventData.from_dict(d["data"], _owned)

            d["data"] = data

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

            _do_work(d)
            referral_created_event = _new(cls)
            referral_created_event.__dict__ = d
            append(referral_created_event)
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
            raise TypeError("ReferralCreatedEvent is not iterable")

    @property
    def type(self) -> str:
        """The event type (same as `type_`)."""
        return str(self.type_)


def _own_object_(value: Any) -> Any:
    """`object_` from its JSON value, which the model owns (from_dict's conversion)."""
    object_ = cast(Literal["event"], value)
    if object_ != "event":
        raise ValueError(f"object must match const 'event', got '{object_}'")
    return object_


def _own_type_(value: Any) -> Any:
    """`type_` from its JSON value, which the model owns (from_dict's conversion)."""
    type_ = cast(Literal["referral.created"], value)
    if type_ != "referral.created":
        raise ValueError(f"type must match const 'referral.created', got '{type_}'")
    return type_


from ..models.referral_created_event_data import ReferralCreatedEventData  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("object", "object_", _own_object_, False),
    ("type", "type_", _own_type_, False),
    ("data", "data", ReferralCreatedEventData),
)
setattr(
    ReferralCreatedEvent,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "id",
            "object",
            "created",
            "type",
            "data",
        ),
        _OWNED_WORK,
    ),
)
