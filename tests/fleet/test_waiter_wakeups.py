"""A waiter fed thousands of events of other jobs must not do per-event work in its wait loop.

Every resolved job wakes every running wait. Before, each wake-up ran a whole interval's work
(with a bus: `look_up_stragglers`, which walks every pending job), so a fan-in of N pending jobs
resolved at rate R cost O(N * R) per second and held the waiter's lock meanwhile, delaying the
bus reader's `feed`. Now a wake-up ends the interval only once the wait is finished (or a gap is
due). The wait below is real time (no fake sleep: the wake-up path is the real-time one) but
never times out: the job it waits for is fed last, and the interval is a minute long.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

from cobalt_sdk import AsyncJobWaiter, JobWaiter
from cobalt_sdk._jobs import AsyncJobSource, JobSource
from cobalt_sdk.bus import InProcessBus
from cobalt_sdk.webhooks import parse_event

OTHERS = 200


def event(job_id: int) -> Any:
    return parse_event(
        {
            "id": f"evt_{job_id}",
            "object": "event",
            "created": "2026-01-01T00:00:00Z",
            "type": "patient.created",
            "job_id": str(job_id),
            "data": {"patient_id": f"p{job_id}", "mrn": f"MRN-{job_id}"},
        }
    )


def no_requests(**query: object) -> Any:
    raise AssertionError("no request is due within the interval")


async def ano_requests(**query: object) -> Any:
    raise AssertionError("no request is due within the interval")


def test_events_of_other_jobs_wake_the_wait_without_a_lookup_each() -> None:
    bus = InProcessBus()
    waiter = JobWaiter(JobSource(no_requests, time.monotonic, time.sleep), polling=False, poll_interval=60, bus=bus)
    waiter.add_all(str(j) for j in range(1, OTHERS + 2))
    calls = 0
    lookups = waiter.look_up_stragglers

    def counted() -> int:
        nonlocal calls
        calls += 1
        return lookups()

    waiter.look_up_stragglers = counted  # type: ignore[method-assign]
    waited = threading.Event()

    def feed_all() -> None:
        waited.wait(timeout=10)
        for j in range(2, OTHERS + 2):
            bus.feed(event(j))
        bus.feed(event(1))

    feeder = threading.Thread(target=feed_all)
    feeder.start()
    waited.set()
    result = waiter.wait("1", timeout=60)
    feeder.join(timeout=10)
    assert getattr(result, "job_id", None) == "1"
    assert calls == 1  # the first interval only, not one per event fed
    assert waiter.tracked == OTHERS  # the others are resolved, kept until handed back
    waiter.close()


def test_a_gap_still_ends_the_interval_at_once() -> None:
    bus = InProcessBus()
    waiter = JobWaiter(JobSource(no_requests, time.monotonic, time.sleep), polling=False, poll_interval=60, bus=bus)
    waiter.add("1")
    scans = 0

    def scan() -> int:
        nonlocal scans
        scans += 1
        waiter.feed(event(1))  # the scan finds the job
        return 1

    waiter.poll_once = scan  # type: ignore[method-assign]
    threading.Timer(0.05, waiter.gap).start()
    assert getattr(waiter.wait("1", timeout=60), "job_id", None) == "1"
    assert scans == 1
    waiter.close()


async def test_the_async_twin_also_sleeps_on_through_other_jobs_events() -> None:
    bus = InProcessBus()
    waiter = AsyncJobWaiter(
        AsyncJobSource(ano_requests, time.monotonic, asyncio.sleep), polling=False, poll_interval=60, bus=bus
    )
    waiter.add_all(str(j) for j in range(1, OTHERS + 2))
    calls = 0
    lookups = waiter.look_up_stragglers

    async def counted() -> int:
        nonlocal calls
        calls += 1
        return await lookups()

    waiter.look_up_stragglers = counted  # type: ignore[method-assign]

    async def feed_all() -> None:
        for j in range(2, OTHERS + 2):
            bus.feed(event(j))
            await asyncio.sleep(0)
        bus.feed(event(1))

    feeder = asyncio.get_running_loop().create_task(feed_all())
    result = await waiter.wait("1", timeout=60)
    await feeder
    assert getattr(result, "job_id", None) == "1"
    assert calls == 1
    waiter.close()
