"""Resources for the `visit_statuses` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.visit_statuses_list_response import VisitStatusesListResponse

__all__ = [
    "VisitStatusesResource",
    "AsyncVisitStatusesResource",
    "VisitStatusesResourceWithRawResponse",
    "AsyncVisitStatusesResourceWithRawResponse",
]

_OP_VISIT_STATUSES_LIST = Operation(
    name="visit_statuses_list",
    method="GET",
    path="/visit-statuses",
    requires_access_token=True,
)


class VisitStatusesResource:
    """`visit_statuses` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> VisitStatusesListResponse:
        """List visit statuses

        Returns the appointment status codes (with descriptions) configured for the linked
        account, for use when updating a scheduled appointment's status.

        `GET /visit-statuses`
        """

        from ...models.visit_statuses_list_response import VisitStatusesListResponse
        from . import visit_statuses_list as _visit_statuses_list

        return self._runner.request(
            _visit_statuses_list,
            {},
            op=_OP_VISIT_STATUSES_LIST,
            expect=VisitStatusesListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncVisitStatusesResource:
    """`visit_statuses` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> VisitStatusesListResponse:
        """List visit statuses

        Returns the appointment status codes (with descriptions) configured for the linked
        account, for use when updating a scheduled appointment's status.

        `GET /visit-statuses`
        """

        from ...models.visit_statuses_list_response import VisitStatusesListResponse
        from . import visit_statuses_list as _visit_statuses_list

        return await self._runner.request(
            _visit_statuses_list,
            {},
            op=_OP_VISIT_STATUSES_LIST,
            expect=VisitStatusesListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class VisitStatusesResourceWithRawResponse:
    """`visit_statuses` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `VisitStatusesResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = VisitStatusesResource(runner)
        self.list = raw_method(resource.list)


class AsyncVisitStatusesResourceWithRawResponse:
    """`visit_statuses` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncVisitStatusesResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncVisitStatusesResource(runner)
        self.list = async_raw_method(resource.list)
