# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.appointment_live_fetch_completed_event_data import AppointmentLiveFetchCompletedEventData
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="AppointmentLiveFetchCompletedEvent")
_new = object.__new__
_KEYS = frozenset(
    {
        "id",
        "timestamp",
        "type",
        "action",
        "data",
        "user_id",
        "access_token_reference_id",
        "job_execution_id",
        "job_id",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "id",
        "timestamp",
        "type",
        "action",
        "data",
    }
)


@_attrs_define(slots=False, repr=False)
class AppointmentLiveFetchCompletedEvent:
    """A POST /appointments/fetch job finished pulling appointments live from the EHR; the results are also written to
    Cobalt's appointment store. Uses the older live-fetch envelope. The newer capture's example is truncated, so only
    the older one is attached.

        Attributes:
            id (str): Unique identifier of this event.
            timestamp (str): When the event was created, ISO 8601.
            type_ (Literal['appointment.live_fetch_completed']): Event type name.
            action (str): What the job did; `sync` in every example.
            data (AppointmentLiveFetchCompletedEventData): Outcome of the live fetch and the appointments it returned.
            user_id (str | Unset): Older name of access_token_reference_id (older capture only).
            access_token_reference_id (str | Unset): Your reference id for the access token (end user) the event concerns,
                as set through POST /settings. Newer captures only.
            job_execution_id (str | Unset): Older name of job_id (older capture only).
            job_id (str | Unset): Id of the live-fetch job returned by the fetch request (a prefixed string such as
                `job_1J9X2q2eZvKYlo2Cmnopqr`). Newer captures only.
    """

    id: str
    timestamp: str
    type_: Literal["appointment.live_fetch_completed"]
    action: str
    data: AppointmentLiveFetchCompletedEventData
    user_id: str | Unset = UNSET
    access_token_reference_id: str | Unset = UNSET
    job_execution_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, ("type_",))

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp = self.timestamp

        type_ = self.type_

        action = self.action

        data = self.data.to_dict()

        user_id = self.user_id

        access_token_reference_id = self.access_token_reference_id

        job_execution_id = self.job_execution_id

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
                "type": type_,
                "action": action,
                "data": data,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if access_token_reference_id is not UNSET:
            field_dict["access_token_reference_id"] = access_token_reference_id
        if job_execution_id is not UNSET:
            field_dict["job_execution_id"] = job_execution_id
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

        type_ = cast(Literal["appointment.live_fetch_completed"], d.pop("type"))
        if type_ != "appointment.live_fetch_completed":
            raise ValueError(f"type must match const 'appointment.live_fetch_completed', got '{type_}'")
        d["type_"] = type_
        data = AppointmentLiveFetchCompletedEventData.from_dict(d["data"], _owned)

        d["data"] = data
        appointment_live_fetch_completed_event = _new(cls)
        appointment_live_fetch_completed_event.__dict__ = d
        return appointment_live_fetch_completed_event

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

            type_ = cast(Literal["appointment.live_fetch_completed"], d.pop("type"))
            if type_ != "appointment.live_fetch_completed":
                raise ValueError(f"type must match const 'appointment.live_fetch_completed', got '{type_}'")
            d["type_"] = type_
            data = AppointmentLiveFetchCompletedEventData.from_dict(d["data"], _owned)

            d["data"] = data
            appointment_live_fetch_completed_event = _new(cls)
            appointment_live_fetch_completed_event.__dict__ = d
            append(appointment_live_fetch_completed_event)
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
            type_ = cast(Literal["appointment.live_fetch_completed"], d.pop("type"))
            if type_ != "appointment.live_fetch_completed":
                raise ValueError(f"type must match const 'appointment.live_fetch_completed', got '{type_}'")
            d["type_"] = type_
            data = AppointmentLiveFetchCompletedEventData.from_dict(d["data"], _owned)

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
            appointment_live_fetch_completed_event = _new(cls)
            appointment_live_fetch_completed_event.__dict__ = d
            append(appointment_live_fetch_completed_event)
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
            raise TypeError("AppointmentLiveFetchCompletedEvent is not iterable")

    @property
    def type(self) -> str:
        """The event type (same as `type_`)."""
        return str(self.type_)


def _own_type_(value: Any) -> Any:
    """`type_` from its JSON value, which the model owns (from_dict's conversion)."""
    type_ = cast(Literal["appointment.live_fetch_completed"], value)
    if type_ != "appointment.live_fetch_completed":
        raise ValueError(f"type must match const 'appointment.live_fetch_completed', got '{type_}'")
    return type_


from ..models.appointment_live_fetch_completed_event_data import AppointmentLiveFetchCompletedEventData  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("type", "type_", _own_type_, False),
    ("data", "data", AppointmentLiveFetchCompletedEventData),
)
setattr(
    AppointmentLiveFetchCompletedEvent,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "id",
            "timestamp",
            "type",
            "action",
            "data",
        ),
        _OWNED_WORK,
    ),
)
