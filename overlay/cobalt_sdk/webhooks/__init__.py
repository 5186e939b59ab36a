"""Receive Cobalt webhooks: verify the `cobalt-verification` signature, parse typed events,
drop duplicate deliveries and answer fast while processing elsewhere.

    from cobalt_sdk.webhooks import WebhookReceiver

    receiver = WebhookReceiver(secrets=[current_secret, previous_secret], handler=process_event)
    status, text = receiver.handle(raw_body_bytes, request_headers)

Lower-level pieces: `verify_signature`, `construct_event`, `parse_event`, `Deduplicator`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._errors import WebhookError, WebhookPayloadError, WebhookVerificationError
from .._lazy import lazy_exports

if TYPE_CHECKING:
    from ._construct import WebhookDelivery, construct_event
    from ._dedupe import AsyncDedupeStore, AsyncDeduplicator, DedupeStore, Deduplicator, InMemoryDedupeStore
    from ._events import UnknownEvent, event_class, event_types, parse_event
    from ._jsjson import js_stringify
    from ._receiver import AsyncWebhookReceiver, EventWaiter, WebhookReceiver, WebhookResponse
    from ._signature import sign, verify_signature

_LAZY = {
    "WebhookDelivery": "._construct",
    "construct_event": "._construct",
    "AsyncDedupeStore": "._dedupe",
    "AsyncDeduplicator": "._dedupe",
    "DedupeStore": "._dedupe",
    "Deduplicator": "._dedupe",
    "InMemoryDedupeStore": "._dedupe",
    "UnknownEvent": "._events",
    "event_class": "._events",
    "event_types": "._events",
    "parse_event": "._events",
    "js_stringify": "._jsjson",
    "AsyncWebhookReceiver": "._receiver",
    "EventWaiter": "._receiver",
    "WebhookReceiver": "._receiver",
    "WebhookResponse": "._receiver",
    "sign": "._signature",
    "verify_signature": "._signature",
}

__all__ = [
    "AsyncDedupeStore",
    "AsyncDeduplicator",
    "AsyncWebhookReceiver",
    "DedupeStore",
    "Deduplicator",
    "EventWaiter",
    "InMemoryDedupeStore",
    "UnknownEvent",
    "WebhookDelivery",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookResponse",
    "WebhookVerificationError",
    "construct_event",
    "event_class",
    "event_types",
    "js_stringify",
    "parse_event",
    "sign",
    "verify_signature",
]

__getattr__ = lazy_exports(__name__, globals(), _LAZY)
