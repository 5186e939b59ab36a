from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messages_create_response_data import MessagesCreateResponseData


T = TypeVar("T", bound="MessagesCreateResponse")


@_attrs_define
class MessagesCreateResponse:
    """Acknowledgement of a sent (older docs) or queued (newer docs) message.

    Attributes:
        success (bool):
        message (str): Human-readable status text.
        message_id (str | Unset): Cobalt id of the message (newer docs).
        data (MessagesCreateResponseData | Unset): Wrapper holding the message id (older docs).
        job_id (int | str | Unset): Id of the asynchronous job (newer docs only).
    """

    success: bool
    message: str
    message_id: str | Unset = UNSET
    data: MessagesCreateResponseData | Unset = UNSET
    job_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        message_id = self.message_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        job_id: int | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if data is not UNSET:
            field_dict["data"] = data
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        message_id = d.pop("message_id", UNSET)

        _data = d.pop("data", UNSET)
        data: MessagesCreateResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MessagesCreateResponseData.from_dict(_data)

        job_id: int | str | Unset = d.pop("job_id", UNSET)

        messages_create_response = cls(
            success=success,
            message=message,
            message_id=message_id,
            data=data,
            job_id=job_id,
        )

        messages_create_response.additional_properties = d
        return messages_create_response

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


from ..models.messages_create_response_data import MessagesCreateResponseData  # noqa: E402
