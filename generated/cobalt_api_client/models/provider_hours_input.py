from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.provider_hours_input_day import ProviderHoursInputDay, check_provider_hours_input_day
from ..types import redacted_repr

if TYPE_CHECKING:
    from ..models.provider_shift_input import ProviderShiftInput


T = TypeVar("T", bound="ProviderHoursInput")
_KEYS = frozenset(
    {
        "day",
        "shifts",
    }
)
_REQUIRED = frozenset(
    {
        "day",
        "shifts",
    }
)


@_attrs_define(slots=False, repr=False)
class ProviderHoursInput:
    """Shifts to set for one weekday.

    Attributes:
        day (ProviderHoursInputDay): Capitalised weekday name.
        shifts (list[ProviderShiftInput]):
    """

    day: ProviderHoursInputDay
    shifts: list[ProviderShiftInput]

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        day: str = self.day

        shifts = []
        for shifts_item_data in self.shifts:
            shifts_item = shifts_item_data.to_dict()
            shifts.append(shifts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day": day,
                "shifts": shifts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _REQUIRED.issubset(src_dict):
            raise KeyError(min(_REQUIRED.difference(src_dict)))
        if _KEYS.issuperset(src_dict):
            extra: dict[str, Any] = {}
            d = dict(src_dict)
        else:
            extra = {key: value for key, value in src_dict.items() if key not in _KEYS}
            known = {key: value for key, value in src_dict.items() if key in _KEYS}
            d = known
        day = check_provider_hours_input_day(d["day"])

        d["day"] = day
        shifts = []
        _shifts = d["shifts"]
        for shifts_item_data in _shifts:
            shifts_item = ProviderShiftInput.from_dict(shifts_item_data)

            shifts.append(shifts_item)

        d["shifts"] = shifts
        provider_hours_input = cls.__new__(cls)
        provider_hours_input.__dict__ = d
        return provider_hours_input


from ..models.provider_shift_input import ProviderShiftInput  # noqa: E402
