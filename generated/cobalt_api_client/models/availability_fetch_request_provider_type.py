from enum import StrEnum


class AvailabilityFetchRequestProviderType(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"

    def __str__(self) -> str:
        return str(self.value)
