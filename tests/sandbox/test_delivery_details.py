"""What the sandbox shows of each delivery attempt beyond the API's record: the inspector's headers
sent, the receiver's answer and the latency (`GET /_sandbox/inspect/events/{id}`), the request as
the receiver gets it for `https://localhost`, the log line of a refused delivery, and a delivery
that crashes in the transport.

Deliveries go through a scripted transport (`Sandbox.delivery.transport`); nothing is dialled.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from cobalt_sandbox import FakeClock, SandboxConfig, create_app, signing
from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS

PATIENT = {"first_name": "Ada", "last_name": "L", "dob": "2000-01-01", "sex": "female"}
Handler = Callable[[httpx.Request], Coroutine[None, None, httpx.Response]]


async def _run(hook: str, handler: Handler) -> tuple[Sandbox, str, dict[str, Any]]:
    """Register `hook`, finish one job, deliver its event through `handler`; the inspector's view of it."""
    app: Starlette = create_app(SandboxConfig(clock=FakeClock(), job_delay=1.0))
    sb: Sandbox = app.state.sandbox
    sb.delivery.transport = httpx.MockTransport(handler)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8765") as client:
        assert (await client.post("/v1/webhook", json={"webhook_url": hook}, headers=HEADERS)).status_code == 200
        assert (await client.post("/v1/patients", json=PATIENT, headers=HEADERS)).status_code == 200
        sb.advance(1)
        await sb.drain()
        event_id = str(sb.events_list()[-1]["event_id"])
        view = await client.get(f"/_sandbox/inspect/events/{event_id}")
    assert view.status_code == 200, view.text
    event: dict[str, Any] = view.json()["event"]
    return sb, event_id, event


def answering(*responses: httpx.Response) -> Handler:
    queue = list(responses)

    async def handler(request: httpx.Request) -> httpx.Response:
        return queue.pop(0) if queue else httpx.Response(200)

    return handler


async def test_the_inspector_shows_the_headers_sent_without_host() -> None:
    sent: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    sb, event_id, event = await _run("https://localhost:9443/hook", handler)
    (request,) = sent
    (attempt,) = event["deliveries"]
    shown = attempt["headers"]
    secret = sb.verify_secrets()[0]
    assert shown == {
        "content-type": "application/json",
        "cobalt-verification": signing.sign(secret, event["envelope"]),
        "webhook-id": event_id,
        "webhook-timestamp": shown["webhook-timestamp"],
        "webhook-attempt": "1",
    }
    assert shown["webhook-timestamp"] == request.headers["webhook-timestamp"] == event["created"]
    # what went on the wire: to 127.0.0.1, still named localhost (Host header and TLS server name)
    assert str(request.url) == "https://127.0.0.1:9443/hook"
    assert request.headers["host"] == "localhost:9443"
    assert request.extensions["sni_hostname"] == "localhost"
    assert all(request.headers[name] == value for name, value in shown.items())


async def test_the_receivers_answer_is_kept_in_part_and_readable() -> None:
    long_answer = "é" * 149 + "x" * 500  # 298 bytes of "é", then "x"s: the excerpt stops at 300 bytes
    _, _, event = await _run(
        "http://127.0.0.1:9/hook",
        answering(httpx.Response(503, content=b"\xff\xfebusy"), httpx.Response(200, content=long_answer.encode())),
    )
    first, second = event["deliveries"]
    assert (first["status_code"], first["response_excerpt"]) == (503, "\ufffd\ufffdbusy")
    assert (second["status_code"], second["response_excerpt"]) == (200, "é" * 149 + "xx")
    _, _, cut = await _run(
        "http://127.0.0.1:9/hook", answering(httpx.Response(200, content=("a" + "é" * 200).encode()))
    )
    assert cut["deliveries"][0]["response_excerpt"] == "a" + "é" * 149 + "\ufffd"  # a character cut in two


async def test_latency_is_the_receivers_time_in_milliseconds() -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)  # the receiver takes (at least) 50 ms to answer
        return httpx.Response(200)

    _, _, event = await _run("http://127.0.0.1:9/hook", slow)
    (attempt,) = event["deliveries"]
    latency = attempt["latency_ms"]
    assert isinstance(latency, float) and latency == round(latency, 1)
    assert 50 <= latency < 60_000


async def test_a_refused_delivery_is_logged_with_its_reason(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="cobalt_sandbox.delivery")
    _, event_id, event = await _run("https://hooks.example.com/h", answering())
    (attempt,) = event["deliveries"]
    assert attempt["error"] == "refused"
    lines = [r.getMessage() for r in caplog.records if r.name == "cobalt_sandbox.delivery"]
    assert lines == [f"refused delivery of event {event_id}: {attempt['reason']}"]
    assert "hooks.example.com" in attempt["reason"]


async def test_a_crashing_transport_does_not_stop_drain_or_shutdown() -> None:
    """A transport bug (not an httpx error) ends that delivery; `drain()` and `stop()` still return."""
    calls = 0

    async def broken(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise RuntimeError("transport bug")

    sb, _, event = await _run("http://127.0.0.1:9/hook", broken)
    assert calls == 1 and event["deliveries"] == []
    sb.events.emit("access_token.password_change_warning", {}, token=sb.config.access_token)
    await sb.drain()
    await sb.stop()
    assert calls == 2
