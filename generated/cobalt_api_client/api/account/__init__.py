# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `account` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.account_activate_response import AccountActivateResponse
    from ...models.account_deactivate_response import AccountDeactivateResponse
    from ...models.account_get_last_schedule_sync_response import AccountGetLastScheduleSyncResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = ["AccountResource", "AsyncAccountResource"]

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
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> AccountActivateResponse:
        """Activate account

        Turns a previously deactivated account back on. Only the method, path and purpose are
        documented; the request and response bodies are not.

        `POST /account/activate`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.account_activate_response import AccountActivateResponse
        from . import account_activate as _account_activate

        return self._runner.request(
            _account_activate.sync_detailed,
            {},
            op=_OP_ACCOUNT_ACTIVATE,
            expect=AccountActivateResponse,
            timeout=timeout,
        )

    def deactivate(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> AccountDeactivateResponse:
        """Deactivate account

        Turns an active account off. Only the method, path and purpose are documented; the effect
        on syncing, webhooks and later calls is not.

        `POST /account/deactivate`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.account_deactivate_response import AccountDeactivateResponse
        from . import account_deactivate as _account_deactivate

        return self._runner.request(
            _account_deactivate.sync_detailed,
            {},
            op=_OP_ACCOUNT_DEACTIVATE,
            expect=AccountDeactivateResponse,
            timeout=timeout,
        )

    def get_last_schedule_sync(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> AccountGetLastScheduleSyncResponse:
        """Get last schedule sync

        Tells you when Cobalt last finished a successful sync of the schedule from the EHR for
        this connection. The name and format of the timestamp field are not documented.

        `GET /last-schedule-sync`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.account_get_last_schedule_sync_response import AccountGetLastScheduleSyncResponse
        from . import account_get_last_schedule_sync as _account_get_last_schedule_sync

        return self._runner.request(
            _account_get_last_schedule_sync.sync_detailed,
            {},
            op=_OP_ACCOUNT_GET_LAST_SCHEDULE_SYNC,
            expect=AccountGetLastScheduleSyncResponse,
            timeout=timeout,
        )


class AsyncAccountResource:
    """`account` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def activate(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> AccountActivateResponse:
        """Activate account

        Turns a previously deactivated account back on. Only the method, path and purpose are
        documented; the request and response bodies are not.

        `POST /account/activate`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.account_activate_response import AccountActivateResponse
        from . import account_activate as _account_activate

        return await self._runner.request(
            _account_activate.asyncio_detailed,
            {},
            op=_OP_ACCOUNT_ACTIVATE,
            expect=AccountActivateResponse,
            timeout=timeout,
        )

    async def deactivate(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> AccountDeactivateResponse:
        """Deactivate account

        Turns an active account off. Only the method, path and purpose are documented; the effect
        on syncing, webhooks and later calls is not.

        `POST /account/deactivate`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.account_deactivate_response import AccountDeactivateResponse
        from . import account_deactivate as _account_deactivate

        return await self._runner.request(
            _account_deactivate.asyncio_detailed,
            {},
            op=_OP_ACCOUNT_DEACTIVATE,
            expect=AccountDeactivateResponse,
            timeout=timeout,
        )

    async def get_last_schedule_sync(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> AccountGetLastScheduleSyncResponse:
        """Get last schedule sync

        Tells you when Cobalt last finished a successful sync of the schedule from the EHR for
        this connection. The name and format of the timestamp field are not documented.

        `GET /last-schedule-sync`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.account_get_last_schedule_sync_response import AccountGetLastScheduleSyncResponse
        from . import account_get_last_schedule_sync as _account_get_last_schedule_sync

        return await self._runner.request(
            _account_get_last_schedule_sync.asyncio_detailed,
            {},
            op=_OP_ACCOUNT_GET_LAST_SCHEDULE_SYNC,
            expect=AccountGetLastScheduleSyncResponse,
            timeout=timeout,
        )
