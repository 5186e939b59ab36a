# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.notes_create_request import NotesCreateRequest
from ...models.notes_create_response import NotesCreateResponse
from ...types import parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    body: NotesCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NotesCreateResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, NotesCreateResponse.from_dict)
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
) -> Response[ErrorResponse | NotesCreateResponse]:
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
    body: NotesCreateRequest,
) -> Response[ErrorResponse | NotesCreateResponse]:
    """Create a note

     Queues a chart note to be written into the EHR against an existing appointment. The note is typed
    into the EHR asynchronously (the docs quote anything from a few seconds to about a minute and a
    half), and completion is reported by a webhook. The note is normally free text; eClinicalWorks
    integrations may send a structured object together with ICD-10 and CPT codes.

    Args:
        body (NotesCreateRequest): Body for creating an appointment chart note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NotesCreateResponse]
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
    client: AuthenticatedClient | Client,
    body: NotesCreateRequest,
) -> ErrorResponse | NotesCreateResponse | None:
    """Create a note

     Queues a chart note to be written into the EHR against an existing appointment. The note is typed
    into the EHR asynchronously (the docs quote anything from a few seconds to about a minute and a
    half), and completion is reported by a webhook. The note is normally free text; eClinicalWorks
    integrations may send a structured object together with ICD-10 and CPT codes.

    Args:
        body (NotesCreateRequest): Body for creating an appointment chart note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NotesCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NotesCreateRequest,
) -> Response[ErrorResponse | NotesCreateResponse]:
    """Create a note

     Queues a chart note to be written into the EHR against an existing appointment. The note is typed
    into the EHR asynchronously (the docs quote anything from a few seconds to about a minute and a
    half), and completion is reported by a webhook. The note is normally free text; eClinicalWorks
    integrations may send a structured object together with ICD-10 and CPT codes.

    Args:
        body (NotesCreateRequest): Body for creating an appointment chart note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NotesCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NotesCreateRequest,
) -> ErrorResponse | NotesCreateResponse | None:
    """Create a note

     Queues a chart note to be written into the EHR against an existing appointment. The note is typed
    into the EHR asynchronously (the docs quote anything from a few seconds to about a minute and a
    half), and completion is reported by a webhook. The note is normally free text; eClinicalWorks
    integrations may send a structured object together with ICD-10 and CPT codes.

    Args:
        body (NotesCreateRequest): Body for creating an appointment chart note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NotesCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
