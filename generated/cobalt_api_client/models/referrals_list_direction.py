# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

ReferralsListDirection = Literal["incoming", "outgoing"]

REFERRALS_LIST_DIRECTION_VALUES: set[ReferralsListDirection] = {
    "incoming",
    "outgoing",
}


def check_referrals_list_direction(value: str) -> ReferralsListDirection:
    if value in REFERRALS_LIST_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERRALS_LIST_DIRECTION_VALUES!r}")
