# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

AppointmentsFetchRequestSearchBy = Literal["date_range", "mrn", "provider"]

APPOINTMENTS_FETCH_REQUEST_SEARCH_BY_VALUES: set[AppointmentsFetchRequestSearchBy] = {
    "date_range",
    "mrn",
    "provider",
}


def check_appointments_fetch_request_search_by(value: str) -> AppointmentsFetchRequestSearchBy:
    if value in APPOINTMENTS_FETCH_REQUEST_SEARCH_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPOINTMENTS_FETCH_REQUEST_SEARCH_BY_VALUES!r}")
