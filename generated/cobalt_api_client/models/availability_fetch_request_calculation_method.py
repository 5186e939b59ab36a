from enum import StrEnum


class AvailabilityFetchRequestCalculationMethod(StrEnum):
    EQUAL_SLOTS = "equal_slots"
    GAPS = "gaps"
    SLOTS = "slots"

    def __str__(self) -> str:
        return str(self.value)
