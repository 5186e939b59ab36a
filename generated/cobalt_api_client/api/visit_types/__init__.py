# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `visit_types` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.visit_types_list_response import VisitTypesListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

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
