from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from ..models.provider_shift import ProviderShift


T = TypeVar("T", bound="ProviderHours")
_KEYS = frozenset(
    {
        "day",
        "shifts",
    }
)
_UNSET_FIELDS: dict[str, Any] = dict.fromkeys(
    (
        "day",
        "shifts",
    ),
    UNSET,
)


@_attrs_define(slots=False, repr=False)
class ProviderHours:
    """The provider's shifts on one weekday.

    Attributes:
        day (str | Unset): Weekday name, e.g. `Monday`.
        shifts (list[ProviderShift] | Unset):
    """

    day: str | Unset = UNSET
    shifts: list[ProviderShift] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        shifts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shifts, Unset):
            shifts = []
            for shifts_item_data in self.shifts:
                shifts_item = shifts_item_data.to_dict()
                shifts.append(shifts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if shifts is not UNSET:
            field_dict["shifts"] = shifts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _KEYS.issuperset(src_dict):
            extra: dict[str, Any] = {}
            d = {**_UNSET_FIELDS, **src_dict}
        else:
            extra = {key: value for key, value in src_dict.items() if key not in _KEYS}
            known = {key: value for key, value in src_dict.items() if key in _KEYS}
            d = {**_UNSET_FIELDS, **known}
        if "shifts" in src_dict:
            _shifts = d["shifts"]
            shifts: list[ProviderShift] | Unset = UNSET
            if _shifts is not UNSET:
                shifts = []
                for shifts_item_data in _shifts:
                    shifts_item = ProviderShift.from_dict(shifts_item_data)

                    shifts.append(shifts_item)

            d["shifts"] = shifts
        d["additional_properties"] = extra
        provider_hours = cls.__new__(cls)
        provider_hours.__dict__ = d
        return provider_hours

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


from ..models.provider_shift import ProviderShift  # noqa: E402
