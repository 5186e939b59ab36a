# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.insurance_providers_list_response import InsuranceProvidersListResponse
from ...types import UNSET, Unset, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    active: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["page"] = page

    params["page_size"] = page_size

    params["active"] = active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/insurance-providers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InsuranceProvidersListResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, InsuranceProvidersListResponse.from_dict)
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
) -> Response[ErrorResponse | InsuranceProvidersListResponse]:
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
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    active: bool | Unset = UNSET,
) -> Response[ErrorResponse | InsuranceProvidersListResponse]:
    """Search insurance providers

     Lists the insurance carriers configured in the organization, optionally filtered by name or active
    flag, one page at a time. The returned `id` is the `insurance_provider_id` to send when adding or
    updating a patient insurance.

    Args:
        name (str | Unset): Filter on carrier name (case-insensitive, partial match).
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of carriers per page. Default: 100.
        active (bool | Unset): Only carriers whose active flag equals this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InsuranceProvidersListResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        page=page,
        page_size=page_size,
        active=active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    active: bool | Unset = UNSET,
) -> ErrorResponse | InsuranceProvidersListResponse | None:
    """Search insurance providers

     Lists the insurance carriers configured in the organization, optionally filtered by name or active
    flag, one page at a time. The returned `id` is the `insurance_provider_id` to send when adding or
    updating a patient insurance.

    Args:
        name (str | Unset): Filter on carrier name (case-insensitive, partial match).
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of carriers per page. Default: 100.
        active (bool | Unset): Only carriers whose active flag equals this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InsuranceProvidersListResponse
    """

    return sync_detailed(
        client=client,
        name=name,
        page=page,
        page_size=page_size,
        active=active,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    active: bool | Unset = UNSET,
) -> Response[ErrorResponse | InsuranceProvidersListResponse]:
    """Search insurance providers

     Lists the insurance carriers configured in the organization, optionally filtered by name or active
    flag, one page at a time. The returned `id` is the `insurance_provider_id` to send when adding or
    updating a patient insurance.

    Args:
        name (str | Unset): Filter on carrier name (case-insensitive, partial match).
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of carriers per page. Default: 100.
        active (bool | Unset): Only carriers whose active flag equals this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InsuranceProvidersListResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        page=page,
        page_size=page_size,
        active=active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    active: bool | Unset = UNSET,
) -> ErrorResponse | InsuranceProvidersListResponse | None:
    """Search insurance providers

     Lists the insurance carriers configured in the organization, optionally filtered by name or active
    flag, one page at a time. The returned `id` is the `insurance_provider_id` to send when adding or
    updating a patient insurance.

    Args:
        name (str | Unset): Filter on carrier name (case-insensitive, partial match).
        page (int | Unset): Page number, starting at 1. Default: 1.
        page_size (int | Unset): Number of carriers per page. Default: 100.
        active (bool | Unset): Only carriers whose active flag equals this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InsuranceProvidersListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            page=page,
            page_size=page_size,
            active=active,
        )
    ).parsed
