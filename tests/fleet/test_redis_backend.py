"""The Redis backend's contract on a real `redis-server`: shared dedupe with a claim lease, the
stream bus (fan-out, read-back of early events, gaps when Redis dies), the cursor store."""

from __future__ import annotations

import time

import pytest
import redis

from cobalt_sdk import JobWaiter
from cobalt_sdk._jobs import AsyncJobSource
from cobalt_sdk._waiter import AsyncJobWaiter
from cobalt_sdk.bus import AsyncRedisBus, AsyncRedisDedupeStore, RedisBus, RedisCursorStore, RedisDedupeStore
from cobalt_sdk.webhooks import Deduplicator, WebhookReceiver, parse_event

from .cobalt_log import SECRET, CobaltLog, delivery, envelope
from .redis_server import RedisServer

#: Real time bounds these waits; they are far above what the machine needs even when loaded.
PATIENCE = 20.0


def test_dedupe_is_shared_and_atomic(redis_url: str) -> None:
    one, two = RedisDedupeStore(redis_url), RedisDedupeStore(redis.Redis.from_url(redis_url))
    assert one.seen_or_add("evt_1") is False
    assert two.seen_or_add("evt_1") is True  # another instance, same store
    assert one.status("evt_1") == "leased" and 0 < one.redis.ttl("cobalt:webhook:evt_1") <= one.lease
    two.confirm("evt_1")
    assert one.status("evt_1") == "done" and one.redis.ttl("cobalt:webhook:evt_1") > one.lease
    one.discard("evt_1")
    assert two.status("evt_1") == "new" and two.seen_or_add("evt_1") is False


def test_two_receivers_handle_one_delivery_once(redis_url: str) -> None:
    handled: list[str] = []
    store = RedisDedupeStore(redis_url)
    receivers = [
        WebhookReceiver(SECRET, dispatch=lambda d: handled.append(d.event_id), dedupe=RedisDedupeStore(redis_url))
        for _ in range(2)
    ]
    body, headers = delivery(envelope("1"))
    answers = [r.handle(body, headers) for r in receivers]
    assert [a.text for a in answers] == ["Webhook received", "Already processed"]
    assert handled == ["evt_1_0"] and store.status("evt_1_0") == "done"


def test_a_dedupe_outage_answers_503_so_cobalt_retries(redis_server: RedisServer, redis_url: str) -> None:
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: None, dedupe=Deduplicator(RedisDedupeStore(redis_url)))
    redis_server.kill()
    body, headers = delivery(envelope("2"))
    assert receiver.handle(body, headers) == (503, "Temporarily unavailable")
    redis_server.start()
    assert receiver.handle(body, headers) == (200, "Webhook received")


def test_the_bus_resolves_a_waiter_elsewhere_and_reads_back_early_events(redis_url: str) -> None:
    log = CobaltLog()
    publisher = RedisBus(redis_url)
    publisher.feed(parse_event(envelope("early")))  # before the waiter even exists
    waiter = JobWaiter(log.source(), polling=False, bus=RedisBus(redis_url))
    try:
        receiver = WebhookReceiver(
            SECRET, dispatch=lambda d: None, waiter=publisher, dedupe=RedisDedupeStore(redis_url)
        )
        waiter.add("late")
        assert receiver.handle(*delivery(envelope("late"))).status == 200
        results = waiter.wait_all(["early", "late"], timeout=PATIENCE)
        assert [(r.job_id, r.source, r.error) for r in results] == [
            ("early", "webhook", None),
            ("late", "webhook", None),
        ]
        assert log.requests == 0  # no polling was needed
    finally:
        waiter.close()


def test_redis_killed_mid_run_loses_nothing(redis_server: RedisServer, redis_url: str) -> None:
    log = CobaltLog()
    bus = RedisBus(redis_url)
    waiter = JobWaiter(log.source(), polling=False, poll_interval=0.05, bus=RedisBus(redis_url))
    try:
        ids = [str(i) for i in range(30)]
        waiter.add_all(ids)
        for job_id in ids[:10]:  # delivered over the bus
            log.append(envelope(job_id))
            bus.feed(parse_event(envelope(job_id)))
        redis_server.kill()
        for job_id in ids[10:20]:  # Redis is down: only Cobalt's record has them
            log.append(envelope(job_id))
        first = waiter.wait_all(ids[:20], timeout=PATIENCE)
        assert all(r.done and r.error is None for r in first)
        assert {r.source for r in first[10:]} <= {"scan", "lookup"}  # the gap made the waiter poll
        redis_server.start()
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:  # bounded: the publisher reconnects on its own
            try:
                for job_id in ids[20:]:
                    bus.feed(parse_event(envelope(job_id)))
                break
            except redis.RedisError:
                time.sleep(0.05)
        rest = waiter.wait_all(ids[20:], timeout=PATIENCE)
        assert all(r.done and r.error is None for r in rest)
    finally:
        waiter.close()


def test_cursor_store_round_trips(redis_url: str) -> None:
    store = RedisCursorStore(redis_url)
    assert store.get() is None
    store.set('{"day":"2026-01-01"}')
    assert RedisCursorStore(redis_url).get() == '{"day":"2026-01-01"}'


async def test_async_twins_on_the_real_server(redis_url: str) -> None:
    store = AsyncRedisDedupeStore(redis_url)
    assert await store.seen_or_add("evt_a") is False and await store.seen_or_add("evt_a") is True
    await store.confirm("evt_a")
    assert await store.status("evt_a") == "done"
    log = CobaltLog()

    async def list_events(**query: object) -> object:
        return log.list_events(**query)

    import asyncio

    bus = AsyncRedisBus(redis_url)
    waiter = AsyncJobWaiter(AsyncJobSource(list_events, time.monotonic, asyncio.sleep), polling=False, bus=bus)
    try:
        waiter.add("a1")
        await bus.feed(parse_event(envelope("a1")))
        event = await waiter.wait("a1", timeout=PATIENCE)
        assert getattr(event, "job_id", None) == "a1"
    finally:
        waiter.close()
        await bus.aclose()
        await store.redis.aclose()


@pytest.mark.parametrize("bad", [b"not json", b'{"type": 5}'])
def test_a_foreign_stream_message_is_skipped(redis_url: str, bad: bytes) -> None:
    log = CobaltLog()
    bus = RedisBus(redis_url)
    waiter = JobWaiter(log.source(), polling=False, bus=RedisBus(redis_url))
    try:
        waiter.add("ok")
        bus.redis.xadd(bus.stream, {b"e": bad})
        bus.feed(parse_event(envelope("ok")))
        assert getattr(waiter.wait("ok", timeout=PATIENCE), "job_id", None) == "ok"
    finally:
        waiter.close()


def test_a_store_and_bus_on_one_redis_claim_and_publish_in_one_script(redis_url: str) -> None:
    """One EVALSHA claims the id and publishes; a duplicate publishes nothing; a flushed script cache is reloaded."""
    bus, store = RedisBus(redis_url), RedisDedupeStore(redis_url)
    handled: list[str] = []
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: handled.append(d.event_id), waiter=bus, dedupe=store)
    body, headers = delivery(envelope("lua"))
    assert receiver.handle(body, headers) == (200, "Webhook received")
    assert receiver.handle(body, headers) == (200, "Already processed")
    assert handled == ["evt_lua_0"] and store.status("evt_lua_0") == "done"
    assert store.redis.xlen(bus.stream) == 1
    store.redis.script_flush()  # as after a Redis restart: EVALSHA answers NOSCRIPT, the script is loaded again
    body, headers = delivery(envelope("lua2"))
    assert receiver.handle(body, headers) == (200, "Webhook received")
    assert store.redis.xlen(bus.stream) == 2 and handled == ["evt_lua_0", "evt_lua2_0"]
    other = RedisBus(redis.Redis(port=1))  # another server: not combinable, the store says so
    assert store.seen_or_publish("evt_x", parse_event(envelope("x")), other) is None


async def test_the_async_store_and_bus_claim_and_publish_in_one_script(redis_url: str) -> None:
    from cobalt_sdk.webhooks import AsyncWebhookReceiver

    bus, store = AsyncRedisBus(redis_url), AsyncRedisDedupeStore(redis_url)
    handled: list[str] = []
    receiver = AsyncWebhookReceiver(SECRET, dispatch=lambda d: handled.append(d.event_id), waiter=bus, dedupe=store)
    body, headers = delivery(envelope("alua"))
    assert await receiver.handle(body, headers) == (200, "Webhook received")
    assert await receiver.handle(body, headers) == (200, "Already processed")
    assert handled == ["evt_alua_0"] and await store.status("evt_alua_0") == "done"
    assert await store.redis.xlen(bus.stream) == 1
    await bus.aclose()


def test_a_failed_publish_releases_the_claim_for_cobalts_retry(redis_url: str) -> None:
    """XADD failing inside the script (here: the stream key holds a string) leaves no lease behind."""
    bus, store = RedisBus(redis_url, stream="cobalt:test:not-a-stream"), RedisDedupeStore(redis_url)
    store.redis.set(bus.stream, "not a stream")
    try:
        handled: list[str] = []
        receiver = WebhookReceiver(SECRET, dispatch=lambda d: handled.append(d.event_id), waiter=bus, dedupe=store)
        body, headers = delivery(envelope("fail"))
        assert receiver.handle(body, headers)[0] == 503
        assert handled == [] and store.status("evt_fail_0") == "new"
        store.redis.delete(bus.stream)
        assert receiver.handle(body, headers) == (200, "Webhook received")
        assert handled == ["evt_fail_0"]
    finally:
        store.redis.delete(bus.stream)
