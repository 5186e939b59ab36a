"""Jobs waited for at once against the sandbox over real HTTP: polling, webhooks, a fleet over Redis.

Usage: python bench/job_fanin.py [JOBS] (default 10,000). Cases, each measured in this one run:

* polling: one `JobWaiter` scanning `GET /webhook-events`; requests made while waiting vs what
  per-job polling would have made (target <= 0.01), lag (target <= poll interval + 100 ms);
* webhooks: the sandbox delivers to a receiver in this process that feeds the waiter (target:
  every job resolved, lag p99 <= 50 ms);
* fleet: 4 receiver processes on one port (SO_REUSEPORT: the kernel balances the sandbox's
  connections) and 1 waiter process, joined by `RedisBus` and `RedisDedupeStore` on a real
  redis-server (target: 0 lost, 0 handled twice, lag p99 <= 50 ms);
* memory: a waiter's resident memory after 100,000 jobs resolved and handed back, against the
  same process with a fresh waiter (target <= 1.5x).

Lag: from the event's creation (or the POST's response, if the event came first) to its job
resolving. Where the sandbox is the limit: it delivers at most `--delivery-concurrency`
webhooks at once (default 8; this bench uses DELIVERY_CONCURRENCY); with ~500 jobs finishing
per second, 8 in flight on a loaded machine queue deliveries and the queueing shows as lag.
"""

from __future__ import annotations

import datetime
import gc
import multiprocessing
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import _fleet_workers as fleet_workers
import redis
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from cobalt_sandbox.server import free_socket, serve_app, serve_process
from cobalt_sdk import Cobalt, JobResult, JobWaiter
from cobalt_sdk.webhooks import WebhookReceiver, parse_event

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.fleet.redis_server import RedisServer

JOBS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
POLL_INTERVAL = 1.0
# Cobalt's robotic jobs take 5 to 25 s; the sandbox finishes each 5 to 25 s after its creation.
JOB_DELAY, JOB_JITTER = 5.0, 20.0
DELIVERY_CONCURRENCY = 64
RECEIVERS = 4
MEMORY_JOBS, MEMORY_BATCH = 100_000, 1_000
SANDBOX_ARGS = ("--job-delay", str(JOB_DELAY), "--job-jitter", str(JOB_JITTER))


def created_at(value: object) -> float:
    return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()


def create_jobs(cobalt: Cobalt, n: int, on_batch: Any = None) -> tuple[list[Any], dict[str, float]]:
    """n telephone-encounter jobs; `posted[job_id]` is when each POST answered."""
    provider = next(p for p in cobalt.providers.list().providers if p.ehr_id)
    location = next(loc for loc in cobalt.locations.list().locations if loc.ehr_id)
    patient = next(iter(cobalt.patients.list()))
    jobs, posted, batch = [], {}, []
    for i in range(n):
        job = cobalt.telephone_encounters.create(
            patient_mrn=patient.mrn,
            provider_id=str(provider.ehr_id),
            location_id=str(location.ehr_id),
            assigned_to_id=str(provider.ehr_id),
            reason=f"fan-in {i}",
        )
        posted[str(job.job_id)] = time.time()
        jobs.append(job)
        batch.append(str(job.job_id))
        if on_batch is not None and len(batch) >= 50:
            on_batch(batch)
            batch = []
    if on_batch is not None and batch:
        on_batch(batch)
    return jobs, posted


def lag_text(lags: list[float], target: float) -> str:
    if not lags:
        return "lag n/a"
    lags = sorted(lags)
    p99 = lags[min(len(lags) - 1, int(len(lags) * 0.99))]
    median = statistics.median(lags)
    return f"lag median {median * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms (target <= {target * 1000:.0f} ms)"


def report(
    mode: str, jobs: list[Any], results: list[JobResult[Any]], requests: int, start: float, target: float
) -> None:
    waited = time.time() - start
    by_id = {r.job_id: r for r in results}
    correct = sum(
        1
        for job in jobs
        if (r := by_id.get(str(job.job_id))) is not None
        and r.event is not None
        and getattr(r.event, "job_id", None) == job.job_id
        and getattr(r.event.data, "telephone_encounter_id", None) == job.response.telephone_encounter_id
    )
    offset = time.time() - time.monotonic()
    lags = [
        r.resolved_at + offset - max(created_at(r.event.created), start)
        for r in results
        if r.event is not None and r.resolved_at is not None
    ]
    per_job = len(jobs) * max(waited, POLL_INTERVAL) / POLL_INTERVAL
    print(
        f"{mode:9s} resolved {correct}/{len(jobs)} with their own events | requests while waiting {requests}"
        f" vs per-job polling {per_job:.0f} = {requests / per_job:.4f} (target <= 0.01)"
        f" | {lag_text(lags, target)} | waited {waited:.1f} s",
        flush=True,
    )


def polling() -> None:
    with (
        serve_process(*SANDBOX_ARGS) as server,
        Cobalt(base_url=server.base_url, clock=time.monotonic, **server.credentials) as cobalt,
    ):
        waiter = JobWaiter(cobalt, poll_interval=POLL_INTERVAL)
        jobs, _ = create_jobs(cobalt, JOBS)
        waiter.add_all(jobs)
        start = time.time()
        results = waiter.wait_all(jobs, timeout=180)
        report("polling", jobs, results, waiter.requests, start, POLL_INTERVAL + 0.1)


def webhooks() -> None:
    holder: dict[str, Any] = {}

    async def receive(request: Request) -> PlainTextResponse:
        status, text = holder["receiver"].handle(await request.body(), request.headers)
        return PlainTextResponse(text, status_code=status)

    receiver_app = Starlette(routes=[Route("/hooks", receive, methods=["POST"])])
    with (
        serve_process(*SANDBOX_ARGS, "--delivery-concurrency", str(DELIVERY_CONCURRENCY)) as server,
        serve_app(receiver_app) as port,
        Cobalt(base_url=server.base_url, clock=time.monotonic, **server.credentials) as cobalt,
    ):
        created = cobalt.webhooks.create(webhook_url=f"http://127.0.0.1:{port}/hooks")
        secret = created.webhook_secret_key or created.webhook_secret
        waiter = JobWaiter(cobalt, polling=False)
        holder["receiver"] = WebhookReceiver(secrets=str(secret), handler=lambda event: None, waiter=waiter)
        start = time.time()
        jobs, _ = create_jobs(cobalt, JOBS, on_batch=waiter.add_all)
        results = waiter.wait_all(jobs, timeout=180)
        report("webhooks", jobs, results, waiter.requests, start, 0.05)


def fleet() -> None:
    ctx = multiprocessing.get_context("spawn")
    redis_server = RedisServer()
    redis_server.start()
    processes: list[Any] = []
    try:
        with serve_process(*SANDBOX_ARGS, "--delivery-concurrency", str(DELIVERY_CONCURRENCY)) as server:
            sock = free_socket()
            port = int(sock.getsockname()[1])
            sock.close()
            with Cobalt(base_url=server.base_url, clock=time.monotonic, **server.credentials) as cobalt:
                created = cobalt.webhooks.create(webhook_url=f"http://127.0.0.1:{port}/hooks")
                secret = str(created.webhook_secret_key or created.webhook_secret)
                ready: Any = ctx.Queue()
                jobs_q: Any = ctx.Queue()
                out: Any = ctx.Queue()
                for _ in range(RECEIVERS):
                    processes.append(
                        ctx.Process(target=fleet_workers.receiver, args=(redis_server.url, port, secret, ready))
                    )
                processes.append(
                    ctx.Process(
                        target=fleet_workers.waiter,
                        args=(redis_server.url, server.base_url, credentials(server.credentials), jobs_q, out),
                    )
                )
                for process in processes:
                    process.daemon = True
                    process.start()
                for _ in range(RECEIVERS):
                    ready.get(timeout=600)
                out.get(timeout=600)
                start = time.time()
                jobs, posted = create_jobs(cobalt, JOBS, on_batch=lambda batch: jobs_q.put(list(batch)))
                jobs_q.put(None)
                results = out.get(timeout=900)
                tracked = out.get(timeout=60)
        handled_raw = redis.Redis.from_url(redis_server.url).lrange(fleet_workers.HANDLED, 0, -1)
        handled = Counter(str(item, "utf-8") if isinstance(item, bytes) else str(item) for item in handled_raw)
        handled = Counter({key.split()[0]: n for key, n in handled.items()})
        ok = {job_id for job_id, good, _, _ in results if good}
        lost = sum(1 for job in jobs if str(job.job_id) not in ok)
        twice = sum(1 for count in handled.values() if count > 1)
        lags = [
            resolved - max(created_at(created), posted.get(job_id, start))
            for job_id, good, resolved, created in results
            if good and resolved is not None and created
        ]
        print(
            f"fleet     {RECEIVERS} receiver processes + 1 waiter over Redis: resolved {len(ok)}/{len(jobs)}, "
            f"lost {lost} (target 0), handled {sum(handled.values())} deliveries of {len(handled)} events, "
            f"{twice} handled twice (target 0) | {lag_text(lags, 0.05)} | waited {time.time() - start:.1f} s"
            f" | {tracked[0]}: {tracked[1]}",
            flush=True,
        )
    finally:
        for process in processes:
            process.kill()
            process.join(timeout=10)
        redis_server.stop()


def credentials(given: Any) -> tuple[str, str, str]:
    return str(given["client_id"]), str(given["client_secret"]), str(given["access_token"])


def rss_bytes() -> int:
    with open(f"/proc/{os.getpid()}/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def memory() -> None:
    """A long-lived waiter: 100,000 jobs added, fed their events and handed back in batches."""

    class NoSource:
        @staticmethod
        def list_events(**query: Any) -> Any:
            raise AssertionError("the memory case makes no requests")

    from cobalt_sdk._jobs import JobSource

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

    waiter = JobWaiter(JobSource(NoSource.list_events, time.monotonic, time.sleep), polling=False)
    event(0)  # the parser and models are loaded before the baseline
    gc.collect()
    fresh = rss_bytes()
    for start in range(1, MEMORY_JOBS + 1, MEMORY_BATCH):
        ids = [str(j) for j in range(start, start + MEMORY_BATCH)]
        waiter.add_all(ids)
        for j in range(start, start + MEMORY_BATCH):
            waiter.feed(event(j))
        assert all(r.done for r in waiter.wait_all(ids, timeout=0))
    gc.collect()
    after = rss_bytes()
    state = waiter._state
    print(
        f"memory    after {MEMORY_JOBS:,} resolved jobs: RSS {after / 2**20:.1f} MiB"
        f" vs {fresh / 2**20:.1f} MiB with a fresh waiter = {after / fresh:.2f}x (target <= 1.5x)"
        f" | held: {len(state.jobs)} tracked,"
        f" {len(state.recent)} recent results, {len(state.early)} early events, {len(state.seen)} seen ids",
        flush=True,
    )


# Memory first: resident memory rarely shrinks, so a baseline taken after the HTTP cases would flatter it.
CASES = {"memory": memory, "polling": polling, "webhooks": webhooks, "fleet": fleet}

if __name__ == "__main__":
    chosen = [a for a in sys.argv[2:] if a in CASES] or list(CASES)
    print(
        f"{JOBS} telephone-encounter jobs, each finishing {JOB_DELAY:g}-{JOB_DELAY + JOB_JITTER:g} s after creation,"
        f" poll interval {POLL_INTERVAL} s, sandbox delivery concurrency {DELIVERY_CONCURRENCY};"
        " sandbox in its own process, loopback HTTP",
        flush=True,
    )
    for name in chosen:
        CASES[name]()
