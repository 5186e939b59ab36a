from enum import StrEnum


class PatientsUpdateRequestSex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
