# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.referring_providers_list_response import ReferringProvidersListResponse
from ...types import UNSET, Unset, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    fax: str | Unset = UNSET,
    npi: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["first_name"] = first_name

    params["last_name"] = last_name

    params["phone"] = phone

    params["fax"] = fax

    params["npi"] = npi

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/referring-providers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReferringProvidersListResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, ReferringProvidersListResponse.from_dict)
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
) -> Response[ErrorResponse | ReferringProvidersListResponse]:
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
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    fax: str | Unset = UNSET,
    npi: str | Unset = UNSET,
) -> Response[ErrorResponse | ReferringProvidersListResponse]:
    """List referring providers

     Returns the organization's referring providers, optionally filtered by name, phone, fax or NPI
    (filters can be combined). The returned `id` is what patient creation accepts as
    `referring_provider_id` or `pcp_id`.

    Args:
        first_name (str | Unset): Filter on first name (case-insensitive, partial match).
        last_name (str | Unset): Filter on last name (case-insensitive, partial match).
        phone (str | Unset): Filter on phone number; any format is accepted (e.g. `7734722936` or
            `773-472-2936`).
        fax (str | Unset): Filter on fax number; any format is accepted.
        npi (str | Unset): Filter on NPI (exact match).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReferringProvidersListResponse]
    """

    kwargs = _get_kwargs(
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        fax=fax,
        npi=npi,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    fax: str | Unset = UNSET,
    npi: str | Unset = UNSET,
) -> ErrorResponse | ReferringProvidersListResponse | None:
    """List referring providers

     Returns the organization's referring providers, optionally filtered by name, phone, fax or NPI
    (filters can be combined). The returned `id` is what patient creation accepts as
    `referring_provider_id` or `pcp_id`.

    Args:
        first_name (str | Unset): Filter on first name (case-insensitive, partial match).
        last_name (str | Unset): Filter on last name (case-insensitive, partial match).
        phone (str | Unset): Filter on phone number; any format is accepted (e.g. `7734722936` or
            `773-472-2936`).
        fax (str | Unset): Filter on fax number; any format is accepted.
        npi (str | Unset): Filter on NPI (exact match).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReferringProvidersListResponse
    """

    return sync_detailed(
        client=client,
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        fax=fax,
        npi=npi,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    fax: str | Unset = UNSET,
    npi: str | Unset = UNSET,
) -> Response[ErrorResponse | ReferringProvidersListResponse]:
    """List referring providers

     Returns the organization's referring providers, optionally filtered by name, phone, fax or NPI
    (filters can be combined). The returned `id` is what patient creation accepts as
    `referring_provider_id` or `pcp_id`.

    Args:
        first_name (str | Unset): Filter on first name (case-insensitive, partial match).
        last_name (str | Unset): Filter on last name (case-insensitive, partial match).
        phone (str | Unset): Filter on phone number; any format is accepted (e.g. `7734722936` or
            `773-472-2936`).
        fax (str | Unset): Filter on fax number; any format is accepted.
        npi (str | Unset): Filter on NPI (exact match).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReferringProvidersListResponse]
    """

    kwargs = _get_kwargs(
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        fax=fax,
        npi=npi,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    fax: str | Unset = UNSET,
    npi: str | Unset = UNSET,
) -> ErrorResponse | ReferringProvidersListResponse | None:
    """List referring providers

     Returns the organization's referring providers, optionally filtered by name, phone, fax or NPI
    (filters can be combined). The returned `id` is what patient creation accepts as
    `referring_provider_id` or `pcp_id`.

    Args:
        first_name (str | Unset): Filter on first name (case-insensitive, partial match).
        last_name (str | Unset): Filter on last name (case-insensitive, partial match).
        phone (str | Unset): Filter on phone number; any format is accepted (e.g. `7734722936` or
            `773-472-2936`).
        fax (str | Unset): Filter on fax number; any format is accepted.
        npi (str | Unset): Filter on NPI (exact match).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReferringProvidersListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            fax=fax,
            npi=npi,
        )
    ).parsed
