"""Two promises of webhook delivery a sandbox user relies on beyond the attempt record itself: each
attempt waits as long as the configuration says (`delivery_timeout`, then `retry_timeout`), and a
delivery rewrites only its own event's record in the SQLite state file.

Deliveries go through a scripted transport (`Sandbox.delivery.transport`); nothing is dialled.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from starlette.applications import Starlette

from cobalt_sandbox import FakeClock, SandboxConfig, create_app, delivery
from cobalt_sandbox.state import Sandbox
from tests.task_sets import CheckedTasks

from .tests_sandbox_helpers import HEADERS

HOOK = "http://127.0.0.1:9/hook"
PATIENT = {"first_name": "Ada", "last_name": "L", "dob": "2000-01-01", "sex": "female"}


async def _run(app: Starlette, sb: Sandbox, answers: list[int], events: int = 1) -> list[httpx.Request]:
    """Register HOOK (once), finish `events` jobs, deliver their events answering `answers` (then 200s)."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(answers.pop(0) if answers else 200)

    sb.delivery.transport = httpx.MockTransport(handler)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS) as c:
        if not sb.store.all("webhooks"):
            assert (await c.post("/webhook", json={"webhook_url": HOOK})).status_code == 200
        for _ in range(events):
            assert (await c.post("/patients", json=PATIENT)).status_code == 200
    sb.advance(1)
    await sb.drain()
    return sent


async def test_each_attempt_waits_as_long_as_configured() -> None:
    app = create_app(SandboxConfig(clock=FakeClock(), job_delay=1.0, delivery_timeout=2.5, retry_timeout=7.0))
    sb: Sandbox = app.state.sandbox
    first, retry = await _run(app, sb, [503, 200])
    assert [r.headers["webhook-attempt"] for r in (first, retry)] == ["1", "2"]
    assert first.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert retry.extensions["timeout"] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    await sb.stop()


async def test_a_delivery_rewrites_only_its_own_events_record(tmp_path: Path) -> None:
    db = str(tmp_path / "state.db")
    app = create_app(SandboxConfig(clock=FakeClock(), job_delay=1.0, db_path=db))
    sb: Sandbox = app.state.sandbox
    await _run(app, sb, [], events=4)  # earlier events, already delivered
    assert sb.store._db is not None
    statements: list[str] = []
    sb.store._db.set_trace_callback(statements.append)
    await _run(app, sb, [])
    sb.store._db.set_trace_callback(None)
    event_id = str(sb.events_list()[-1]["event_id"])
    writes = [s for s in statements if s.startswith(("INSERT", "DELETE")) and "'webhook_events'" in s]
    assert writes and all(f"'{event_id}'" in s for s in writes)  # never the other four, never a DELETE of all
    assert '"delivery_status":"success"' in writes[-1].replace(" ", "")
    await sb.stop()
    reopened: Sandbox = create_app(SandboxConfig(clock=FakeClock(), db_path=db)).state.sandbox
    record = reopened.store.get("webhook_events", event_id)
    assert record is not None and record["delivery_status"] == "success"
    assert [a["status_code"] for a in record["_deliveries"]] == [200]
    reopened.store.close()


async def test_latency_is_the_requests_time_in_milliseconds(monkeypatch: pytest.MonkeyPatch) -> None:
    """From sending the request to its answer, in ms to one decimal (a scripted performance counter)."""
    app = create_app(SandboxConfig(clock=FakeClock(), job_delay=1.0))
    sb: Sandbox = app.state.sandbox
    readings = iter([100.0, 100.25, 200.0, 200.0123])  # each attempt reads the counter twice

    def perf_counter() -> float:
        return next(readings)

    monkeypatch.setattr(delivery, "time", SimpleNamespace(perf_counter=perf_counter))  # delivery's own clock only
    await _run(app, sb, [503, 200])
    record = sb.store.get("webhook_events", str(sb.events_list()[-1]["event_id"]))
    assert record is not None
    assert [d["latency_ms"] for d in record["_delivery_details"].values()] == [250.0, 12.3]
    await sb.stop()


async def test_drain_ends_when_a_finished_delivery_is_still_listed() -> None:
    """On 3.12+ awaiting tasks that have all finished may not yield to the loop, so their done callbacks
    (which take them off the list) have not run: drain itself must not wait for those callbacks."""
    app = create_app(SandboxConfig(clock=FakeClock(), job_delay=1.0))
    sb: Sandbox = app.state.sandbox
    sent = await _run(app, sb, [])
    assert len(sent) == 1
    finished = asyncio.get_running_loop().create_task(asyncio.sleep(0))
    await finished
    sb.delivery.tasks = CheckedTasks({finished})  # finished, and its callback would never take it off
    await sb.drain()
    assert not sb.delivery.tasks
    await sb.stop()


async def test_a_cancelled_drain_leaves_the_deliveries_running() -> None:
    app = create_app(SandboxConfig(clock=FakeClock(), job_delay=1.0))
    sb: Sandbox = app.state.sandbox
    release = asyncio.Event()
    answered: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await release.wait()
        answered.append(request.headers["webhook-id"])
        return httpx.Response(200)

    sb.delivery.transport = httpx.MockTransport(handler)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS) as c:
        assert (await c.post("/webhook", json={"webhook_url": HOOK})).status_code == 200
        assert (await c.post("/patients", json=PATIENT)).status_code == 200
    sb.advance(1)
    waiting = asyncio.get_running_loop().create_task(sb.drain())
    for _ in range(20):  # until the delivery waits on its answer (a bounded number of loop turns)
        await asyncio.sleep(0)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert answered == [] and sb.delivery.tasks  # still running
    release.set()
    await sb.drain()
    assert len(answered) == 1
    assert sb.events_list()[-1]["delivery_status"] == "success"
    await sb.stop()
