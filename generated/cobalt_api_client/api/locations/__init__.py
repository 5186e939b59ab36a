# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `locations` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.locations_list_response import LocationsListResponse
    from ...models.locations_update_response import LocationsUpdateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "LocationsResource",
    "AsyncLocationsResource",
    "LocationsResourceWithRawResponse",
    "AsyncLocationsResourceWithRawResponse",
]

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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> LocationsListResponse:
        """List locations

        Returns the organisation's locations with both identifiers (Cobalt `id` for `PATCH
        /locations/{id}`, `ehr_id` for EHR operations such as creating appointments), address,
        phone, fax and status.

        `GET /locations`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.locations_list_response import LocationsListResponse
        from . import locations_list as _locations_list

        return self._runner.request(
            _locations_list,
            {},
            op=_OP_LOCATIONS_LIST,
            expect=LocationsListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        id: str,
        *,
        status: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
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
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.locations_update_request import LocationsUpdateRequest
        from ...models.locations_update_response import LocationsUpdateResponse
        from . import locations_update as _locations_update

        return self._runner.request(
            _locations_update,
            {
                "id": id,
                "body": LocationsUpdateRequest(
                    status=status,
                ),
            },
            op=_OP_LOCATIONS_UPDATE,
            expect=LocationsUpdateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncLocationsResource:
    """`locations` operations (asyncio)."""

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
    ) -> LocationsListResponse:
        """List locations

        Returns the organisation's locations with both identifiers (Cobalt `id` for `PATCH
        /locations/{id}`, `ehr_id` for EHR operations such as creating appointments), address,
        phone, fax and status.

        `GET /locations`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.locations_list_response import LocationsListResponse
        from . import locations_list as _locations_list

        return await self._runner.request(
            _locations_list,
            {},
            op=_OP_LOCATIONS_LIST,
            expect=LocationsListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        id: str,
        *,
        status: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
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
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.locations_update_request import LocationsUpdateRequest
        from ...models.locations_update_response import LocationsUpdateResponse
        from . import locations_update as _locations_update

        return await self._runner.request(
            _locations_update,
            {
                "id": id,
                "body": LocationsUpdateRequest(
                    status=status,
                ),
            },
            op=_OP_LOCATIONS_UPDATE,
            expect=LocationsUpdateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class LocationsResourceWithRawResponse:
    """`locations` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `LocationsResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = LocationsResource(runner)
        self.list = raw_method(resource.list)
        self.update = raw_method(resource.update)


class AsyncLocationsResourceWithRawResponse:
    """`locations` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncLocationsResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncLocationsResource(runner)
        self.list = async_raw_method(resource.list)
        self.update = async_raw_method(resource.update)
