# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

PatientInsurancesCreateRequestPriority = Literal["1", "2", "3"]

PATIENT_INSURANCES_CREATE_REQUEST_PRIORITY_VALUES: set[PatientInsurancesCreateRequestPriority] = {
    "1",
    "2",
    "3",
}


def check_patient_insurances_create_request_priority(value: str) -> PatientInsurancesCreateRequestPriority:
    if value in PATIENT_INSURANCES_CREATE_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATIENT_INSURANCES_CREATE_REQUEST_PRIORITY_VALUES!r}"
    )
