from enum import StrEnum


class AppointmentsListAppointmentMode(StrEnum):
    OFFICE = "office"
    TELEMEDICINE = "telemedicine"

    def __str__(self) -> str:
        return str(self.value)
