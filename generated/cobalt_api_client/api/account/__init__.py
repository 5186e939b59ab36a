# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `account` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.account_activate_response import AccountActivateResponse
    from ...models.account_deactivate_response import AccountDeactivateResponse
    from ...models.account_get_last_schedule_sync_response import AccountGetLastScheduleSyncResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "AccountResource",
    "AsyncAccountResource",
    "AccountResourceWithRawResponse",
    "AsyncAccountResourceWithRawResponse",
]

_OP_ACCOUNT_ACTIVATE = Operation(
    name="account_activate",
    method="POST",
    path="/account/activate",
    requires_access_token=True,
)
_OP_ACCOUNT_DEACTIVATE = Operation(
    name="account_deactivate",
    method="POST",
    path="/account/deactivate",
    requires_access_token=True,
)
_OP_ACCOUNT_GET_LAST_SCHEDULE_SYNC = Operation(
    name="account_get_last_schedule_sync",
    method="GET",
    path="/last-schedule-sync",
    requires_access_token=True,
)


class AccountResource:
    """`account` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def activate(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AccountActivateResponse:
        """Activate account

        Turns a previously deactivated account back on. Only the method, path and purpose are
        documented; the request and response bodies are not.

        `POST /account/activate`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.account_activate_response import AccountActivateResponse
        from . import account_activate as _account_activate

        return self._runner.request(
            _account_activate,
            {},
            op=_OP_ACCOUNT_ACTIVATE,
            expect=AccountActivateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def deactivate(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AccountDeactivateResponse:
        """Deactivate account

        Turns an active account off. Only the method, path and purpose are documented; the effect
        on syncing, webhooks and later calls is not.

        `POST /account/deactivate`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.account_deactivate_response import AccountDeactivateResponse
        from . import account_deactivate as _account_deactivate

        return self._runner.request(
            _account_deactivate,
            {},
            op=_OP_ACCOUNT_DEACTIVATE,
            expect=AccountDeactivateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def get_last_schedule_sync(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AccountGetLastScheduleSyncResponse:
        """Get last schedule sync

        Tells you when Cobalt last finished a successful sync of the schedule from the EHR for
        this connection. The name and format of the timestamp field are not documented.

        `GET /last-schedule-sync`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.account_get_last_schedule_sync_response import AccountGetLastScheduleSyncResponse
        from . import account_get_last_schedule_sync as _account_get_last_schedule_sync

        return self._runner.request(
            _account_get_last_schedule_sync,
            {},
            op=_OP_ACCOUNT_GET_LAST_SCHEDULE_SYNC,
            expect=AccountGetLastScheduleSyncResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncAccountResource:
    """`account` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def activate(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AccountActivateResponse:
        """Activate account

        Turns a previously deactivated account back on. Only the method, path and purpose are
        documented; the request and response bodies are not.

        `POST /account/activate`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.account_activate_response import AccountActivateResponse
        from . import account_activate as _account_activate

        return await self._runner.request(
            _account_activate,
            {},
            op=_OP_ACCOUNT_ACTIVATE,
            expect=AccountActivateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def deactivate(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AccountDeactivateResponse:
        """Deactivate account

        Turns an active account off. Only the method, path and purpose are documented; the effect
        on syncing, webhooks and later calls is not.

        `POST /account/deactivate`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.account_deactivate_response import AccountDeactivateResponse
        from . import account_deactivate as _account_deactivate

        return await self._runner.request(
            _account_deactivate,
            {},
            op=_OP_ACCOUNT_DEACTIVATE,
            expect=AccountDeactivateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def get_last_schedule_sync(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AccountGetLastScheduleSyncResponse:
        """Get last schedule sync

        Tells you when Cobalt last finished a successful sync of the schedule from the EHR for
        this connection. The name and format of the timestamp field are not documented.

        `GET /last-schedule-sync`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.account_get_last_schedule_sync_response import AccountGetLastScheduleSyncResponse
        from . import account_get_last_schedule_sync as _account_get_last_schedule_sync

        return await self._runner.request(
            _account_get_last_schedule_sync,
            {},
            op=_OP_ACCOUNT_GET_LAST_SCHEDULE_SYNC,
            expect=AccountGetLastScheduleSyncResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AccountResourceWithRawResponse:
    """`account` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AccountResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = AccountResource(runner)
        self.activate = raw_method(resource.activate)
        self.deactivate = raw_method(resource.deactivate)
        self.get_last_schedule_sync = raw_method(resource.get_last_schedule_sync)


class AsyncAccountResourceWithRawResponse:
    """`account` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncAccountResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncAccountResource(runner)
        self.activate = async_raw_method(resource.activate)
        self.deactivate = async_raw_method(resource.deactivate)
        self.get_last_schedule_sync = async_raw_method(resource.get_last_schedule_sync)
