# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `webhook_events` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncPager,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
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
    from ...models.webhook_event_record import WebhookEventRecord
    from ...models.webhook_events_get_response import WebhookEventsGetResponse
    from ...models.webhook_events_list_delivery_status import WebhookEventsListDeliveryStatus
    from ...models.webhook_events_list_response import WebhookEventsListResponse
    from ...models.webhook_events_list_sort import WebhookEventsListSort

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "WebhookEventsResource",
    "AsyncWebhookEventsResource",
    "WebhookEventsResourceWithRawResponse",
    "AsyncWebhookEventsResourceWithRawResponse",
]

_OP_WEBHOOK_EVENTS_LIST = Operation(
    name="webhook_events_list",
    method="GET",
    path="/webhook-events",
    requires_access_token=True,
)
_OP_WEBHOOK_EVENTS_GET = Operation(
    name="webhook_events_get",
    method="GET",
    path="/webhook-events/{id}",
    requires_access_token=True,
)


class WebhookEventsResource:
    """`webhook_events` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        job_id: str | Unset = UNSET,
        event_type: str | Unset = UNSET,
        delivery_status: WebhookEventsListDeliveryStatus | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 50,
        sort: WebhookEventsListSort | Unset = "-created_at",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Pager[WebhookEventsListResponse, WebhookEventRecord]:
        """List webhook events

        Lists the events Cobalt generated for your account together with their delivery outcome.
        Useful for debugging deliveries, auditing, catching up after downtime and, filtered by
        `job_id`, for polling the result of an async operation instead of receiving a webhook:
        while the job is still running the `webhook_events` list is empty; once it finishes the
        outcome event appears. Events are recorded even when no webhook URL is registered.

        `GET /webhook-events`

        Args:
            job_id: Only events belonging to this async job (the `job_id` a write call
                returned). Optional.
            event_type: Only events of this type. Optional.
            delivery_status: Only events whose delivery to your webhook URL succeeded or
                failed. Optional.
            start_date: Only events created on or after this date (YYYY-MM-DD). A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            end_date: Only events created on or before this date (YYYY-MM-DD). A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            page: Page number, starting at 1. Optional (default `1`).
            page_size: Number of events per page. Optional (default `50`).
            sort: Order by creation time; `created_at` is oldest first, `-created_at` newest
                first. Optional (default `'-created_at'`).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhook_event_record import WebhookEventRecord
        from ...models.webhook_events_list_response import WebhookEventsListResponse
        from . import webhook_events_list as _webhook_events_list

        return self._runner.paginate(
            _webhook_events_list,
            {
                "job_id": job_id,
                "event_type": event_type,
                "delivery_status": delivery_status,
                "start_date": as_date(_OP_WEBHOOK_EVENTS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_WEBHOOK_EVENTS_LIST, "end_date", end_date),
                "page": page,
                "page_size": page_size,
                "sort": sort,
            },
            op=_OP_WEBHOOK_EVENTS_LIST,
            expect=WebhookEventsListResponse,
            item=WebhookEventRecord,
            items_attr="webhook_events",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> WebhookEventsGetResponse:
        """Get a webhook event

        Returns one recorded event together with its delivery audit trail. Only the method, path
        and purpose are documented.

        `GET /webhook-events/{id}`

        Args:
            id: Id of the event, presumably the `event_id` from the list call.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhook_events_get_response import WebhookEventsGetResponse
        from . import webhook_events_get as _webhook_events_get

        return self._runner.request(
            _webhook_events_get,
            {
                "id": id,
            },
            op=_OP_WEBHOOK_EVENTS_GET,
            expect=WebhookEventsGetResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncWebhookEventsResource:
    """`webhook_events` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        job_id: str | Unset = UNSET,
        event_type: str | Unset = UNSET,
        delivery_status: WebhookEventsListDeliveryStatus | Unset = UNSET,
        start_date: datetime.date | str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 50,
        sort: WebhookEventsListSort | Unset = "-created_at",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[WebhookEventsListResponse, WebhookEventRecord]:
        """List webhook events

        Lists the events Cobalt generated for your account together with their delivery outcome.
        Useful for debugging deliveries, auditing, catching up after downtime and, filtered by
        `job_id`, for polling the result of an async operation instead of receiving a webhook:
        while the job is still running the `webhook_events` list is empty; once it finishes the
        outcome event appears. Events are recorded even when no webhook URL is registered.

        `GET /webhook-events`

        Args:
            job_id: Only events belonging to this async job (the `job_id` a write call
                returned). Optional.
            event_type: Only events of this type. Optional.
            delivery_status: Only events whose delivery to your webhook URL succeeded or
                failed. Optional.
            start_date: Only events created on or after this date (YYYY-MM-DD). A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            end_date: Only events created on or before this date (YYYY-MM-DD). A
                `datetime.date` or an ISO date string (`2024-03-14`). Optional.
            page: Page number, starting at 1. Optional (default `1`).
            page_size: Number of events per page. Optional (default `50`).
            sort: Order by creation time; `created_at` is oldest first, `-created_at` newest
                first. Optional (default `'-created_at'`).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhook_event_record import WebhookEventRecord
        from ...models.webhook_events_list_response import WebhookEventsListResponse
        from . import webhook_events_list as _webhook_events_list

        return await self._runner.paginate(
            _webhook_events_list,
            {
                "job_id": job_id,
                "event_type": event_type,
                "delivery_status": delivery_status,
                "start_date": as_date(_OP_WEBHOOK_EVENTS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_WEBHOOK_EVENTS_LIST, "end_date", end_date),
                "page": page,
                "page_size": page_size,
                "sort": sort,
            },
            op=_OP_WEBHOOK_EVENTS_LIST,
            expect=WebhookEventsListResponse,
            item=WebhookEventRecord,
            items_attr="webhook_events",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> WebhookEventsGetResponse:
        """Get a webhook event

        Returns one recorded event together with its delivery audit trail. Only the method, path
        and purpose are documented.

        `GET /webhook-events/{id}`

        Args:
            id: Id of the event, presumably the `event_id` from the list call.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.webhook_events_get_response import WebhookEventsGetResponse
        from . import webhook_events_get as _webhook_events_get

        return await self._runner.request(
            _webhook_events_get,
            {
                "id": id,
            },
            op=_OP_WEBHOOK_EVENTS_GET,
            expect=WebhookEventsGetResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class WebhookEventsResourceWithRawResponse:
    """`webhook_events` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `WebhookEventsResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = WebhookEventsResource(runner)
        self.list = raw_method(resource.list)
        self.get = raw_method(resource.get)


class AsyncWebhookEventsResourceWithRawResponse:
    """`webhook_events` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncWebhookEventsResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncWebhookEventsResource(runner)
        self.list = async_raw_method(resource.list)
        self.get = async_raw_method(resource.get)
