# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `orders` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
    NotGiven,
    Operation,
    Query,
    SyncRunner,
    TimeoutArg,
    as_date,
    async_raw_method,
    raw_method,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.orders_list_response import OrdersListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "OrdersResource",
    "AsyncOrdersResource",
    "OrdersResourceWithRawResponse",
    "AsyncOrdersResourceWithRawResponse",
]

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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
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
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.orders_list_response import OrdersListResponse
        from . import orders_list as _orders_list

        return self._runner.request(
            _orders_list,
            {
                "patient_mrn": patient_mrn,
                "start_date": as_date(_OP_ORDERS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_ORDERS_LIST, "end_date", end_date),
            },
            op=_OP_ORDERS_LIST,
            expect=OrdersListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
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
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.orders_list_response import OrdersListResponse
        from . import orders_list as _orders_list

        return await self._runner.request(
            _orders_list,
            {
                "patient_mrn": patient_mrn,
                "start_date": as_date(_OP_ORDERS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_ORDERS_LIST, "end_date", end_date),
            },
            op=_OP_ORDERS_LIST,
            expect=OrdersListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class OrdersResourceWithRawResponse:
    """`orders` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `OrdersResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = OrdersResource(runner)
        self.list = raw_method(resource.list)


class AsyncOrdersResourceWithRawResponse:
    """`orders` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncOrdersResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncOrdersResource(runner)
        self.list = async_raw_method(resource.list)
