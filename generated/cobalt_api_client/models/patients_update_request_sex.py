# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

PatientsUpdateRequestSex = Literal["female", "male", "unknown"]

PATIENTS_UPDATE_REQUEST_SEX_VALUES: set[PatientsUpdateRequestSex] = {
    "female",
    "male",
    "unknown",
}


def check_patients_update_request_sex(value: str) -> PatientsUpdateRequestSex:
    if value in PATIENTS_UPDATE_REQUEST_SEX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATIENTS_UPDATE_REQUEST_SEX_VALUES!r}")
