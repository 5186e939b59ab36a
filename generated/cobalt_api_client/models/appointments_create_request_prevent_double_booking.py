# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

AppointmentsCreateRequestPreventDoubleBooking = Literal["false", "true"]

APPOINTMENTS_CREATE_REQUEST_PREVENT_DOUBLE_BOOKING_VALUES: set[AppointmentsCreateRequestPreventDoubleBooking] = {
    "false",
    "true",
}


def check_appointments_create_request_prevent_double_booking(
    value: str,
) -> AppointmentsCreateRequestPreventDoubleBooking:
    if value in APPOINTMENTS_CREATE_REQUEST_PREVENT_DOUBLE_BOOKING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPOINTMENTS_CREATE_REQUEST_PREVENT_DOUBLE_BOOKING_VALUES!r}"
    )
