"""Issue 12, tried as an attacker with one captured delivery and no secret: replays, edits that keep
the JavaScript form, oversized bodies. Each case failed on the code before the fix."""

from __future__ import annotations

import asyncio
import json
import math
from datetime import UTC, datetime
from typing import Any

import pytest

from cobalt_sdk.webhooks import (
    AsyncWebhookReceiver,
    UnknownEvent,
    WebhookBodyTooLargeError,
    WebhookDelivery,
    WebhookPayloadError,
    WebhookReceiver,
    WebhookVerificationError,
    construct_event,
    sign,
    verify_signature,
)
from cobalt_sdk.webhooks._replay import parse_time


def unknown(event: object) -> UnknownEvent:
    assert isinstance(event, UnknownEvent)
    return event


SECRET = "whsec_attack_SECRET"
CREATED = "2025-10-21T14:30:00.000Z"
NOW = datetime(2025, 10, 21, 14, 31, tzinfo=UTC).timestamp()  # one minute after CREATED


def clock() -> float:
    return NOW


def event(**fields: Any) -> dict[str, Any]:
    base = {
        "id": "550e8400-e29b-41d4-a716-446655440000",
        "access_token_reference_id": "clinic_1",
        "object": "event",
        "created": CREATED,
        "type": "brand_new.event",  # an UnknownEvent keeps every value, so each can be checked
        "data": {"count": 1},
    }
    return {**base, **fields}


def compact(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


SIGNED = compact(event())
SIGNATURE = sign(SIGNED, SECRET)


def captured(body: bytes = SIGNED, headers: dict[str, str] | None = None) -> tuple[bytes, dict[str, str]]:
    return body, {"cobalt-verification": SIGNATURE, **(headers or {})}


REPLAY_HEADERS: list[dict[str, str]] = [
    {"webhook-id": "wh_1", "webhook-timestamp": CREATED},
    {"webhook-id": "wh_forged_2", "webhook-timestamp": CREATED},
    {},
    {"webhook-id": "wh_forged_3", "webhook-timestamp": "2001-01-01T00:00:00Z"},
]


def test_replays_with_new_headers_run_the_handler_once() -> None:
    handled: list[WebhookDelivery] = []
    receiver = WebhookReceiver(SECRET, dispatch=handled.append, clock=clock)
    answers = [receiver.handle(*captured(SIGNED, h)) for h in REPLAY_HEADERS]
    assert answers[0] == (200, "Webhook received")
    assert answers[1:] == [(200, "Already processed")] * 3
    assert len(handled) == 1 and handled[0].dedupe_key == event()["id"]


def test_async_replays_run_the_handler_once() -> None:
    handled: list[WebhookDelivery] = []

    async def run() -> list[Any]:
        receiver = AsyncWebhookReceiver(SECRET, dispatch=handled.append, clock=clock)
        return [await receiver.handle(*captured(SIGNED, h)) for h in REPLAY_HEADERS]

    answers = asyncio.run(run())
    assert [a.text for a in answers] == ["Webhook received"] + ["Already processed"] * 3
    assert len(handled) == 1


def test_reformatted_replay_is_the_same_event() -> None:
    handled: list[WebhookDelivery] = []
    receiver = WebhookReceiver(SECRET, dispatch=handled.append, clock=clock)
    pretty = json.dumps(event(), indent=2).encode()
    assert receiver.handle(*captured()) == (200, "Webhook received")
    assert receiver.handle(*captured(pretty, {"webhook-id": "other"})) == (200, "Already processed")
    assert len(handled) == 1


@pytest.mark.parametrize(
    ("age", "tolerance", "message"),
    [
        (301, 300, "too old"),
        (3600, 300, "too old"),
        (-301, 300, "future"),
        (61, 60.0, "too old"),
    ],
)
def test_tolerance_rejects_old_and_future(age: float, tolerance: float, message: str) -> None:
    created = datetime(2025, 10, 21, 14, 30, tzinfo=UTC).timestamp()
    with pytest.raises(WebhookVerificationError, match=message):
        construct_event(*captured(), SECRET, tolerance=tolerance, clock=lambda: created + age)


def test_tolerance_edges_and_off() -> None:
    created = datetime(2025, 10, 21, 14, 30, tzinfo=UTC).timestamp()
    for age in (0.0, 299.9, -299.9):
        construct_event(*captured(), SECRET, clock=lambda: created + age)  # noqa: B023 - used at once
    # History replayed on purpose: 25 years later.
    delivery = construct_event(*captured(), SECRET, tolerance=None, clock=lambda: created + 25 * 365 * 86400)
    assert delivery.event_id == event()["id"]


def test_receiver_answers_401_for_a_stale_delivery() -> None:
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: None, clock=lambda: NOW + 3600)
    assert receiver.handle(*captured()) == (401, "Invalid signature")
    history = WebhookReceiver(SECRET, dispatch=lambda d: None, tolerance=None, clock=lambda: NOW + 3600)
    assert history.handle(*captured()) == (200, "Webhook received")


@pytest.mark.parametrize("created", [None, "", "yesterday", "2025-13-01T00:00:00Z", True, ["2025-10-21"]])
def test_missing_or_unreadable_created_is_refused(created: Any) -> None:
    fields = event(created=created)
    if created is None:
        del fields["created"]
    body = compact(fields)
    with pytest.raises(WebhookVerificationError, match="no usable signed time"):
        construct_event(body, {"cobalt-verification": sign(body, SECRET)}, SECRET, clock=clock)
    construct_event(body, {"cobalt-verification": sign(body, SECRET)}, SECRET, tolerance=None)


def test_live_fetch_envelope_uses_its_signed_timestamp() -> None:
    fields = {k: v for k, v in event(type="patient.live_fetch_completed").items() if k != "created"}
    data = {"success": True, "patient_count": 0, "patients": []}
    body = compact({**fields, "timestamp": CREATED, "action": "sync", "data": data})
    headers = {"cobalt-verification": sign(body, SECRET)}
    assert construct_event(body, headers, SECRET, clock=clock).type == "patient.live_fetch_completed"
    with pytest.raises(WebhookVerificationError, match="too old"):
        construct_event(body, headers, SECRET, clock=lambda: NOW + 600)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-10-21T14:30:00.000Z", datetime(2025, 10, 21, 14, 30, tzinfo=UTC)),
        ("2023-10-28T11:00:00Z", datetime(2023, 10, 28, 11, tzinfo=UTC)),
        ("2025-07-28T08:50:42.491-07:00", datetime(2025, 7, 28, 15, 50, 42, 491000, tzinfo=UTC)),
        ("2024-04-05T08:00:00.000-7:00", datetime(2024, 4, 5, 15, tzinfo=UTC)),  # Cobalt's one-digit offset
        ("2024-04-05T08:00:00+0530", datetime(2024, 4, 5, 2, 30, tzinfo=UTC)),
        ("2024-04-05 08:00:00.123456789", datetime(2024, 4, 5, 8, 0, 0, 123456, tzinfo=UTC)),  # naive: UTC
        (1_700_000_000, datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        (1_700_000_000_000, datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
    ],
)
def test_created_formats(text: Any, expected: datetime) -> None:
    assert parse_time(text) == expected


def test_event_without_id_is_a_payload_error() -> None:
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: None, clock=clock)
    for fields in ({k: v for k, v in event().items() if k != "id"}, event(id=""), event(id=7)):
        body = compact(fields)
        with pytest.raises(WebhookPayloadError) as info:
            construct_event(body, {"cobalt-verification": sign(body, SECRET)}, SECRET, clock=clock)
        assert info.value.field == "id"
        assert receiver.handle(body, {"cobalt-verification": sign(body, SECRET)}) == (400, "Invalid payload")


# The JSON.stringify path: edits of a captured body that keep its JavaScript form -------------


def forged(original: dict[str, Any], old: bytes, new: bytes) -> tuple[bytes, str]:
    """A captured body edited without the secret; its signature still matches the JS form."""
    body = compact(original)
    assert old in body
    return body.replace(old, new), sign(body, SECRET)


@pytest.mark.parametrize(
    ("value", "old", "new", "check"),
    [
        (None, b'"v":null', b'"v":1e400', lambda v: v is None),
        (12345678901234567000, b"12345678901234567000", b"12345678901234567890", lambda v: v == 12345678901234567000),
        (1, b'"v":1', b'"v":1.0', lambda v: v == 1 and type(v) is int),
        (0, b'"v":0', b'"v":-0.0', lambda v: v == 0 and type(v) is int and math.copysign(1, v) == 1),
    ],
    ids=["null->1e400", "big-integer-digits", "1->1.0", "0->-0.0"],
)
def test_event_is_built_from_the_signed_form(value: Any, old: bytes, new: bytes, check: Any) -> None:
    body, signature = forged(event(data={"v": value}), old, new)
    verified = verify_signature(body, signature, SECRET)
    assert verified != body and verified == compact(event(data={"v": value}))
    delivery = construct_event(body, {"cobalt-verification": signature}, SECRET, clock=clock)
    assert isinstance(delivery.event, UnknownEvent)
    seen = delivery.event.raw["data"]["v"]
    assert check(seen), seen
    assert delivery.body == verified


def test_forged_value_never_reaches_the_handler() -> None:
    body, signature = forged(event(data={"v": None}), b'"v":null', b'"v":1e400')
    seen: list[Any] = []
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: seen.append(unknown(d.event).raw["data"]["v"]), clock=clock)
    assert receiver.handle(body, {"cobalt-verification": signature}).status == 200
    assert seen == [None]


def test_repeated_key_verifies_only_by_raw_bytes() -> None:
    signed = compact(event(data={"v": 2}))
    repeated = signed.replace(b'"v":2', b'"v":1,"v":2')
    for body in (repeated, json.dumps(json.loads(signed), indent=1).encode().replace(b'"v": 2', b'"v": 1, "v": 2')):
        with pytest.raises(WebhookVerificationError):
            verify_signature(body, sign(signed, SECRET), SECRET)
    import hashlib
    import hmac

    raw_signature = hmac.new(SECRET.encode(), repeated, hashlib.sha256).hexdigest()
    assert verify_signature(repeated, raw_signature, SECRET) == repeated  # its own bytes signed


# Cheap rejection ------------------------------------------------------------------------------


def test_size_cap_before_any_parsing() -> None:
    body = b"{" * 5000  # not JSON: would be a payload error if it were parsed
    with pytest.raises(WebhookBodyTooLargeError, match="over the 4096-byte limit") as info:
        construct_event(body, {"cobalt-verification": "0" * 64}, SECRET, max_body_bytes=4096)
    assert isinstance(info.value, WebhookPayloadError) and info.value.size == 5000
    with pytest.raises(WebhookBodyTooLargeError):
        verify_signature(body, None, SECRET, max_body_bytes=4096)  # even before the signature
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: None, max_body_bytes=4096)
    assert receiver.handle(body, {}) == (413, "Payload too large")
    # None lifts the cap; the default is 2 MiB.
    with pytest.raises(WebhookVerificationError):
        verify_signature(body, "0" * 64, SECRET, max_body_bytes=None)
    with pytest.raises(WebhookBodyTooLargeError):
        verify_signature(b" " * (2 * 1024 * 1024 + 1), "0" * 64, SECRET)


def test_async_receiver_answers_413() -> None:
    receiver = AsyncWebhookReceiver(SECRET, dispatch=lambda d: None, max_body_bytes=10)
    assert asyncio.run(receiver.handle(SIGNED, {"cobalt-verification": SIGNATURE})) == (413, "Payload too large")
