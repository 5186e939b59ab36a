# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `messages` operations (generated from openapi.yaml; do not edit)."""

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

if TYPE_CHECKING:
    from ...models.message_created_event import MessageCreatedEvent
    from ...models.messages_create_response import MessagesCreateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "MessagesResource",
    "AsyncMessagesResource",
    "MessagesResourceWithRawResponse",
    "AsyncMessagesResourceWithRawResponse",
]

_OP_MESSAGES_CREATE = Operation(
    name="messages_create",
    method="POST",
    path="/messages",
    requires_access_token=True,
)


class MessagesResource:
    """`messages` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create(
        self,
        *,
        provider: str,
        subject: str,
        message: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[MessagesCreateResponse, MessageCreatedEvent]:
        """Send a message

        Sends a message with a subject line to a provider inside the EHR, addressing the provider
        by EHR id. Newer docs process this asynchronously and return a job id; older docs describe
        an immediate send.

        `POST /messages`

        Args:
            provider: EHR id of the receiving provider (the ehr_id from GET /providers).
            subject: Subject line of the message.
            message: Body text of the message.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.message_created_event import MessageCreatedEvent
        from ...models.messages_create_request import MessagesCreateRequest
        from ...models.messages_create_response import MessagesCreateResponse
        from . import messages_create as _messages_create

        return self._runner.job(
            _messages_create,
            {
                "body": MessagesCreateRequest(
                    provider=provider,
                    subject=subject,
                    message=message,
                ),
            },
            op=_OP_MESSAGES_CREATE,
            expect=MessagesCreateResponse,
            event=MessageCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncMessagesResource:
    """`messages` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create(
        self,
        *,
        provider: str,
        subject: str,
        message: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[MessagesCreateResponse, MessageCreatedEvent]:
        """Send a message

        Sends a message with a subject line to a provider inside the EHR, addressing the provider
        by EHR id. Newer docs process this asynchronously and return a job id; older docs describe
        an immediate send.

        `POST /messages`

        Args:
            provider: EHR id of the receiving provider (the ehr_id from GET /providers).
            subject: Subject line of the message.
            message: Body text of the message.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.message_created_event import MessageCreatedEvent
        from ...models.messages_create_request import MessagesCreateRequest
        from ...models.messages_create_response import MessagesCreateResponse
        from . import messages_create as _messages_create

        return await self._runner.job(
            _messages_create,
            {
                "body": MessagesCreateRequest(
                    provider=provider,
                    subject=subject,
                    message=message,
                ),
            },
            op=_OP_MESSAGES_CREATE,
            expect=MessagesCreateResponse,
            event=MessageCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class MessagesResourceWithRawResponse:
    """`messages` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `MessagesResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = MessagesResource(runner)
        self.create = raw_method(resource.create)


class AsyncMessagesResourceWithRawResponse:
    """`messages` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncMessagesResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncMessagesResource(runner)
        self.create = async_raw_method(resource.create)
