"""Receivers and a waiter in separate processes over a real Redis: a webhook verified by any
receiver resolves the waiter, one delivery is handled once across receivers, Redis killed and
restarted mid-run loses nothing, and a receiver killed between verify and hand-off is recovered."""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from collections.abc import Iterator
from multiprocessing.context import SpawnProcess
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

import pytest

from cobalt_sdk.bus import RedisBus, RedisCursorStore, RedisDedupeStore
from cobalt_sdk.webhooks import WebhookReceiver, catch_up

from . import workers
from .cobalt_log import SECRET, CobaltLog, delivery, envelope
from .redis_server import RedisServer

CTX = multiprocessing.get_context("spawn")
PATIENCE = 120.0  # real seconds; a bound far above the need, never a speed assertion
START_PATIENCE = 600.0  # spawning interpreters that import the SDK is slow on a loaded machine


class Fleet:
    def __init__(self, redis_url: str, log_path: Path, receivers: int, crash_on: str | None = None) -> None:
        self.redis_url, self.log = redis_url, CobaltLog(log_path)
        self.outbox: Queue[Any] = CTX.Queue()
        self.inboxes: list[Queue[Any]] = [CTX.Queue() for _ in range(receivers)]
        self.processes: list[SpawnProcess] = []
        for i, inbox in enumerate(self.inboxes):
            crash = crash_on if i == 0 else None
            self._start(workers.receiver, (redis_url, inbox, self.outbox, crash, 1))
        self.answers: dict[str, list[int]] = {}
        self.handled: Counter[str] = Counter()
        self.results: list[Any] | None = None
        self.ready = 0

    def _start(self, target: Any, args: tuple[Any, ...]) -> None:
        process = CTX.Process(target=target, args=args, daemon=True)
        process.start()
        self.processes.append(process)

    def start_waiter(self, job_ids: list[str]) -> None:
        self._start(workers.waiter, (self.redis_url, str(self.log.path), job_ids, PATIENCE, self.outbox))

    def drain(self, until: Any, what: str, patience: float = PATIENCE) -> None:
        deadline = time.monotonic() + patience
        while not until():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out waiting for {what}")
            try:
                kind, key, value = self.outbox.get(timeout=min(remaining, 1.0))
            except Exception:
                continue
            if kind == "ready":
                self.ready += 1
            elif kind == "answer":
                self.answers.setdefault(key, []).append(value)
            elif kind == "handled":
                self.handled[key] += 1
            elif kind == "results":
                self.results = key

    def deliver(self, event: dict[str, Any], receiver: int) -> None:
        self.inboxes[receiver].put((event["id"], *delivery(event)))

    def close(self) -> None:
        for inbox in self.inboxes:
            inbox.put(None)
        for process in self.processes:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
                process.join(timeout=10)


@pytest.fixture
def fleet_factory(redis_url: str, tmp_path: Path) -> Iterator[Any]:
    fleets: list[Fleet] = []

    def make(receivers: int, crash_on: str | None = None) -> Fleet:
        fleet = Fleet(redis_url, tmp_path / "events.jsonl", receivers, crash_on)
        fleets.append(fleet)
        return fleet

    yield make
    for fleet in fleets:
        fleet.close()


def test_four_receivers_one_waiter_redis_killed_mid_run(redis_server: RedisServer, fleet_factory: Any) -> None:
    jobs = [str(i) for i in range(120)]
    fleet: Fleet = fleet_factory(4)
    fleet.start_waiter(jobs)
    fleet.drain(lambda: fleet.ready == 5, "the processes to start", START_PATIENCE)
    events = {job: envelope(job) for job in jobs}

    def send(batch: list[str]) -> None:
        for n, job in enumerate(batch):
            fleet.log.append(events[job])  # Cobalt records the event, then delivers it...
            fleet.deliver(events[job], n % 4)
            fleet.deliver(events[job], (n + 1) % 4)  # ...and a duplicate lands on another instance

    send(jobs[:40])

    def answers(job: str) -> list[int]:
        return fleet.answers.get(events[job]["id"], [])

    fleet.drain(lambda: sum(len(answers(j)) for j in jobs[:40]) == 80, "the first answers")
    redis_server.kill()
    send(jobs[40:80])  # Redis is down: receivers answer 503, Cobalt will retry
    fleet.drain(lambda: all(len(answers(j)) == 2 for j in jobs[40:80]), "the answers in the outage")
    assert {s for j in jobs[40:80] for s in answers(j)} == {503}
    redis_server.start()
    for n, job in enumerate(jobs[40:80]):  # Cobalt's one retry, after Redis is back
        fleet.deliver(events[job], n % 4)
    send(jobs[80:])
    fleet.drain(lambda: fleet.results is not None, "the waiter's results", START_PATIENCE)
    assert fleet.results is not None
    failed = [(job_id, source) for job_id, source, ok, _, _ in fleet.results if not ok]
    assert failed == [] and [r[0] for r in fleet.results] == jobs  # 0 lost
    fleet.drain(lambda: len(fleet.handled) == len(jobs), "every hand-off")
    assert set(fleet.handled) == {e["id"] for e in events.values()}
    assert max(fleet.handled.values()) == 1  # 0 handled twice


def test_a_receiver_killed_between_verify_and_hand_off_is_recovered(redis_url: str, fleet_factory: Any) -> None:
    jobs = ["a", "b", "c"]
    created = time.time()
    events = {job: envelope(job) for job in jobs}
    fleet: Fleet = fleet_factory(2, crash_on=events["b"]["id"])
    fleet.start_waiter(jobs)
    fleet.drain(lambda: fleet.ready == 3, "the processes to start", START_PATIENCE)
    for job in jobs:
        fleet.log.append(events[job])
        fleet.deliver(events[job], 0)  # receiver 0 dies on "b"
    fleet.processes[0].join(timeout=PATIENCE)
    assert fleet.processes[0].exitcode == 3
    fleet.deliver(events["b"], 1)  # Cobalt's retry lands on the other receiver
    fleet.drain(lambda: len(fleet.answers.get(events["b"]["id"], [])) == 1, "the retry's answer")
    # While the dead receiver's 1 s claim holds, the retry is "Already processed"; once it ran out
    # (a slow machine), the retry is handled. Either way, replay below completes the set.
    assert fleet.answers[events["b"]["id"]] == [200]
    store = RedisDedupeStore(redis_url)
    deadline = time.monotonic() + PATIENCE
    while store.status(events["b"]["id"]) == "leased":  # the claim runs out (or the retry confirmed it)
        assert time.monotonic() < deadline
        time.sleep(0.05)
    handled: list[str] = []
    recovery = WebhookReceiver(
        SECRET, dispatch=lambda d: handled.append(d.event_id), waiter=RedisBus(redis_url), dedupe=store
    )
    cursor = RedisCursorStore(redis_url)
    soon = created + 5  # a run seconds after the events (whatever this machine's speed): may still be preceded
    early = catch_up(fleet.log.source(), recovery, cursor, since=None, clock=lambda: soon)
    assert (early.complete, early.unsettled, early.processed, handled) == (True, True, 0, [])
    later = time.time() + 31  # the next periodic run, once the events settled
    result = catch_up(fleet.log.source(), recovery, cursor, since=None, clock=lambda: later)
    assert result.complete and not result.unsettled
    # "c" went to the dead receiver and "b" died in its hand-off: each is handled exactly once.
    everything = Counter(handled) + fleet.handled
    assert everything == Counter(e["id"] for e in events.values())
    fleet.drain(lambda: fleet.results is not None, "the waiter's results", START_PATIENCE)
    assert fleet.results is not None and all(ok for _, _, ok, _, _ in fleet.results)
