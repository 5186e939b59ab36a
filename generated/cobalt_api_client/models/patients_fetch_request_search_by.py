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
