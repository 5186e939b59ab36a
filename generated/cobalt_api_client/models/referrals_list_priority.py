from enum import StrEnum


class ReferralsListPriority(StrEnum):
    ROUTINE = "routine"
    STAT = "stat"
    URGENT = "urgent"

    def __str__(self) -> str:
        return str(self.value)
