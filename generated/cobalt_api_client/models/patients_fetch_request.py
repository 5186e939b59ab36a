from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.patients_fetch_request_include_type_1_item import PatientsFetchRequestIncludeType1Item
from ..models.patients_fetch_request_search_by import PatientsFetchRequestSearchBy
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientsFetchRequest")


@_attrs_define
class PatientsFetchRequest:
    """Search criteria for a live patient fetch from the EHR.

    Attributes:
        search_by (PatientsFetchRequestSearchBy | Unset): Which of the supplied values drive the search.
        dob (datetime.date | Unset): Date of birth, `YYYY-MM-DD`.
        first_name (str | Unset): First name.
        last_name (str | Unset): Last name.
        phone (str | Unset): Phone number in `XXX-XXX-XXXX` format (e.g. `555-123-4567`).
        mrn (str | Unset): Patient MRN (newer versions).
        include (list[PatientsFetchRequestIncludeType1Item] | str | Unset): Extra payloads to return with each patient,
            as a comma-delimited string or an array. `insurances` (eClinicalWorks only) adds `insurances[]` records.
    """

    search_by: PatientsFetchRequestSearchBy | Unset = UNSET
    dob: datetime.date | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    mrn: str | Unset = UNSET
    include: list[PatientsFetchRequestIncludeType1Item] | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        search_by: str | Unset = UNSET
        if not isinstance(self.search_by, Unset):
            search_by = self.search_by.value

        dob: str | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = self.dob.isoformat()

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        mrn = self.mrn

        include: list[str] | str | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_1_item_data in self.include:
                include_type_1_item = include_type_1_item_data.value
                include.append(include_type_1_item)

        else:
            include = self.include

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if search_by is not UNSET:
            field_dict["search_by"] = search_by
        if dob is not UNSET:
            field_dict["dob"] = dob
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _search_by = d.pop("search_by", UNSET)
        search_by: PatientsFetchRequestSearchBy | Unset
        if isinstance(_search_by, Unset):
            search_by = UNSET
        else:
            search_by = PatientsFetchRequestSearchBy(_search_by)

        _dob = d.pop("dob", UNSET)
        dob: datetime.date | Unset
        if isinstance(_dob, Unset):
            dob = UNSET
        else:
            dob = datetime.date.fromisoformat(_dob)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone = d.pop("phone", UNSET)

        mrn = d.pop("mrn", UNSET)

        def _parse_include(data: object) -> list[PatientsFetchRequestIncludeType1Item] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_type_1 = []
                _include_type_1 = data
                for include_type_1_item_data in _include_type_1:
                    include_type_1_item = PatientsFetchRequestIncludeType1Item(include_type_1_item_data)

                    include_type_1.append(include_type_1_item)

                return include_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PatientsFetchRequestIncludeType1Item] | str | Unset, data)

        include = _parse_include(d.pop("include", UNSET))

        patients_fetch_request = cls(
            search_by=search_by,
            dob=dob,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            mrn=mrn,
            include=include,
        )

        return patients_fetch_request
