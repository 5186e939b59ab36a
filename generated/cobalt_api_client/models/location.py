# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, convert_on_first_use, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.location_address import LocationAddress
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="Location")
_new = object.__new__
_KEYS = frozenset(
    {
        "id",
        "ehr_id",
        "name",
        "status",
        "address",
        "phone",
        "fax",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class Location:
    """A location with its identifiers, contact details and Cobalt status.

    Attributes:
        id (str | Unset): Cobalt's location id (32 hex characters); use it with `PATCH /locations/{id}`.
        ehr_id (str | Unset): The location's EHR id; use it as `location` when creating appointments.
        name (None | str | Unset):
        status (str | Unset):
        address (LocationAddress | None | Unset):
        phone (None | str | Unset): Phone number as unformatted digits in the example.
        fax (None | str | Unset): Fax number as unformatted digits in the example.
    """

    id: str | Unset = UNSET
    ehr_id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: str | Unset = UNSET
    address: LocationAddress | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
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

        status = self.status

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, LocationAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ehr_id is not UNSET:
            field_dict["ehr_id"] = ehr_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if address is not UNSET:
            field_dict["address"] = address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax

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

        if not _owned and "address" in d:
            v_address: Any = d.pop("address")
            if isinstance(v_address, dict):
                try:
                    address_type_0 = LocationAddress.from_dict(v_address, _owned)

                    v_address = address_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:address"] = v_address

        location = _new(cls)
        location.__dict__ = d
        return location

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

                _has_address = "address" in d
                _work = not _owned and (_has_address)  # whether an item of this shape has fields to convert or rename
            if _work:
                if not _owned and _has_address:
                    v_address: Any = d.pop("address")
                    if isinstance(v_address, dict):
                        try:
                            address_type_0 = LocationAddress.from_dict(v_address, _owned)

                            v_address = address_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:address"] = v_address

            location = _new(cls)
            location.__dict__ = d
            append(location)
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
            if not _owned and _has_address:
                v_address: Any = d.pop("address")
                if isinstance(v_address, dict):
                    try:
                        address_type_0 = LocationAddress.from_dict(v_address, _owned)

                        v_address = address_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:address"] = v_address

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

                _has_address = "address" in d
                _work = not _owned and (_has_address)  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            location = _new(cls)
            location.__dict__ = d
            append(location)
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
            raise TypeError("Location is not iterable")


def _convert_address(value: Any) -> Any:
    """`address` from its JSON value, which the model owns; the value itself when it does not fit."""
    _owned = True
    if isinstance(value, dict):
        try:
            address_type_0 = LocationAddress.from_dict(value, _owned)

            return address_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


convert_on_first_use(
    Location,
    {
        "address": ("address", _convert_address),
    },
)


from ..models.location_address import LocationAddress  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = ()
setattr(Location, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
