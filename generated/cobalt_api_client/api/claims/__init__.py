# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `claims` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
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
    async_raw_method,
    raw_method,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.claim import Claim
    from ...models.claim_created_event import ClaimCreatedEvent
    from ...models.claims_create_response import ClaimsCreateResponse
    from ...models.claims_list_response import ClaimsListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "ClaimsResource",
    "AsyncClaimsResource",
    "ClaimsResourceWithRawResponse",
    "AsyncClaimsResourceWithRawResponse",
]

_OP_CLAIMS_LIST = Operation(
    name="claims_list",
    method="GET",
    path="/claims",
    requires_access_token=True,
)
_OP_CLAIMS_CREATE = Operation(
    name="claims_create",
    method="POST",
    path="/claims",
    requires_access_token=True,
)


class ClaimsResource:
    """`claims` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Pager[ClaimsListResponse, Claim]:
        """List claims

        Returns the claims Cobalt has synced from the EMR for a date range, one page at a time.
        Each claim carries its EMR identifiers, status, money totals, the insurances billed and a
        balances roll-up.

        `GET /claims`

        Args:
            start_date: First day of the date range, `YYYY-MM-DD`. The docs do not say whether
                the range applies to the service date or the claim date. A `datetime.date` or an
                ISO date string (`2024-03-14`).
            end_date: Last day of the date range, `YYYY-MM-DD`. A `datetime.date` or an ISO
                date string (`2024-03-14`).
            page: Page number to return, starting at 1. Optional (default `1`).
            page_size: Number of claims per page. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.claim import Claim
        from ...models.claims_list_response import ClaimsListResponse
        from . import claims_list as _claims_list

        return self._runner.paginate(
            _claims_list,
            {
                "start_date": as_date(_OP_CLAIMS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_CLAIMS_LIST, "end_date", end_date),
                "page": page,
                "page_size": page_size,
            },
            op=_OP_CLAIMS_LIST,
            expect=ClaimsListResponse,
            item=Claim,
            items_attr="claims",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        appointment_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[ClaimsCreateResponse, ClaimCreatedEvent]:
        """Create a claim

        Queues the creation of a claim in the EMR for an existing Cobalt appointment that already
        has an EMR appointment id. The call returns immediately with a `job_id`; the outcome
        arrives later by webhook (or by polling webhook events). Currently only eClinicalWorks is
        supported.

        `POST /claims`

        Args:
            appointment_id: Cobalt id of an appointment that belongs to the authenticated user
                and already has an EMR appointment id.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.claim_created_event import ClaimCreatedEvent
        from ...models.claims_create_request import ClaimsCreateRequest
        from ...models.claims_create_response import ClaimsCreateResponse
        from . import claims_create as _claims_create

        return self._runner.job(
            _claims_create,
            {
                "body": ClaimsCreateRequest(
                    appointment_id=appointment_id,
                ),
            },
            op=_OP_CLAIMS_CREATE,
            expect=ClaimsCreateResponse,
            event=ClaimCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncClaimsResource:
    """`claims` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ClaimsListResponse, Claim]:
        """List claims

        Returns the claims Cobalt has synced from the EMR for a date range, one page at a time.
        Each claim carries its EMR identifiers, status, money totals, the insurances billed and a
        balances roll-up.

        `GET /claims`

        Args:
            start_date: First day of the date range, `YYYY-MM-DD`. The docs do not say whether
                the range applies to the service date or the claim date. A `datetime.date` or an
                ISO date string (`2024-03-14`).
            end_date: Last day of the date range, `YYYY-MM-DD`. A `datetime.date` or an ISO
                date string (`2024-03-14`).
            page: Page number to return, starting at 1. Optional (default `1`).
            page_size: Number of claims per page. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.claim import Claim
        from ...models.claims_list_response import ClaimsListResponse
        from . import claims_list as _claims_list

        return await self._runner.paginate(
            _claims_list,
            {
                "start_date": as_date(_OP_CLAIMS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_CLAIMS_LIST, "end_date", end_date),
                "page": page,
                "page_size": page_size,
            },
            op=_OP_CLAIMS_LIST,
            expect=ClaimsListResponse,
            item=Claim,
            items_attr="claims",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        appointment_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[ClaimsCreateResponse, ClaimCreatedEvent]:
        """Create a claim

        Queues the creation of a claim in the EMR for an existing Cobalt appointment that already
        has an EMR appointment id. The call returns immediately with a `job_id`; the outcome
        arrives later by webhook (or by polling webhook events). Currently only eClinicalWorks is
        supported.

        `POST /claims`

        Args:
            appointment_id: Cobalt id of an appointment that belongs to the authenticated user
                and already has an EMR appointment id.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.claim_created_event import ClaimCreatedEvent
        from ...models.claims_create_request import ClaimsCreateRequest
        from ...models.claims_create_response import ClaimsCreateResponse
        from . import claims_create as _claims_create

        return await self._runner.job(
            _claims_create,
            {
                "body": ClaimsCreateRequest(
                    appointment_id=appointment_id,
                ),
            },
            op=_OP_CLAIMS_CREATE,
            expect=ClaimsCreateResponse,
            event=ClaimCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class ClaimsResourceWithRawResponse:
    """`claims` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `ClaimsResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = ClaimsResource(runner)
        self.list = raw_method(resource.list)
        self.create = raw_method(resource.create)


class AsyncClaimsResourceWithRawResponse:
    """`claims` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncClaimsResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncClaimsResource(runner)
        self.list = async_raw_method(resource.list)
        self.create = async_raw_method(resource.create)
