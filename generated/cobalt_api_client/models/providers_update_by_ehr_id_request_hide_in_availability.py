# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

ProvidersUpdateByEhrIdRequestHideInAvailability = Literal["false", "true"]

PROVIDERS_UPDATE_BY_EHR_ID_REQUEST_HIDE_IN_AVAILABILITY_VALUES: set[ProvidersUpdateByEhrIdRequestHideInAvailability] = {
    "false",
    "true",
}


def check_providers_update_by_ehr_id_request_hide_in_availability(
    value: str,
) -> ProvidersUpdateByEhrIdRequestHideInAvailability:
    if value in PROVIDERS_UPDATE_BY_EHR_ID_REQUEST_HIDE_IN_AVAILABILITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDERS_UPDATE_BY_EHR_ID_REQUEST_HIDE_IN_AVAILABILITY_VALUES!r}"
    )
