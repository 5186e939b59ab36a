# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

ReferralsCreateRequestPriority = Literal["routine", "stat", "urgent"]

REFERRALS_CREATE_REQUEST_PRIORITY_VALUES: set[ReferralsCreateRequestPriority] = {
    "routine",
    "stat",
    "urgent",
}


def check_referrals_create_request_priority(value: str) -> ReferralsCreateRequestPriority:
    if value in REFERRALS_CREATE_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERRALS_CREATE_REQUEST_PRIORITY_VALUES!r}")
