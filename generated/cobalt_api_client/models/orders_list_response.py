from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import redacted_repr

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="OrdersListResponse")
_KEYS = frozenset(
    {
        "success",
        "orders",
    }
)
_REQUIRED = frozenset(
    {
        "success",
        "orders",
    }
)


@_attrs_define(slots=False, repr=False)
class OrdersListResponse:
    """The orders of one patient.

    Attributes:
        success (bool):
        orders (list[Order]):
    """

    success: bool
    orders: list[Order]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _REQUIRED.issubset(src_dict):
            raise KeyError(min(_REQUIRED.difference(src_dict)))
        if _KEYS.issuperset(src_dict):
            extra: dict[str, Any] = {}
            d = dict(src_dict)
        else:
            extra = {key: value for key, value in src_dict.items() if key not in _KEYS}
            known = {key: value for key, value in src_dict.items() if key in _KEYS}
            d = known
        orders = []
        _orders = d["orders"]
        for orders_item_data in _orders:
            orders_item = Order.from_dict(orders_item_data)

            orders.append(orders_item)

        d["orders"] = orders
        d["additional_properties"] = extra
        orders_list_response = cls.__new__(cls)
        orders_list_response.__dict__ = d
        return orders_list_response

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


from ..models.order import Order  # noqa: E402
