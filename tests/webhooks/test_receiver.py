"""construct_event, Deduplicator and the sync/async receivers."""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from cobalt_sdk import ConfigurationError
from cobalt_sdk.webhooks import (
    AsyncWebhookReceiver,
    Deduplicator,
    InMemoryDedupeStore,
    UnknownEvent,
    WebhookDelivery,
    WebhookPayloadError,
    WebhookReceiver,
    WebhookVerificationError,
    construct_event,
    sign,
)
from cobalt_sdk.webhooks._replay import parse_time

from .spec import event_examples

SECRET = "whsec_receiver_SECRET"
EXAMPLE = event_examples()[0][2]
BODY = json.dumps(EXAMPLE).encode()
CREATED = parse_time(EXAMPLE["created"]).timestamp()  # type: ignore[union-attr]  # "...-7:00", Cobalt's own


def CLOCK() -> float:
    return CREATED + 10


def event_body(event_id: str, **fields: Any) -> bytes:
    return json.dumps({**EXAMPLE, "id": event_id, **fields}).encode()


def headers(body: bytes = BODY, webhook_id: str | None = "wh_1") -> dict[str, str]:
    out = {"cobalt-verification": sign(body, SECRET), "webhook-timestamp": "2025-07-28T16:05:48.929Z"}
    if webhook_id is not None:
        out["webhook-id"] = webhook_id
    return out


class Waiter:
    def __init__(self) -> None:
        self.fed: list[Any] = []

    def feed(self, event: Any) -> bool:
        self.fed.append(event)
        return True


# construct_event ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_construct_event_headers_any_case(case: Any) -> None:
    hdrs = {case(k): v for k, v in {**headers(), "webhook-attempt": "2"}.items()}
    delivery = construct_event(BODY, hdrs, SECRET, clock=CLOCK)
    assert type(delivery.event).__name__ == event_examples()[0][0]
    assert delivery.webhook_id == "wh_1"
    assert delivery.timestamp == datetime(2025, 7, 28, 16, 5, 48, 929000, tzinfo=UTC)
    assert delivery.attempt == 2
    assert BODY.decode() not in repr(delivery)


def test_construct_event_header_forms() -> None:
    hdrs = [(b"cobalt-verification", sign(BODY, SECRET).encode()), (b"webhook-timestamp", b"2025-07-28T08:50:42-07:00")]

    class RawHeaders:
        def items(self) -> list[tuple[bytes, bytes]]:
            return hdrs

    delivery = construct_event(BODY.decode(), RawHeaders(), [SECRET], clock=CLOCK)
    assert delivery.timestamp == datetime(2025, 7, 28, 8, 50, 42, tzinfo=timezone(timedelta(hours=-7)))
    assert delivery.webhook_id is None and delivery.attempt == 1
    assert delivery.dedupe_key == EXAMPLE["id"] and delivery.event_id == EXAMPLE["id"]


def test_construct_event_naive_timestamp_is_utc() -> None:
    delivery = construct_event(BODY, {**headers(), "webhook-timestamp": "2025-01-01T10:00:00"}, SECRET, clock=CLOCK)
    assert delivery.timestamp == datetime(2025, 1, 1, 10, tzinfo=UTC)


@pytest.mark.parametrize(("name", "value"), [("webhook-timestamp", "yesterday"), ("webhook-attempt", "two")])
def test_construct_event_bad_headers(name: str, value: str) -> None:
    with pytest.raises(WebhookPayloadError) as info:
        construct_event(BODY, {**headers(), name: value}, SECRET, clock=CLOCK)
    assert info.value.field == name


def test_construct_event_verifies_before_parsing() -> None:
    with pytest.raises(WebhookVerificationError):
        construct_event(b"not json", {"cobalt-verification": "0" * 64}, SECRET, clock=CLOCK)
    with pytest.raises(WebhookVerificationError):
        construct_event(BODY, {}, SECRET, clock=CLOCK)


# Deduplicator ------------------------------------------------------------------------------


def test_in_memory_store_is_a_bounded_lru() -> None:
    store = InMemoryDedupeStore(capacity=2)
    assert not store.seen_or_add("a") and not store.seen_or_add("b")
    assert store.seen_or_add("a")  # refreshes a
    assert not store.seen_or_add("c")  # evicts b
    assert "a" in store and "b" not in store and len(store) == 2
    store.discard("a")
    assert not store.seen_or_add("a")
    with pytest.raises(ValueError):
        InMemoryDedupeStore(0)


def test_deduplicator_is_thread_safe() -> None:
    dedupe = Deduplicator()
    barrier = threading.Barrier(16)

    def claim(_: int) -> bool:
        barrier.wait()
        return not dedupe.is_duplicate("same-id")

    with ThreadPoolExecutor(16) as pool:
        assert sum(pool.map(claim, range(16))) == 1
    assert not dedupe.is_duplicate(None) and not dedupe.is_duplicate("")


def test_deduplicator_pluggable_store() -> None:
    class SetStore:
        def __init__(self) -> None:
            self.keys: set[str] = set()

        def seen_or_add(self, key: str) -> bool:
            if key in self.keys:
                return True
            self.keys.add(key)
            return False

    store = SetStore()
    dedupe = Deduplicator(store)
    assert not dedupe.is_duplicate("k") and dedupe.is_duplicate("k")
    dedupe.forget("k")  # no discard(): a no-op
    assert store.keys == {"k"}


# WebhookReceiver ---------------------------------------------------------------------------


def test_receiver_flow() -> None:
    received: list[Any] = []
    done = threading.Event()
    waiter = Waiter()

    def handler(event: Any) -> None:
        received.append(event)
        done.set()

    with WebhookReceiver([SECRET, "whsec_old"], handler, waiter=waiter, clock=CLOCK) as receiver:
        assert receiver.handle(BODY, headers()) == (200, "Webhook received")
        assert done.wait(5)
        assert receiver.handle(BODY, headers()) == (200, "Already processed")
        assert receiver.handle(BODY, {**headers(), "cobalt-verification": "0" * 64}) == (401, "Invalid signature")
        assert receiver.handle(BODY, {"webhook-id": "wh_2"}) == (401, "Invalid signature")
        assert receiver.handle(b"{}", headers(b"{}", "wh_3")) == (400, "Invalid payload")
    assert len(received) == 1 and received[0].id == EXAMPLE["id"]
    assert waiter.fed == received
    assert SECRET not in repr(receiver)


def test_receiver_unknown_event_reaches_handler() -> None:
    body = json.dumps({"id": "e", "type": "future.event", "created": EXAMPLE["created"], "data": {}}).encode()
    events: list[Any] = []
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: events.append(d.event), clock=CLOCK)
    assert receiver.handle(body, headers(body)) == (200, "Webhook received")
    assert isinstance(events[0], UnknownEvent) and events[0].type == "future.event"


def test_receiver_dispatch_failure_is_retryable() -> None:
    calls: list[WebhookDelivery] = []

    def dispatch(delivery: WebhookDelivery) -> None:
        calls.append(delivery)
        if len(calls) == 1:
            raise RuntimeError("queue full")

    receiver = WebhookReceiver(SECRET, dispatch=dispatch, clock=CLOCK)
    assert receiver.handle(BODY, headers()) == (503, "Temporarily unavailable")
    # Cobalt's retry (same webhook-id, attempt 2) is processed, not dropped as a duplicate.
    assert receiver.handle(BODY, {**headers(), "webhook-attempt": "2"}) == (200, "Webhook received")
    assert [c.attempt for c in calls] == [1, 2]


def test_receiver_handler_errors_and_waiter_errors_do_not_leak(caplog: pytest.LogCaptureFixture) -> None:
    class BadWaiter:
        def feed(self, event: Any) -> None:
            raise RuntimeError("boom")

    def handler(event: Any) -> None:
        raise ValueError("handler bug")

    with WebhookReceiver(SECRET, handler, waiter=BadWaiter(), dedupe=False, clock=CLOCK) as receiver:
        assert receiver.handle(BODY, headers()) == (200, "Webhook received")
        assert receiver.handle(BODY, headers()) == (200, "Webhook received")  # dedupe off
    assert "handler failed" in caplog.text and "waiter failed" in caplog.text
    assert SECRET not in caplog.text and EXAMPLE["access_token_reference_id"] not in caplog.text


def test_receiver_secret_rotation_callable() -> None:
    current = [SECRET]
    receiver = WebhookReceiver(lambda: current, dispatch=lambda d: None, dedupe=None, clock=CLOCK)
    assert receiver.handle(BODY, headers()).status == 200
    current[:] = ["whsec_new"]
    assert receiver.handle(BODY, headers()).status == 401


def test_receiver_configuration_errors() -> None:
    with pytest.raises(ConfigurationError):
        WebhookReceiver([], lambda e: None, clock=CLOCK)
    with pytest.raises(ValueError):
        WebhookReceiver(SECRET, lambda e: None, dispatch=lambda d: None, clock=CLOCK)


# AsyncWebhookReceiver ----------------------------------------------------------------------


async def test_async_receiver_schedules_task() -> None:
    started = asyncio.Event()
    release = asyncio.Event()
    seen: list[Any] = []
    waiter = Waiter()

    async def handler(event: Any) -> None:
        started.set()
        await release.wait()
        seen.append(event)

    async with AsyncWebhookReceiver(SECRET, handler, waiter=waiter, clock=CLOCK) as receiver:
        assert await receiver.handle(BODY, headers()) == (200, "Webhook received")
        await asyncio.wait_for(started.wait(), 5)
        assert receiver.pending == 1 and not seen  # answered before processing finished
        assert await receiver.handle(BODY, headers()) == (200, "Already processed")
        assert await receiver.handle(BODY, {}) == (401, "Invalid signature")
        release.set()
    assert len(seen) == 1 and waiter.fed == seen and receiver.pending == 0


async def test_async_receiver_sync_handler_and_async_store() -> None:
    seen: list[Any] = []

    class AsyncStore:
        def __init__(self) -> None:
            self.keys: set[str] = set()

        async def seen_or_add(self, key: str) -> bool:
            hit = key in self.keys
            self.keys.add(key)
            return hit

        async def discard(self, key: str) -> None:
            self.keys.discard(key)

    receiver = AsyncWebhookReceiver(SECRET, seen.append, dedupe=AsyncStore(), clock=CLOCK)
    assert (await receiver.handle(BODY, headers())).status == 200
    assert (await receiver.handle(BODY, headers())).text == "Already processed"
    await receiver.drain()
    assert len(seen) == 1


async def test_async_receiver_dispatch_to_queue() -> None:
    queue: asyncio.Queue[WebhookDelivery] = asyncio.Queue(maxsize=1)
    receiver = AsyncWebhookReceiver(SECRET, dispatch=queue.put_nowait, clock=CLOCK)
    a, b = event_body("evt_a"), event_body("evt_b")
    assert (await receiver.handle(a, headers(a, webhook_id="a"))).status == 200
    assert (await receiver.handle(b, headers(b, webhook_id="b"))).status == 503  # queue full
    assert (await receiver.handle(a, headers(a, webhook_id="a"))).text == "Already processed"
    queue.get_nowait()
    assert (await receiver.handle(b, headers(b, webhook_id="b"))).status == 200  # the retry
