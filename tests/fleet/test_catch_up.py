"""`catch_up`: missed webhooks replayed from `GET /webhook-events` exactly once, from a durable cursor."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from cobalt_sdk import JobWaiter
from cobalt_sdk._jobs import AsyncJobSource
from cobalt_sdk.bus import FileCursorStore, InMemoryCursorStore, RedisCursorStore, RedisDedupeStore
from cobalt_sdk.webhooks import AsyncWebhookReceiver, WebhookReceiver, acatch_up, catch_up

from .cobalt_log import SECRET, CobaltLog, as_record, delivery, envelope

T0 = datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.UTC)


def history(log: CobaltLog, n: int, *, ties: int = 1, step: int = 1) -> list[str]:
    """n events, `ties` of them sharing each created instant (Cobalt's timestamps can collide),
    `step` seconds apart."""
    ids = []
    for i in range(n):
        event = envelope(str(i), created=T0 + datetime.timedelta(seconds=i // ties * step))
        log.append(event)
        ids.append(event["id"])
    return ids


class Handler:
    def __init__(self, fail_on: str | None = None) -> None:
        self.seen: list[str] = []
        self.fail_on = fail_on

    def __call__(self, event: Any) -> None:
        if event.id == self.fail_on:
            self.fail_on = None  # fails once, like a crash
            raise RuntimeError("handler crashed")
        self.seen.append(event.id)


def test_replay_processes_missed_events_once_and_skips_live_ones() -> None:
    log, handler = CobaltLog(), Handler()
    ids = history(log, 250, ties=3)
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: handler(d.event), tolerance=None)  # a 2026-03 history
    for event_id in ids[:40:2]:  # some arrived live
        job = event_id.split("_")[1]
        answer = receiver.handle(*delivery(envelope(job, created=T0 + datetime.timedelta(seconds=int(job) // 3))))
        assert answer.text == "Webhook received"
    live = list(handler.seen)
    assert len(live) == 20
    cursor = InMemoryCursorStore()
    result = catch_up(log.source(), receiver, cursor, since=T0, page_size=50)
    assert result.complete and result.processed == 250 - len(live) and result.duplicates == len(live)
    assert sorted(handler.seen) == sorted(ids) and len(handler.seen) == len(set(handler.seen))
    again = catch_up(log.source(), receiver, cursor, since=T0, page_size=50)
    assert (again.processed, again.duplicates, again.complete) == (0, 0, True)
    assert again.pages == 1  # resumed on the cursor's page, not from the start


def test_new_events_after_a_run_are_picked_up_by_the_next() -> None:
    log, handler = CobaltLog(), Handler()
    history(log, 10)
    receiver = WebhookReceiver(SECRET, handler, dedupe=False)  # the cursor alone keeps it exactly once
    cursor = InMemoryCursorStore()
    catch_up(log.source(), receiver, cursor, since=T0)
    for i in range(10, 15):
        log.append(envelope(str(i), created=T0 + datetime.timedelta(seconds=i)))
    assert catch_up(log.source(), receiver, cursor, since=T0).processed == 5
    assert handler.seen == [f"evt_{i}_0" for i in range(15)]


def test_a_crash_mid_replay_resumes_where_it_stopped(tmp_path: Path) -> None:
    log = CobaltLog()
    ids = history(log, 30, ties=2)
    handler = Handler(fail_on=ids[17])
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: handler(d.event))
    cursor = FileCursorStore(tmp_path / "cursor.json")
    with pytest.raises(RuntimeError):
        catch_up(log.source(), receiver, cursor, since=T0, page_size=7)
    assert handler.seen == ids[:17]
    saved = json.loads(cursor.get() or "")
    assert saved["ids"] == [ids[16]]  # the tie partner of the failed event is not marked done
    fresh_receiver = WebhookReceiver(SECRET, dispatch=lambda d: handler(d.event))  # a restarted process
    result = catch_up(log.source(), fresh_receiver, FileCursorStore(tmp_path / "cursor.json"), since=T0, page_size=7)
    assert result.complete and handler.seen == ids


def test_pages_per_run_are_bounded() -> None:
    log, handler = CobaltLog(), Handler()
    ids = history(log, 100)
    receiver, cursor = WebhookReceiver(SECRET, handler), InMemoryCursorStore()
    first = catch_up(log.source(), receiver, cursor, since=T0, page_size=10, max_pages=3)
    assert (first.pages, first.complete, len(handler.seen)) == (3, False, 30)
    runs = 1
    while not catch_up(log.source(), receiver, cursor, since=T0, page_size=10, max_pages=3).complete:
        runs += 1
        assert runs < 10
    assert handler.seen == ids


def test_events_dropped_from_the_front_do_not_make_replay_skip() -> None:
    log, handler = CobaltLog(), Handler()
    ids = history(log, 40)
    receiver, cursor = WebhookReceiver(SECRET, handler), InMemoryCursorStore()
    catch_up(log.source(), receiver, cursor, since=T0, page_size=10, max_pages=2)
    assert len(handler.seen) == 20
    del log.records[:15]  # retention removed the oldest events: every page shifted forward
    result = catch_up(log.source(), receiver, cursor, since=T0, page_size=10)
    assert result.complete and handler.seen == ids


def test_a_malformed_record_is_handed_over_not_dropped() -> None:
    log, handler = CobaltLog(), Handler()
    event = envelope("9", created=T0)
    del event["data"]["patient_id"]
    log.append(event)
    receiver = WebhookReceiver(SECRET, handler)
    result = catch_up(log.source(), receiver, InMemoryCursorStore(), since=T0)
    assert (result.processed, result.malformed) == (1, 1) and handler.seen == ["evt_9_0"]


def test_replay_feeds_the_waiter_too() -> None:
    log = CobaltLog()
    history(log, 3)
    waiter = JobWaiter(log.source(), polling=False)
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: None, waiter=waiter)
    waiter.add_all(["0", "1", "2"])
    catch_up(log.source(), receiver, InMemoryCursorStore(), since=T0)
    assert [r.source for r in waiter.wait_all(["0", "1", "2"], timeout=0)] == ["webhook"] * 3


def test_an_unreadable_cursor_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="cursor"):
        catch_up(CobaltLog().source(), WebhookReceiver(SECRET), InMemoryCursorStore("{not json"))


def test_a_claim_of_another_receiver_stops_the_run_until_it_expires(redis_url: str) -> None:
    log, handler = CobaltLog(), Handler()
    ids = history(log, 5)
    store = RedisDedupeStore(redis_url)
    assert store.seen_or_add(ids[2]) is False  # a receiver claimed it, then died before the hand-off
    receiver = WebhookReceiver(SECRET, handler, dedupe=RedisDedupeStore(redis_url))
    cursor = RedisCursorStore(redis_url)
    blocked = catch_up(log.source(), receiver, cursor, since=T0)
    assert (blocked.busy, blocked.complete, handler.seen) == (ids[2], False, ids[:2])
    store.redis.delete(store.prefix + ids[2])  # what the lease expiry does
    assert catch_up(log.source(), receiver, cursor, since=T0).complete and handler.seen == ids


async def test_async_twin() -> None:
    log, handler = CobaltLog(), Handler()
    ids = history(log, 12, ties=4)
    receiver = AsyncWebhookReceiver(SECRET, handler)

    class Source:
        clock = staticmethod(log.source().clock)

        @staticmethod
        async def list_events(**query: Any) -> Any:
            return log.list_events(**query)

        @staticmethod
        async def sleep(seconds: float) -> None:
            return None

    source = AsyncJobSource(Source.list_events, Source.clock, Source.sleep)
    result = await acatch_up(source, receiver, InMemoryCursorStore(), since=T0, page_size=5)
    assert result.complete and handler.seen == ids


# --- events listed late ----------------------------------------------------------------------


def _listed_late(log: CobaltLog, job: str, created: datetime.datetime) -> str:
    """An event stored after newer ones: `sort=created_at` lists it before them."""
    event = envelope(job, created=created)
    log.records.insert(0, as_record(event))
    return str(event["id"])


def test_young_events_wait_for_the_next_run_so_one_listed_late_is_not_skipped() -> None:
    log, handler = CobaltLog(), Handler()
    ids = history(log, 2, step=1)  # T0, T0 + 1 s
    receiver, cursor = WebhookReceiver(SECRET, handler, tolerance=None), InMemoryCursorStore()
    now, since = T0.timestamp() + 5, T0 - datetime.timedelta(minutes=1)
    first = catch_up(log.source(), receiver, cursor, since=since, clock=lambda: now)
    assert (first.processed, first.unsettled, first.complete, cursor.get()) == (0, True, True, None)
    late = _listed_late(log, "late", T0 - datetime.timedelta(seconds=0.5))  # made first, stored after
    later = now + 30
    second = catch_up(log.source(), receiver, cursor, since=since, clock=lambda: later)
    assert (second.processed, second.unsettled, second.complete) == (3, False, True)
    assert handler.seen == [late, *ids]


def test_without_settling_an_event_listed_late_is_skipped_which_is_why_runs_wait() -> None:
    log, handler = CobaltLog(), Handler()
    history(log, 2)
    receiver, cursor = WebhookReceiver(SECRET, handler, tolerance=None), InMemoryCursorStore()
    since = T0 - datetime.timedelta(minutes=1)
    catch_up(log.source(), receiver, cursor, since=since, settle=datetime.timedelta(0))
    late = _listed_late(log, "late", T0 - datetime.timedelta(seconds=0.5))
    catch_up(log.source(), receiver, cursor, since=since, settle=datetime.timedelta(0))
    assert late not in handler.seen and len(handler.seen) == 2


def test_a_run_hands_over_the_settled_events_and_stops_at_the_first_young_one() -> None:
    log, handler = CobaltLog(), Handler()
    ids = history(log, 6, step=10)  # T0 .. T0 + 50 s
    receiver, cursor = WebhookReceiver(SECRET, handler, tolerance=None), InMemoryCursorStore()
    now = T0.timestamp() + 50 + 5  # the last three are younger than 30 s
    result = catch_up(log.source(), receiver, cursor, since=T0, page_size=2, clock=lambda: now)
    assert (result.processed, result.unsettled, result.complete, result.pages) == (3, True, True, 2)
    assert handler.seen == ids[:3]
    edge = T0.timestamp() + 30 + 30  # T0 + 30 s is exactly `settle` old: settled
    assert catch_up(log.source(), receiver, cursor, since=T0, page_size=2, clock=lambda: edge).processed == 1
    assert handler.seen == ids[:4]


async def test_async_runs_wait_for_young_events_too() -> None:
    log, handler = CobaltLog(), Handler()
    ids = history(log, 3, step=20)  # T0, +20 s, +40 s

    async def list_events(**query: Any) -> Any:
        return log.list_events(**query)

    async def sleep(seconds: float) -> None:
        return None

    source = AsyncJobSource(list_events, lambda: 0.0, sleep)
    receiver = AsyncWebhookReceiver(SECRET, handler, tolerance=None)
    now = T0.timestamp() + 45
    cursor = InMemoryCursorStore()
    result = await acatch_up(source, receiver, cursor, since=T0, clock=lambda: now)
    assert (result.processed, result.unsettled) == (1, True) and handler.seen == ids[:1]
    later = now + 60
    result = await acatch_up(source, receiver, cursor, since=T0, clock=lambda: later)
    assert (result.processed, result.unsettled) == (2, False) and handler.seen == ids
