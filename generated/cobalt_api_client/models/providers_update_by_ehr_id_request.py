from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.providers_update_by_ehr_id_request_hide_in_availability import (
    ProvidersUpdateByEhrIdRequestHideInAvailability,
    check_providers_update_by_ehr_id_request_hide_in_availability,
)
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from ..models.provider_hours_input import ProviderHoursInput


T = TypeVar("T", bound="ProvidersUpdateByEhrIdRequest")
_KEYS = frozenset(
    {
        "status",
        "hide_in_availability",
        "hours",
    }
)
_UNSET_FIELDS: dict[str, Any] = dict.fromkeys(
    (
        "status",
        "hide_in_availability",
        "hours",
    ),
    UNSET,
)


@_attrs_define(slots=False, repr=False)
class ProvidersUpdateByEhrIdRequest:
    """Provider settings to change; every field is optional.

    Attributes:
        status (str | Unset): Whether Cobalt syncs the provider's schedule. `active` or `inactive`, in any letter case
            (`Active`, `ACTIVE`).
        hide_in_availability (ProvidersUpdateByEhrIdRequestHideInAvailability | Unset): "true" hides the provider from
            `GET /availability` while its schedule keeps syncing.
        hours (list[ProviderHoursInput] | Unset): New working schedule, one entry per weekday.
    """

    status: str | Unset = UNSET
    hide_in_availability: ProvidersUpdateByEhrIdRequestHideInAvailability | Unset = UNSET
    hours: list[ProviderHoursInput] | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        hide_in_availability: str | Unset = UNSET
        if not isinstance(self.hide_in_availability, Unset):
            hide_in_availability = self.hide_in_availability

        hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hours, Unset):
            hours = []
            for hours_item_data in self.hours:
                hours_item = hours_item_data.to_dict()
                hours.append(hours_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if hide_in_availability is not UNSET:
            field_dict["hide_in_availability"] = hide_in_availability
        if hours is not UNSET:
            field_dict["hours"] = hours

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
        if "hide_in_availability" in src_dict:
            _hide_in_availability = d["hide_in_availability"]
            hide_in_availability: ProvidersUpdateByEhrIdRequestHideInAvailability | Unset
            if isinstance(_hide_in_availability, Unset):
                hide_in_availability = UNSET
            else:
                hide_in_availability = check_providers_update_by_ehr_id_request_hide_in_availability(
                    _hide_in_availability
                )

            d["hide_in_availability"] = hide_in_availability
        if "hours" in src_dict:
            _hours = d["hours"]
            hours: list[ProviderHoursInput] | Unset = UNSET
            if _hours is not UNSET:
                hours = []
                for hours_item_data in _hours:
                    hours_item = ProviderHoursInput.from_dict(hours_item_data)

                    hours.append(hours_item)

            d["hours"] = hours
        providers_update_by_ehr_id_request = cls.__new__(cls)
        providers_update_by_ehr_id_request.__dict__ = d
        return providers_update_by_ehr_id_request


from ..models.provider_hours_input import ProviderHoursInput  # noqa: E402
