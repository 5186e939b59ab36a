# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `orders` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncRunner,
    Operation,
    SyncRunner,
    TimeoutArg,
    as_date,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.orders_list_response import OrdersListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = ["OrdersResource", "AsyncOrdersResource"]

_OP_ORDERS_LIST = Operation(
    name="orders_list",
    method="GET",
    path="/orders",
    requires_access_token=True,
)


class OrdersResource:
    """`orders` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        patient_mrn: str,
        start_date: datetime.date | str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> OrdersListResponse:
        """List a patient's orders

        Returns the orders (labs, imaging and similar) recorded for one patient, optionally
        limited to a date range. The list is not paginated.

        `GET /orders`

        Args:
            patient_mrn: MRN of the patient whose orders are returned.
            start_date: Only orders after this date; an ISO 8601 date such as `2024-01-01`. A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            end_date: Only orders before this date; an ISO 8601 date such as `2024-03-31`. A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.orders_list_response import OrdersListResponse
        from . import orders_list as _orders_list

        return self._runner.request(
            _orders_list.sync_detailed,
            {
                "patient_mrn": patient_mrn,
                "start_date": as_date(_OP_ORDERS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_ORDERS_LIST, "end_date", end_date),
            },
            op=_OP_ORDERS_LIST,
            expect=OrdersListResponse,
            timeout=timeout,
        )


class AsyncOrdersResource:
    """`orders` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        patient_mrn: str,
        start_date: datetime.date | str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> OrdersListResponse:
        """List a patient's orders

        Returns the orders (labs, imaging and similar) recorded for one patient, optionally
        limited to a date range. The list is not paginated.

        `GET /orders`

        Args:
            patient_mrn: MRN of the patient whose orders are returned.
            start_date: Only orders after this date; an ISO 8601 date such as `2024-01-01`. A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            end_date: Only orders before this date; an ISO 8601 date such as `2024-03-31`. A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.orders_list_response import OrdersListResponse
        from . import orders_list as _orders_list

        return await self._runner.request(
            _orders_list.asyncio_detailed,
            {
                "patient_mrn": patient_mrn,
                "start_date": as_date(_OP_ORDERS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_ORDERS_LIST, "end_date", end_date),
            },
            op=_OP_ORDERS_LIST,
            expect=OrdersListResponse,
            timeout=timeout,
        )
