# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `link` operations (generated from openapi.yaml; do not edit)."""

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

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.link_create_token_response import LinkCreateTokenResponse
    from ...models.link_exchange_token_response import LinkExchangeTokenResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

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

        Args:
            user_id: Your identifier for the end user; must not be personal data such as an
                email or phone number.
            org_id: Your identifier for the organization (clinic or hospital) the user belongs
                to.
            emr_name: Only for an organization new to Cobalt; the name of its EMR (supported
                names are available from Cobalt support). Optional.
            emr_instance_domain: Only for an organization new to Cobalt; the URL of its EMR
                instance. Optional.
            access_token: An existing access token; opens Link in update mode for that
                connection. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
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

        Args:
            public_token: The public token from Link's `onSuccess` callback or the new-window
                redirect.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
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

        Args:
            user_id: Your identifier for the end user; must not be personal data such as an
                email or phone number.
            org_id: Your identifier for the organization (clinic or hospital) the user belongs
                to.
            emr_name: Only for an organization new to Cobalt; the name of its EMR (supported
                names are available from Cobalt support). Optional.
            emr_instance_domain: Only for an organization new to Cobalt; the URL of its EMR
                instance. Optional.
            access_token: An existing access token; opens Link in update mode for that
                connection. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
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

        Args:
            public_token: The public token from Link's `onSuccess` callback or the new-window
                redirect.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
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
