# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

AppointmentsListAppointmentMode = Literal["office", "telemedicine"]

APPOINTMENTS_LIST_APPOINTMENT_MODE_VALUES: set[AppointmentsListAppointmentMode] = {
    "office",
    "telemedicine",
}


def check_appointments_list_appointment_mode(value: str) -> AppointmentsListAppointmentMode:
    if value in APPOINTMENTS_LIST_APPOINTMENT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPOINTMENTS_LIST_APPOINTMENT_MODE_VALUES!r}")
