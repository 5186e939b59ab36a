# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

WebhookEventsListDeliveryStatus = Literal["failed", "success"]

WEBHOOK_EVENTS_LIST_DELIVERY_STATUS_VALUES: set[WebhookEventsListDeliveryStatus] = {
    "failed",
    "success",
}


def check_webhook_events_list_delivery_status(value: str) -> WebhookEventsListDeliveryStatus:
    if value in WEBHOOK_EVENTS_LIST_DELIVERY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENTS_LIST_DELIVERY_STATUS_VALUES!r}")
