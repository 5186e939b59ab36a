# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..models.patients_fetch_request_include_type_1_item import (
    PatientsFetchRequestIncludeType1Item,
    check_patients_fetch_request_include_type_1_item,
)
from ..models.patients_fetch_request_search_by import (
    PatientsFetchRequestSearchBy,
    check_patients_fetch_request_search_by,
)
from ..types import UNSET, Unset, convert_on_first_use, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="PatientsFetchRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "search_by",
        "dob",
        "first_name",
        "last_name",
        "phone",
        "mrn",
        "include",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class PatientsFetchRequest:
    """Search criteria for a live patient fetch from the EHR.

    Attributes:
        search_by (PatientsFetchRequestSearchBy | Unset): Which of the supplied values drive the search.
        dob (datetime.date | Unset): Date of birth, `YYYY-MM-DD`.
        first_name (str | Unset): First name.
        last_name (str | Unset): Last name.
        phone (str | Unset): Phone number in `XXX-XXX-XXXX` format (e.g. `555-123-4567`).
        mrn (str | Unset): Patient MRN (newer versions).
        include (list[PatientsFetchRequestIncludeType1Item] | str | Unset): Extra payloads to return with each patient,
            as a comma-delimited string or an array. `insurances` (eClinicalWorks only) adds `insurances[]` records.
    """

    search_by: PatientsFetchRequestSearchBy | Unset = UNSET
    dob: datetime.date | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    mrn: str | Unset = UNSET
    include: list[PatientsFetchRequestIncludeType1Item] | str | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        search_by: str | Unset = UNSET
        if not isinstance(self.search_by, Unset):
            search_by = self.search_by

        dob: str | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = self.dob.isoformat()

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        mrn = self.mrn

        include: list[str] | str | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_1_item_data in self.include:
                include_type_1_item: str = include_type_1_item_data
                include.append(include_type_1_item)

        else:
            include = self.include

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if search_by is not UNSET:
            field_dict["search_by"] = search_by
        if dob is not UNSET:
            field_dict["dob"] = dob
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
        if "search_by" in d:
            _search_by = d["search_by"]
            search_by: PatientsFetchRequestSearchBy | Unset
            if isinstance(_search_by, Unset):
                search_by = UNSET
            else:
                search_by = check_patients_fetch_request_search_by(_search_by)

            d["search_by"] = search_by
        if "dob" in d:
            _dob = d["dob"]
            dob: datetime.date | Unset
            if isinstance(_dob, Unset):
                dob = UNSET
            else:
                dob = datetime.date.fromisoformat(_dob)

            d["dob"] = dob
        if not _owned and "include" in d:
            v_include: Any = d.pop("include")
            if isinstance(v_include, list):
                try:
                    include_type_1 = []
                    _include_type_1 = v_include
                    for include_type_1_item_data in _include_type_1:
                        include_type_1_item = check_patients_fetch_request_include_type_1_item(include_type_1_item_data)

                        include_type_1.append(include_type_1_item)

                    v_include = include_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:include"] = v_include

        patients_fetch_request = _new(cls)
        patients_fetch_request.__dict__ = d
        return patients_fetch_request

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
                _has_search_by = "search_by" in d
                _has_dob = "dob" in d
                _has_include = "include" in d
                _work = (
                    _has_search_by or _has_dob or (not _owned and (_has_include))
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_search_by:
                    _search_by = d["search_by"]
                    search_by: PatientsFetchRequestSearchBy | Unset
                    if isinstance(_search_by, Unset):
                        search_by = UNSET
                    else:
                        search_by = check_patients_fetch_request_search_by(_search_by)

                    d["search_by"] = search_by
                if _has_dob:
                    _dob = d["dob"]
                    dob: datetime.date | Unset
                    if isinstance(_dob, Unset):
                        dob = UNSET
                    else:
                        dob = datetime.date.fromisoformat(_dob)

                    d["dob"] = dob
                if not _owned and _has_include:
                    v_include: Any = d.pop("include")
                    if isinstance(v_include, list):
                        try:
                            include_type_1 = []
                            _include_type_1 = v_include
                            for include_type_1_item_data in _include_type_1:
                                include_type_1_item = check_patients_fetch_request_include_type_1_item(
                                    include_type_1_item_data
                                )

                                include_type_1.append(include_type_1_item)

                            v_include = include_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:include"] = v_include

            patients_fetch_request = _new(cls)
            patients_fetch_request.__dict__ = d
            append(patients_fetch_request)
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
            if _has_search_by:
                _search_by = d["search_by"]
                search_by: PatientsFetchRequestSearchBy | Unset
                if isinstance(_search_by, Unset):
                    search_by = UNSET
                else:
                    search_by = check_patients_fetch_request_search_by(_search_by)

                d["search_by"] = search_by
            if _has_dob:
                _dob = d["dob"]
                dob: datetime.date | Unset
                if isinstance(_dob, Unset):
                    dob = UNSET
                else:
                    dob = datetime.date.fromisoformat(_dob)

                d["dob"] = dob
            if not _owned and _has_include:
                v_include: Any = d.pop("include")
                if isinstance(v_include, list):
                    try:
                        include_type_1 = []
                        _include_type_1 = v_include
                        for include_type_1_item_data in _include_type_1:
                            include_type_1_item = check_patients_fetch_request_include_type_1_item(
                                include_type_1_item_data
                            )

                            include_type_1.append(include_type_1_item)

                        v_include = include_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:include"] = v_include

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
                _has_search_by = "search_by" in d
                _has_dob = "dob" in d
                _has_include = "include" in d
                _work = (
                    _has_search_by or _has_dob or (not _owned and (_has_include))
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            patients_fetch_request = _new(cls)
            patients_fetch_request.__dict__ = d
            append(patients_fetch_request)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built


def _convert_include(value: Any) -> Any:
    """`include` from its JSON value, which the model owns; the value itself when it does not fit."""
    if isinstance(value, list):
        try:
            include_type_1 = []
            _include_type_1 = value
            for include_type_1_item_data in _include_type_1:
                include_type_1_item = check_patients_fetch_request_include_type_1_item(include_type_1_item_data)

                include_type_1.append(include_type_1_item)

            return include_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


convert_on_first_use(
    PatientsFetchRequest,
    {
        "include": ("include", _convert_include),
    },
)


_OWNED_WORK: tuple[Any, ...] = (
    ("search_by", "search_by", check_patients_fetch_request_search_by, False),
    ("dob", "dob", datetime.date.fromisoformat, False),
)
setattr(PatientsFetchRequest, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
