# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

AvailabilityListProviderType = Literal["primary", "secondary"]

AVAILABILITY_LIST_PROVIDER_TYPE_VALUES: set[AvailabilityListProviderType] = {
    "primary",
    "secondary",
}


def check_availability_list_provider_type(value: str) -> AvailabilityListProviderType:
    if value in AVAILABILITY_LIST_PROVIDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AVAILABILITY_LIST_PROVIDER_TYPE_VALUES!r}")
