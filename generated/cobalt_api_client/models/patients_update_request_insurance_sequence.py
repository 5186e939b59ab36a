from enum import StrEnum


class PatientsUpdateRequestInsuranceSequence(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
    TERTIARY = "tertiary"

    def __str__(self) -> str:
        return str(self.value)
