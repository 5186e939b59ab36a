"""`construct_event` and `WebhookDelivery`: the delivery headers, the signed id, the error texts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from cobalt_sdk.webhooks import (
    UnknownEvent,
    WebhookBodyTooLargeError,
    WebhookPayloadError,
    WebhookVerificationError,
    construct_event,
    sign,
)
from cobalt_sdk.webhooks._construct import get_header, parse_attempt, parse_timestamp

from .test_receiver import BODY, CLOCK, EXAMPLE, SECRET, headers


def signed(obj: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(obj).encode()
    return body, {"cobalt-verification": sign(body, SECRET)}


def test_absent_or_blank_delivery_headers_have_their_defaults() -> None:
    bare = {"cobalt-verification": sign(BODY, SECRET)}
    delivery = construct_event(BODY, bare, SECRET, clock=CLOCK)
    assert (delivery.webhook_id, delivery.timestamp, delivery.attempt) == (None, None, 1)
    blank = {**bare, "webhook-id": "  ", "webhook-timestamp": " ", "webhook-attempt": "\t"}
    delivery = construct_event(BODY, blank, SECRET, clock=CLOCK)
    assert (delivery.webhook_id, delivery.timestamp, delivery.attempt) == (None, None, 1)
    padded = {**bare, "webhook-id": " wh_7 ", "webhook-timestamp": " 2025-01-02T03:04:05Z ", "webhook-attempt": " 2 "}
    delivery = construct_event(BODY, padded, SECRET, clock=CLOCK)
    assert delivery.webhook_id == "wh_7" and delivery.attempt == 2
    assert delivery.timestamp == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.mark.parametrize("value", ["two", "-1", "1.0", "\uff12", "\u0662", "+2"])
def test_attempt_header_must_be_ascii_digits(value: str) -> None:
    with pytest.raises(WebhookPayloadError) as info:
        parse_attempt(value)
    assert str(info.value) == "webhook-attempt header is not a positive integer"
    assert info.value.field == "webhook-attempt"


def test_timestamp_header_error_text() -> None:
    with pytest.raises(WebhookPayloadError) as info:
        parse_timestamp("yesterday")
    assert str(info.value) == "webhook-timestamp header is not an ISO 8601 time"
    assert info.value.field == "webhook-timestamp"
    assert info.value.__suppress_context__  # the ValueError is not chained into tracebacks


def test_header_lookup_is_case_insensitive_and_takes_the_first() -> None:
    pairs = [(b"X-Other", b"1"), (b"Webhook-ID", b"first\xe9"), ("webhook-id", "second")]

    class Raw:
        def items(self) -> list[tuple[Any, Any]]:
            return pairs

    assert get_header(Raw(), "WEBHOOK-id") == "first\xe9"  # bytes read as latin-1
    assert get_header(Raw(), "missing") is None
    assert get_header({"n": 5}, "N") == "5"  # non-string values as text


@pytest.mark.parametrize("event_id", [None, 7, "", "   "])
def test_signed_id_is_required(event_id: Any) -> None:
    obj = {k: v for k, v in EXAMPLE.items() if k != "id"}
    if event_id is not None:
        obj["id"] = event_id
    body, hdrs = signed(obj)
    with pytest.raises(WebhookPayloadError) as info:
        construct_event(body, hdrs, SECRET, clock=CLOCK)
    assert str(info.value) == "webhook event has no 'id' string (needed to drop replays)"
    assert info.value.field == "id"


def test_delivery_keys_and_type() -> None:
    delivery = construct_event(BODY, headers(), SECRET, clock=CLOCK)
    assert delivery.type == EXAMPLE["type"]
    assert delivery.dedupe_key == delivery.event_id == EXAMPLE["id"]
    assert delivery.delivery_key == f"{EXAMPLE['id']}/wh_1"
    assert construct_event(BODY, headers(webhook_id=None), SECRET, clock=CLOCK).delivery_key == f"{EXAMPLE['id']}/-"
    assert json.loads(delivery.body) == EXAMPLE  # the signed form the event was parsed from


def test_unknown_event_type_is_the_delivery_type() -> None:
    body, hdrs = signed({"id": "evt_x", "type": "future.thing", "created": EXAMPLE["created"]})
    delivery = construct_event(body, hdrs, SECRET, clock=CLOCK)
    assert isinstance(delivery.event, UnknownEvent) and delivery.type == "future.thing"


def test_checks_run_in_the_documented_order() -> None:
    # over the cap beats a wrong signature
    with pytest.raises(WebhookBodyTooLargeError):
        construct_event(BODY, {}, SECRET, max_body_bytes=len(BODY) - 1, clock=CLOCK)
    assert construct_event(BODY, headers(), SECRET, max_body_bytes=len(BODY), clock=CLOCK).event_id
    # a missing id beats a stale time; a stale time beats a broken schema
    stale_no_id, hdrs = signed({k: v for k, v in EXAMPLE.items() if k != "id"})
    with pytest.raises(WebhookPayloadError):
        construct_event(stale_no_id, hdrs, SECRET, clock=lambda: CLOCK() + 10_000)
    stale_broken, hdrs = signed({**EXAMPLE, "data": "not an object"})
    with pytest.raises(WebhookVerificationError):
        construct_event(stale_broken, hdrs, SECRET, clock=lambda: CLOCK() + 10_000)
    with pytest.raises(WebhookPayloadError):
        construct_event(stale_broken, hdrs, SECRET, tolerance=None, clock=lambda: CLOCK() + 10_000)


def test_tolerance_is_measured_with_the_given_clock() -> None:
    assert construct_event(BODY, headers(), SECRET, tolerance=10, clock=CLOCK).event_id  # 10 s old
    with pytest.raises(WebhookVerificationError, match="too old"):
        construct_event(BODY, headers(), SECRET, tolerance=9, clock=CLOCK)
