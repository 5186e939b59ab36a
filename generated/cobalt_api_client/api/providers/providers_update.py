# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.providers_update_request import ProvidersUpdateRequest
from ...models.providers_update_response import ProvidersUpdateResponse
from ...types import parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: ProvidersUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/providers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProvidersUpdateResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, ProvidersUpdateResponse.from_dict)
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

    if response.status_code == 404:
        response_404 = parse_json(response.content, ErrorResponse.from_dict)
        return response_404

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
) -> Response[ErrorResponse | ProvidersUpdateResponse]:
    from ...types import Response  # an attrs class built on first use (see types.py)

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvidersUpdateRequest,
) -> Response[ErrorResponse | ProvidersUpdateResponse]:
    """Update a provider's settings

     Changes Cobalt's settings for one provider, addressed by Cobalt `id`: whether the schedule is synced
    (`status`), whether the provider is hidden from `GET /availability`, and the working hours. Every
    field is optional. This only changes Cobalt's configuration; nothing is written to the EHR.

    Args:
        id (str): Cobalt's provider id from `GET /providers` (32 hex characters), not the
            `ehr_id`.
        body (ProvidersUpdateRequest): Provider settings to change; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProvidersUpdateResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvidersUpdateRequest,
) -> ErrorResponse | ProvidersUpdateResponse | None:
    """Update a provider's settings

     Changes Cobalt's settings for one provider, addressed by Cobalt `id`: whether the schedule is synced
    (`status`), whether the provider is hidden from `GET /availability`, and the working hours. Every
    field is optional. This only changes Cobalt's configuration; nothing is written to the EHR.

    Args:
        id (str): Cobalt's provider id from `GET /providers` (32 hex characters), not the
            `ehr_id`.
        body (ProvidersUpdateRequest): Provider settings to change; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProvidersUpdateResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvidersUpdateRequest,
) -> Response[ErrorResponse | ProvidersUpdateResponse]:
    """Update a provider's settings

     Changes Cobalt's settings for one provider, addressed by Cobalt `id`: whether the schedule is synced
    (`status`), whether the provider is hidden from `GET /availability`, and the working hours. Every
    field is optional. This only changes Cobalt's configuration; nothing is written to the EHR.

    Args:
        id (str): Cobalt's provider id from `GET /providers` (32 hex characters), not the
            `ehr_id`.
        body (ProvidersUpdateRequest): Provider settings to change; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProvidersUpdateResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvidersUpdateRequest,
) -> ErrorResponse | ProvidersUpdateResponse | None:
    """Update a provider's settings

     Changes Cobalt's settings for one provider, addressed by Cobalt `id`: whether the schedule is synced
    (`status`), whether the provider is hidden from `GET /availability`, and the working hours. Every
    field is optional. This only changes Cobalt's configuration; nothing is written to the EHR.

    Args:
        id (str): Cobalt's provider id from `GET /providers` (32 hex characters), not the
            `ehr_id`.
        body (ProvidersUpdateRequest): Provider settings to change; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProvidersUpdateResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
