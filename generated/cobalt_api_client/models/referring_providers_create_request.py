from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferringProvidersCreateRequest")


@_attrs_define
class ReferringProvidersCreateRequest:
    """The referring provider to create in the EHR.

    Attributes:
        first_name (str): First name.
        last_name (str): Last name.
        npi (str): National Provider Identifier; validated by the EHR (an invalid NPI fails later, by webhook).
        phone (str | Unset): Contact phone in `XXX-XXX-XXXX` format (e.g. `312-555-1234`); other formats get a 400.
        fax (str | Unset): Fax number in `XXX-XXX-XXXX` format; other formats get a 400.
        email (str | Unset): Contact email.
        address (str | Unset): Street address.
        city (str | Unset): City.
        state (str | Unset): State abbreviation (e.g. `IL`, `CA`).
        zip_code (str | Unset): ZIP code.
    """

    first_name: str
    last_name: str
    npi: str
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    email: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        npi = self.npi

        phone = self.phone

        fax = self.fax

        email = self.email

        address = self.address

        city = self.city

        state = self.state

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "npi": npi,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        npi = d.pop("npi")

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        email = d.pop("email", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        referring_providers_create_request = cls(
            first_name=first_name,
            last_name=last_name,
            npi=npi,
            phone=phone,
            fax=fax,
            email=email,
            address=address,
            city=city,
            state=state,
            zip_code=zip_code,
        )

        return referring_providers_create_request
