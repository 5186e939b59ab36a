"""SQLite persistence across restarts, fault injection, and the control API."""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from cobalt_sandbox import FakeClock, SandboxConfig, create_app
from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS


async def test_sqlite_survives_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "state.db")
    app = create_app(SandboxConfig(clock=FakeClock(), db_path=db))
    sb: Sandbox = app.state.sandbox
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS) as c:
        r = await c.post(
            "/patients", json={"first_name": "Per", "last_name": "Sist", "dob": "1970-01-01", "sex": "female"}
        )
        job_id = r.json()["job_id"]
        await c.post("/webhook", json={"webhook_url": "https://example.test/h"})
        sb.advance(1)
        mrn = sb.events_list()[-1]["data"]["mrn"]
    sb.store.close()

    app2 = create_app(SandboxConfig(clock=FakeClock(), db_path=db))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app2), base_url="http://sb/v1", headers=HEADERS
    ) as c:
        pats = (await c.get("/patients", params={"mrn": mrn})).json()["patients"]
        assert pats and pats[0]["last_name"] == "Sist"
        evs = (await c.get("/webhook-events", params={"job_id": job_id})).json()["webhook_events"]
        assert evs[0]["event_type"] == "patient.created"
        assert len((await c.get("/webhook")).json()["webhook_urls"]) == 1
        r = await c.post(
            "/patients", json={"first_name": "Next", "last_name": "Lovelace", "dob": "1990-01-01", "sex": "female"}
        )
        assert r.json()["job_id"] > job_id  # counters persist too
    app2.state.sandbox.store.close()


@pytest.fixture
async def pair(app: object, sb: Sandbox) -> tuple[httpx.AsyncClient, httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    return (
        httpx.AsyncClient(transport=transport, base_url="http://sb/v1", headers=HEADERS),
        httpx.AsyncClient(transport=transport, base_url="http://sb/_sandbox"),
    )


async def test_forced_429_and_500(pair: tuple[httpx.AsyncClient, httpx.AsyncClient]) -> None:
    api, ctl = pair
    await ctl.post("/faults", json={"force_429": 1, "retry_after": 3})
    r = await api.get("/providers")
    assert r.status_code == 429 and r.headers["retry-after"] == "3" and r.json()["success"] is False
    assert (await api.get("/providers")).status_code == 200
    await ctl.post("/faults", json={"error_rate": 1.0})
    r = await api.get("/providers")
    assert r.status_code == 500 and r.json()["success"] is False
    await ctl.delete("/faults")
    assert (await api.get("/providers")).status_code == 200


async def test_rate_limit(pair: tuple[httpx.AsyncClient, httpx.AsyncClient]) -> None:
    api, ctl = pair
    await ctl.post("/faults", json={"rate_limit": 2})
    codes = [(await api.get("/visit-types")).status_code for _ in range(3)]
    assert codes == [200, 200, 429]


async def test_latency(pair: tuple[httpx.AsyncClient, httpx.AsyncClient]) -> None:
    api, ctl = pair
    await ctl.post("/faults", json={"latency": 0.05})
    t0 = time.perf_counter()
    await api.get("/visit-types")
    assert time.perf_counter() - t0 >= 0.05


async def test_control_jobs_and_clock(pair: tuple[httpx.AsyncClient, httpx.AsyncClient], sb: Sandbox) -> None:
    api, ctl = pair
    await ctl.post("/jobs/fail-next", json={"kind": "tasks_create", "reason": "EHR busy"})
    mrn = sb.store.all("patients")[0]["mrn"]
    r = await api.post("/tasks", json={"patient_mrn": mrn, "description": "x"})
    state = (await ctl.get("/state")).json()
    assert state["pending_jobs"] == 1 and state["fake_clock"] is True
    adv = (await ctl.post("/clock/advance", json={"seconds": 1})).json()
    assert adv["completed_jobs"] == 1
    ev = (await api.get("/webhook-events", params={"job_id": r.json()["job_id"]})).json()["webhook_events"][0]
    assert ev["event_type"] == "task.failed" and ev["data"]["failure_reason"] == "EHR busy"
    r = await ctl.post("/tokens/at_sandbox/expire")
    assert r.json()["event"]["type"] == "access_token.login_required"
    assert (await api.get("/webhook-events")).status_code == 403
    await ctl.post("/reset")
    assert (await api.get("/webhook-events")).json()["webhook_events"] == []


async def test_fail_rate(clock: FakeClock) -> None:
    app = create_app(SandboxConfig(clock=clock, fail_rate=1.0))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS) as c:
        await c.post(
            "/patients", json={"first_name": "F", "last_name": "Lovelace", "dob": "1990-01-01", "sex": "female"}
        )
        app.state.sandbox.advance(1)
        assert app.state.sandbox.events_list()[-1]["event_type"] == "patient.failed"


async def test_dropped_connection_over_uvicorn(clock: FakeClock) -> None:
    app = create_app(SandboxConfig(clock=clock))
    app.state.faults.update(force_drop=1)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="critical"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        await asyncio.sleep(0.01)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}/v1", headers=HEADERS) as c:
            with pytest.raises(httpx.TransportError):
                await c.get("/visit-types")
            assert (await c.get("/visit-types")).status_code == 200
    finally:
        server.should_exit = True
        await task
