from typing import Literal

ProvidersUpdateByEhrIdRequestStatus = Literal["active", "inactive"]

PROVIDERS_UPDATE_BY_EHR_ID_REQUEST_STATUS_VALUES: set[ProvidersUpdateByEhrIdRequestStatus] = {
    "active",
    "inactive",
}


def check_providers_update_by_ehr_id_request_status(value: str) -> ProvidersUpdateByEhrIdRequestStatus:
    if value in PROVIDERS_UPDATE_BY_EHR_ID_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROVIDERS_UPDATE_BY_EHR_ID_REQUEST_STATUS_VALUES!r}")
