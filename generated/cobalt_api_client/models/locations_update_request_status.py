from typing import Literal

LocationsUpdateRequestStatus = Literal["active", "inactive"]

LOCATIONS_UPDATE_REQUEST_STATUS_VALUES: set[LocationsUpdateRequestStatus] = {
    "active",
    "inactive",
}


def check_locations_update_request_status(value: str) -> LocationsUpdateRequestStatus:
    if value in LOCATIONS_UPDATE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCATIONS_UPDATE_REQUEST_STATUS_VALUES!r}")
