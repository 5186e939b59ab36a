# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

PatientsUpdateRequestInsuranceSequence = Literal["primary", "secondary", "tertiary"]

PATIENTS_UPDATE_REQUEST_INSURANCE_SEQUENCE_VALUES: set[PatientsUpdateRequestInsuranceSequence] = {
    "primary",
    "secondary",
    "tertiary",
}


def check_patients_update_request_insurance_sequence(value: str) -> PatientsUpdateRequestInsuranceSequence:
    if value in PATIENTS_UPDATE_REQUEST_INSURANCE_SEQUENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATIENTS_UPDATE_REQUEST_INSURANCE_SEQUENCE_VALUES!r}"
    )
