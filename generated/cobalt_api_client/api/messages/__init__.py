"""Resources for the `messages` operations (generated from openapi.yaml; do not edit)."""

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
    from ...models.message_created_event import MessageCreatedEvent
    from ...models.messages_create_request import MessagesCreateRequest
    from ...models.messages_create_response import MessagesCreateResponse

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
