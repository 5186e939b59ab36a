from typing import Literal

ProvidersUpdateRequestStatus = Literal["active", "inactive"]

PROVIDERS_UPDATE_REQUEST_STATUS_VALUES: set[ProvidersUpdateRequestStatus] = {
    "active",
    "inactive",
}


def check_providers_update_request_status(value: str) -> ProvidersUpdateRequestStatus:
    if value in PROVIDERS_UPDATE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROVIDERS_UPDATE_REQUEST_STATUS_VALUES!r}")
