"""Resources for the `visit_types` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.visit_types_list_response import VisitTypesListResponse

__all__ = ["VisitTypesResource", "AsyncVisitTypesResource"]

_OP_VISIT_TYPES_LIST = Operation(
    name="visit_types_list",
    method="GET",
    path="/visit-types",
    requires_access_token=True,
)


class VisitTypesResource:
    """`visit_types` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> VisitTypesListResponse:
        """List visit types

        Returns the visit type codes (with descriptions) configured for the linked account, for
        use as the appointment `type` and as the availability `visit_type`.

        `GET /visit-types`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.visit_types_list_response import VisitTypesListResponse
        from . import visit_types_list as _visit_types_list

        return self._runner.request(
            _visit_types_list.sync_detailed,
            {},
            op=_OP_VISIT_TYPES_LIST,
            expect=VisitTypesListResponse,
            timeout=timeout,
        )


class AsyncVisitTypesResource:
    """`visit_types` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> VisitTypesListResponse:
        """List visit types

        Returns the visit type codes (with descriptions) configured for the linked account, for
        use as the appointment `type` and as the availability `visit_type`.

        `GET /visit-types`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.visit_types_list_response import VisitTypesListResponse
        from . import visit_types_list as _visit_types_list

        return await self._runner.request(
            _visit_types_list.asyncio_detailed,
            {},
            op=_OP_VISIT_TYPES_LIST,
            expect=VisitTypesListResponse,
            timeout=timeout,
        )
