# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `visit_statuses` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncRunner,
    Operation,
    SyncRunner,
    TimeoutArg,
    require_interface,
)

if TYPE_CHECKING:
    from ...models.visit_statuses_list_response import VisitStatusesListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

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
