from enum import StrEnum


class PatientsCreateRequestSex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
