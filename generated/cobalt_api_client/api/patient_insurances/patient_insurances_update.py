# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.patient_insurances_update_request import PatientInsurancesUpdateRequest
from ...models.patient_insurances_update_response import PatientInsurancesUpdateResponse
from ...types import parse_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import Response


def _get_kwargs(
    patient_mrn: str,
    emr_insurance_id: str,
    *,
    body: PatientInsurancesUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/patients/{patient_mrn}/insurances/{emr_insurance_id}".format(
            patient_mrn=quote(str(patient_mrn), safe=""),
            emr_insurance_id=quote(str(emr_insurance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PatientInsurancesUpdateResponse | None:
    if response.status_code == 200:
        response_200 = parse_json(response.content, PatientInsurancesUpdateResponse.from_dict)
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
) -> Response[ErrorResponse | PatientInsurancesUpdateResponse]:
    from ...types import Response  # an attrs class built on first use (see types.py)

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    patient_mrn: str,
    emr_insurance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatientInsurancesUpdateRequest,
) -> Response[ErrorResponse | PatientInsurancesUpdateResponse]:
    """Update a patient's insurance

     Queues an update of one existing insurance record in eClinicalWorks. Omitted fields keep their
    current EHR values. Carrier resolution works as for adding an insurance; when the carrier changes,
    the resolved provider must have an eClinicalWorks id configured or the request is rejected. The
    outcome arrives via the `patient.insurance.updated` or `patient.insurance.failed` webhook.

    Args:
        patient_mrn (str): The patient's MRN in the EHR.
        emr_insurance_id (str): The EHR's id of the insurance record, as returned in
            `insurances[].emr_insurance_id` by a live fetch with `include: ["insurances"]` or by an
            earlier insurance added/updated webhook.
        body (PatientInsurancesUpdateRequest): The insurance fields to change; omitted fields keep
            their EHR values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PatientInsurancesUpdateResponse]
    """

    kwargs = _get_kwargs(
        patient_mrn=patient_mrn,
        emr_insurance_id=emr_insurance_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    patient_mrn: str,
    emr_insurance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatientInsurancesUpdateRequest,
) -> ErrorResponse | PatientInsurancesUpdateResponse | None:
    """Update a patient's insurance

     Queues an update of one existing insurance record in eClinicalWorks. Omitted fields keep their
    current EHR values. Carrier resolution works as for adding an insurance; when the carrier changes,
    the resolved provider must have an eClinicalWorks id configured or the request is rejected. The
    outcome arrives via the `patient.insurance.updated` or `patient.insurance.failed` webhook.

    Args:
        patient_mrn (str): The patient's MRN in the EHR.
        emr_insurance_id (str): The EHR's id of the insurance record, as returned in
            `insurances[].emr_insurance_id` by a live fetch with `include: ["insurances"]` or by an
            earlier insurance added/updated webhook.
        body (PatientInsurancesUpdateRequest): The insurance fields to change; omitted fields keep
            their EHR values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PatientInsurancesUpdateResponse
    """

    return sync_detailed(
        patient_mrn=patient_mrn,
        emr_insurance_id=emr_insurance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    patient_mrn: str,
    emr_insurance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatientInsurancesUpdateRequest,
) -> Response[ErrorResponse | PatientInsurancesUpdateResponse]:
    """Update a patient's insurance

     Queues an update of one existing insurance record in eClinicalWorks. Omitted fields keep their
    current EHR values. Carrier resolution works as for adding an insurance; when the carrier changes,
    the resolved provider must have an eClinicalWorks id configured or the request is rejected. The
    outcome arrives via the `patient.insurance.updated` or `patient.insurance.failed` webhook.

    Args:
        patient_mrn (str): The patient's MRN in the EHR.
        emr_insurance_id (str): The EHR's id of the insurance record, as returned in
            `insurances[].emr_insurance_id` by a live fetch with `include: ["insurances"]` or by an
            earlier insurance added/updated webhook.
        body (PatientInsurancesUpdateRequest): The insurance fields to change; omitted fields keep
            their EHR values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PatientInsurancesUpdateResponse]
    """

    kwargs = _get_kwargs(
        patient_mrn=patient_mrn,
        emr_insurance_id=emr_insurance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    patient_mrn: str,
    emr_insurance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatientInsurancesUpdateRequest,
) -> ErrorResponse | PatientInsurancesUpdateResponse | None:
    """Update a patient's insurance

     Queues an update of one existing insurance record in eClinicalWorks. Omitted fields keep their
    current EHR values. Carrier resolution works as for adding an insurance; when the carrier changes,
    the resolved provider must have an eClinicalWorks id configured or the request is rejected. The
    outcome arrives via the `patient.insurance.updated` or `patient.insurance.failed` webhook.

    Args:
        patient_mrn (str): The patient's MRN in the EHR.
        emr_insurance_id (str): The EHR's id of the insurance record, as returned in
            `insurances[].emr_insurance_id` by a live fetch with `include: ["insurances"]` or by an
            earlier insurance added/updated webhook.
        body (PatientInsurancesUpdateRequest): The insurance fields to change; omitted fields keep
            their EHR values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PatientInsurancesUpdateResponse
    """

    return (
        await asyncio_detailed(
            patient_mrn=patient_mrn,
            emr_insurance_id=emr_insurance_id,
            client=client,
            body=body,
        )
    ).parsed
