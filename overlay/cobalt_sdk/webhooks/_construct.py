"""Turn one verified delivery (body + headers) into a typed event with its delivery metadata.

The event is parsed from the bytes `verify_signature` returned (what Cobalt signed), never from
the raw body when only the re-serialised form matched; its identity (`id`) and age (`created`)
come from those signed bytes too, never from the unsigned `webhook-*` headers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from .._constants import (
    WEBHOOK_ATTEMPT_HEADER,
    WEBHOOK_ID_HEADER,
    WEBHOOK_MAX_BODY_BYTES,
    WEBHOOK_SIGNATURE_HEADER,
    WEBHOOK_TIMESTAMP_HEADER,
    WEBHOOK_TOLERANCE,
)
from .._errors import WebhookPayloadError
from ._events import event_from_json, load_json
from ._replay import Clock, check_fresh
from ._signature import Secrets, verify_signature

if TYPE_CHECKING:
    from ._event_union import Event


class HeaderLike(Protocol):
    """Anything with `.items()` yielding (name, value): dicts, Starlette/Werkzeug headers..."""

    def items(self) -> Iterable[tuple[Any, Any]]: ...


Headers = Mapping[str, str] | HeaderLike


def get_header(headers: Headers, name: str) -> str | None:
    """A header value looked up case-insensitively (the first one if it is repeated)."""
    wanted = name.lower()
    for key, value in headers.items():
        key_text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if key_text.lower() == wanted:
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return None


def parse_timestamp(value: str | None) -> datetime | None:
    """`webhook-timestamp` (ISO 8601) as an aware datetime; a naive one is taken as UTC."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)  # 3.11+: `Z`, fractions, offsets, basic format
    except ValueError:
        raise WebhookPayloadError(
            f"{WEBHOOK_TIMESTAMP_HEADER} header is not an ISO 8601 time", field=WEBHOOK_TIMESTAMP_HEADER
        ) from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def parse_attempt(value: str | None) -> int:
    """`webhook-attempt` as an int (1 when the header is absent)."""
    if value is None or not value.strip():
        return 1
    text = value.strip()
    if not text.isascii() or not text.isdigit():
        raise WebhookPayloadError(
            f"{WEBHOOK_ATTEMPT_HEADER} header is not a positive integer", field=WEBHOOK_ATTEMPT_HEADER
        )
    return int(text)


@dataclass(frozen=True)
class WebhookDelivery:
    """A verified, parsed delivery: the typed event plus Cobalt's delivery headers."""

    #: The generated event model for the type, or `UnknownEvent` for a type this SDK lacks.
    event: Event
    #: `webhook-id` header, None if Cobalt did not send it. Unsigned: informational only.
    webhook_id: str | None
    #: `webhook-timestamp` header parsed from ISO 8601; None if absent. Unsigned: informational.
    timestamp: datetime | None
    #: `webhook-attempt`: 1 for the first delivery, 2 for Cobalt's single retry.
    attempt: int = 1
    #: The verified bytes the event was parsed from (not shown in repr; they may hold PHI).
    body: bytes = field(default=b"", repr=False)
    #: The signed envelope `id` of the event: the deduplication key.
    event_id: str = ""

    @property
    def type(self) -> str:
        return str(getattr(self.event, "type_", None) or getattr(self.event, "type", ""))

    @property
    def dedupe_key(self) -> str:
        """The signed envelope `id`: a replay with another (unsigned) `webhook-id` has the same key."""
        return self.event_id

    @property
    def delivery_key(self) -> str:
        """`id` plus the `webhook-id` header: tells deliveries of one event apart (logs, tracing)."""
        return f"{self.event_id}/{self.webhook_id or '-'}"


def signed_event_id(obj: Mapping[str, Any]) -> str:
    """The envelope `id`; an event without one cannot be deduplicated, so it is a payload error."""
    event_id = obj.get("id")
    if not isinstance(event_id, str) or not event_id.strip():
        raise WebhookPayloadError("webhook event has no 'id' string (needed to drop replays)", field="id")
    return event_id


def construct_event(
    body: bytes | str,
    headers: Headers,
    secrets: Secrets,
    *,
    tolerance: float | None = WEBHOOK_TOLERANCE,
    max_body_bytes: int | None = WEBHOOK_MAX_BODY_BYTES,
    clock: Clock | None = None,
) -> WebhookDelivery:
    """Verify a delivery's signature, check its signed time, then parse it.

    Raises, in this order: WebhookBodyTooLargeError (a WebhookPayloadError) when the body is over
    `max_body_bytes`, before anything is parsed (answer 413); WebhookVerificationError when the
    signature is missing/malformed/wrong (answer 401); WebhookPayloadError for bad JSON, a missing
    envelope `id`, a broken schema or bad headers (answer 400); WebhookVerificationError when the
    event's signed `created` is more than `tolerance` seconds (default 300) from `clock()`
    (default `time.time`), or unreadable. `tolerance=None` accepts any age (replaying history).
    """
    verified = verify_signature(
        body, get_header(headers, WEBHOOK_SIGNATURE_HEADER), secrets, max_body_bytes=max_body_bytes
    )
    obj = load_json(verified)
    event_id = signed_event_id(obj)
    check_fresh(obj, tolerance, clock)
    event: Event = event_from_json(obj)  # annotated, not cast: the parsed union
    webhook_id = get_header(headers, WEBHOOK_ID_HEADER)
    return WebhookDelivery(
        event=event,
        webhook_id=webhook_id.strip() or None if webhook_id is not None else None,
        timestamp=parse_timestamp(get_header(headers, WEBHOOK_TIMESTAMP_HEADER)),
        attempt=parse_attempt(get_header(headers, WEBHOOK_ATTEMPT_HEADER)),
        body=verified,
        event_id=event_id,
    )


__all__ = ["Headers", "WebhookDelivery", "construct_event", "get_header", "parse_attempt", "parse_timestamp"]
