# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `settings` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.settings_get_response import SettingsGetResponse
    from ...models.settings_update_response import SettingsUpdateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "SettingsResource",
    "AsyncSettingsResource",
    "SettingsResourceWithRawResponse",
    "AsyncSettingsResourceWithRawResponse",
]

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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> SettingsGetResponse:
        """Get settings

        Returns the settings of the user the access token belongs to: your reference id for the
        token, the EHR's visit types (and, in newer docs, visit statuses and the patient fields
        the EHR requires) and the user's timezone.

        `GET /settings`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.settings_get_response import SettingsGetResponse
        from . import settings_get as _settings_get

        return self._runner.request(
            _settings_get,
            {},
            op=_OP_SETTINGS_GET,
            expect=SettingsGetResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        *,
        access_token_reference_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> SettingsUpdateResponse:
        """Update settings

        Sets your own reference id for the access token. That id is echoed back as
        `access_token_reference_id` on webhook events, so you can map events to your users.

        `POST /settings`

        Args:
            access_token_reference_id: Your own identifier for this access token; it is echoed
                on webhook events.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.settings_update_request import SettingsUpdateRequest
        from ...models.settings_update_response import SettingsUpdateResponse
        from . import settings_update as _settings_update

        return self._runner.request(
            _settings_update,
            {
                "body": SettingsUpdateRequest(
                    access_token_reference_id=access_token_reference_id,
                ),
            },
            op=_OP_SETTINGS_UPDATE,
            expect=SettingsUpdateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncSettingsResource:
    """`settings` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> SettingsGetResponse:
        """Get settings

        Returns the settings of the user the access token belongs to: your reference id for the
        token, the EHR's visit types (and, in newer docs, visit statuses and the patient fields
        the EHR requires) and the user's timezone.

        `GET /settings`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.settings_get_response import SettingsGetResponse
        from . import settings_get as _settings_get

        return await self._runner.request(
            _settings_get,
            {},
            op=_OP_SETTINGS_GET,
            expect=SettingsGetResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        *,
        access_token_reference_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> SettingsUpdateResponse:
        """Update settings

        Sets your own reference id for the access token. That id is echoed back as
        `access_token_reference_id` on webhook events, so you can map events to your users.

        `POST /settings`

        Args:
            access_token_reference_id: Your own identifier for this access token; it is echoed
                on webhook events.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.settings_update_request import SettingsUpdateRequest
        from ...models.settings_update_response import SettingsUpdateResponse
        from . import settings_update as _settings_update

        return await self._runner.request(
            _settings_update,
            {
                "body": SettingsUpdateRequest(
                    access_token_reference_id=access_token_reference_id,
                ),
            },
            op=_OP_SETTINGS_UPDATE,
            expect=SettingsUpdateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class SettingsResourceWithRawResponse:
    """`settings` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `SettingsResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = SettingsResource(runner)
        self.get = raw_method(resource.get)
        self.update = raw_method(resource.update)


class AsyncSettingsResourceWithRawResponse:
    """`settings` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncSettingsResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncSettingsResource(runner)
        self.get = async_raw_method(resource.get)
        self.update = async_raw_method(resource.update)
