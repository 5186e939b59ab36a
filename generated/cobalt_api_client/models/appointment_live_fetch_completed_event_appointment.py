from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentLiveFetchCompletedEventAppointment")


@_attrs_define
class AppointmentLiveFetchCompletedEventAppointment:
    """One appointment delivered by a live fetch. The older capture shows id/patient_id/date_time/provider_id; the newer
    capture (cut off) shows id/datetime/appointment_type, and more fields may follow.

        Attributes:
            id (str): Id of the appointment.
            patient_id (str | Unset): Id of the patient (older capture).
            date_time (str | Unset): Start, ISO 8601 (older capture).
            datetime_ (str | Unset): Start, ISO 8601 with offset (newer capture).
            provider_id (str | Unset): Id of the provider (older capture).
            appointment_type (str | Unset): Appointment type, e.g. `Office Visit` (newer capture).
    """

    id: str
    patient_id: str | Unset = UNSET
    date_time: str | Unset = UNSET
    datetime_: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    appointment_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        patient_id = self.patient_id

        date_time = self.date_time

        datetime_ = self.datetime_

        provider_id = self.provider_id

        appointment_type = self.appointment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if appointment_type is not UNSET:
            field_dict["appointment_type"] = appointment_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        patient_id = d.pop("patient_id", UNSET)

        date_time = d.pop("date_time", UNSET)

        datetime_ = d.pop("datetime", UNSET)

        provider_id = d.pop("provider_id", UNSET)

        appointment_type = d.pop("appointment_type", UNSET)

        appointment_live_fetch_completed_event_appointment = cls(
            id=id,
            patient_id=patient_id,
            date_time=date_time,
            datetime_=datetime_,
            provider_id=provider_id,
            appointment_type=appointment_type,
        )

        appointment_live_fetch_completed_event_appointment.additional_properties = d
        return appointment_live_fetch_completed_event_appointment

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
