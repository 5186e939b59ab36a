# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

AvailabilityFetchRequestCalculationMethod = Literal["equal_slots", "gaps", "slots"]

AVAILABILITY_FETCH_REQUEST_CALCULATION_METHOD_VALUES: set[AvailabilityFetchRequestCalculationMethod] = {
    "equal_slots",
    "gaps",
    "slots",
}


def check_availability_fetch_request_calculation_method(value: str) -> AvailabilityFetchRequestCalculationMethod:
    if value in AVAILABILITY_FETCH_REQUEST_CALCULATION_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AVAILABILITY_FETCH_REQUEST_CALCULATION_METHOD_VALUES!r}"
    )
