# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.link_exchange_token_response import LinkExchangeTokenResponse
from ...types import UNSET, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    public_token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["public_token"] = public_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/link/token/exchange",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LinkExchangeTokenResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, LinkExchangeTokenResponse.from_dict)
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
) -> Response[ErrorResponse | LinkExchangeTokenResponse]:
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
    public_token: str,
) -> Response[ErrorResponse | LinkExchangeTokenResponse]:
    """Exchange a public token

     Trades the temporary public token that Link hands to your front end for the permanent access token
    of that EHR connection. Store the returned token securely; it goes in the `access_token` header of
    later calls.

    Args:
        public_token (str): The public token from Link's `onSuccess` callback or the new-window
            redirect.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LinkExchangeTokenResponse]
    """

    kwargs = _get_kwargs(
        public_token=public_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    public_token: str,
) -> ErrorResponse | LinkExchangeTokenResponse | None:
    """Exchange a public token

     Trades the temporary public token that Link hands to your front end for the permanent access token
    of that EHR connection. Store the returned token securely; it goes in the `access_token` header of
    later calls.

    Args:
        public_token (str): The public token from Link's `onSuccess` callback or the new-window
            redirect.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LinkExchangeTokenResponse
    """

    return sync_detailed(
        client=client,
        public_token=public_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    public_token: str,
) -> Response[ErrorResponse | LinkExchangeTokenResponse]:
    """Exchange a public token

     Trades the temporary public token that Link hands to your front end for the permanent access token
    of that EHR connection. Store the returned token securely; it goes in the `access_token` header of
    later calls.

    Args:
        public_token (str): The public token from Link's `onSuccess` callback or the new-window
            redirect.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LinkExchangeTokenResponse]
    """

    kwargs = _get_kwargs(
        public_token=public_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    public_token: str,
) -> ErrorResponse | LinkExchangeTokenResponse | None:
    """Exchange a public token

     Trades the temporary public token that Link hands to your front end for the permanent access token
    of that EHR connection. Store the returned token securely; it goes in the `access_token` header of
    later calls.

    Args:
        public_token (str): The public token from Link's `onSuccess` callback or the new-window
            redirect.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LinkExchangeTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            public_token=public_token,
        )
    ).parsed
