# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

PatientsCreateRequestInsuranceSequence = Literal["primary", "secondary", "tertiary"]

PATIENTS_CREATE_REQUEST_INSURANCE_SEQUENCE_VALUES: set[PatientsCreateRequestInsuranceSequence] = {
    "primary",
    "secondary",
    "tertiary",
}


def check_patients_create_request_insurance_sequence(value: str) -> PatientsCreateRequestInsuranceSequence:
    if value in PATIENTS_CREATE_REQUEST_INSURANCE_SEQUENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATIENTS_CREATE_REQUEST_INSURANCE_SEQUENCE_VALUES!r}"
    )
