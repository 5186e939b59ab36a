"""Deliver one event to a local URL exactly as Cobalt delivers webhooks.

The body is the event envelope serialised as JavaScript's `JSON.stringify` writes it (compact,
key order kept), signed with HMAC-SHA256 under the local secret (`cobalt-verification`, lower-case
hex), with `webhook-id` (the event id), `webhook-timestamp` (the event's ISO 8601 creation time)
and `webhook-attempt`. Retries follow Cobalt's documented policy: one retry, 1 s later, when the
answer is a 5xx or 429 or the connection failed; none after a timeout (Cobalt avoids duplicate
processing) or a 4xx. The first attempt may take 5 s, the retry 2 s.
"""

from __future__ import annotations

import datetime
import ipaddress
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..webhooks import js_stringify, sign
from ._stamps import read_stamp, write_stamp

FIRST_TIMEOUT = 5.0
RETRY_TIMEOUT = 2.0
RETRY_DELAY = 1.0
LIVE_FETCH_ACTION = "sync"


def is_loopback(url: str) -> bool:
    """Whether `url` points at this machine (localhost, 127.0.0.0/8, ::1)."""
    host = (urlsplit(url).hostname or "").strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def iso(value: object) -> str | None:
    """A timestamp as Cobalt writes it (`2025-10-21T14:30:00.000Z`); text that is not one, as it is."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return write_stamp(value)
    if isinstance(value, str):
        moment = read_stamp(value)
        return value if moment is None else write_stamp(moment)
    return str(value)


def _uses_live_fetch_envelope(event_type: str) -> bool:
    import attrs

    from ..webhooks import event_class

    cls = event_class(event_type)
    return cls is not None and attrs.has(cls) and {"timestamp", "action"} <= set(attrs.fields_dict(cls))


def record_fields(record: Mapping[str, Any]) -> tuple[str, str, str | None, str | None]:
    """(event id, type, created ISO, job id) of a `GET /webhook-events` record in either naming."""
    event_id = str(record.get("event_id") or record.get("id") or "")
    event_type = str(record.get("event_type") or record.get("type") or "")
    created = iso(record.get("created_at") or record.get("created"))
    job = record.get("job_id")
    return event_id, event_type, created, (None if job is None else str(job))


def envelope(record: Mapping[str, Any]) -> dict[str, Any]:
    """The webhook body Cobalt sends for a recorded event (the documented envelopes)."""
    event_id, event_type, created, job_id = record_fields(record)
    ref = record.get("access_token_reference_id")
    data = record.get("data") if isinstance(record.get("data"), dict) else {}
    body: dict[str, Any] = {"id": event_id}
    if _uses_live_fetch_envelope(event_type):
        if ref is not None:
            body["access_token_reference_id"] = ref
        if job_id is not None:
            body["job_id"] = job_id
        body.update({"timestamp": created, "type": event_type, "action": LIVE_FETCH_ACTION, "data": data})
        return body
    if ref is not None:
        body["access_token_reference_id"] = ref
    body.update({"object": "event", "created": created, "type": event_type})
    if job_id is not None:
        body["job_id"] = job_id
    body["data"] = data
    return body


@dataclass(frozen=True)
class DeliveryResult:
    status: int | None
    error: str | None
    attempts: int
    seconds: float

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def should_retry(status: int | None, error: str | None) -> bool:
    if error is not None:
        return error != "timeout"
    return status is not None and (status >= 500 or status == 429)


class Forwarder:
    """POSTs envelopes to one URL, signed with one secret; `sleep` and `clock` are injectable."""

    def __init__(
        self,
        url: str,
        secret: str,
        *,
        client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.url = url
        self._secret = secret
        self._client = client or httpx.Client()
        self._sleep, self._clock = sleep, clock

    def __repr__(self) -> str:
        return f"Forwarder(url={self.url!r})"

    def close(self) -> None:
        self._client.close()

    def headers(self, body: bytes, event: Mapping[str, Any], attempt: int) -> dict[str, str]:
        stamp = event.get("created") or event.get("timestamp") or ""
        return {
            "content-type": "application/json",
            "cobalt-verification": sign(body, self._secret),
            "webhook-id": str(event.get("id", "")),
            "webhook-timestamp": str(stamp),
            "webhook-attempt": str(attempt),
        }

    def deliver(self, event: Mapping[str, Any]) -> DeliveryResult:
        body = js_stringify(event).encode("utf-8")
        started = self._clock()
        status: int | None = None
        error: str | None = None
        attempt = 0
        for attempt, timeout in ((1, FIRST_TIMEOUT), (2, RETRY_TIMEOUT)):
            if attempt == 2:
                self._sleep(RETRY_DELAY)
            status, error = None, None
            try:
                response = self._client.post(
                    self.url, content=body, headers=self.headers(body, event, attempt), timeout=timeout
                )
                status = response.status_code
            except httpx.TimeoutException:
                error = "timeout"
            except httpx.HTTPError as exc:
                error = type(exc).__name__
            if not should_retry(status, error):
                break
        return DeliveryResult(status, error, attempt, self._clock() - started)
