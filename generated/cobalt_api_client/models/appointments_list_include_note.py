# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

AppointmentsListIncludeNote = Literal["false", "true"]

APPOINTMENTS_LIST_INCLUDE_NOTE_VALUES: set[AppointmentsListIncludeNote] = {
    "false",
    "true",
}


def check_appointments_list_include_note(value: str) -> AppointmentsListIncludeNote:
    if value in APPOINTMENTS_LIST_INCLUDE_NOTE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPOINTMENTS_LIST_INCLUDE_NOTE_VALUES!r}")
