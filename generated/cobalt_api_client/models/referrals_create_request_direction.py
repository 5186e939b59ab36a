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
