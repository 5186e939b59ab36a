# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

PatientsCreateRequestCheckEligibility = Literal["false", "true"]

PATIENTS_CREATE_REQUEST_CHECK_ELIGIBILITY_VALUES: set[PatientsCreateRequestCheckEligibility] = {
    "false",
    "true",
}


def check_patients_create_request_check_eligibility(value: str) -> PatientsCreateRequestCheckEligibility:
    if value in PATIENTS_CREATE_REQUEST_CHECK_ELIGIBILITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATIENTS_CREATE_REQUEST_CHECK_ELIGIBILITY_VALUES!r}")
