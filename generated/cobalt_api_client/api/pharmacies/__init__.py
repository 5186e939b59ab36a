# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `pharmacies` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.pharmacies_list_response import PharmaciesListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "PharmaciesResource",
    "AsyncPharmaciesResource",
    "PharmaciesResourceWithRawResponse",
    "AsyncPharmaciesResourceWithRawResponse",
]

_OP_PHARMACIES_LIST = Operation(
    name="pharmacies_list",
    method="GET",
    path="/pharmacies",
    requires_access_token=True,
)


class PharmaciesResource:
    """`pharmacies` operations."""

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
    ) -> PharmaciesListResponse:
        """List pharmacies

        Returns the organization's pharmacy directory as archived by Cobalt. The `ehr_id` of a
        pharmacy is the value other endpoints expect as a pharmacy's EHR id.

        `GET /pharmacies`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.pharmacies_list_response import PharmaciesListResponse
        from . import pharmacies_list as _pharmacies_list

        return self._runner.request(
            _pharmacies_list,
            {},
            op=_OP_PHARMACIES_LIST,
            expect=PharmaciesListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncPharmaciesResource:
    """`pharmacies` operations (asyncio)."""

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
    ) -> PharmaciesListResponse:
        """List pharmacies

        Returns the organization's pharmacy directory as archived by Cobalt. The `ehr_id` of a
        pharmacy is the value other endpoints expect as a pharmacy's EHR id.

        `GET /pharmacies`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.pharmacies_list_response import PharmaciesListResponse
        from . import pharmacies_list as _pharmacies_list

        return await self._runner.request(
            _pharmacies_list,
            {},
            op=_OP_PHARMACIES_LIST,
            expect=PharmaciesListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class PharmaciesResourceWithRawResponse:
    """`pharmacies` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `PharmaciesResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = PharmaciesResource(runner)
        self.list = raw_method(resource.list)


class AsyncPharmaciesResourceWithRawResponse:
    """`pharmacies` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncPharmaciesResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncPharmaciesResource(runner)
        self.list = async_raw_method(resource.list)
