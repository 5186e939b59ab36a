# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="SubscriberDemographics")
_new = object.__new__
_KEYS = frozenset(
    {
        "first_name",
        "last_name",
        "street_line_1",
        "city",
        "state",
        "zip",
        "sex",
        "dob",
        "phone",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class SubscriberDemographics:
    """The insurance subscriber's details. In eClinicalWorks `first_name` and `last_name` are required when the
    relationship is not self (and, on update, whenever this object is sent).

        Attributes:
            first_name (str | Unset): Subscriber first name.
            last_name (str | Unset): Subscriber last name.
            street_line_1 (str | Unset): Address line 1.
            city (str | Unset): City.
            state (str | Unset): Valid two-letter US state code; lower case accepted (`ca` or `CA`).
            zip_ (str | Unset): ZIP code, 5 digits (`90001`) or ZIP+4 with a hyphen (`90001-1234`).
            sex (str | Unset): Subscriber sex (examples `M`, `F`; newer versions only).
            dob (datetime.date | Unset): Subscriber date of birth (newer versions only).
            phone (str | Unset): Subscriber phone (e.g. `555-123-4567`; newer versions only).
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    street_line_1: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    sex: str | Unset = UNSET
    dob: datetime.date | Unset = UNSET
    phone: str | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        street_line_1 = self.street_line_1

        city = self.city

        state = self.state

        zip_ = self.zip_

        sex = self.sex

        dob: str | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = self.dob.isoformat()

        phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if street_line_1 is not UNSET:
            field_dict["street_line_1"] = street_line_1
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if sex is not UNSET:
            field_dict["sex"] = sex
        if dob is not UNSET:
            field_dict["dob"] = dob
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
        if "dob" in d:
            _dob = d["dob"]
            dob: datetime.date | Unset
            if isinstance(_dob, Unset):
                dob = UNSET
            else:
                dob = datetime.date.fromisoformat(_dob)

            d["dob"] = dob
        if "zip" in d:
            d["zip_"] = d.pop("zip")
        subscriber_demographics = _new(cls)
        subscriber_demographics.__dict__ = d
        return subscriber_demographics

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
                _has_dob = "dob" in d
                _has_zip_ = "zip" in d
                _work = _has_dob or _has_zip_  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_dob:
                    _dob = d["dob"]
                    dob: datetime.date | Unset
                    if isinstance(_dob, Unset):
                        dob = UNSET
                    else:
                        dob = datetime.date.fromisoformat(_dob)

                    d["dob"] = dob
                if _has_zip_:
                    d["zip_"] = d.pop("zip")
            subscriber_demographics = _new(cls)
            subscriber_demographics.__dict__ = d
            append(subscriber_demographics)
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
            if _has_dob:
                _dob = d["dob"]
                dob: datetime.date | Unset
                if isinstance(_dob, Unset):
                    dob = UNSET
                else:
                    dob = datetime.date.fromisoformat(_dob)

                d["dob"] = dob
            if _has_zip_:
                d["zip_"] = d.pop("zip")

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
                _has_dob = "dob" in d
                _has_zip_ = "zip" in d
                _work = _has_dob or _has_zip_  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            subscriber_demographics = _new(cls)
            subscriber_demographics.__dict__ = d
            append(subscriber_demographics)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


_OWNED_WORK: tuple[Any, ...] = (
    ("dob", "dob", datetime.date.fromisoformat, False),
    ("zip", "zip_", None, False),
)
setattr(SubscriberDemographics, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
