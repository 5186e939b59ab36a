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
