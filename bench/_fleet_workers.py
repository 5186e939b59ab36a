"""Process bodies for bench/job_fanin.py's fleet case: webhook receivers sharing one port, one waiter.

Receivers bind the same loopback port with SO_REUSEPORT, so the kernel spreads the sandbox's
connections across them as a load balancer would. They share dedupe and the result bus in Redis
and record each hand-off (event id, wall time) in a Redis list; the waiter process resolves the
jobs from the bus alone and reports every result with its wall-clock resolution time.
"""

from __future__ import annotations

import asyncio
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

    def hand_off(delivery: WebhookDelivery) -> None:
        store.rpush(HANDLED, f"{delivery.event_id} {time.time():.6f}")

    hook = WebhookReceiver(secret, dispatch=hand_off, waiter=RedisBus(redis_url), dedupe=RedisDedupeStore(redis_url))

    async def receive(request: Request) -> PlainTextResponse:
        status, text = hook.handle(await request.body(), request.headers)
        return PlainTextResponse(text, status_code=status)

    app = Starlette(routes=[Route("/hooks", receive, methods=["POST"])])
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    sock = reuseport_socket(port)
    ready.put("receiver")
    asyncio.run(server.serve(sockets=[sock]))


def waiter(redis_url: str, base_url: str, credentials: tuple[str, str, str], jobs: Queue[Any], out: Queue[Any]) -> None:
    """Add job ids as they arrive on `jobs` (None ends), then wait; report (job_id, ok, resolved wall time)."""
    client_id, client_secret, access_token = credentials
    with Cobalt(
        base_url=base_url,
        clock=time.monotonic,
        client_id=client_id,
        client_secret=client_secret,
        access_token=access_token,
    ) as cobalt:
        waiter = JobWaiter(cobalt, polling=False, bus=RedisBus(redis_url))
        out.put("ready")
        ids: list[str] = []
        while (batch := jobs.get()) is not None:
            ids.extend(batch)
            waiter.add_all(batch)
        offset = time.time() - time.monotonic()
        results = waiter.wait_all(ids, timeout=180)
        out.put(
            [
                (
                    r.job_id,
                    r.error is None and r.event is not None,
                    None if r.resolved_at is None else r.resolved_at + offset,
                    str(getattr(r.event, "created", "")),
                )
                for r in results
            ]
        )
        out.put(("tracked after", waiter.tracked))
