from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentsUpdateRequest")


@_attrs_define
class AppointmentsUpdateRequest:
    """Fields to change. For pending/failed appointments any field may be sent; for scheduled appointments only `status`
    and `note`.

        Attributes:
            mrn (str | Unset): Patient MRN (pending/failed only).
            location (str | Unset): Location (pending/failed only).
            datetime_ (str | Unset): New start as ISO 8601 with offset (pending/failed only).
            appointment_datetime (str | Unset): Older name of `datetime`, used in the docs example.
            provider (str | Unset): Provider (pending/failed only).
            type_ (str | Unset): Visit-type code (pending/failed only).
            note (str | Unset): Administrative note, not a clinical note (any status).
            reason (str | Unset): Reason for the visit (pending/failed only).
            status (str | Unset): New status (scheduled appointments only).
    """

    mrn: str | Unset = UNSET
    location: str | Unset = UNSET
    datetime_: str | Unset = UNSET
    appointment_datetime: str | Unset = UNSET
    provider: str | Unset = UNSET
    type_: str | Unset = UNSET
    note: str | Unset = UNSET
    reason: str | Unset = UNSET
    status: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mrn = self.mrn

        location = self.location

        datetime_ = self.datetime_

        appointment_datetime = self.appointment_datetime

        provider = self.provider

        type_ = self.type_

        note = self.note

        reason = self.reason

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if location is not UNSET:
            field_dict["location"] = location
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if appointment_datetime is not UNSET:
            field_dict["appointment_datetime"] = appointment_datetime
        if provider is not UNSET:
            field_dict["provider"] = provider
        if type_ is not UNSET:
            field_dict["type"] = type_
        if note is not UNSET:
            field_dict["note"] = note
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mrn = d.pop("mrn", UNSET)

        location = d.pop("location", UNSET)

        datetime_ = d.pop("datetime", UNSET)

        appointment_datetime = d.pop("appointment_datetime", UNSET)

        provider = d.pop("provider", UNSET)

        type_ = d.pop("type", UNSET)

        note = d.pop("note", UNSET)

        reason = d.pop("reason", UNSET)

        status = d.pop("status", UNSET)

        appointments_update_request = cls(
            mrn=mrn,
            location=location,
            datetime_=datetime_,
            appointment_datetime=appointment_datetime,
            provider=provider,
            type_=type_,
            note=note,
            reason=reason,
            status=status,
        )

        return appointments_update_request
