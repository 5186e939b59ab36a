"""One wire form for events on a bus: the event's JSON envelope, as Cobalt delivered it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..webhooks._events import UnknownEvent, parse_event

if TYPE_CHECKING:
    from ..webhooks._event_union import Event


def event_json(event: Event) -> dict[str, Any]:
    """The envelope of an event (generated model or `UnknownEvent`) as a JSON object."""
    if isinstance(event, UnknownEvent):
        return dict(event.raw)
    return event.to_dict()


def encode(event: Event) -> bytes:
    return json.dumps(event_json(event), separators=(",", ":")).encode()


def decode(message: bytes | str) -> Event:
    """Raises `WebhookPayloadError` for a message that is not an event (never published by the SDK)."""
    return parse_event(message)


__all__ = ["decode", "encode", "event_json"]
