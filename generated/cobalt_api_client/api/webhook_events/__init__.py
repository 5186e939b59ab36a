# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `webhook_events` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncPager,
    AsyncRunner,
    Operation,
    Pager,
    SyncRunner,
    TimeoutArg,
    as_date,
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

__all__ = ["WebhookEventsResource", "AsyncWebhookEventsResource"]

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
        timeout: TimeoutArg = NOT_GIVEN,
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
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.webhook_event_record import WebhookEventRecord
        from ...models.webhook_events_list_response import WebhookEventsListResponse
        from . import webhook_events_list as _webhook_events_list

        return self._runner.paginate(
            _webhook_events_list.sync_detailed,
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
            timeout=timeout,
        )

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> WebhookEventsGetResponse:
        """Get a webhook event

        Returns one recorded event together with its delivery audit trail. Only the method, path
        and purpose are documented.

        `GET /webhook-events/{id}`

        Args:
            id: Id of the event, presumably the `event_id` from the list call.
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.webhook_events_get_response import WebhookEventsGetResponse
        from . import webhook_events_get as _webhook_events_get

        return self._runner.request(
            _webhook_events_get.sync_detailed,
            {
                "id": id,
            },
            op=_OP_WEBHOOK_EVENTS_GET,
            expect=WebhookEventsGetResponse,
            timeout=timeout,
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
        timeout: TimeoutArg = NOT_GIVEN,
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
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.webhook_event_record import WebhookEventRecord
        from ...models.webhook_events_list_response import WebhookEventsListResponse
        from . import webhook_events_list as _webhook_events_list

        return await self._runner.paginate(
            _webhook_events_list.asyncio_detailed,
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
            timeout=timeout,
        )

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> WebhookEventsGetResponse:
        """Get a webhook event

        Returns one recorded event together with its delivery audit trail. Only the method, path
        and purpose are documented.

        `GET /webhook-events/{id}`

        Args:
            id: Id of the event, presumably the `event_id` from the list call.
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.webhook_events_get_response import WebhookEventsGetResponse
        from . import webhook_events_get as _webhook_events_get

        return await self._runner.request(
            _webhook_events_get.asyncio_detailed,
            {
                "id": id,
            },
            op=_OP_WEBHOOK_EVENTS_GET,
            expect=WebhookEventsGetResponse,
            timeout=timeout,
        )
