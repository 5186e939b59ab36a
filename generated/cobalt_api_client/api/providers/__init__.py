# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `providers` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import builtins
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

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.provider_hours_input import ProviderHoursInput
    from ...models.providers_list_response import ProvidersListResponse
    from ...models.providers_update_by_ehr_id_request_hide_in_availability import (
        ProvidersUpdateByEhrIdRequestHideInAvailability,
    )
    from ...models.providers_update_by_ehr_id_response import ProvidersUpdateByEhrIdResponse
    from ...models.providers_update_request_hide_in_availability import ProvidersUpdateRequestHideInAvailability
    from ...models.providers_update_response import ProvidersUpdateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "ProvidersResource",
    "AsyncProvidersResource",
    "ProvidersResourceWithRawResponse",
    "AsyncProvidersResourceWithRawResponse",
]

_OP_PROVIDERS_LIST = Operation(
    name="providers_list",
    method="GET",
    path="/providers",
    requires_access_token=True,
)
_OP_PROVIDERS_UPDATE = Operation(
    name="providers_update",
    method="PATCH",
    path="/providers/{id}",
    requires_access_token=True,
)
_OP_PROVIDERS_UPDATE_BY_EHR_ID = Operation(
    name="providers_update_by_ehr_id",
    method="PATCH",
    path="/providers/ehr/{ehr_id}",
    requires_access_token=True,
)


class ProvidersResource:
    """`providers` operations."""

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
    ) -> ProvidersListResponse:
        """List providers

        Returns the organisation's providers with both identifiers (Cobalt `id` for the settings
        endpoints, `ehr_id` for EHR operations), their sync status and their weekly schedule
        (shifts, recurrence and visit-type rules).

        `GET /providers`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.providers_list_response import ProvidersListResponse
        from . import providers_list as _providers_list

        return self._runner.request(
            _providers_list,
            {},
            op=_OP_PROVIDERS_LIST,
            expect=ProvidersListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        id: str,
        *,
        status: str | Unset = UNSET,
        hide_in_availability: ProvidersUpdateRequestHideInAvailability | Unset = UNSET,
        hours: builtins.list[ProviderHoursInput] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> ProvidersUpdateResponse:
        """Update a provider's settings

        Changes Cobalt's settings for one provider, addressed by Cobalt `id`: whether the schedule
        is synced (`status`), whether the provider is hidden from `GET /availability`, and the
        working hours. Every field is optional. This only changes Cobalt's configuration; nothing
        is written to the EHR.

        `PATCH /providers/{id}`

        Args:
            id: Cobalt's provider id from `GET /providers` (32 hex characters), not the
                `ehr_id`.
            status: Whether Cobalt syncs the provider's schedule. `active` or `inactive`, in
                any letter case (`Active`, `ACTIVE`). Optional.
            hide_in_availability: "true" hides the provider from `GET /availability` while its
                schedule keeps syncing. Optional.
            hours: New working schedule, one entry per weekday. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.providers_update_request import ProvidersUpdateRequest
        from ...models.providers_update_response import ProvidersUpdateResponse
        from . import providers_update as _providers_update

        return self._runner.request(
            _providers_update,
            {
                "id": id,
                "body": ProvidersUpdateRequest(
                    status=status,
                    hide_in_availability=hide_in_availability,
                    hours=hours,
                ),
            },
            op=_OP_PROVIDERS_UPDATE,
            expect=ProvidersUpdateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def update_by_ehr_id(
        self,
        ehr_id: str,
        *,
        status: str | Unset = UNSET,
        hide_in_availability: ProvidersUpdateByEhrIdRequestHideInAvailability | Unset = UNSET,
        hours: builtins.list[ProviderHoursInput] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> ProvidersUpdateByEhrIdResponse:
        """Update a provider's settings by EHR id

        Same as `PATCH /providers/{id}`, but the provider is addressed by its EHR identifier. A
        common use is keeping a provider `active` (schedule synced for reporting) while setting
        `hide_in_availability` to "true" so it is not offered for booking.

        `PATCH /providers/ehr/{ehr_id}`

        Args:
            ehr_id: The provider's EHR id (`ehr_id` from `GET /providers`).
            status: Whether Cobalt syncs the provider's schedule. `active` or `inactive`, in
                any letter case (`Active`, `ACTIVE`). Optional.
            hide_in_availability: "true" hides the provider from `GET /availability` while its
                schedule keeps syncing. Optional.
            hours: New working schedule, one entry per weekday. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.providers_update_by_ehr_id_request import ProvidersUpdateByEhrIdRequest
        from ...models.providers_update_by_ehr_id_response import ProvidersUpdateByEhrIdResponse
        from . import providers_update_by_ehr_id as _providers_update_by_ehr_id

        return self._runner.request(
            _providers_update_by_ehr_id,
            {
                "ehr_id": ehr_id,
                "body": ProvidersUpdateByEhrIdRequest(
                    status=status,
                    hide_in_availability=hide_in_availability,
                    hours=hours,
                ),
            },
            op=_OP_PROVIDERS_UPDATE_BY_EHR_ID,
            expect=ProvidersUpdateByEhrIdResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncProvidersResource:
    """`providers` operations (asyncio)."""

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
    ) -> ProvidersListResponse:
        """List providers

        Returns the organisation's providers with both identifiers (Cobalt `id` for the settings
        endpoints, `ehr_id` for EHR operations), their sync status and their weekly schedule
        (shifts, recurrence and visit-type rules).

        `GET /providers`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.providers_list_response import ProvidersListResponse
        from . import providers_list as _providers_list

        return await self._runner.request(
            _providers_list,
            {},
            op=_OP_PROVIDERS_LIST,
            expect=ProvidersListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        id: str,
        *,
        status: str | Unset = UNSET,
        hide_in_availability: ProvidersUpdateRequestHideInAvailability | Unset = UNSET,
        hours: builtins.list[ProviderHoursInput] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> ProvidersUpdateResponse:
        """Update a provider's settings

        Changes Cobalt's settings for one provider, addressed by Cobalt `id`: whether the schedule
        is synced (`status`), whether the provider is hidden from `GET /availability`, and the
        working hours. Every field is optional. This only changes Cobalt's configuration; nothing
        is written to the EHR.

        `PATCH /providers/{id}`

        Args:
            id: Cobalt's provider id from `GET /providers` (32 hex characters), not the
                `ehr_id`.
            status: Whether Cobalt syncs the provider's schedule. `active` or `inactive`, in
                any letter case (`Active`, `ACTIVE`). Optional.
            hide_in_availability: "true" hides the provider from `GET /availability` while its
                schedule keeps syncing. Optional.
            hours: New working schedule, one entry per weekday. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.providers_update_request import ProvidersUpdateRequest
        from ...models.providers_update_response import ProvidersUpdateResponse
        from . import providers_update as _providers_update

        return await self._runner.request(
            _providers_update,
            {
                "id": id,
                "body": ProvidersUpdateRequest(
                    status=status,
                    hide_in_availability=hide_in_availability,
                    hours=hours,
                ),
            },
            op=_OP_PROVIDERS_UPDATE,
            expect=ProvidersUpdateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def update_by_ehr_id(
        self,
        ehr_id: str,
        *,
        status: str | Unset = UNSET,
        hide_in_availability: ProvidersUpdateByEhrIdRequestHideInAvailability | Unset = UNSET,
        hours: builtins.list[ProviderHoursInput] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> ProvidersUpdateByEhrIdResponse:
        """Update a provider's settings by EHR id

        Same as `PATCH /providers/{id}`, but the provider is addressed by its EHR identifier. A
        common use is keeping a provider `active` (schedule synced for reporting) while setting
        `hide_in_availability` to "true" so it is not offered for booking.

        `PATCH /providers/ehr/{ehr_id}`

        Args:
            ehr_id: The provider's EHR id (`ehr_id` from `GET /providers`).
            status: Whether Cobalt syncs the provider's schedule. `active` or `inactive`, in
                any letter case (`Active`, `ACTIVE`). Optional.
            hide_in_availability: "true" hides the provider from `GET /availability` while its
                schedule keeps syncing. Optional.
            hours: New working schedule, one entry per weekday. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.providers_update_by_ehr_id_request import ProvidersUpdateByEhrIdRequest
        from ...models.providers_update_by_ehr_id_response import ProvidersUpdateByEhrIdResponse
        from . import providers_update_by_ehr_id as _providers_update_by_ehr_id

        return await self._runner.request(
            _providers_update_by_ehr_id,
            {
                "ehr_id": ehr_id,
                "body": ProvidersUpdateByEhrIdRequest(
                    status=status,
                    hide_in_availability=hide_in_availability,
                    hours=hours,
                ),
            },
            op=_OP_PROVIDERS_UPDATE_BY_EHR_ID,
            expect=ProvidersUpdateByEhrIdResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class ProvidersResourceWithRawResponse:
    """`providers` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `ProvidersResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = ProvidersResource(runner)
        self.list = raw_method(resource.list)
        self.update = raw_method(resource.update)
        self.update_by_ehr_id = raw_method(resource.update_by_ehr_id)


class AsyncProvidersResourceWithRawResponse:
    """`providers` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncProvidersResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncProvidersResource(runner)
        self.list = async_raw_method(resource.list)
        self.update = async_raw_method(resource.update)
        self.update_by_ehr_id = async_raw_method(resource.update_by_ehr_id)
