# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="ReferringProvider")
_new = object.__new__
_KEYS = frozenset(
    {
        "id",
        "ehr_id",
        "name",
        "first_name",
        "last_name",
        "middle_initial",
        "speciality",
        "phone",
        "fax",
        "email",
        "npi",
        "address_street",
        "address_city",
        "address_state",
        "address_zip",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "id",
    }
)


@_attrs_define(slots=False, repr=False)
class ReferringProvider:
    """A referring provider known to the organization.

    Attributes:
        id (str): Cobalt referring provider id (send as `referring_provider_id` / `pcp_id` when creating patients).
        ehr_id (str | Unset): The referring provider's id in the EHR.
        name (str | Unset): Full name.
        first_name (str | Unset):
        last_name (str | Unset):
        middle_initial (str | Unset):
        speciality (str | Unset): Speciality.
        phone (str | Unset):
        fax (str | Unset):
        email (str | Unset):
        npi (str | Unset):
        address_street (str | Unset):
        address_city (str | Unset):
        address_state (str | Unset):
        address_zip (str | Unset):
    """

    id: str
    ehr_id: str | Unset = UNSET
    name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    middle_initial: str | Unset = UNSET
    speciality: str | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    email: str | Unset = UNSET
    npi: str | Unset = UNSET
    address_street: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ehr_id = self.ehr_id

        name = self.name

        first_name = self.first_name

        last_name = self.last_name

        middle_initial = self.middle_initial

        speciality = self.speciality

        phone = self.phone

        fax = self.fax

        email = self.email

        npi = self.npi

        address_street = self.address_street

        address_city = self.address_city

        address_state = self.address_state

        address_zip = self.address_zip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if ehr_id is not UNSET:
            field_dict["ehr_id"] = ehr_id
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if middle_initial is not UNSET:
            field_dict["middle_initial"] = middle_initial
        if speciality is not UNSET:
            field_dict["speciality"] = speciality
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if npi is not UNSET:
            field_dict["npi"] = npi
        if address_street is not UNSET:
            field_dict["address_street"] = address_street
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_zip is not UNSET:
            field_dict["address_zip"] = address_zip

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

        referring_provider = _new(cls)
        referring_provider.__dict__ = d
        return referring_provider

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

            referring_provider = _new(cls)
            referring_provider.__dict__ = d
            append(referring_provider)
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

            referring_provider = _new(cls)
            referring_provider.__dict__ = d
            append(referring_provider)
            if _shape is not None:
                _i = _run(cls, items, _i, _shape, built, _owned, None)
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
            raise TypeError("ReferringProvider is not iterable")


setattr(ReferringProvider, "_cobalt_plan_", (_KEYS, ("id",), ()))
