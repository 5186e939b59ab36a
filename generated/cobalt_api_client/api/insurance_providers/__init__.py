# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `insurance_providers` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncPager,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
    NotGiven,
    Operation,
    Pager,
    Query,
    SyncRunner,
    TimeoutArg,
    async_raw_method,
    raw_method,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.insurance_provider import InsuranceProvider
    from ...models.insurance_providers_list_response import InsuranceProvidersListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "InsuranceProvidersResource",
    "AsyncInsuranceProvidersResource",
    "InsuranceProvidersResourceWithRawResponse",
    "AsyncInsuranceProvidersResourceWithRawResponse",
]

_OP_INSURANCE_PROVIDERS_LIST = Operation(
    name="insurance_providers_list",
    method="GET",
    path="/insurance-providers",
    requires_access_token=True,
)


class InsuranceProvidersResource:
    """`insurance_providers` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        name: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        active: bool | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Pager[InsuranceProvidersListResponse, InsuranceProvider]:
        """Search insurance providers

        Lists the insurance carriers configured in the organization, optionally filtered by name
        or active flag, one page at a time. The returned `id` is the `insurance_provider_id` to
        send when adding or updating a patient insurance.

        `GET /insurance-providers`

        Args:
            name: Filter on carrier name (case-insensitive, partial match). Optional.
            page: Page number, starting at 1. Optional (default `1`).
            page_size: Number of carriers per page. Optional (default `100`).
            active: Only carriers whose active flag equals this value. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.insurance_provider import InsuranceProvider
        from ...models.insurance_providers_list_response import InsuranceProvidersListResponse
        from . import insurance_providers_list as _insurance_providers_list

        return self._runner.paginate(
            _insurance_providers_list,
            {
                "name": name,
                "page": page,
                "page_size": page_size,
                "active": active,
            },
            op=_OP_INSURANCE_PROVIDERS_LIST,
            expect=InsuranceProvidersListResponse,
            item=InsuranceProvider,
            items_attr="insurance_providers",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncInsuranceProvidersResource:
    """`insurance_providers` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        name: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        active: bool | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InsuranceProvidersListResponse, InsuranceProvider]:
        """Search insurance providers

        Lists the insurance carriers configured in the organization, optionally filtered by name
        or active flag, one page at a time. The returned `id` is the `insurance_provider_id` to
        send when adding or updating a patient insurance.

        `GET /insurance-providers`

        Args:
            name: Filter on carrier name (case-insensitive, partial match). Optional.
            page: Page number, starting at 1. Optional (default `1`).
            page_size: Number of carriers per page. Optional (default `100`).
            active: Only carriers whose active flag equals this value. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.insurance_provider import InsuranceProvider
        from ...models.insurance_providers_list_response import InsuranceProvidersListResponse
        from . import insurance_providers_list as _insurance_providers_list

        return await self._runner.paginate(
            _insurance_providers_list,
            {
                "name": name,
                "page": page,
                "page_size": page_size,
                "active": active,
            },
            op=_OP_INSURANCE_PROVIDERS_LIST,
            expect=InsuranceProvidersListResponse,
            item=InsuranceProvider,
            items_attr="insurance_providers",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class InsuranceProvidersResourceWithRawResponse:
    """`insurance_providers` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `InsuranceProvidersResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = InsuranceProvidersResource(runner)
        self.list = raw_method(resource.list)


class AsyncInsuranceProvidersResourceWithRawResponse:
    """`insurance_providers` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncInsuranceProvidersResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncInsuranceProvidersResource(runner)
        self.list = async_raw_method(resource.list)
