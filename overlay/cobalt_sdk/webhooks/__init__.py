"""Receive Cobalt webhooks: verify the `cobalt-verification` signature, parse typed events,
drop duplicate deliveries and answer fast while processing elsewhere.

    from cobalt_sdk.webhooks import WebhookReceiver

    receiver = WebhookReceiver(secrets=[current_secret, previous_secret], handler=process_event)
    status, text = receiver.handle(raw_body_bytes, request_headers)

Lower-level pieces: `verify_signature`, `construct_event`, `parse_event`, `Deduplicator`.
Recovery of missed deliveries: `catch_up` / `acatch_up` (replay `GET /webhook-events` from a
durable cursor through the same receiver). Several instances: `cobalt_sdk.bus`.

Threat model. Cobalt signs the body only: an HMAC-SHA256 with the endpoint's secret over
`JSON.stringify` of the parsed body. The headers (`webhook-id`, `webhook-timestamp`,
`webhook-attempt`) are not signed, so anyone who captured one delivery can resend it with any
headers, and can re-format its body (whitespace, number spellings, escapes) as long as it parses
to the same JavaScript values. What each defence covers:

* Signature (`verify_signature`): nobody without the secret can make a body Cobalt did not sign.
  It returns the bytes that matched, and the event is built from those, so no edit that keeps the
  JavaScript form (`null` -> `1e400`, `1` -> `1.0`, `0` -> `-0.0`, other digits in a big integer)
  changes what the handler sees. A body with a repeated key verifies only by its raw bytes.
* Deduplication: keyed on the signed envelope `id`, so a replay with a new `webhook-id` (or none)
  is "Already processed". An event without an `id` is a payload error (400). It covers what the
  store remembers (the last `DEDUPE_CAPACITY` ids in memory by default; plug a shared store for
  several workers or a longer memory).
* Tolerance: the signed `created` (`timestamp` on live-fetch events) must be within
  `tolerance` seconds (default 300) of now, so a replay older than the dedupe store's memory is
  refused as "too old". `webhook-timestamp` is ignored for this. `tolerance=None` turns it off,
  to re-process history on purpose; a missing or unreadable `created` is refused otherwise.
* Size cap: a body over `max_body_bytes` (default 2 MiB) is refused (413) before any parsing,
  and a wrong signature is rejected cheaply (raw HMAC, then, with the `speedups` extra, one C
  pass that writes the JavaScript form; without it, lexical proofs before any parser, with a
  bounded worst case: see `_signature`), so unsigned traffic cannot buy much CPU.

Not covered: a secret that leaked (rotate it), and the order of deliveries (events may arrive
out of order; compare `created` if order matters).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._errors import WebhookBodyTooLargeError, WebhookError, WebhookPayloadError, WebhookVerificationError
from .._lazy import lazy_dir, lazy_exports

if TYPE_CHECKING:
    from ._catchup import CatchUpResult, CursorStore, acatch_up, catch_up
    from ._construct import WebhookDelivery, construct_event
    from ._dedupe import AsyncDedupeStore, AsyncDeduplicator, DedupeStore, Deduplicator, InMemoryDedupeStore
    from ._event_union import Event
    from ._events import UnknownEvent, event_class, event_types, parse_event
    from ._jsjson import js_stringify
    from ._receiver import AsyncWebhookReceiver, EventWaiter, WebhookReceiver, WebhookResponse
    from ._signature import sign, verify_signature

_LAZY = {
    "CatchUpResult": "._catchup",
    "CursorStore": "._catchup",
    "acatch_up": "._catchup",
    "catch_up": "._catchup",
    "WebhookDelivery": "._construct",
    "construct_event": "._construct",
    "AsyncDedupeStore": "._dedupe",
    "AsyncDeduplicator": "._dedupe",
    "DedupeStore": "._dedupe",
    "Deduplicator": "._dedupe",
    "InMemoryDedupeStore": "._dedupe",
    "Event": "._event_union",
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
    "CatchUpResult",
    "CursorStore",
    "DedupeStore",
    "Deduplicator",
    "Event",
    "EventWaiter",
    "InMemoryDedupeStore",
    "UnknownEvent",
    "WebhookDelivery",
    "WebhookBodyTooLargeError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookResponse",
    "WebhookVerificationError",
    "acatch_up",
    "catch_up",
    "construct_event",
    "event_class",
    "event_types",
    "js_stringify",
    "parse_event",
    "sign",
    "verify_signature",
]

__getattr__ = lazy_exports(__name__, globals(), _LAZY)
__dir__ = lazy_dir(globals(), _LAZY)
