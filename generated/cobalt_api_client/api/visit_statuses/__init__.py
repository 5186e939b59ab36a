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
    Job,
    Operation,
    Pager,
    SyncRunner,
    TimeoutArg,
    as_date,
    as_datetime,
    as_digits,
    as_ids,
)

from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.visit_statuses_list_response import VisitStatusesListResponse

__all__ = ["VisitStatusesResource", "AsyncVisitStatusesResource"]

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
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> VisitStatusesListResponse:
        """List visit statuses

        Returns the appointment status codes (with descriptions) configured for the linked
        account, for use when updating a scheduled appointment's status.

        `GET /visit-statuses`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.visit_statuses_list_response import VisitStatusesListResponse
        from . import visit_statuses_list as _visit_statuses_list

        return self._runner.request(
            _visit_statuses_list.sync_detailed,
            {},
            op=_OP_VISIT_STATUSES_LIST,
            expect=VisitStatusesListResponse,
            timeout=timeout,
        )


class AsyncVisitStatusesResource:
    """`visit_statuses` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> VisitStatusesListResponse:
        """List visit statuses

        Returns the appointment status codes (with descriptions) configured for the linked
        account, for use when updating a scheduled appointment's status.

        `GET /visit-statuses`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.visit_statuses_list_response import VisitStatusesListResponse
        from . import visit_statuses_list as _visit_statuses_list

        return await self._runner.request(
            _visit_statuses_list.asyncio_detailed,
            {},
            op=_OP_VISIT_STATUSES_LIST,
            expect=VisitStatusesListResponse,
            timeout=timeout,
        )
