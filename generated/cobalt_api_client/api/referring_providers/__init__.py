"""Resources for the `referring_providers` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from cobalt_sdk._runtime import (
    NOT_GIVEN,
    AsyncJob,
    AsyncPager,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
    Job,
    NotGiven,
    Operation,
    Pager,
    Query,
    SyncRunner,
    TimeoutArg,
    as_date,
    as_datetime,
    async_raw_method,
    raw_method,
)

from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.referring_provider_created_event import ReferringProviderCreatedEvent
    from ...models.referring_providers_create_request import ReferringProvidersCreateRequest
    from ...models.referring_providers_create_response import ReferringProvidersCreateResponse
    from ...models.referring_providers_list_response import ReferringProvidersListResponse

__all__ = [
    "ReferringProvidersResource",
    "AsyncReferringProvidersResource",
    "ReferringProvidersResourceWithRawResponse",
    "AsyncReferringProvidersResourceWithRawResponse",
]

_OP_REFERRING_PROVIDERS_LIST = Operation(
    name="referring_providers_list",
    method="GET",
    path="/referring-providers",
    requires_access_token=True,
)
_OP_REFERRING_PROVIDERS_CREATE = Operation(
    name="referring_providers_create",
    method="POST",
    path="/referring-providers",
    requires_access_token=True,
)


class ReferringProvidersResource:
    """`referring_providers` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        fax: str | Unset = UNSET,
        npi: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> ReferringProvidersListResponse:
        """List referring providers

        Returns the organization's referring providers, optionally filtered by name, phone, fax or
        NPI (filters can be combined). The returned `id` is what patient creation accepts as
        `referring_provider_id` or `pcp_id`.

        `GET /referring-providers`
        """

        from ...models.referring_providers_list_response import ReferringProvidersListResponse
        from . import referring_providers_list as _referring_providers_list

        return self._runner.request(
            _referring_providers_list,
            {
                "first_name": first_name,
                "last_name": last_name,
                "phone": phone,
                "fax": fax,
                "npi": npi,
            },
            op=_OP_REFERRING_PROVIDERS_LIST,
            expect=ReferringProvidersListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        first_name: str,
        last_name: str,
        npi: str,
        phone: str | Unset = UNSET,
        fax: str | Unset = UNSET,
        email: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_code: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[ReferringProvidersCreateResponse, ReferringProviderCreatedEvent]:
        """Create a referring provider

        Queues the creation of a referring provider in the EHR. The call returns the new Cobalt
        `referring_provider_id` at once (usable when creating patients); the NPI is validated by
        the EHR, so an invalid NPI or an EHR validation error is reported later by webhook.

        `POST /referring-providers`
        """

        from ...models.referring_provider_created_event import ReferringProviderCreatedEvent
        from ...models.referring_providers_create_request import ReferringProvidersCreateRequest
        from ...models.referring_providers_create_response import ReferringProvidersCreateResponse
        from . import referring_providers_create as _referring_providers_create

        return self._runner.job(
            _referring_providers_create,
            {
                "body": ReferringProvidersCreateRequest(
                    first_name=first_name,
                    last_name=last_name,
                    npi=npi,
                    phone=phone,
                    fax=fax,
                    email=email,
                    address=address,
                    city=city,
                    state=state,
                    zip_code=zip_code,
                ),
            },
            op=_OP_REFERRING_PROVIDERS_CREATE,
            expect=ReferringProvidersCreateResponse,
            event=ReferringProviderCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncReferringProvidersResource:
    """`referring_providers` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        fax: str | Unset = UNSET,
        npi: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> ReferringProvidersListResponse:
        """List referring providers

        Returns the organization's referring providers, optionally filtered by name, phone, fax or
        NPI (filters can be combined). The returned `id` is what patient creation accepts as
        `referring_provider_id` or `pcp_id`.

        `GET /referring-providers`
        """

        from ...models.referring_providers_list_response import ReferringProvidersListResponse
        from . import referring_providers_list as _referring_providers_list

        return await self._runner.request(
            _referring_providers_list,
            {
                "first_name": first_name,
                "last_name": last_name,
                "phone": phone,
                "fax": fax,
                "npi": npi,
            },
            op=_OP_REFERRING_PROVIDERS_LIST,
            expect=ReferringProvidersListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        first_name: str,
        last_name: str,
        npi: str,
        phone: str | Unset = UNSET,
        fax: str | Unset = UNSET,
        email: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_code: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[ReferringProvidersCreateResponse, ReferringProviderCreatedEvent]:
        """Create a referring provider

        Queues the creation of a referring provider in the EHR. The call returns the new Cobalt
        `referring_provider_id` at once (usable when creating patients); the NPI is validated by
        the EHR, so an invalid NPI or an EHR validation error is reported later by webhook.

        `POST /referring-providers`
        """

        from ...models.referring_provider_created_event import ReferringProviderCreatedEvent
        from ...models.referring_providers_create_request import ReferringProvidersCreateRequest
        from ...models.referring_providers_create_response import ReferringProvidersCreateResponse
        from . import referring_providers_create as _referring_providers_create

        return await self._runner.job(
            _referring_providers_create,
            {
                "body": ReferringProvidersCreateRequest(
                    first_name=first_name,
                    last_name=last_name,
                    npi=npi,
                    phone=phone,
                    fax=fax,
                    email=email,
                    address=address,
                    city=city,
                    state=state,
                    zip_code=zip_code,
                ),
            },
            op=_OP_REFERRING_PROVIDERS_CREATE,
            expect=ReferringProvidersCreateResponse,
            event=ReferringProviderCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class ReferringProvidersResourceWithRawResponse:
    """`referring_providers` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `ReferringProvidersResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = ReferringProvidersResource(runner)
        self.list = raw_method(resource.list)
        self.create = raw_method(resource.create)


class AsyncReferringProvidersResourceWithRawResponse:
    """`referring_providers` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncReferringProvidersResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncReferringProvidersResource(runner)
        self.list = async_raw_method(resource.list)
        self.create = async_raw_method(resource.create)
