from enum import StrEnum


class AvailabilityListCalculationMethod(StrEnum):
    EQUAL_SLOTS = "equal_slots"
    GAPS = "gaps"
    SLOTS = "slots"

    def __str__(self) -> str:
        return str(self.value)
