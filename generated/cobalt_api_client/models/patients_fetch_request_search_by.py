# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

PatientsFetchRequestSearchBy = Literal["dob", "mrn", "name", "phone"]

PATIENTS_FETCH_REQUEST_SEARCH_BY_VALUES: set[PatientsFetchRequestSearchBy] = {
    "dob",
    "mrn",
    "name",
    "phone",
}


def check_patients_fetch_request_search_by(value: str) -> PatientsFetchRequestSearchBy:
    if value in PATIENTS_FETCH_REQUEST_SEARCH_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATIENTS_FETCH_REQUEST_SEARCH_BY_VALUES!r}")
