# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

PatientsCreateRequestSex = Literal["female", "male", "unknown"]

PATIENTS_CREATE_REQUEST_SEX_VALUES: set[PatientsCreateRequestSex] = {
    "female",
    "male",
    "unknown",
}


def check_patients_create_request_sex(value: str) -> PatientsCreateRequestSex:
    if value in PATIENTS_CREATE_REQUEST_SEX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATIENTS_CREATE_REQUEST_SEX_VALUES!r}")
