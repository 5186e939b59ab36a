from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from ..models.appointment import Appointment


T = TypeVar("T", bound="AppointmentsListResults")
_KEYS = frozenset(
    {
        "appointments",
    }
)
_UNSET_FIELDS: dict[str, Any] = dict.fromkeys(("appointments",), UNSET)


@_attrs_define(slots=False, repr=False)
class AppointmentsListResults:
    """Older (Notion guide) wrapper around the appointment array.

    Attributes:
        appointments (list[Appointment] | Unset):
    """

    appointments: list[Appointment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        appointments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.appointments, Unset):
            appointments = []
            for appointments_item_data in self.appointments:
                appointments_item = appointments_item_data.to_dict()
                appointments.append(appointments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appointments is not UNSET:
            field_dict["appointments"] = appointments

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
        if "appointments" in src_dict:
            _appointments = d["appointments"]
            appointments: list[Appointment] | Unset = UNSET
            if _appointments is not UNSET:
                appointments = []
                for appointments_item_data in _appointments:
                    appointments_item = Appointment.from_dict(appointments_item_data)

                    appointments.append(appointments_item)

            d["appointments"] = appointments
        d["additional_properties"] = extra
        appointments_list_results = cls.__new__(cls)
        appointments_list_results.__dict__ = d
        return appointments_list_results

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


from ..models.appointment import Appointment  # noqa: E402
