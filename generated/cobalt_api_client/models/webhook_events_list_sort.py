# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

WebhookEventsListSort = Literal["-created_at", "created_at"]

WEBHOOK_EVENTS_LIST_SORT_VALUES: set[WebhookEventsListSort] = {
    "-created_at",
    "created_at",
}


def check_webhook_events_list_sort(value: str) -> WebhookEventsListSort:
    if value in WEBHOOK_EVENTS_LIST_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENTS_LIST_SORT_VALUES!r}")
