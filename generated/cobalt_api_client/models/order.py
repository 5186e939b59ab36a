# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, convert_on_first_use, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.order_details import OrderDetails
    from ..models.order_lab_results_type_0 import OrderLabResultsType0
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="Order")
_new = object.__new__
_KEYS = frozenset(
    {
        "order_id",
        "order_name",
        "order_date",
        "provider_id",
        "patient_mrn",
        "patient_name",
        "patient_dob",
        "appointment_id",
        "lab_results",
        "id",
        "type",
        "status",
        "ordered_date",
        "details",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class Order:
    """One order placed for the patient.

    Attributes:
        order_id (str | Unset): Order id (newest docs), for example `ord_123456`.
        order_name (str | Unset): Name of the ordered test or study (newest docs).
        order_date (datetime.date | Unset): Date the order was placed (newest docs).
        provider_id (str | Unset): Id of the ordering provider (newest docs).
        patient_mrn (str | Unset): MRN of the patient (newest docs).
        patient_name (str | Unset): Name of the patient (newest docs).
        patient_dob (datetime.date | Unset): Patient date of birth (newest docs).
        appointment_id (str | Unset): Id of the related appointment (newest docs).
        lab_results (None | OrderLabResultsType0 | Unset): Lab results of the order, if any (newest docs); the content
            is not described.
        id (str | Unset): Order id (older docs).
        type_ (str | Unset): Kind of order (older docs).
        status (str | Unset): Order status (older docs).
        ordered_date (datetime.datetime | Unset): When the order was placed (older docs).
        details (OrderDetails | Unset): Type-specific order details (older docs); the shape varies with `type`.
    """

    order_id: str | Unset = UNSET
    order_name: str | Unset = UNSET
    order_date: datetime.date | Unset = UNSET
    provider_id: str | Unset = UNSET
    patient_mrn: str | Unset = UNSET
    patient_name: str | Unset = UNSET
    patient_dob: datetime.date | Unset = UNSET
    appointment_id: str | Unset = UNSET
    lab_results: None | OrderLabResultsType0 | Unset = UNSET
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    ordered_date: datetime.datetime | Unset = UNSET
    details: OrderDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_name = self.order_name

        order_date: str | Unset = UNSET
        if not isinstance(self.order_date, Unset):
            order_date = self.order_date.isoformat()

        provider_id = self.provider_id

        patient_mrn = self.patient_mrn

        patient_name = self.patient_name

        patient_dob: str | Unset = UNSET
        if not isinstance(self.patient_dob, Unset):
            patient_dob = self.patient_dob.isoformat()

        appointment_id = self.appointment_id

        lab_results: dict[str, Any] | None | Unset
        if isinstance(self.lab_results, Unset):
            lab_results = UNSET
        elif isinstance(self.lab_results, OrderLabResultsType0):
            lab_results = self.lab_results.to_dict()
        else:
            lab_results = self.lab_results

        id = self.id

        type_ = self.type_

        status = self.status

        ordered_date: str | Unset = UNSET
        if not isinstance(self.ordered_date, Unset):
            ordered_date = self.ordered_date.isoformat()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_name is not UNSET:
            field_dict["order_name"] = order_name
        if order_date is not UNSET:
            field_dict["order_date"] = order_date
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if patient_mrn is not UNSET:
            field_dict["patient_mrn"] = patient_mrn
        if patient_name is not UNSET:
            field_dict["patient_name"] = patient_name
        if patient_dob is not UNSET:
            field_dict["patient_dob"] = patient_dob
        if appointment_id is not UNSET:
            field_dict["appointment_id"] = appointment_id
        if lab_results is not UNSET:
            field_dict["lab_results"] = lab_results
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if ordered_date is not UNSET:
            field_dict["ordered_date"] = ordered_date
        if details is not UNSET:
            field_dict["details"] = details

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

        if "order_date" in d:
            _order_date = d["order_date"]
            order_date: datetime.date | Unset
            if isinstance(_order_date, Unset):
                order_date = UNSET
            else:
                order_date = datetime.date.fromisoformat(_order_date)

            d["order_date"] = order_date
        if "patient_dob" in d:
            _patient_dob = d["patient_dob"]
            patient_dob: datetime.date | Unset
            if isinstance(_patient_dob, Unset):
                patient_dob = UNSET
            else:
                patient_dob = datetime.date.fromisoformat(_patient_dob)

            d["patient_dob"] = patient_dob
        if not _owned and "lab_results" in d:
            v_lab_results: Any = d.pop("lab_results")
            if isinstance(v_lab_results, dict):
                try:
                    lab_results_type_0 = OrderLabResultsType0.from_dict(v_lab_results, _owned)

                    v_lab_results = lab_results_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:lab_results"] = v_lab_results

        if "ordered_date" in d:
            _ordered_date = d["ordered_date"]
            ordered_date: datetime.datetime | Unset
            if isinstance(_ordered_date, Unset):
                ordered_date = UNSET
            else:
                ordered_date = datetime.datetime.fromisoformat(_ordered_date)

            d["ordered_date"] = ordered_date
        if "details" in d:
            _details = d["details"]
            details: OrderDetails | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = OrderDetails.from_dict(_details, _owned)

            d["details"] = details
        if "type" in d:
            d["type_"] = d.pop("type")
        order = _new(cls)
        order.__dict__ = d
        return order

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

                _has_order_date = "order_date" in d
                _has_patient_dob = "patient_dob" in d
                _has_lab_results = "lab_results" in d
                _has_ordered_date = "ordered_date" in d
                _has_details = "details" in d
                _has_type_ = "type" in d
                _work = (
                    _has_order_date
                    or _has_patient_dob
                    or _has_ordered_date
                    or _has_details
                    or _has_type_
                    or (not _owned and (_has_lab_results))
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if _has_order_date:
                    _order_date = d["order_date"]
                    order_date: datetime.date | Unset
                    if isinstance(_order_date, Unset):
                        order_date = UNSET
                    else:
                        order_date = datetime.date.fromisoformat(_order_date)

                    d["order_date"] = order_date
                if _has_patient_dob:
                    _patient_dob = d["patient_dob"]
                    patient_dob: datetime.date | Unset
                    if isinstance(_patient_dob, Unset):
                        patient_dob = UNSET
                    else:
                        patient_dob = datetime.date.fromisoformat(_patient_dob)

                    d["patient_dob"] = patient_dob
                if not _owned and _has_lab_results:
                    v_lab_results: Any = d.pop("lab_results")
                    if isinstance(v_lab_results, dict):
                        try:
                            lab_results_type_0 = OrderLabResultsType0.from_dict(v_lab_results, _owned)

                            v_lab_results = lab_results_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:lab_results"] = v_lab_results

                if _has_ordered_date:
                    _ordered_date = d["ordered_date"]
                    ordered_date: datetime.datetime | Unset
                    if isinstance(_ordered_date, Unset):
                        ordered_date = UNSET
                    else:
                        ordered_date = datetime.datetime.fromisoformat(_ordered_date)

                    d["ordered_date"] = ordered_date
                if _has_details:
                    _details = d["details"]
                    details: OrderDetails | Unset
                    if isinstance(_details, Unset):
                        details = UNSET
                    else:
                        details = OrderDetails.from_dict(_details, _owned)

                    d["details"] = details
                if _has_type_:
                    d["type_"] = d.pop("type")
            order = _new(cls)
            order.__dict__ = d
            append(order)
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
            if _has_order_date:
                _order_date = d["order_date"]
                order_date: datetime.date | Unset
                if isinstance(_order_date, Unset):
                    order_date = UNSET
                else:
                    order_date = datetime.date.fromisoformat(_order_date)

                d["order_date"] = order_date
            if _has_patient_dob:
                _patient_dob = d["patient_dob"]
                patient_dob: datetime.date | Unset
                if isinstance(_patient_dob, Unset):
                    patient_dob = UNSET
                else:
                    patient_dob = datetime.date.fromisoformat(_patient_dob)

                d["patient_dob"] = patient_dob
            if not _owned and _has_lab_results:
                v_lab_results: Any = d.pop("lab_results")
                if isinstance(v_lab_results, dict):
                    try:
                        lab_results_type_0 = OrderLabResultsType0.from_dict(v_lab_results, _owned)

                        v_lab_results = lab_results_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:lab_results"] = v_lab_results

            if _has_ordered_date:
                _ordered_date = d["ordered_date"]
                ordered_date: datetime.datetime | Unset
                if isinstance(_ordered_date, Unset):
                    ordered_date = UNSET
                else:
                    ordered_date = datetime.datetime.fromisoformat(_ordered_date)

                d["ordered_date"] = ordered_date
            if _has_details:
                _details = d["details"]
                details: OrderDetails | Unset
                if isinstance(_details, Unset):
                    details = UNSET
                else:
                    details = OrderDetails.from_dict(_details, _owned)

                d["details"] = details
            if _has_type_:
                d["type_"] = d.pop("type")

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

                _has_order_date = "order_date" in d
                _has_patient_dob = "patient_dob" in d
                _has_lab_results = "lab_results" in d
                _has_ordered_date = "ordered_date" in d
                _has_details = "details" in d
                _has_type_ = "type" in d
                _work = (
                    _has_order_date
                    or _has_patient_dob
                    or _has_ordered_date
                    or _has_details
                    or _has_type_
                    or (not _owned and (_has_lab_results))
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            order = _new(cls)
            order.__dict__ = d
            append(order)
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
            raise TypeError("Order is not iterable")


def _convert_lab_results(value: Any) -> Any:
    """`lab_results` from its JSON value, which the model owns; the value itself when it does not fit."""
    _owned = True
    if isinstance(value, dict):
        try:
            lab_results_type_0 = OrderLabResultsType0.from_dict(value, _owned)

            return lab_results_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


convert_on_first_use(
    Order,
    {
        "lab_results": ("lab_results", _convert_lab_results),
    },
)


from ..models.order_details import OrderDetails  # noqa: E402
from ..models.order_lab_results_type_0 import OrderLabResultsType0  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("order_date", "order_date", datetime.date.fromisoformat, False),
    ("patient_dob", "patient_dob", datetime.date.fromisoformat, False),
    ("ordered_date", "ordered_date", datetime.datetime.fromisoformat, False),
    ("details", "details", OrderDetails),
    ("type", "type_", None, False),
)
setattr(Order, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
