# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, convert_on_first_use, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.provider_hours import ProviderHours
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="Provider")
_new = object.__new__
_KEYS = frozenset(
    {
        "id",
        "ehr_id",
        "name",
        "timezone",
        "npi",
        "status",
        "hide_in_availability",
        "hours",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class Provider:
    """A provider with its identifiers, Cobalt settings and weekly schedule.

    Attributes:
        id (str | Unset): Cobalt's provider id (32 hex characters); use it with `PATCH /providers/{id}`.
        ehr_id (str | Unset): The provider's EHR id; use it as `provider` when creating appointments.
        name (None | str | Unset): Display name, e.g. "Doe, John".
        timezone (None | str | Unset): IANA time zone, e.g. `America/Phoenix`.
        npi (None | str | Unset): National Provider Identifier.
        status (str | Unset): `active` when Cobalt syncs the provider's schedule from the EHR, `inactive` otherwise.
        hide_in_availability (bool | str | Unset): When true the schedule is still synced but the provider is left out
            of `GET /availability`.
        hours (list[ProviderHours] | None | Unset):
    """

    id: str | Unset = UNSET
    ehr_id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    npi: None | str | Unset = UNSET
    status: str | Unset = UNSET
    hide_in_availability: bool | str | Unset = UNSET
    hours: list[ProviderHours] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ehr_id = self.ehr_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        npi: None | str | Unset
        if isinstance(self.npi, Unset):
            npi = UNSET
        else:
            npi = self.npi

        status = self.status

        hide_in_availability: bool | str | Unset
        if isinstance(self.hide_in_availability, Unset):
            hide_in_availability = UNSET
        else:
            hide_in_availability = self.hide_in_availability

        hours: list[dict[str, Any]] | None | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        elif isinstance(self.hours, list):
            hours = []
            for hours_type_0_item_data in self.hours:
                hours_type_0_item = hours_type_0_item_data.to_dict()
                hours.append(hours_type_0_item)

        else:
            hours = self.hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ehr_id is not UNSET:
            field_dict["ehr_id"] = ehr_id
        if name is not UNSET:
            field_dict["name"] = name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if npi is not UNSET:
            field_dict["npi"] = npi
        if status is not UNSET:
            field_dict["status"] = status
        if hide_in_availability is not UNSET:
            field_dict["hide_in_availability"] = hide_in_availability
        if hours is not UNSET:
            field_dict["hours"] = hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
            d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

        if not _owned and "hours" in d:
            v_hours: Any = d.pop("hours")
            if isinstance(v_hours, list):
                try:
                    hours_type_0 = ProviderHours._from_dicts(v_hours, _owned)

                    v_hours = hours_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:hours"] = v_hours

        provider = _new(cls)
        provider.__dict__ = d
        return provider

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
            _item_keys = list(src_dict)
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_hours = "hours" in d
                _work = not _owned and (_has_hours)  # whether an item of this shape has fields to convert or rename
            if _work:
                if not _owned and _has_hours:
                    v_hours: Any = d.pop("hours")
                    if isinstance(v_hours, list):
                        try:
                            hours_type_0 = ProviderHours._from_dicts(v_hours, _owned)

                            v_hours = hours_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:hours"] = v_hours

            provider = _new(cls)
            provider.__dict__ = d
            append(provider)
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
            if not _owned and _has_hours:
                v_hours: Any = d.pop("hours")
                if isinstance(v_hours, list):
                    try:
                        hours_type_0 = ProviderHours._from_dicts(v_hours, _owned)

                        v_hours = hours_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:hours"] = v_hours

        _i, _n = 0, len(items)
        while _i < _n:
            src_dict = items[_i]
            _i += 1
            _item_keys = list(src_dict)
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_hours = "hours" in d
                _work = not _owned and (_has_hours)  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            provider = _new(cls)
            provider.__dict__ = d
            append(provider)
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
            raise TypeError("Provider is not iterable")


def _convert_hours(value: Any) -> Any:
    """`hours` from its JSON value, which the model owns; the value itself when it does not fit."""
    _owned = True
    if isinstance(value, list):
        try:
            hours_type_0 = ProviderHours._from_dicts(value, _owned)

            return hours_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


convert_on_first_use(
    Provider,
    {
        "hours": ("hours", _convert_hours),
    },
)


from ..models.provider_hours import ProviderHours  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = ()
setattr(Provider, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
