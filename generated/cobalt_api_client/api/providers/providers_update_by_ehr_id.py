# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.providers_update_by_ehr_id_request import ProvidersUpdateByEhrIdRequest
from ...models.providers_update_by_ehr_id_response import ProvidersUpdateByEhrIdResponse
from ...types import parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    ehr_id: str,
    *,
    body: ProvidersUpdateByEhrIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/providers/ehr/{ehr_id}".format(
            ehr_id=quote(str(ehr_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProvidersUpdateByEhrIdResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, ProvidersUpdateByEhrIdResponse.from_dict)
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
) -> Response[ErrorResponse | ProvidersUpdateByEhrIdResponse]:
    from ...types import Response  # an attrs class built on first use (see types.py)

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ehr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvidersUpdateByEhrIdRequest,
) -> Response[ErrorResponse | ProvidersUpdateByEhrIdResponse]:
    """Update a provider's settings by EHR id

     Same as `PATCH /providers/{id}`, but the provider is addressed by its EHR identifier. A common use
    is keeping a provider `active` (schedule synced for reporting) while setting `hide_in_availability`
    to "true" so it is not offered for booking.

    Args:
        ehr_id (str): The provider's EHR id (`ehr_id` from `GET /providers`).
        body (ProvidersUpdateByEhrIdRequest): Provider settings to change; every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProvidersUpdateByEhrIdResponse]
    """

    kwargs = _get_kwargs(
        ehr_id=ehr_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ehr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvidersUpdateByEhrIdRequest,
) -> ErrorResponse | ProvidersUpdateByEhrIdResponse | None:
    """Update a provider's settings by EHR id

     Same as `PATCH /providers/{id}`, but the provider is addressed by its EHR identifier. A common use
    is keeping a provider `active` (schedule synced for reporting) while setting `hide_in_availability`
    to "true" so it is not offered for booking.

    Args:
        ehr_id (str): The provider's EHR id (`ehr_id` from `GET /providers`).
        body (ProvidersUpdateByEhrIdRequest): Provider settings to change; every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProvidersUpdateByEhrIdResponse
    """

    return sync_detailed(
        ehr_id=ehr_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ehr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvidersUpdateByEhrIdRequest,
) -> Response[ErrorResponse | ProvidersUpdateByEhrIdResponse]:
    """Update a provider's settings by EHR id

     Same as `PATCH /providers/{id}`, but the provider is addressed by its EHR identifier. A common use
    is keeping a provider `active` (schedule synced for reporting) while setting `hide_in_availability`
    to "true" so it is not offered for booking.

    Args:
        ehr_id (str): The provider's EHR id (`ehr_id` from `GET /providers`).
        body (ProvidersUpdateByEhrIdRequest): Provider settings to change; every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProvidersUpdateByEhrIdResponse]
    """

    kwargs = _get_kwargs(
        ehr_id=ehr_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ehr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvidersUpdateByEhrIdRequest,
) -> ErrorResponse | ProvidersUpdateByEhrIdResponse | None:
    """Update a provider's settings by EHR id

     Same as `PATCH /providers/{id}`, but the provider is addressed by its EHR identifier. A common use
    is keeping a provider `active` (schedule synced for reporting) while setting `hide_in_availability`
    to "true" so it is not offered for booking.

    Args:
        ehr_id (str): The provider's EHR id (`ehr_id` from `GET /providers`).
        body (ProvidersUpdateByEhrIdRequest): Provider settings to change; every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProvidersUpdateByEhrIdResponse
    """

    return (
        await asyncio_detailed(
            ehr_id=ehr_id,
            client=client,
            body=body,
        )
    ).parsed
