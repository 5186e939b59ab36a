# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `settings` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.settings_get_response import SettingsGetResponse
    from ...models.settings_update_response import SettingsUpdateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = ["SettingsResource", "AsyncSettingsResource"]

_OP_SETTINGS_GET = Operation(
    name="settings_get",
    method="GET",
    path="/settings",
    requires_access_token=True,
)
_OP_SETTINGS_UPDATE = Operation(
    name="settings_update",
    method="POST",
    path="/settings",
    requires_access_token=True,
)


class SettingsResource:
    """`settings` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> SettingsGetResponse:
        """Get settings

        Returns the settings of the user the access token belongs to: your reference id for the
        token, the EHR's visit types (and, in newer docs, visit statuses and the patient fields
        the EHR requires) and the user's timezone.

        `GET /settings`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.settings_get_response import SettingsGetResponse
        from . import settings_get as _settings_get

        return self._runner.request(
            _settings_get.sync_detailed,
            {},
            op=_OP_SETTINGS_GET,
            expect=SettingsGetResponse,
            timeout=timeout,
        )

    def update(
        self,
        *,
        access_token_reference_id: str,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> SettingsUpdateResponse:
        """Update settings

        Sets your own reference id for the access token. That id is echoed back as
        `access_token_reference_id` on webhook events, so you can map events to your users.

        `POST /settings`

        Args:
            access_token_reference_id: Your own identifier for this access token; it is echoed
                on webhook events.
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.settings_update_request import SettingsUpdateRequest
        from ...models.settings_update_response import SettingsUpdateResponse
        from . import settings_update as _settings_update

        return self._runner.request(
            _settings_update.sync_detailed,
            {
                "body": SettingsUpdateRequest(
                    access_token_reference_id=access_token_reference_id,
                ),
            },
            op=_OP_SETTINGS_UPDATE,
            expect=SettingsUpdateResponse,
            timeout=timeout,
        )


class AsyncSettingsResource:
    """`settings` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> SettingsGetResponse:
        """Get settings

        Returns the settings of the user the access token belongs to: your reference id for the
        token, the EHR's visit types (and, in newer docs, visit statuses and the patient fields
        the EHR requires) and the user's timezone.

        `GET /settings`

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.settings_get_response import SettingsGetResponse
        from . import settings_get as _settings_get

        return await self._runner.request(
            _settings_get.asyncio_detailed,
            {},
            op=_OP_SETTINGS_GET,
            expect=SettingsGetResponse,
            timeout=timeout,
        )

    async def update(
        self,
        *,
        access_token_reference_id: str,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> SettingsUpdateResponse:
        """Update settings

        Sets your own reference id for the access token. That id is echoed back as
        `access_token_reference_id` on webhook events, so you can map events to your users.

        `POST /settings`

        Args:
            access_token_reference_id: Your own identifier for this access token; it is echoed
                on webhook events.
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.settings_update_request import SettingsUpdateRequest
        from ...models.settings_update_response import SettingsUpdateResponse
        from . import settings_update as _settings_update

        return await self._runner.request(
            _settings_update.asyncio_detailed,
            {
                "body": SettingsUpdateRequest(
                    access_token_reference_id=access_token_reference_id,
                ),
            },
            op=_OP_SETTINGS_UPDATE,
            expect=SettingsUpdateResponse,
            timeout=timeout,
        )
