# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `insurance_providers` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncPager,
    AsyncRunner,
    Operation,
    Pager,
    SyncRunner,
    TimeoutArg,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.insurance_provider import InsuranceProvider
    from ...models.insurance_providers_list_response import InsuranceProvidersListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = ["InsuranceProvidersResource", "AsyncInsuranceProvidersResource"]

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
        timeout: TimeoutArg = NOT_GIVEN,
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
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.insurance_provider import InsuranceProvider
        from ...models.insurance_providers_list_response import InsuranceProvidersListResponse
        from . import insurance_providers_list as _insurance_providers_list

        return self._runner.paginate(
            _insurance_providers_list.sync_detailed,
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
            timeout=timeout,
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
        timeout: TimeoutArg = NOT_GIVEN,
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
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.insurance_provider import InsuranceProvider
        from ...models.insurance_providers_list_response import InsuranceProvidersListResponse
        from . import insurance_providers_list as _insurance_providers_list

        return await self._runner.paginate(
            _insurance_providers_list.asyncio_detailed,
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
            timeout=timeout,
        )
