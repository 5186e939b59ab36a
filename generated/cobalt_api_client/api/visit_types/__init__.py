# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `visit_types` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

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
    async_raw_method,
    raw_method,
    require_interface,
)

if TYPE_CHECKING:
    from ...models.visit_types_list_response import VisitTypesListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "VisitTypesResource",
    "AsyncVisitTypesResource",
    "VisitTypesResourceWithRawResponse",
    "AsyncVisitTypesResourceWithRawResponse",
]

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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> VisitTypesListResponse:
        """List visit types

        Returns the visit type codes (with descriptions) configured for the linked account, for
        use as the appointment `type` and as the availability `visit_type`.

        `GET /visit-types`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.visit_types_list_response import VisitTypesListResponse
        from . import visit_types_list as _visit_types_list

        return self._runner.request(
            _visit_types_list,
            {},
            op=_OP_VISIT_TYPES_LIST,
            expect=VisitTypesListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncVisitTypesResource:
    """`visit_types` operations (asyncio)."""

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
    ) -> VisitTypesListResponse:
        """List visit types

        Returns the visit type codes (with descriptions) configured for the linked account, for
        use as the appointment `type` and as the availability `visit_type`.

        `GET /visit-types`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.visit_types_list_response import VisitTypesListResponse
        from . import visit_types_list as _visit_types_list

        return await self._runner.request(
            _visit_types_list,
            {},
            op=_OP_VISIT_TYPES_LIST,
            expect=VisitTypesListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class VisitTypesResourceWithRawResponse:
    """`visit_types` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `VisitTypesResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = VisitTypesResource(runner)
        self.list = raw_method(resource.list)


class AsyncVisitTypesResourceWithRawResponse:
    """`visit_types` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncVisitTypesResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncVisitTypesResource(runner)
        self.list = async_raw_method(resource.list)
