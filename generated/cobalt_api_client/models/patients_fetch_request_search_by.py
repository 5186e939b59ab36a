from enum import StrEnum


class PatientsFetchRequestSearchBy(StrEnum):
    DOB = "dob"
    MRN = "mrn"
    NAME = "name"
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
