"""Turn one verified delivery (body + headers) into a typed event with its delivery metadata."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from .._constants import (
    WEBHOOK_ATTEMPT_HEADER,
    WEBHOOK_ID_HEADER,
    WEBHOOK_SIGNATURE_HEADER,
    WEBHOOK_TIMESTAMP_HEADER,
)
from .._errors import WebhookPayloadError
from ._events import parse_event
from ._signature import Secrets, verify_signature


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
    event: Any
    #: `webhook-id` (the deduplication key), None if Cobalt did not send it.
    webhook_id: str | None
    #: `webhook-timestamp` parsed from ISO 8601; None if absent.
    timestamp: datetime | None
    #: `webhook-attempt`: 1 for the first delivery, 2 for Cobalt's single retry.
    attempt: int = 1
    #: The raw body, kept for logging or re-processing (not shown in repr; it may hold PHI).
    body: bytes = field(default=b"", repr=False)

    @property
    def type(self) -> str:
        return str(getattr(self.event, "type_", None) or getattr(self.event, "type", ""))

    @property
    def dedupe_key(self) -> str | None:
        """`webhook-id`, or the envelope `id` (prefixed) when the header is missing."""
        if self.webhook_id:
            return self.webhook_id
        event_id = getattr(self.event, "id", None)
        return f"event:{event_id}" if isinstance(event_id, str) and event_id else None


def construct_event(body: bytes | str, headers: Headers, secrets: Secrets) -> WebhookDelivery:
    """Verify a delivery's signature, then parse it.

    Raises WebhookVerificationError (signature missing/malformed/wrong: answer 401) before
    looking at the content, then WebhookPayloadError (bad JSON, schema or headers: answer 400).
    """
    verify_signature(body, get_header(headers, WEBHOOK_SIGNATURE_HEADER), secrets)
    raw = body.encode("utf-8", errors="surrogatepass") if isinstance(body, str) else bytes(body)
    event = parse_event(raw)
    webhook_id = get_header(headers, WEBHOOK_ID_HEADER)
    return WebhookDelivery(
        event=event,
        webhook_id=webhook_id.strip() or None if webhook_id is not None else None,
        timestamp=parse_timestamp(get_header(headers, WEBHOOK_TIMESTAMP_HEADER)),
        attempt=parse_attempt(get_header(headers, WEBHOOK_ATTEMPT_HEADER)),
        body=raw,
    )


__all__ = ["Headers", "WebhookDelivery", "construct_event", "get_header", "parse_attempt", "parse_timestamp"]
