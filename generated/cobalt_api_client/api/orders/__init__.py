"""Resources for the `orders` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from cobalt_sdk._runtime import (
    NOT_GIVEN,
    AsyncJob,
    AsyncPager,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
    Job,
    NotGiven,
    Operation,
    Pager,
    Query,
    SyncRunner,
    TimeoutArg,
    as_date,
    as_datetime,
    async_raw_method,
    raw_method,
)

from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.orders_list_response import OrdersListResponse

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
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
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
        """

        from ...models.orders_list_response import OrdersListResponse
        from . import orders_list as _orders_list

        return self._runner.request(
            _orders_list,
            {
                "patient_mrn": patient_mrn,
                "start_date": start_date,
                "end_date": end_date,
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
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
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
        """

        from ...models.orders_list_response import OrdersListResponse
        from . import orders_list as _orders_list

        return await self._runner.request(
            _orders_list,
            {
                "patient_mrn": patient_mrn,
                "start_date": start_date,
                "end_date": end_date,
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
