from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from ..models.provider_shift_recurrence_input import ProviderShiftRecurrenceInput


T = TypeVar("T", bound="ProviderShiftInput")
_KEYS = frozenset(
    {
        "start",
        "end",
        "facility_id",
        "set_start_date",
        "set_end_date",
        "set_recur",
    }
)
_REQUIRED = frozenset(
    {
        "start",
        "end",
    }
)
_UNSET_FIELDS: dict[str, Any] = dict.fromkeys(
    (
        "facility_id",
        "set_start_date",
        "set_end_date",
        "set_recur",
    ),
    UNSET,
)


@_attrs_define(slots=False, repr=False)
class ProviderShiftInput:
    """One working period to set. `facility_name` is filled in by Cobalt.

    Attributes:
        start (str): Start time `THH:MM:SS`, e.g. `T08:00:00`.
        end (str): End time `THH:MM:SS`, e.g. `T17:00:00`.
        facility_id (str | Unset): Location of the shift; must be one of the organisation's locations.
        set_start_date (str | Unset): First date the shift applies, ISO 8601 without offset, e.g. `2025-11-13T00:00:00`.
        set_end_date (str | Unset): Last date the shift applies, ISO 8601 without offset.
        set_recur (ProviderShiftRecurrenceInput | Unset): How the shift repeats (named `recurrence` in `GET
            /providers`).
    """

    start: str
    end: str
    facility_id: str | Unset = UNSET
    set_start_date: str | Unset = UNSET
    set_end_date: str | Unset = UNSET
    set_recur: ProviderShiftRecurrenceInput | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        facility_id = self.facility_id

        set_start_date = self.set_start_date

        set_end_date = self.set_end_date

        set_recur: dict[str, Any] | Unset = UNSET
        if not isinstance(self.set_recur, Unset):
            set_recur = self.set_recur.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )
        if facility_id is not UNSET:
            field_dict["facility_id"] = facility_id
        if set_start_date is not UNSET:
            field_dict["set_start_date"] = set_start_date
        if set_end_date is not UNSET:
            field_dict["set_end_date"] = set_end_date
        if set_recur is not UNSET:
            field_dict["set_recur"] = set_recur

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _REQUIRED.issubset(src_dict):
            raise KeyError(min(_REQUIRED.difference(src_dict)))
        if _KEYS.issuperset(src_dict):
            extra: dict[str, Any] = {}
            d = {**_UNSET_FIELDS, **src_dict}
        else:
            extra = {key: value for key, value in src_dict.items() if key not in _KEYS}
            known = {key: value for key, value in src_dict.items() if key in _KEYS}
            d = {**_UNSET_FIELDS, **known}
        if "set_recur" in src_dict:
            _set_recur = d["set_recur"]
            set_recur: ProviderShiftRecurrenceInput | Unset
            if isinstance(_set_recur, Unset):
                set_recur = UNSET
            else:
                set_recur = ProviderShiftRecurrenceInput.from_dict(_set_recur)

            d["set_recur"] = set_recur
        provider_shift_input = cls.__new__(cls)
        provider_shift_input.__dict__ = d
        return provider_shift_input


from ..models.provider_shift_recurrence_input import ProviderShiftRecurrenceInput  # noqa: E402
