# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `locations` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.locations_list_response import LocationsListResponse
    from ...models.locations_update_response import LocationsUpdateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = ["LocationsResource", "AsyncLocationsResource"]

_OP_LOCATIONS_LIST = Operation(
    name="locations_list",
    method="GET",
    path="/locations",
    requires_access_token=True,
)
_OP_LOCATIONS_UPDATE = Operation(
    name="locations_update",
    method="PATCH",
    path="/locations/{id}",
    requires_access_token=True,
)


class LocationsResource:
    """`locations` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> LocationsListResponse:
        """List locations

        Returns the organisation's locations with both identifiers (Cobalt `id` for `PATCH
        /locations/{id}`, `ehr_id` for EHR operations such as creating appointments), address,
        phone, fax and status.

        `GET /locations`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.locations_list_response import LocationsListResponse
        from . import locations_list as _locations_list

        return self._runner.request(
            _locations_list.sync_detailed,
            {},
            op=_OP_LOCATIONS_LIST,
            expect=LocationsListResponse,
            timeout=timeout,
        )

    def update(
        self,
        id: str,
        *,
        status: str,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> LocationsUpdateResponse:
        """Update a location's status

        Activates or deactivates a location (addressed by Cobalt `id`) for scheduling and other
        operations. Only `status` can be changed, and the location must belong to the caller's
        organisation.

        `PATCH /locations/{id}`

        Args:
            id: Cobalt's location id from `GET /locations`, not the `ehr_id`.
            status: Activate or deactivate the location. `active` or `inactive`, in any letter
                case (`Active`, `ACTIVE`).
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.locations_update_request import LocationsUpdateRequest
        from ...models.locations_update_response import LocationsUpdateResponse
        from . import locations_update as _locations_update

        return self._runner.request(
            _locations_update.sync_detailed,
            {
                "id": id,
                "body": LocationsUpdateRequest(
                    status=status,
                ),
            },
            op=_OP_LOCATIONS_UPDATE,
            expect=LocationsUpdateResponse,
            timeout=timeout,
        )


class AsyncLocationsResource:
    """`locations` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> LocationsListResponse:
        """List locations

        Returns the organisation's locations with both identifiers (Cobalt `id` for `PATCH
        /locations/{id}`, `ehr_id` for EHR operations such as creating appointments), address,
        phone, fax and status.

        `GET /locations`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.locations_list_response import LocationsListResponse
        from . import locations_list as _locations_list

        return await self._runner.request(
            _locations_list.asyncio_detailed,
            {},
            op=_OP_LOCATIONS_LIST,
            expect=LocationsListResponse,
            timeout=timeout,
        )

    async def update(
        self,
        id: str,
        *,
        status: str,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> LocationsUpdateResponse:
        """Update a location's status

        Activates or deactivates a location (addressed by Cobalt `id`) for scheduling and other
        operations. Only `status` can be changed, and the location must belong to the caller's
        organisation.

        `PATCH /locations/{id}`

        Args:
            id: Cobalt's location id from `GET /locations`, not the `ehr_id`.
            status: Activate or deactivate the location. `active` or `inactive`, in any letter
                case (`Active`, `ACTIVE`).
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.locations_update_request import LocationsUpdateRequest
        from ...models.locations_update_response import LocationsUpdateResponse
        from . import locations_update as _locations_update

        return await self._runner.request(
            _locations_update.asyncio_detailed,
            {
                "id": id,
                "body": LocationsUpdateRequest(
                    status=status,
                ),
            },
            op=_OP_LOCATIONS_UPDATE,
            expect=LocationsUpdateResponse,
            timeout=timeout,
        )
