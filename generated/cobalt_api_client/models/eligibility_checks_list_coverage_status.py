from enum import StrEnum


class EligibilityChecksListCoverageStatus(StrEnum):
    ACTIVE = "active"
    ERROR = "error"
    INACTIVE = "inactive"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
