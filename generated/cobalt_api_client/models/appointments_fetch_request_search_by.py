from enum import StrEnum


class AppointmentsFetchRequestSearchBy(StrEnum):
    DATE_RANGE = "date_range"
    MRN = "mrn"
    PROVIDER = "provider"

    def __str__(self) -> str:
        return str(self.value)
