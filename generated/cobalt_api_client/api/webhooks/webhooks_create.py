# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.webhooks_create_request import WebhooksCreateRequest
from ...models.webhooks_create_response import WebhooksCreateResponse
from ...types import parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    body: WebhooksCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WebhooksCreateResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, WebhooksCreateResponse.from_dict)
        return response_200

    if response.status_code == 400:
        response_400 = parse_json(response.content, ErrorResponse.from_dict)
        return response_400

    if response.status_code == 401:
        response_401 = parse_json(response.content, ErrorResponse.from_dict)
        return response_401

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
) -> Response[ErrorResponse | WebhooksCreateResponse]:
    from ...types import Response  # an attrs class built on first use (see types.py)

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhooksCreateRequest,
) -> Response[ErrorResponse | WebhooksCreateResponse]:
    """Register a webhook URL

     Adds an HTTPS endpoint that will receive every event Cobalt sends. The response carries the signing
    secret used to check the `cobalt-verification` header; store it.

    Args:
        body (WebhooksCreateRequest): The endpoint to register. Send `webhook_url`; `url` is an
            older documented name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhooksCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WebhooksCreateRequest,
) -> ErrorResponse | WebhooksCreateResponse | None:
    """Register a webhook URL

     Adds an HTTPS endpoint that will receive every event Cobalt sends. The response carries the signing
    secret used to check the `cobalt-verification` header; store it.

    Args:
        body (WebhooksCreateRequest): The endpoint to register. Send `webhook_url`; `url` is an
            older documented name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhooksCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhooksCreateRequest,
) -> Response[ErrorResponse | WebhooksCreateResponse]:
    """Register a webhook URL

     Adds an HTTPS endpoint that will receive every event Cobalt sends. The response carries the signing
    secret used to check the `cobalt-verification` header; store it.

    Args:
        body (WebhooksCreateRequest): The endpoint to register. Send `webhook_url`; `url` is an
            older documented name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhooksCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WebhooksCreateRequest,
) -> ErrorResponse | WebhooksCreateResponse | None:
    """Register a webhook URL

     Adds an HTTPS endpoint that will receive every event Cobalt sends. The response carries the signing
    secret used to check the `cobalt-verification` header; store it.

    Args:
        body (WebhooksCreateRequest): The endpoint to register. Send `webhook_url`; `url` is an
            older documented name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhooksCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
