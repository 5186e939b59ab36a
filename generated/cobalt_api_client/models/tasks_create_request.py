from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TasksCreateRequest")


@_attrs_define
class TasksCreateRequest:
    """Body for creating an EHR task about a patient.

    Attributes:
        description (str): Body text of the task.
        patient_mrn (str): Medical record number of the patient.
        subject (str | Unset): Subject line of the task; required by some EHRs.
        assignee_user_id (str | Unset): EHR user id of the assignee (a UUID in the documented examples); required by
            some EHRs.
        phone_call_type_id (str | Unset): Identifier of the phone-call type; required by some EHRs.
        notify_list (list[str] | Unset): Identifiers of users to notify about the task.
    """

    description: str
    patient_mrn: str
    subject: str | Unset = UNSET
    assignee_user_id: str | Unset = UNSET
    phone_call_type_id: str | Unset = UNSET
    notify_list: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        patient_mrn = self.patient_mrn

        subject = self.subject

        assignee_user_id = self.assignee_user_id

        phone_call_type_id = self.phone_call_type_id

        notify_list: list[str] | Unset = UNSET
        if not isinstance(self.notify_list, Unset):
            notify_list = self.notify_list

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "patient_mrn": patient_mrn,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if assignee_user_id is not UNSET:
            field_dict["assignee_user_id"] = assignee_user_id
        if phone_call_type_id is not UNSET:
            field_dict["phone_call_type_id"] = phone_call_type_id
        if notify_list is not UNSET:
            field_dict["notify_list"] = notify_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        patient_mrn = d.pop("patient_mrn")

        subject = d.pop("subject", UNSET)

        assignee_user_id = d.pop("assignee_user_id", UNSET)

        phone_call_type_id = d.pop("phone_call_type_id", UNSET)

        notify_list = cast(list[str], d.pop("notify_list", UNSET))

        tasks_create_request = cls(
            description=description,
            patient_mrn=patient_mrn,
            subject=subject,
            assignee_user_id=assignee_user_id,
            phone_call_type_id=phone_call_type_id,
            notify_list=notify_list,
        )

        return tasks_create_request
