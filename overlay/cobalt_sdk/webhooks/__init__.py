"""Receive Cobalt webhooks: verify the `cobalt-verification` signature, parse typed events,
drop duplicate deliveries and answer fast while processing elsewhere.

    from cobalt_sdk.webhooks import WebhookReceiver

    receiver = WebhookReceiver(secrets=[current_secret, previous_secret], handler=process_event)
    status, text = receiver.handle(raw_body_bytes, request_headers)

Lower-level pieces: `verify_signature`, `construct_event`, `parse_event`, `Deduplicator`.
"""

from __future__ import annotations

from .._errors import WebhookError, WebhookPayloadError, WebhookVerificationError
from ._construct import WebhookDelivery, construct_event
from ._dedupe import AsyncDedupeStore, AsyncDeduplicator, DedupeStore, Deduplicator, InMemoryDedupeStore
from ._events import UnknownEvent, event_class, event_types, parse_event
from ._jsjson import js_stringify
from ._receiver import AsyncWebhookReceiver, EventWaiter, WebhookReceiver, WebhookResponse
from ._signature import sign, verify_signature

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
