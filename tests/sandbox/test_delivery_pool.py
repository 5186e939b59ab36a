"""The sandbox's delivery client as a user of one sandbox meets it over time: deliveries sharing one
connection, one event loop after another (a module-scoped sandbox under function-scoped test loops),
a closed client, a burst of deliveries larger than `delivery_concurrency`.

The receiver is a real HTTP/1.1 server on 127.0.0.1 in a thread of its own, so it outlives each event
loop and keeps its connections alive as a real receiver would; it records the client port of every
request, so "the same connection" is "the same port". A client kept from a loop that has ended would
try to reuse a connection of that loop.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from starlette.applications import Starlette

from cobalt_sandbox import FakeClock, SandboxConfig, create_app
from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS

PATIENT = {"first_name": "Ada", "last_name": "L", "dob": "2000-01-01", "sex": "female"}


class _Hook(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the client pools the connection

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["content-length"]))
        self.server.received.append(self.headers["webhook-id"])  # type: ignore[attr-defined]
        self.server.ports.append(self.client_address[1])  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("content-length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Receiver:
    url: str
    received: list[str]  # webhook-id of every request, in order
    ports: list[int]  # the client port each one came from


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    server.daemon_threads = True
    rec = Receiver(f"http://127.0.0.1:{server.server_address[1]}/hook", [], [])
    server.received, server.ports = rec.received, rec.ports  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield rec
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _sandbox(delivery_concurrency: int | None = None) -> tuple[Starlette, Sandbox]:
    config = SandboxConfig(clock=FakeClock(), job_delay=1.0)
    if delivery_concurrency is not None:
        config = SandboxConfig(clock=FakeClock(), job_delay=1.0, delivery_concurrency=delivery_concurrency)
    app = create_app(config)
    sb: Sandbox = app.state.sandbox
    return app, sb


def _client(app: Starlette) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS)


async def _one_event(app: Starlette, sb: Sandbox, hook: str | None = None) -> str:
    """Register `hook` (if given), finish one job, wait for its delivery; returns the event's id."""
    async with _client(app) as client:
        if hook:
            assert (await client.post("/webhook", json={"webhook_url": hook})).status_code == 200
        assert (await client.post("/patients", json=PATIENT)).status_code == 200
        sb.advance(1)
        await sb.drain()
    event_id: str = sb.events_list()[-1]["event_id"]
    return event_id


def _attempts(sb: Sandbox, event_id: str) -> list[tuple[int, object]]:
    record = sb.store.get("webhook_events", event_id)
    assert record is not None
    return [(a["attempt"], a.get("status_code", a.get("error"))) for a in record["_deliveries"]]


async def test_deliveries_share_one_connection(receiver: Receiver) -> None:
    app, sb = _sandbox()
    events = [await _one_event(app, sb, receiver.url), await _one_event(app, sb), await _one_event(app, sb)]
    await sb.delivery.close()
    assert receiver.received == events
    assert len(set(receiver.ports)) == 1  # kept alive between deliveries, not one connection each


def test_one_sandbox_delivers_from_one_event_loop_after_another(receiver: Receiver) -> None:
    app, sb = _sandbox()
    first = asyncio.run(_one_event(app, sb, receiver.url))  # this loop ends with the client (and its connection) open
    second = asyncio.run(_one_event(app, sb))

    async def last() -> str:
        event_id = await _one_event(app, sb)
        await sb.delivery.close()  # in the loop the client belongs to
        return event_id

    third = asyncio.run(last())
    assert receiver.received == [first, second, third]
    for event_id in (first, second, third):
        assert _attempts(sb, event_id) == [(1, 200)]
    assert len(set(receiver.ports)) == 3  # each loop opened its own connection


async def test_a_closed_delivery_client_is_replaced(receiver: Receiver) -> None:
    app, sb = _sandbox()
    first = await _one_event(app, sb, receiver.url)
    await sb.delivery.close()
    await sb.delivery.close()  # closing twice is harmless
    second = await _one_event(app, sb)
    await sb.stop()
    assert receiver.received == [first, second]
    assert _attempts(sb, second) == [(1, 200)]
    assert receiver.ports[0] != receiver.ports[1]  # close() let the first connection go


async def test_plain_http_to_a_loopback_literal_goes_through_the_loopback_client(receiver: Receiver) -> None:
    """The sandbox's own HTTP/1.1 client takes these deliveries (httpx's pool takes the rest)."""
    app, sb = _sandbox()
    event_id = await _one_event(app, sb, receiver.url)
    assert _attempts(sb, event_id) == [(1, 200)]
    assert sum(len(kept) for kept in sb.delivery.loopback().idle.values()) == 1  # its connection, kept alive
    await sb.delivery.close()


async def test_close_before_any_delivery_is_harmless() -> None:
    _, sb = _sandbox()
    await sb.delivery.close()
    await sb.stop()


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_no_more_than_delivery_concurrency_deliveries_are_in_flight(concurrency: int) -> None:
    """A burst (one event, six webhooks) waits for a free slot instead of opening six requests at once."""
    app, sb = _sandbox(delivery_concurrency=concurrency)
    in_flight, peak, sent = 0, 0, []

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(5):  # let every other delivery task run up to its own request
            await asyncio.sleep(0)
        sent.append(request.url.path)
        in_flight -= 1
        return httpx.Response(200)

    sb.delivery.transport = httpx.MockTransport(handler)
    async with _client(app) as client:
        for n in range(6):
            await client.post("/webhook", json={"webhook_url": f"http://127.0.0.1:9/hook{n}"})
        await client.post("/patients", json=PATIENT)
        sb.advance(1)
        await sb.drain()
    await sb.delivery.close()
    assert sorted(sent) == [f"/hook{n}" for n in range(6)]
    assert peak == concurrency
