# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.patients_update_request import PatientsUpdateRequest
from ...models.patients_update_response import PatientsUpdateResponse
from ...types import parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: PatientsUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/patients/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PatientsUpdateResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, PatientsUpdateResponse.from_dict)
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
) -> Response[ErrorResponse | PatientsUpdateResponse]:
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
    body: PatientsUpdateRequest,
) -> Response[ErrorResponse | PatientsUpdateResponse]:
    """Update a patient

     Changes a patient's details. For patients still `pending` or `failed` (not yet in the EHR) any field
    may change and the new values are used the next time creation runs. For `active` patients the change
    is queued (status `pending_update` until the EHR write finishes) and only contact details (and, in
    the newest docs, address and provider assignments) may change. Send only the fields to change.

    Args:
        id (str): The Cobalt patient id (not the MRN or the EHR id).
        body (PatientsUpdateRequest): The patient fields to change; omitted fields stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PatientsUpdateResponse]
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
    body: PatientsUpdateRequest,
) -> ErrorResponse | PatientsUpdateResponse | None:
    """Update a patient

     Changes a patient's details. For patients still `pending` or `failed` (not yet in the EHR) any field
    may change and the new values are used the next time creation runs. For `active` patients the change
    is queued (status `pending_update` until the EHR write finishes) and only contact details (and, in
    the newest docs, address and provider assignments) may change. Send only the fields to change.

    Args:
        id (str): The Cobalt patient id (not the MRN or the EHR id).
        body (PatientsUpdateRequest): The patient fields to change; omitted fields stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PatientsUpdateResponse
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
    body: PatientsUpdateRequest,
) -> Response[ErrorResponse | PatientsUpdateResponse]:
    """Update a patient

     Changes a patient's details. For patients still `pending` or `failed` (not yet in the EHR) any field
    may change and the new values are used the next time creation runs. For `active` patients the change
    is queued (status `pending_update` until the EHR write finishes) and only contact details (and, in
    the newest docs, address and provider assignments) may change. Send only the fields to change.

    Args:
        id (str): The Cobalt patient id (not the MRN or the EHR id).
        body (PatientsUpdateRequest): The patient fields to change; omitted fields stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PatientsUpdateResponse]
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
    body: PatientsUpdateRequest,
) -> ErrorResponse | PatientsUpdateResponse | None:
    """Update a patient

     Changes a patient's details. For patients still `pending` or `failed` (not yet in the EHR) any field
    may change and the new values are used the next time creation runs. For `active` patients the change
    is queued (status `pending_update` until the EHR write finishes) and only contact details (and, in
    the newest docs, address and provider assignments) may change. Send only the fields to change.

    Args:
        id (str): The Cobalt patient id (not the MRN or the EHR id).
        body (PatientsUpdateRequest): The patient fields to change; omitted fields stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PatientsUpdateResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
