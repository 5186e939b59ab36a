# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.eligibility_checks_list_benefits_response import EligibilityChecksListBenefitsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset, parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    id: str,
    *,
    benefit_type: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["benefit_type"] = benefit_type

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/eligibility-checks/{id}/benefits".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EligibilityChecksListBenefitsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, EligibilityChecksListBenefitsResponse.from_dict)
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
) -> Response[EligibilityChecksListBenefitsResponse | ErrorResponse]:
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
    benefit_type: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> Response[EligibilityChecksListBenefitsResponse | ErrorResponse]:
    """List the benefit lines of an eligibility check

     Returns the individual benefit lines (one per EB segment of the 271 answer) of one eligibility
    check, optionally filtered by decoded benefit type, one page at a time.

    Args:
        id (str): Cobalt id of the eligibility check, as returned by the list endpoint.
        benefit_type (str | Unset): Only benefit lines of this decoded type, for example
            `Deductible`, `Co-Payment`, `Co-Insurance` or `Out of Pocket`.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of benefit lines per page (at most 500). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityChecksListBenefitsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        benefit_type=benefit_type,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    benefit_type: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> EligibilityChecksListBenefitsResponse | ErrorResponse | None:
    """List the benefit lines of an eligibility check

     Returns the individual benefit lines (one per EB segment of the 271 answer) of one eligibility
    check, optionally filtered by decoded benefit type, one page at a time.

    Args:
        id (str): Cobalt id of the eligibility check, as returned by the list endpoint.
        benefit_type (str | Unset): Only benefit lines of this decoded type, for example
            `Deductible`, `Co-Payment`, `Co-Insurance` or `Out of Pocket`.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of benefit lines per page (at most 500). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityChecksListBenefitsResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        benefit_type=benefit_type,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    benefit_type: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> Response[EligibilityChecksListBenefitsResponse | ErrorResponse]:
    """List the benefit lines of an eligibility check

     Returns the individual benefit lines (one per EB segment of the 271 answer) of one eligibility
    check, optionally filtered by decoded benefit type, one page at a time.

    Args:
        id (str): Cobalt id of the eligibility check, as returned by the list endpoint.
        benefit_type (str | Unset): Only benefit lines of this decoded type, for example
            `Deductible`, `Co-Payment`, `Co-Insurance` or `Out of Pocket`.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of benefit lines per page (at most 500). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityChecksListBenefitsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        benefit_type=benefit_type,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    benefit_type: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> EligibilityChecksListBenefitsResponse | ErrorResponse | None:
    """List the benefit lines of an eligibility check

     Returns the individual benefit lines (one per EB segment of the 271 answer) of one eligibility
    check, optionally filtered by decoded benefit type, one page at a time.

    Args:
        id (str): Cobalt id of the eligibility check, as returned by the list endpoint.
        benefit_type (str | Unset): Only benefit lines of this decoded type, for example
            `Deductible`, `Co-Payment`, `Co-Insurance` or `Out of Pocket`.
        page (int | Unset): Page number to return, starting at 1. Default: 1.
        page_size (int | Unset): Number of benefit lines per page (at most 500). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityChecksListBenefitsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            benefit_type=benefit_type,
            page=page,
            page_size=page_size,
        )
    ).parsed
