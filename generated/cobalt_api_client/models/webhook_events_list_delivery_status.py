from enum import StrEnum


class WebhookEventsListDeliveryStatus(StrEnum):
    FAILED = "failed"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
