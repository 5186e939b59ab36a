from enum import StrEnum


class PatientsFetchRequestIncludeType1Item(StrEnum):
    INSURANCES = "insurances"
    TASKS = "tasks"

    def __str__(self) -> str:
        return str(self.value)
