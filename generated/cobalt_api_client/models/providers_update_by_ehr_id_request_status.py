from enum import StrEnum


class ProvidersUpdateByEhrIdRequestStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
