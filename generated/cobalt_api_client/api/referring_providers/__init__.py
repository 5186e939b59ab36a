# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `referring_providers` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncJob,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
    Job,
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
    from ...models.referring_provider_created_event import ReferringProviderCreatedEvent
    from ...models.referring_providers_create_response import ReferringProvidersCreateResponse
    from ...models.referring_providers_list_response import ReferringProvidersListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

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

        Args:
            first_name: Filter on first name (case-insensitive, partial match). Optional.
            last_name: Filter on last name (case-insensitive, partial match). Optional.
            phone: Filter on phone number; any format is accepted (e.g. `7734722936` or
                `773-472-2936`). Optional.
            fax: Filter on fax number; any format is accepted. Optional.
            npi: Filter on NPI (exact match). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
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

        Args:
            first_name: First name.
            last_name: Last name.
            npi: National Provider Identifier; validated by the EHR (an invalid NPI fails
                later, by webhook).
            phone: Contact phone in `XXX-XXX-XXXX` format (e.g. `312-555-1234`); other formats
                get a 400. Optional.
            fax: Fax number in `XXX-XXX-XXXX` format; other formats get a 400. Optional.
            email: Contact email. Optional.
            address: Street address. Optional.
            city: City. Optional.
            state: State abbreviation (e.g. `IL`, `CA`). Optional.
            zip_code: ZIP code. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
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

        Args:
            first_name: Filter on first name (case-insensitive, partial match). Optional.
            last_name: Filter on last name (case-insensitive, partial match). Optional.
            phone: Filter on phone number; any format is accepted (e.g. `7734722936` or
                `773-472-2936`). Optional.
            fax: Filter on fax number; any format is accepted. Optional.
            npi: Filter on NPI (exact match). Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
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

        Args:
            first_name: First name.
            last_name: Last name.
            npi: National Provider Identifier; validated by the EHR (an invalid NPI fails
                later, by webhook).
            phone: Contact phone in `XXX-XXX-XXXX` format (e.g. `312-555-1234`); other formats
                get a 400. Optional.
            fax: Fax number in `XXX-XXX-XXXX` format; other formats get a 400. Optional.
            email: Contact email. Optional.
            address: Street address. Optional.
            city: City. Optional.
            state: State abbreviation (e.g. `IL`, `CA`). Optional.
            zip_code: ZIP code. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
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
