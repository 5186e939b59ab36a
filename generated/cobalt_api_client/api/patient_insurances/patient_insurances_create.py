# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.patient_insurances_create_request import PatientInsurancesCreateRequest
from ...models.patient_insurances_create_response import PatientInsurancesCreateResponse
from ...types import parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    patient_mrn: str,
    *,
    body: PatientInsurancesCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/patients/{patient_mrn}/insurances".format(
            patient_mrn=quote(str(patient_mrn), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PatientInsurancesCreateResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, PatientInsurancesCreateResponse.from_dict)
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
) -> Response[ErrorResponse | PatientInsurancesCreateResponse]:
    from ...types import Response  # an attrs class built on first use (see types.py)

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    patient_mrn: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatientInsurancesCreateRequest,
) -> Response[ErrorResponse | PatientInsurancesCreateResponse]:
    """Add an insurance to a patient

     Queues the addition of an insurance record to an existing EHR patient. The carrier is resolved, in
    order of preference, from `insurance_provider_id`, from `insurance_name` plus `insurance_payer_id`,
    or from `insurance_name` alone (`insurance_payer_id` alone is not supported). The outcome arrives
    via the `patient.insurance.added` (which carries the new `emr_insurance_id`) or
    `patient.insurance.failed` webhook.

    Args:
        patient_mrn (str): The patient's MRN in the EHR (not the Cobalt patient id).
        body (PatientInsurancesCreateRequest): The insurance to add. Identify the carrier by
            `insurance_provider_id`, by `insurance_name` + `insurance_payer_id`, or by
            `insurance_name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PatientInsurancesCreateResponse]
    """

    kwargs = _get_kwargs(
        patient_mrn=patient_mrn,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    patient_mrn: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatientInsurancesCreateRequest,
) -> ErrorResponse | PatientInsurancesCreateResponse | None:
    """Add an insurance to a patient

     Queues the addition of an insurance record to an existing EHR patient. The carrier is resolved, in
    order of preference, from `insurance_provider_id`, from `insurance_name` plus `insurance_payer_id`,
    or from `insurance_name` alone (`insurance_payer_id` alone is not supported). The outcome arrives
    via the `patient.insurance.added` (which carries the new `emr_insurance_id`) or
    `patient.insurance.failed` webhook.

    Args:
        patient_mrn (str): The patient's MRN in the EHR (not the Cobalt patient id).
        body (PatientInsurancesCreateRequest): The insurance to add. Identify the carrier by
            `insurance_provider_id`, by `insurance_name` + `insurance_payer_id`, or by
            `insurance_name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PatientInsurancesCreateResponse
    """

    return sync_detailed(
        patient_mrn=patient_mrn,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    patient_mrn: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatientInsurancesCreateRequest,
) -> Response[ErrorResponse | PatientInsurancesCreateResponse]:
    """Add an insurance to a patient

     Queues the addition of an insurance record to an existing EHR patient. The carrier is resolved, in
    order of preference, from `insurance_provider_id`, from `insurance_name` plus `insurance_payer_id`,
    or from `insurance_name` alone (`insurance_payer_id` alone is not supported). The outcome arrives
    via the `patient.insurance.added` (which carries the new `emr_insurance_id`) or
    `patient.insurance.failed` webhook.

    Args:
        patient_mrn (str): The patient's MRN in the EHR (not the Cobalt patient id).
        body (PatientInsurancesCreateRequest): The insurance to add. Identify the carrier by
            `insurance_provider_id`, by `insurance_name` + `insurance_payer_id`, or by
            `insurance_name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PatientInsurancesCreateResponse]
    """

    kwargs = _get_kwargs(
        patient_mrn=patient_mrn,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    patient_mrn: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatientInsurancesCreateRequest,
) -> ErrorResponse | PatientInsurancesCreateResponse | None:
    """Add an insurance to a patient

     Queues the addition of an insurance record to an existing EHR patient. The carrier is resolved, in
    order of preference, from `insurance_provider_id`, from `insurance_name` plus `insurance_payer_id`,
    or from `insurance_name` alone (`insurance_payer_id` alone is not supported). The outcome arrives
    via the `patient.insurance.added` (which carries the new `emr_insurance_id`) or
    `patient.insurance.failed` webhook.

    Args:
        patient_mrn (str): The patient's MRN in the EHR (not the Cobalt patient id).
        body (PatientInsurancesCreateRequest): The insurance to add. Identify the carrier by
            `insurance_provider_id`, by `insurance_name` + `insurance_payer_id`, or by
            `insurance_name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PatientInsurancesCreateResponse
    """

    return (
        await asyncio_detailed(
            patient_mrn=patient_mrn,
            client=client,
            body=body,
        )
    ).parsed
