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
