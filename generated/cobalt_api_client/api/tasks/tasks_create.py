# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.tasks_create_request import TasksCreateRequest
from ...models.tasks_create_response import TasksCreateResponse
from ...types import parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    *,
    body: TasksCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TasksCreateResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, TasksCreateResponse.from_dict)
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
) -> Response[ErrorResponse | TasksCreateResponse]:
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
    body: TasksCreateRequest,
) -> Response[ErrorResponse | TasksCreateResponse]:
    """Create a task

     Queues creation of an EHR task about a patient. Only the description and patient MRN are always
    needed; which of the other fields are needed depends on the EHR behind the account, and a missing
    one is rejected naming the field. The outcome is reported by a task webhook event.

    Args:
        body (TasksCreateRequest): Body for creating an EHR task about a patient.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TasksCreateResponse]
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
    body: TasksCreateRequest,
) -> ErrorResponse | TasksCreateResponse | None:
    """Create a task

     Queues creation of an EHR task about a patient. Only the description and patient MRN are always
    needed; which of the other fields are needed depends on the EHR behind the account, and a missing
    one is rejected naming the field. The outcome is reported by a task webhook event.

    Args:
        body (TasksCreateRequest): Body for creating an EHR task about a patient.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TasksCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TasksCreateRequest,
) -> Response[ErrorResponse | TasksCreateResponse]:
    """Create a task

     Queues creation of an EHR task about a patient. Only the description and patient MRN are always
    needed; which of the other fields are needed depends on the EHR behind the account, and a missing
    one is rejected naming the field. The outcome is reported by a task webhook event.

    Args:
        body (TasksCreateRequest): Body for creating an EHR task about a patient.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TasksCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TasksCreateRequest,
) -> ErrorResponse | TasksCreateResponse | None:
    """Create a task

     Queues creation of an EHR task about a patient. Only the description and patient MRN are always
    needed; which of the other fields are needed depends on the EHR behind the account, and a missing
    one is rejected naming the field. The outcome is reported by a task webhook event.

    Args:
        body (TasksCreateRequest): Body for creating an EHR task about a patient.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TasksCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
