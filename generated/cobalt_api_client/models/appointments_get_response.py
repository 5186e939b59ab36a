from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.appointment import Appointment


T = TypeVar("T", bound="AppointmentsGetResponse")


@_attrs_define
class AppointmentsGetResponse:
    """One appointment, returned under the plural key `appointments`.

    Attributes:
        success (bool):
        appointments (Appointment): An appointment as stored in Cobalt's synced copy of the EHR schedule.
    """

    success: bool
    appointments: Appointment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        appointments = self.appointments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "appointments": appointments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        appointments = Appointment.from_dict(d.pop("appointments"))

        appointments_get_response = cls(
            success=success,
            appointments=appointments,
        )

        appointments_get_response.additional_properties = d
        return appointments_get_response

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
