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

    from ..models.claim_balances import ClaimBalances
    from ..models.claim_insurance import ClaimInsurance
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="Claim")
_new = object.__new__
_KEYS = frozenset(
    {
        "id",
        "emr_claim_id",
        "emr_appointment_id",
        "service_date",
        "claim_date",
        "claim_status",
        "claim_status_description",
        "claim_type",
        "void_flag",
        "emr_patient_id",
        "patient_name",
        "emr_provider_id",
        "provider_name",
        "total_charge",
        "total_payment",
        "net_payment",
        "balance",
        "net_adjustment",
        "patient_responsibility",
        "insurances",
        "balances",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "id",
        "emr_claim_id",
        "emr_appointment_id",
        "service_date",
        "claim_date",
        "claim_status",
        "claim_status_description",
        "claim_type",
        "void_flag",
        "emr_patient_id",
        "patient_name",
        "emr_provider_id",
        "provider_name",
        "total_charge",
        "total_payment",
        "net_payment",
        "balance",
        "net_adjustment",
        "patient_responsibility",
        "insurances",
    }
)


@_attrs_define(slots=False, repr=False)
class Claim:
    """One claim synced from the EMR.

    Attributes:
        id (str): Cobalt claim id (32 characters).
        emr_claim_id (str): Claim number in the EMR.
        emr_appointment_id (str): EMR id of the appointment the claim bills.
        service_date (datetime.date): Date of service.
        claim_date (datetime.date): Date the claim was created.
        claim_status (str): EMR-specific status code, for example `48CL`.
        claim_status_description (str): Human-readable meaning of `claim_status`.
        claim_type (str): EMR-specific claim type code.
        void_flag (bool): Whether the claim has been voided.
        emr_patient_id (str): EMR id of the patient.
        patient_name (str): Patient name, in the example formatted `LAST, FIRST, MI`.
        emr_provider_id (str): EMR id of the billing provider.
        provider_name (str): Name of the billing provider.
        total_charge (float | str): A money amount on a claim.
        total_payment (float | str): A money amount on a claim.
        net_payment (float | str): A money amount on a claim.
        balance (float | str): A money amount on a claim.
        net_adjustment (float | str): A money amount on a claim.
        patient_responsibility (float | str): A money amount on a claim.
        insurances (list[ClaimInsurance]): The insurances the claim is billed to.
        balances (ClaimBalances | Unset): Balance roll-up of a claim. Every visible field is a decimal string.
    """

    id: str
    emr_claim_id: str
    emr_appointment_id: str
    service_date: datetime.date
    claim_date: datetime.date
    claim_status: str
    claim_status_description: str
    claim_type: str
    void_flag: bool
    emr_patient_id: str
    patient_name: str
    emr_provider_id: str
    provider_name: str
    total_charge: float | str
    total_payment: float | str
    net_payment: float | str
    balance: float | str
    net_adjustment: float | str
    patient_responsibility: float | str
    insurances: list[ClaimInsurance]
    balances: ClaimBalances | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        emr_claim_id = self.emr_claim_id

        emr_appointment_id = self.emr_appointment_id

        service_date = self.service_date.isoformat()

        claim_date = self.claim_date.isoformat()

        claim_status = self.claim_status

        claim_status_description = self.claim_status_description

        claim_type = self.claim_type

        void_flag = self.void_flag

        emr_patient_id = self.emr_patient_id

        patient_name = self.patient_name

        emr_provider_id = self.emr_provider_id

        provider_name = self.provider_name

        total_charge: float | str
        total_charge = self.total_charge

        total_payment: float | str
        total_payment = self.total_payment

        net_payment: float | str
        net_payment = self.net_payment

        balance: float | str
        balance = self.balance

        net_adjustment: float | str
        net_adjustment = self.net_adjustment

        patient_responsibility: float | str
        patient_responsibility = self.patient_responsibility

        insurances = []
        for insurances_item_data in self.insurances:
            insurances_item = insurances_item_data.to_dict()
            insurances.append(insurances_item)

        balances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = self.balances.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "emr_claim_id": emr_claim_id,
                "emr_appointment_id": emr_appointment_id,
                "service_date": service_date,
                "claim_date": claim_date,
                "claim_status": claim_status,
                "claim_status_description": claim_status_description,
                "claim_type": claim_type,
                "void_flag": void_flag,
                "emr_patient_id": emr_patient_id,
                "patient_name": patient_name,
                "emr_provider_id": emr_provider_id,
                "provider_name": provider_name,
                "total_charge": total_charge,
                "total_payment": total_payment,
                "net_payment": net_payment,
                "balance": balance,
                "net_adjustment": net_adjustment,
                "patient_responsibility": patient_responsibility,
                "insurances": insurances,
            }
        )
        if balances is not UNSET:
            field_dict["balances"] = balances

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

        service_date = datetime.date.fromisoformat(d["service_date"])

        d["service_date"] = service_date
        claim_date = datetime.date.fromisoformat(d["claim_date"])

        d["claim_date"] = claim_date
        insurances = ClaimInsurance._from_dicts(d["insurances"], _owned)

        d["insurances"] = insurances
        if "balances" in d:
            _balances = d["balances"]
            balances: ClaimBalances | Unset
            if isinstance(_balances, Unset):
                balances = UNSET
            else:
                balances = ClaimBalances.from_dict(_balances, _owned)

            d["balances"] = balances
        claim = _new(cls)
        claim.__dict__ = d
        return claim

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

                _has_balances = "balances" in d
            service_date = datetime.date.fromisoformat(d["service_date"])

            d["service_date"] = service_date
            claim_date = datetime.date.fromisoformat(d["claim_date"])

            d["claim_date"] = claim_date
            insurances = ClaimInsurance._from_dicts(d["insurances"], _owned)

            d["insurances"] = insurances
            if _has_balances:
                _balances = d["balances"]
                balances: ClaimBalances | Unset
                if isinstance(_balances, Unset):
                    balances = UNSET
                else:
                    balances = ClaimBalances.from_dict(_balances, _owned)

                d["balances"] = balances
            claim = _new(cls)
            claim.__dict__ = d
            append(claim)
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
            service_date = datetime.date.fromisoformat(d["service_date"])

            d["service_date"] = service_date
            claim_date = datetime.date.fromisoformat(d["claim_date"])

            d["claim_date"] = claim_date
            insurances = ClaimInsurance._from_dicts(d["insurances"], _owned)

            d["insurances"] = insurances
            if _has_balances:
                _balances = d["balances"]
                balances: ClaimBalances | Unset
                if isinstance(_balances, Unset):
                    balances = UNSET
                else:
                    balances = ClaimBalances.from_dict(_balances, _owned)

                d["balances"] = balances

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

                _has_balances = "balances" in d
            _do_work(d)
            claim = _new(cls)
            claim.__dict__ = d
            append(claim)
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
            raise TypeError("Claim is not iterable; iterate .insurances")


def _own_insurances(value: Any) -> Any:
    """`insurances` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    insurances = ClaimInsurance._from_dicts(value, _owned)

    return insurances


from ..models.claim_balances import ClaimBalances  # noqa: E402
from ..models.claim_insurance import ClaimInsurance  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("service_date", "service_date", datetime.date.fromisoformat, False),
    ("claim_date", "claim_date", datetime.date.fromisoformat, False),
    ("insurances", "insurances", _own_insurances, False),
    ("balances", "balances", ClaimBalances),
)
setattr(
    Claim,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "id",
            "emr_claim_id",
            "emr_appointment_id",
            "service_date",
            "claim_date",
            "claim_status",
            "claim_status_description",
            "claim_type",
            "void_flag",
            "emr_patient_id",
            "patient_name",
            "emr_provider_id",
            "provider_name",
            "total_charge",
            "total_payment",
            "net_payment",
            "balance",
            "net_adjustment",
            "patient_responsibility",
            "insurances",
        ),
        _OWNED_WORK,
    ),
)
