# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `pharmacies` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.pharmacies_list_response import PharmaciesListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

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
