"""Resources for the `pharmacies` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.pharmacies_list_response import PharmaciesListResponse

__all__ = ["PharmaciesResource", "AsyncPharmaciesResource"]

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
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> PharmaciesListResponse:
        """List pharmacies

        Returns the organization's pharmacy directory as archived by Cobalt. The `ehr_id` of a
        pharmacy is the value other endpoints expect as a pharmacy's EHR id.

        `GET /pharmacies`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.pharmacies_list_response import PharmaciesListResponse
        from . import pharmacies_list as _pharmacies_list

        return self._runner.request(
            _pharmacies_list.sync_detailed,
            {},
            op=_OP_PHARMACIES_LIST,
            expect=PharmaciesListResponse,
            timeout=timeout,
        )


class AsyncPharmaciesResource:
    """`pharmacies` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> PharmaciesListResponse:
        """List pharmacies

        Returns the organization's pharmacy directory as archived by Cobalt. The `ehr_id` of a
        pharmacy is the value other endpoints expect as a pharmacy's EHR id.

        `GET /pharmacies`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.pharmacies_list_response import PharmaciesListResponse
        from . import pharmacies_list as _pharmacies_list

        return await self._runner.request(
            _pharmacies_list.asyncio_detailed,
            {},
            op=_OP_PHARMACIES_LIST,
            expect=PharmaciesListResponse,
            timeout=timeout,
        )
