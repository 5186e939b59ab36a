# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `webhooks` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.webhooks_create_response import WebhooksCreateResponse
    from ...models.webhooks_delete_response import WebhooksDeleteResponse
    from ...models.webhooks_list_response import WebhooksListResponse
    from ...models.webhooks_rotate_secret_legacy_response import WebhooksRotateSecretLegacyResponse
    from ...models.webhooks_rotate_secret_response import WebhooksRotateSecretResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "WebhooksResource",
    "AsyncWebhooksResource",
    "WebhooksResourceWithRawResponse",
    "AsyncWebhooksResourceWithRawResponse",
]

_OP_WEBHOOKS_LIST = Operation(
    name="webhooks_list",
    method="GET",
    path="/webhook",
    requires_access_token=False,
)
_OP_WEBHOOKS_CREATE = Operation(
    name="webhooks_create",
    method="POST",
    path="/webhook",
    requires_access_token=False,
)
_OP_WEBHOOKS_DELETE = Operation(
    name="webhooks_delete",
    method="DELETE",
    path="/webhook/{id}",
    requires_access_token=False,
)
_OP_WEBHOOKS_ROTATE_SECRET = Operation(
    name="webhooks_rotate_secret",
    method="POST",
    path="/webhook/{id}/rotate-secret",
    requires_access_token=False,
)
_OP_WEBHOOKS_ROTATE_SECRET_LEGACY = Operation(
    name="webhooks_rotate_secret_legacy",
    method="POST",
    path="/webhook/rotate-secret",
    requires_access_token=False,
)


class WebhooksResource:
    """`webhooks` operations."""

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
    ) -> WebhooksListResponse:
        """List webhook URLs

        Returns the webhook configuration: every registered URL with its id (needed to remove it)
        and the signing secret.

        `GET /webhook`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhooks_list_response import WebhooksListResponse
        from . import webhooks_list as _webhooks_list

        return self._runner.request(
            _webhooks_list,
            {},
            op=_OP_WEBHOOKS_LIST,
            expect=WebhooksListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        url: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> WebhooksCreateResponse:
        """Register a webhook URL

        Adds an HTTPS endpoint that will receive every event Cobalt sends. The response carries
        the signing secret used to check the `cobalt-verification` header; store it.

        `POST /webhook`

        Args:
            webhook_url: Public HTTPS URL that will receive event POSTs. Optional.
            url: Older name for `webhook_url`. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhooks_create_request import WebhooksCreateRequest
        from ...models.webhooks_create_response import WebhooksCreateResponse
        from . import webhooks_create as _webhooks_create

        return self._runner.request(
            _webhooks_create,
            {
                "body": WebhooksCreateRequest(
                    webhook_url=webhook_url,
                    url=url,
                ),
            },
            op=_OP_WEBHOOKS_CREATE,
            expect=WebhooksCreateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> WebhooksDeleteResponse:
        """Remove a webhook URL

        Unregisters one webhook URL; events stop being sent to it.

        `DELETE /webhook/{id}`

        Args:
            id: Webhook id, as returned in `webhook_urls[].id` by the list call.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhooks_delete_response import WebhooksDeleteResponse
        from . import webhooks_delete as _webhooks_delete

        return self._runner.request(
            _webhooks_delete,
            {
                "id": id,
            },
            op=_OP_WEBHOOKS_DELETE,
            expect=WebhooksDeleteResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def rotate_secret(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> WebhooksRotateSecretResponse:
        """Rotate a webhook's signing secret

        Issues a new signing secret for one webhook. The previous secret stays valid for 24 hours
        so you can switch over without dropping deliveries.

        `POST /webhook/{id}/rotate-secret`

        Args:
            id: Id of the webhook whose secret is replaced.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhooks_rotate_secret_response import WebhooksRotateSecretResponse
        from . import webhooks_rotate_secret as _webhooks_rotate_secret

        return self._runner.request(
            _webhooks_rotate_secret,
            {
                "id": id,
            },
            op=_OP_WEBHOOKS_ROTATE_SECRET,
            expect=WebhooksRotateSecretResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def rotate_secret_legacy(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> WebhooksRotateSecretLegacyResponse:
        """Rotate the webhook secret (older path)

        Older, id-less form of secret rotation documented by the setup guide; it rotates the
        account-wide webhook secret. Prefer the per-webhook path.

        `POST /webhook/rotate-secret`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhooks_rotate_secret_legacy_response import WebhooksRotateSecretLegacyResponse
        from . import webhooks_rotate_secret_legacy as _webhooks_rotate_secret_legacy

        return self._runner.request(
            _webhooks_rotate_secret_legacy,
            {},
            op=_OP_WEBHOOKS_ROTATE_SECRET_LEGACY,
            expect=WebhooksRotateSecretLegacyResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncWebhooksResource:
    """`webhooks` operations (asyncio)."""

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
    ) -> WebhooksListResponse:
        """List webhook URLs

        Returns the webhook configuration: every registered URL with its id (needed to remove it)
        and the signing secret.

        `GET /webhook`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhooks_list_response import WebhooksListResponse
        from . import webhooks_list as _webhooks_list

        return await self._runner.request(
            _webhooks_list,
            {},
            op=_OP_WEBHOOKS_LIST,
            expect=WebhooksListResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        url: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> WebhooksCreateResponse:
        """Register a webhook URL

        Adds an HTTPS endpoint that will receive every event Cobalt sends. The response carries
        the signing secret used to check the `cobalt-verification` header; store it.

        `POST /webhook`

        Args:
            webhook_url: Public HTTPS URL that will receive event POSTs. Optional.
            url: Older name for `webhook_url`. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhooks_create_request import WebhooksCreateRequest
        from ...models.webhooks_create_response import WebhooksCreateResponse
        from . import webhooks_create as _webhooks_create

        return await self._runner.request(
            _webhooks_create,
            {
                "body": WebhooksCreateRequest(
                    webhook_url=webhook_url,
                    url=url,
                ),
            },
            op=_OP_WEBHOOKS_CREATE,
            expect=WebhooksCreateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> WebhooksDeleteResponse:
        """Remove a webhook URL

        Unregisters one webhook URL; events stop being sent to it.

        `DELETE /webhook/{id}`

        Args:
            id: Webhook id, as returned in `webhook_urls[].id` by the list call.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhooks_delete_response import WebhooksDeleteResponse
        from . import webhooks_delete as _webhooks_delete

        return await self._runner.request(
            _webhooks_delete,
            {
                "id": id,
            },
            op=_OP_WEBHOOKS_DELETE,
            expect=WebhooksDeleteResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def rotate_secret(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> WebhooksRotateSecretResponse:
        """Rotate a webhook's signing secret

        Issues a new signing secret for one webhook. The previous secret stays valid for 24 hours
        so you can switch over without dropping deliveries.

        `POST /webhook/{id}/rotate-secret`

        Args:
            id: Id of the webhook whose secret is replaced.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhooks_rotate_secret_response import WebhooksRotateSecretResponse
        from . import webhooks_rotate_secret as _webhooks_rotate_secret

        return await self._runner.request(
            _webhooks_rotate_secret,
            {
                "id": id,
            },
            op=_OP_WEBHOOKS_ROTATE_SECRET,
            expect=WebhooksRotateSecretResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def rotate_secret_legacy(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> WebhooksRotateSecretLegacyResponse:
        """Rotate the webhook secret (older path)

        Older, id-less form of secret rotation documented by the setup guide; it rotates the
        account-wide webhook secret. Prefer the per-webhook path.

        `POST /webhook/rotate-secret`

        Args:
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhooks_rotate_secret_legacy_response import WebhooksRotateSecretLegacyResponse
        from . import webhooks_rotate_secret_legacy as _webhooks_rotate_secret_legacy

        return await self._runner.request(
            _webhooks_rotate_secret_legacy,
            {},
            op=_OP_WEBHOOKS_ROTATE_SECRET_LEGACY,
            expect=WebhooksRotateSecretLegacyResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class WebhooksResourceWithRawResponse:
    """`webhooks` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `WebhooksResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = WebhooksResource(runner)
        self.list = raw_method(resource.list)
        self.create = raw_method(resource.create)
        self.delete = raw_method(resource.delete)
        self.rotate_secret = raw_method(resource.rotate_secret)
        self.rotate_secret_legacy = raw_method(resource.rotate_secret_legacy)


class AsyncWebhooksResourceWithRawResponse:
    """`webhooks` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncWebhooksResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncWebhooksResource(runner)
        self.list = async_raw_method(resource.list)
        self.create = async_raw_method(resource.create)
        self.delete = async_raw_method(resource.delete)
        self.rotate_secret = async_raw_method(resource.rotate_secret)
        self.rotate_secret_legacy = async_raw_method(resource.rotate_secret_legacy)
