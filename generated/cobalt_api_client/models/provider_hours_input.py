from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.provider_hours_input_day import ProviderHoursInputDay

if TYPE_CHECKING:
    from ..models.provider_shift_input import ProviderShiftInput


T = TypeVar("T", bound="ProviderHoursInput")


@_attrs_define
class ProviderHoursInput:
    """Shifts to set for one weekday.

    Attributes:
        day (ProviderHoursInputDay): Capitalised weekday name.
        shifts (list[ProviderShiftInput]):
    """

    day: ProviderHoursInputDay
    shifts: list[ProviderShiftInput]

    def to_dict(self) -> dict[str, Any]:
        day = self.day.value

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
        d = dict(src_dict)
        day = ProviderHoursInputDay(d.pop("day"))

        shifts = []
        _shifts = d.pop("shifts")
        for shifts_item_data in _shifts:
            shifts_item = ProviderShiftInput.from_dict(shifts_item_data)

            shifts.append(shifts_item)

        provider_hours_input = cls(
            day=day,
            shifts=shifts,
        )

        return provider_hours_input


from ..models.provider_shift_input import ProviderShiftInput  # noqa: E402
