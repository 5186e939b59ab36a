"""Process bodies for bench/job_fanin.py: the load generator, fleet receivers sharing one port, one waiter.

The load generator creates the jobs at a steady rate in its own process (it is the bench's load,
not the SDK under test) and sends (job id, POST answered at, telephone encounter id) in small
batches to every queue it is given. Receivers bind the same loopback port with SO_REUSEPORT, so
the kernel spreads the sandbox's connections across them as a load balancer would. They share
dedupe and the result bus in Redis and record each hand-off (event id, arrival wall time) in a
Redis list; the waiter process resolves the jobs from the bus alone and reports every result
with its wall-clock resolution time.
"""

from __future__ import annotations

import asyncio
import math
import socket
import time
from multiprocessing.queues import Queue
from typing import Any

import redis
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from cobalt_sdk import Cobalt, JobWaiter
from cobalt_sdk.bus import RedisBus, RedisDedupeStore
from cobalt_sdk.webhooks import WebhookDelivery, WebhookReceiver

HANDLED = "bench:handled"
#: A created job as the load generator reports it: (job id, POST answered at (wall), encounter id).
Created = tuple[str, float, str]
BATCH_JOBS, BATCH_SECONDS = 20, 0.05


def client(base_url: str, credentials: tuple[str, str, str]) -> Cobalt:
    client_id, client_secret, access_token = credentials
    return Cobalt(
        base_url=base_url,
        clock=time.monotonic,
        client_id=client_id,
        client_secret=client_secret,
        access_token=access_token,
    )


def create_jobs(cobalt: Cobalt, n: int, rate: float, sinks: list[Any]) -> float:
    """n telephone-encounter jobs, the i-th started no earlier than i / rate s in; batches go to every
    sink (`put`). Returns the rate achieved (jobs per second over the whole run)."""
    provider = next(p for p in cobalt.providers.list().providers if p.ehr_id)
    location = next(loc for loc in cobalt.locations.list().locations if loc.ehr_id)
    patient = next(iter(cobalt.patients.list()))
    batch: list[Created] = []
    start = flushed = time.monotonic()
    for i in range(n):
        ahead = start + i / rate - time.monotonic()
        if ahead > 0:
            if batch:  # do not hold created jobs back while pacing
                for sink in sinks:
                    sink.put(batch)
                batch, flushed = [], time.monotonic()
            time.sleep(ahead)
        job = cobalt.telephone_encounters.create(
            patient_mrn=patient.mrn,
            provider_id=str(provider.ehr_id),
            location_id=str(location.ehr_id),
            assigned_to_id=str(provider.ehr_id),
            reason=f"fan-in {i}",
        )
        batch.append((str(job.job_id), time.time(), str(job.response.telephone_encounter_id)))
        if len(batch) >= BATCH_JOBS or time.monotonic() - flushed >= BATCH_SECONDS:
            for sink in sinks:
                sink.put(batch)
            batch, flushed = [], time.monotonic()
    if batch:
        for sink in sinks:
            sink.put(batch)
    elapsed = time.monotonic() - start
    return n / elapsed if elapsed > 0 else math.inf


def load_generator(
    base_url: str, credentials: tuple[str, str, str], n: int, rate: float, sinks: list[Queue[Any]]
) -> None:
    """Create the jobs, then put None (the end) and the achieved rate on every sink."""
    with client(base_url, credentials) as cobalt:
        achieved = create_jobs(cobalt, n, rate, list(sinks))
    for sink in sinks:
        sink.put(None)
        sink.put(achieved)


def reuseport_socket(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(1024)
    return sock


def receiver(redis_url: str, port: int, secret: str, ready: Queue[Any]) -> None:
    store = redis.Redis.from_url(redis_url)
    arrivals: dict[str, float] = {}

    def hand_off(delivery: WebhookDelivery) -> None:
        arrived = arrivals.pop(delivery.webhook_id or "", math.nan)
        store.rpush(HANDLED, f"{delivery.event_id} {arrived:.6f}")

    hook = WebhookReceiver(secret, dispatch=hand_off, waiter=RedisBus(redis_url), dedupe=RedisDedupeStore(redis_url))

    async def receive(request: Request) -> PlainTextResponse:
        webhook_id = request.headers.get("webhook-id", "")
        arrivals[webhook_id] = time.time()
        status, text = hook.handle(await request.body(), request.headers)
        arrivals.pop(webhook_id, None)
        return PlainTextResponse(text, status_code=status)

    app = Starlette(routes=[Route("/hooks", receive, methods=["POST"])])
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    sock = reuseport_socket(port)
    ready.put("receiver")
    asyncio.run(server.serve(sockets=[sock]))


def waiter(
    redis_url: str, base_url: str, credentials: tuple[str, str, str], jobs: Queue[Any], out: Queue[Any], timeout: float
) -> None:
    """Add job ids as they arrive on `jobs` (None ends), then wait; report (job_id, ok, resolved wall time)."""
    with client(base_url, credentials) as cobalt:
        waiter = JobWaiter(cobalt, polling=False, bus=RedisBus(redis_url))
        out.put("ready")
        ids: list[str] = []
        deadline = time.monotonic() + timeout
        while (batch := jobs.get(timeout=max(1.0, deadline - time.monotonic()))) is not None:
            ids.extend(job_id for job_id, _, _ in batch)
            waiter.add_all(job_id for job_id, _, _ in batch)
        jobs.get(timeout=10)  # the achieved rate, unused here
        offset = time.time() - time.monotonic()
        results = waiter.wait_all(ids, timeout=max(1.0, deadline - time.monotonic()))
        out.put(
            [
                (
                    r.job_id,
                    r.error is None and r.event is not None,
                    None if r.resolved_at is None else r.resolved_at + offset,
                    str(getattr(r.event, "created", "")),
                    str(getattr(getattr(r.event, "data", None), "telephone_encounter_id", "")),
                    str(getattr(r.event, "id", "")),
                )
                for r in results
            ]
        )
        out.put(("tracked after", waiter.tracked))
