# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.webhook_events_list_delivery_status import (
    WebhookEventsListDeliveryStatus,
)
from ...models.webhook_events_list_response import WebhookEventsListResponse
from ...models.webhook_events_list_sort import WebhookEventsListSort
from ...types import UNSET, Unset, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    job_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    delivery_status: WebhookEventsListDeliveryStatus | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort: WebhookEventsListSort | Unset = "-created_at",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_id"] = job_id

    params["event_type"] = event_type

    json_delivery_status: str | Unset = UNSET
    if not isinstance(delivery_status, Unset):
        json_delivery_status = delivery_status

    params["delivery_status"] = json_delivery_status

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["page"] = page

    params["page_size"] = page_size

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhook-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WebhookEventsListResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, WebhookEventsListResponse.from_dict)
        return response_200

    if response.status_code == 400:
        response_400 = parse_json(response.content, ErrorResponse.from_dict)
        return response_400

    if response.status_code == 401:
        response_401 = parse_json(response.content, ErrorResponse.from_dict)
        return response_401

    if response.status_code == 403:
        response_403 = parse_json(response.content, ErrorResponse.from_dict)
        return response_403

    if response.status_code == 429:
        response_429 = parse_json(response.content, ErrorResponse.from_dict)
        return response_429

    if response.status_code == 500:
        response_500 = parse_json(response.content, ErrorResponse.from_dict)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | WebhookEventsListResponse]:
    from ...types import Response  # an attrs class built on first use (see types.py)

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    delivery_status: WebhookEventsListDeliveryStatus | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort: WebhookEventsListSort | Unset = "-created_at",
) -> Response[ErrorResponse | WebhookEventsListResponse]:
    """List webhook events

     Lists the events Cobalt generated for your account together with their delivery outcome. Useful for
    debugging deliveries, auditing, catching up after downtime and, filtered by `job_id`, for polling
    the result of an async operation instead of receiving a webhook: while the job is still running the
    `webhook_events` list is empty; once it finishes the outcome event appears. Events are recorded even
    when no webhook URL is registered.

    Args:
        job_id (str | Unset): Only events belonging to this async job (the `job_id` a write call
            returned).
        event_type (str | Unset): Only events of this type.
        delivery_status (WebhookEventsListDeliveryStatus | Unset): Only events whose delivery to
            your webhook URL succeeded or failed.
        start_date (datetime.date | Unset): Only events created on or after this date (YYYY-MM-
            DD).
        end_date (datetime.date | Unset): Only events created on or before this date (YYYY-MM-DD).
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of events per page. Default: 50.
        sort (WebhookEventsListSort | Unset): Order by creation time; `created_at` is oldest
            first, `-created_at` newest first. Default: '-created_at'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookEventsListResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        event_type=event_type,
        delivery_status=delivery_status,
        start_date=start_date,
        end_date=end_date,
        page=page,
        page_size=page_size,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    delivery_status: WebhookEventsListDeliveryStatus | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort: WebhookEventsListSort | Unset = "-created_at",
) -> ErrorResponse | WebhookEventsListResponse | None:
    """List webhook events

     Lists the events Cobalt generated for your account together with their delivery outcome. Useful for
    debugging deliveries, auditing, catching up after downtime and, filtered by `job_id`, for polling
    the result of an async operation instead of receiving a webhook: while the job is still running the
    `webhook_events` list is empty; once it finishes the outcome event appears. Events are recorded even
    when no webhook URL is registered.

    Args:
        job_id (str | Unset): Only events belonging to this async job (the `job_id` a write call
            returned).
        event_type (str | Unset): Only events of this type.
        delivery_status (WebhookEventsListDeliveryStatus | Unset): Only events whose delivery to
            your webhook URL succeeded or failed.
        start_date (datetime.date | Unset): Only events created on or after this date (YYYY-MM-
            DD).
        end_date (datetime.date | Unset): Only events created on or before this date (YYYY-MM-DD).
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of events per page. Default: 50.
        sort (WebhookEventsListSort | Unset): Order by creation time; `created_at` is oldest
            first, `-created_at` newest first. Default: '-created_at'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookEventsListResponse
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
        event_type=event_type,
        delivery_status=delivery_status,
        start_date=start_date,
        end_date=end_date,
        page=page,
        page_size=page_size,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    delivery_status: WebhookEventsListDeliveryStatus | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort: WebhookEventsListSort | Unset = "-created_at",
) -> Response[ErrorResponse | WebhookEventsListResponse]:
    """List webhook events

     Lists the events Cobalt generated for your account together with their delivery outcome. Useful for
    debugging deliveries, auditing, catching up after downtime and, filtered by `job_id`, for polling
    the result of an async operation instead of receiving a webhook: while the job is still running the
    `webhook_events` list is empty; once it finishes the outcome event appears. Events are recorded even
    when no webhook URL is registered.

    Args:
        job_id (str | Unset): Only events belonging to this async job (the `job_id` a write call
            returned).
        event_type (str | Unset): Only events of this type.
        delivery_status (WebhookEventsListDeliveryStatus | Unset): Only events whose delivery to
            your webhook URL succeeded or failed.
        start_date (datetime.date | Unset): Only events created on or after this date (YYYY-MM-
            DD).
        end_date (datetime.date | Unset): Only events created on or before this date (YYYY-MM-DD).
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of events per page. Default: 50.
        sort (WebhookEventsListSort | Unset): Order by creation time; `created_at` is oldest
            first, `-created_at` newest first. Default: '-created_at'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookEventsListResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        event_type=event_type,
        delivery_status=delivery_status,
        start_date=start_date,
        end_date=end_date,
        page=page,
        page_size=page_size,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    delivery_status: WebhookEventsListDeliveryStatus | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort: WebhookEventsListSort | Unset = "-created_at",
) -> ErrorResponse | WebhookEventsListResponse | None:
    """List webhook events

     Lists the events Cobalt generated for your account together with their delivery outcome. Useful for
    debugging deliveries, auditing, catching up after downtime and, filtered by `job_id`, for polling
    the result of an async operation instead of receiving a webhook: while the job is still running the
    `webhook_events` list is empty; once it finishes the outcome event appears. Events are recorded even
    when no webhook URL is registered.

    Args:
        job_id (str | Unset): Only events belonging to this async job (the `job_id` a write call
            returned).
        event_type (str | Unset): Only events of this type.
        delivery_status (WebhookEventsListDeliveryStatus | Unset): Only events whose delivery to
            your webhook URL succeeded or failed.
        start_date (datetime.date | Unset): Only events created on or after this date (YYYY-MM-
            DD).
        end_date (datetime.date | Unset): Only events created on or before this date (YYYY-MM-DD).
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of events per page. Default: 50.
        sort (WebhookEventsListSort | Unset): Order by creation time; `created_at` is oldest
            first, `-created_at` newest first. Default: '-created_at'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookEventsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
            event_type=event_type,
            delivery_status=delivery_status,
            start_date=start_date,
            end_date=end_date,
            page=page,
            page_size=page_size,
            sort=sort,
        )
    ).parsed
