"""The job queue: a request touches only the jobs that are due, and SQLite reloads rebuild the queue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from cobalt_sandbox import FakeClock, SandboxConfig, create_app
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS

PARAMS: dict[str, str | int] = {"start_date": "2025-01-13", "end_date": "2025-01-17", "page_size": 20}


class CountingDict(dict[str, JSON]):
    """A collection that counts whole-collection reads (iteration, values(), items())."""

    scans = 0

    def values(self) -> Any:
        CountingDict.scans += 1
        return super().values()

    def items(self) -> Any:
        CountingDict.scans += 1
        return super().items()

    def __iter__(self) -> Any:
        CountingDict.scans += 1
        return super().__iter__()


def _task(sb: Sandbox) -> JSON:
    return {"patient_mrn": sb.store.all("patients")[0]["mrn"], "description": "queued"}


async def test_requests_do_not_scan_the_job_store(client: httpx.AsyncClient, sb: Sandbox) -> None:
    for _ in range(300):
        assert (await client.post("/tasks", json=_task(sb))).status_code == 200
    sb.advance(1)
    assert not sb.jobs.pending() and len(sb.store.all("jobs")) == 300
    sb.store.collections["jobs"] = CountingDict(sb.store.collections["jobs"])
    CountingDict.scans = 0
    for _ in range(20):
        assert (await client.get("/appointments", params=PARAMS)).status_code == 200
        assert (await client.post("/tasks", json=_task(sb))).status_code == 200
    sb.advance(1)  # the 20 new jobs finish through the queue, still without a scan
    assert CountingDict.scans == 0
    assert sb.jobs.finished == 320


async def test_due_order_and_equal_due_times_keep_submission_order(client: httpx.AsyncClient, sb: Sandbox) -> None:
    ids = [(await client.post("/tasks", json=_task(sb))).json()["job_id"] for _ in range(3)]
    assert [j["id"] for j in sb.jobs.pending()] == ids
    sb.config.job_delay = 0.5
    early = (await client.post("/tasks", json=_task(sb))).json()["job_id"]
    assert [j["id"] for j in sb.jobs.pending()] == [early, *ids]
    assert sb.advance(0.5) == 1 and sb.jobs.pending_count() == 3
    assert sb.advance(0.5) == 3 and sb.jobs.pending_count() == 0


async def test_queue_is_rebuilt_from_sqlite_and_after_reset(tmp_path: Path) -> None:
    db = str(tmp_path / "jobs.db")
    app = create_app(SandboxConfig(clock=FakeClock(), db_path=db))
    sb: Sandbox = app.state.sandbox
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS) as c:
        first = (await c.post("/tasks", json=_task(sb))).json()["job_id"]
        sb.advance(1)
        pending = [(await c.post("/tasks", json=_task(sb))).json()["job_id"] for _ in range(2)]
    sb.store.close()

    app2 = create_app(SandboxConfig(clock=FakeClock(), db_path=db))
    sb2: Sandbox = app2.state.sandbox
    assert [j["id"] for j in sb2.jobs.pending()] == pending
    assert sb2.store.get("jobs", str(first))["status"] != "pending"  # type: ignore[index]
    assert sb2.advance(2) == 2  # a fresh fake clock starts where the first did
    events = {e["job_id"] for e in sb2.events_list()}
    assert {str(first), *map(str, pending)} <= events
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app2), base_url="http://sb/v1", headers=HEADERS
    ) as c:
        await c.post("/tasks", json=_task(sb2))
        sb2.reset()
        assert sb2.jobs.pending_count() == 0 and sb2.advance(5) == 0
    sb2.store.close()


def test_sqlite_writes_only_changed_records(tmp_path: Path) -> None:
    db = str(tmp_path / "rows.db")
    app = create_app(SandboxConfig(clock=FakeClock(), db_path=db))
    sb: Sandbox = app.state.sandbox
    for n in range(200):
        sb.store.put("scratch", str(n), {"id": n, "status": "succeeded", "ctx": {"note": "x" * 50}})
    sb.store.flush()
    statements: list[str] = []
    assert sb.store._db is not None
    sb.store._db.set_trace_callback(statements.append)
    sb.store.put("scratch", "new", {"id": "new"})
    sb.store.flush()
    writes = [s for s in statements if s.startswith(("INSERT", "DELETE"))]
    assert len(writes) == 1 and '"new"' in writes[0] and len(writes[0]) < 300
    sb.store.close()
    reloaded = create_app(SandboxConfig(clock=FakeClock(), db_path=db)).state.sandbox
    assert list(reloaded.store.col("scratch"))[-2:] == ["199", "new"]
    reloaded.store.close()
