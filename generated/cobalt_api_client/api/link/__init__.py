"""Resources for the `link` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.link_create_token_request import LinkCreateTokenRequest
    from ...models.link_create_token_response import LinkCreateTokenResponse
    from ...models.link_exchange_token_response import LinkExchangeTokenResponse

__all__ = [
    "LinkResource",
    "AsyncLinkResource",
    "LinkResourceWithRawResponse",
    "AsyncLinkResourceWithRawResponse",
]

_OP_LINK_CREATE_TOKEN = Operation(
    name="link_create_token",
    method="POST",
    path="/link/token/create",
    requires_access_token=False,
)
_OP_LINK_EXCHANGE_TOKEN = Operation(
    name="link_exchange_token",
    method="GET",
    path="/link/token/exchange",
    requires_access_token=False,
)


class LinkResource:
    """`link` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_token(
        self,
        *,
        user_id: str,
        org_id: str,
        emr_name: str | Unset = UNSET,
        emr_instance_domain: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> LinkCreateTokenResponse:
        """Create a link token

        Creates a single-use link token (valid for 30 minutes) that your front end passes to
        Cobalt Link so the end user can connect their EHR login. Pass an existing `access_token`
        in the body to open Link in update mode for a connection whose credentials stopped
        working.

        `POST /link/token/create`
        """

        from ...models.link_create_token_request import LinkCreateTokenRequest
        from ...models.link_create_token_response import LinkCreateTokenResponse
        from . import link_create_token as _link_create_token

        return self._runner.request(
            _link_create_token,
            {
                "body": LinkCreateTokenRequest(
                    user_id=user_id,
                    org_id=org_id,
                    emr_name=emr_name,
                    emr_instance_domain=emr_instance_domain,
                    access_token=access_token,
                ),
            },
            op=_OP_LINK_CREATE_TOKEN,
            expect=LinkCreateTokenResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def exchange_token(
        self,
        *,
        public_token: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> LinkExchangeTokenResponse:
        """Exchange a public token

        Trades the temporary public token that Link hands to your front end for the permanent
        access token of that EHR connection. Store the returned token securely; it goes in the
        `access_token` header of later calls.

        `GET /link/token/exchange`
        """

        from ...models.link_exchange_token_response import LinkExchangeTokenResponse
        from . import link_exchange_token as _link_exchange_token

        return self._runner.request(
            _link_exchange_token,
            {
                "public_token": public_token,
            },
            op=_OP_LINK_EXCHANGE_TOKEN,
            expect=LinkExchangeTokenResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncLinkResource:
    """`link` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create_token(
        self,
        *,
        user_id: str,
        org_id: str,
        emr_name: str | Unset = UNSET,
        emr_instance_domain: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> LinkCreateTokenResponse:
        """Create a link token

        Creates a single-use link token (valid for 30 minutes) that your front end passes to
        Cobalt Link so the end user can connect their EHR login. Pass an existing `access_token`
        in the body to open Link in update mode for a connection whose credentials stopped
        working.

        `POST /link/token/create`
        """

        from ...models.link_create_token_request import LinkCreateTokenRequest
        from ...models.link_create_token_response import LinkCreateTokenResponse
        from . import link_create_token as _link_create_token

        return await self._runner.request(
            _link_create_token,
            {
                "body": LinkCreateTokenRequest(
                    user_id=user_id,
                    org_id=org_id,
                    emr_name=emr_name,
                    emr_instance_domain=emr_instance_domain,
                    access_token=access_token,
                ),
            },
            op=_OP_LINK_CREATE_TOKEN,
            expect=LinkCreateTokenResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def exchange_token(
        self,
        *,
        public_token: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> LinkExchangeTokenResponse:
        """Exchange a public token

        Trades the temporary public token that Link hands to your front end for the permanent
        access token of that EHR connection. Store the returned token securely; it goes in the
        `access_token` header of later calls.

        `GET /link/token/exchange`
        """

        from ...models.link_exchange_token_response import LinkExchangeTokenResponse
        from . import link_exchange_token as _link_exchange_token

        return await self._runner.request(
            _link_exchange_token,
            {
                "public_token": public_token,
            },
            op=_OP_LINK_EXCHANGE_TOKEN,
            expect=LinkExchangeTokenResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class LinkResourceWithRawResponse:
    """`link` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `LinkResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = LinkResource(runner)
        self.create_token = raw_method(resource.create_token)
        self.exchange_token = raw_method(resource.exchange_token)


class AsyncLinkResourceWithRawResponse:
    """`link` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncLinkResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncLinkResource(runner)
        self.create_token = async_raw_method(resource.create_token)
        self.exchange_token = async_raw_method(resource.exchange_token)
