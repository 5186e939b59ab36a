"""What a user of the sandbox sees of each webhook delivery: the request sent, the attempts recorded
(GET /webhook-events/{id} `delivery_attempts`), the log line per attempt, and that it persists.

Deliveries go through the injectable transport (`Sandbox.delivery.transport`), so every answer and
network failure is scripted and nothing waits on a real socket.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from cobalt_sandbox import FakeClock, SandboxConfig, create_app, signing
from cobalt_sandbox.clock import iso
from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS

HOOK = "https://receiver.test/hook"
Answer = Callable[[httpx.Request], httpx.Response]


def answer(status: int) -> Answer:
    return lambda request: httpx.Response(status)


def fail_with(exc: type[httpx.TransportError]) -> Answer:
    def raise_(request: httpx.Request) -> httpx.Response:
        raise exc("scripted", request=request)

    return raise_


async def deliver(answers: list[Answer], db_path: str | None = None) -> tuple[Sandbox, list[httpx.Request], Any]:
    """Register a webhook, finish one job, deliver its event through `answers`; return what happened."""
    app = create_app(SandboxConfig(clock=FakeClock(), db_path=db_path, delivery_allow_hosts=("receiver.test",)))
    sb: Sandbox = app.state.sandbox
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answers.pop(0)(request) if answers else httpx.Response(200)

    sb.delivery.transport = httpx.MockTransport(handler)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS) as c:
        await c.post("/webhook", json={"webhook_url": HOOK})
        await c.post("/patients", json={"first_name": "Zoë", "last_name": "D", "dob": "2000-01-01", "sex": "female"})
        sb.advance(1)
        await sb.drain()
        event_id = sb.events_list()[-1]["event_id"]
        got = (await c.get(f"/webhook-events/{event_id}")).json()
    return sb, sent, got


async def test_delivered_request_is_a_signed_json_post() -> None:
    sb, sent, got = await deliver([answer(200)])
    (request,) = sent
    secret = sb.store.all("webhooks")[0]["secret"]
    assert request.method == "POST" and str(request.url) == HOOK
    assert request.headers["content-type"] == "application/json"
    assert request.content == signing.compact_json(got["event"]).encode()
    assert request.headers["cobalt-verification"] == signing.sign(secret, got["event"])
    assert request.headers["webhook-attempt"] == "1"
    assert isinstance(sb.clock, FakeClock) and sb.clock.sleeps == []  # no wait before a first attempt
    assert got["webhook_event"]["delivery_status"] == "success"
    assert got["delivery_attempts"] == [{"url": HOOK, "attempt": 1, "at": iso(sb.clock.now()), "status_code": 200}]


async def test_each_attempt_is_recorded() -> None:
    sb, sent, got = await deliver([answer(503), answer(204)])
    assert [r.headers["webhook-attempt"] for r in sent] == ["1", "2"]
    assert [(a["attempt"], a["status_code"]) for a in got["delivery_attempts"]] == [(1, 503), (2, 204)]
    assert all(set(a) == {"url", "attempt", "at", "status_code"} for a in got["delivery_attempts"])
    assert got["webhook_event"]["delivery_status"] == "success"
    assert isinstance(sb.clock, FakeClock) and sb.clock.sleeps == [1.0]  # the retry waits retry_delay


@pytest.mark.parametrize("status", [300, 301, 199])
async def test_a_non_2xx_answer_is_a_failed_delivery_without_retry(status: int) -> None:
    _, sent, got = await deliver([answer(status)])
    assert len(sent) == 1 and got["webhook_event"]["delivery_status"] == "failed"
    assert got["delivery_attempts"][0]["status_code"] == status


async def test_network_error_is_recorded_and_retried_once() -> None:
    _, sent, got = await deliver([fail_with(httpx.ConnectError), fail_with(httpx.ConnectError)])
    assert len(sent) == 2 and got["webhook_event"]["delivery_status"] == "failed"
    assert [(a["attempt"], a["error"]) for a in got["delivery_attempts"]] == [(1, "ConnectError"), (2, "ConnectError")]
    assert all("status_code" not in a for a in got["delivery_attempts"])


async def test_timeout_is_recorded_and_not_retried() -> None:
    _, sent, got = await deliver([fail_with(httpx.ReadTimeout)])
    assert len(sent) == 1 and got["webhook_event"]["delivery_status"] == "failed"
    assert [a["error"] for a in got["delivery_attempts"]] == ["timeout"]


async def test_each_attempt_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="cobalt_sandbox.delivery")
    sb, _, _ = await deliver([fail_with(httpx.ConnectError), answer(200)])
    event_id = sb.events_list()[-1]["event_id"]
    lines = [r.getMessage() for r in caplog.records if r.name == "cobalt_sandbox.delivery"]
    assert lines == [
        f"delivered event {event_id} attempt 1 -> ConnectError",
        f"delivered event {event_id} attempt 2 -> 200",
    ]


async def test_delivery_outcome_survives_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "state.db")
    sb, _, got = await deliver([answer(200)], db_path=db)
    event_id = got["webhook_event"]["event_id"]
    sb.store.close()
    app = create_app(SandboxConfig(clock=FakeClock(), db_path=db, delivery_allow_hosts=("receiver.test",)))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS) as c:
        again = (await c.get(f"/webhook-events/{event_id}")).json()
    app.state.sandbox.store.close()
    assert again["webhook_event"]["delivery_status"] == "success"
    assert json.dumps(again["delivery_attempts"]) == json.dumps(got["delivery_attempts"])


async def test_delivery_concurrency_is_configurable() -> None:
    from cobalt_sandbox.cli import build_config, parse_args

    assert build_config(parse_args([])).delivery_concurrency == 8
    config = build_config(parse_args(["--delivery-concurrency", "48"]))
    sb: Sandbox = create_app(
        SandboxConfig(clock=FakeClock(), delivery_concurrency=config.delivery_concurrency)
    ).state.sandbox
    slots = sb.delivery.slots()
    assert slots._value == 48  # deliveries in flight at once
    await sb.delivery.client().aclose()
