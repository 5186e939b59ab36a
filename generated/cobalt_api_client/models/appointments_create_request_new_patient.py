# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

AppointmentsCreateRequestNewPatient = Literal["false", "true"]

APPOINTMENTS_CREATE_REQUEST_NEW_PATIENT_VALUES: set[AppointmentsCreateRequestNewPatient] = {
    "false",
    "true",
}


def check_appointments_create_request_new_patient(value: str) -> AppointmentsCreateRequestNewPatient:
    if value in APPOINTMENTS_CREATE_REQUEST_NEW_PATIENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPOINTMENTS_CREATE_REQUEST_NEW_PATIENT_VALUES!r}")
