# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

AvailabilityFetchRequestProviderType = Literal["primary", "secondary"]

AVAILABILITY_FETCH_REQUEST_PROVIDER_TYPE_VALUES: set[AvailabilityFetchRequestProviderType] = {
    "primary",
    "secondary",
}


def check_availability_fetch_request_provider_type(value: str) -> AvailabilityFetchRequestProviderType:
    if value in AVAILABILITY_FETCH_REQUEST_PROVIDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AVAILABILITY_FETCH_REQUEST_PROVIDER_TYPE_VALUES!r}")
