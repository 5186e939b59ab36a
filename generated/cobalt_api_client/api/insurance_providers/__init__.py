"""Resources for the `insurance_providers` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.insurance_provider import InsuranceProvider
    from ...models.insurance_providers_list_response import InsuranceProvidersListResponse

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
