# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

ReferralsListPriority = Literal["routine", "stat", "urgent"]

REFERRALS_LIST_PRIORITY_VALUES: set[ReferralsListPriority] = {
    "routine",
    "stat",
    "urgent",
}


def check_referrals_list_priority(value: str) -> ReferralsListPriority:
    if value in REFERRALS_LIST_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERRALS_LIST_PRIORITY_VALUES!r}")
