# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

AvailabilityListCalculationMethod = Literal["equal_slots", "gaps", "slots"]

AVAILABILITY_LIST_CALCULATION_METHOD_VALUES: set[AvailabilityListCalculationMethod] = {
    "equal_slots",
    "gaps",
    "slots",
}


def check_availability_list_calculation_method(value: str) -> AvailabilityListCalculationMethod:
    if value in AVAILABILITY_LIST_CALCULATION_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AVAILABILITY_LIST_CALCULATION_METHOD_VALUES!r}")
