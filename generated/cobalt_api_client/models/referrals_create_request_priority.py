from enum import StrEnum


class ReferralsCreateRequestPriority(StrEnum):
    ROUTINE = "routine"
    STAT = "stat"
    URGENT = "urgent"

    def __str__(self) -> str:
        return str(self.value)
