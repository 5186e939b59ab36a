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
