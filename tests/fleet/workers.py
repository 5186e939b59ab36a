"""Process bodies for the cross-process fleet tests (and bench/job_fanin.py): receivers and a waiter.

Each runs in its own process (multiprocessing, spawn), talks to the others only through Redis and
the shared `CobaltLog` file, and reports to the test through a queue.
"""

from __future__ import annotations

import os
import time
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

from cobalt_sdk import JobWaiter
from cobalt_sdk.bus import RedisBus, RedisDedupeStore
from cobalt_sdk.webhooks import WebhookDelivery, WebhookReceiver

from .cobalt_log import SECRET, CobaltLog


def receiver(redis_url: str, inbox: Queue[Any], outbox: Queue[Any], crash_on: str | None, lease: int) -> None:
    """Answer deliveries from `inbox` until None; report ("answer", id, status) and ("handled", id, t)."""

    def hand_off(delivery: WebhookDelivery) -> None:
        if delivery.event_id == crash_on:
            outbox.close()  # what was reported so far ("handled" of earlier events) reaches the test:
            outbox.join_thread()  # a Queue's feeder thread would otherwise die with the process
            os._exit(3)  # killed between verify (and the dedupe claim) and the hand-off
        outbox.put(("handled", delivery.event_id, time.time()))

    bus = RedisBus(redis_url)
    hook = WebhookReceiver(SECRET, dispatch=hand_off, waiter=bus, dedupe=RedisDedupeStore(redis_url, lease=lease))
    outbox.put(("ready", os.getpid(), 0.0))
    while (item := inbox.get()) is not None:
        event_id, body, headers = item
        outbox.put(("answer", event_id, hook.handle(body, headers).status))


def waiter(redis_url: str, log_path: str, job_ids: list[str], timeout: float, outbox: Queue[Any]) -> None:
    """Wait for `job_ids` over the Redis bus (polling only after a bus gap); report every result."""
    log = CobaltLog(Path(log_path))
    jobs = JobWaiter(log.source(), polling=False, poll_interval=0.2, bus=RedisBus(redis_url))
    jobs.add_all(job_ids)
    outbox.put(("ready", os.getpid(), 0.0))
    try:
        results = jobs.wait_all(job_ids, timeout=timeout)
    except Exception as exc:  # reported, so the test fails with the reason instead of a timeout
        outbox.put(("results", [("error", repr(exc), False, None, 0.0)], 0.0))
        raise
    offset = time.time() - time.monotonic()
    outbox.put(("results", [(r.job_id, r.source, r.error is None, r.resolved_at, offset) for r in results], 0.0))
