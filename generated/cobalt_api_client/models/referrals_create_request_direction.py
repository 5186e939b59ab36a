# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

ReferralsCreateRequestDirection = Literal["incoming", "outgoing"]

REFERRALS_CREATE_REQUEST_DIRECTION_VALUES: set[ReferralsCreateRequestDirection] = {
    "incoming",
    "outgoing",
}


def check_referrals_create_request_direction(value: str) -> ReferralsCreateRequestDirection:
    if value in REFERRALS_CREATE_REQUEST_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERRALS_CREATE_REQUEST_DIRECTION_VALUES!r}")
