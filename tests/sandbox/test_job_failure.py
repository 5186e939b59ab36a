"""A job whose finishing raises fails once, with its failure event, and never breaks another request."""

from __future__ import annotations

import httpx
import pytest

from cobalt_sandbox.jobs import FINISH_ERROR, Finish, Outcome, failure_events
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Sandbox

WEEK = {"start_date": "2025-01-13", "end_date": "2025-01-17"}


def _break_shifts(sb: Sandbox, ehr_id: str = "1000") -> None:
    """Store a shift that matches a loose pattern but is no time, as a PATCH once could."""
    prov = sb.find("providers", ehr_id=ehr_id)
    assert prov is not None
    for hours in prov["hours"]:
        hours["shifts"] = [{"start": "T09:00:00", "end": "T24:00:00"}]


async def _all_fine(client: httpx.AsyncClient) -> None:
    for path, params in (("/providers", {}), ("/appointments", WEEK), ("/availability", WEEK)):
        r = await client.get(path, params=params)
        assert r.status_code == 200, (path, r.status_code)


async def test_bad_stored_shift_does_not_break_availability(client: httpx.AsyncClient, sb: Sandbox) -> None:
    _break_shifts(sb)
    r = await client.get("/availability", params=WEEK)
    assert r.status_code == 200
    found = r.json()["results"]["availability"]
    assert found and all(slot["provider_id"] != "1000" for slot in found)  # the others still offer slots


async def test_failing_completer_fails_its_job_once(
    client: httpx.AsyncClient, sb: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str | None] = []

    def explode(job: JSON, failure: str | None) -> Outcome:
        calls.append(failure)
        raise RuntimeError("boom")

    monkeypatch.setitem(sb.jobs.completers, "tasks_create", explode)
    mrn = sb.store.all("patients")[0]["mrn"]
    job_id = (await client.post("/tasks", json={"patient_mrn": mrn, "description": "d"})).json()["job_id"]
    ok = (
        await client.post(
            "/telephone-encounters",
            json={"patient_mrn": mrn, "provider_id": "1000", "location_id": "2450", "assigned_to_id": "1000"},
        )
    ).json()["job_id"]
    sb.advance(1)
    for _ in range(3):
        await _all_fine(client)
    assert calls == [None, FINISH_ERROR]  # run once, asked once for its failure outcome, never re-run
    job = sb.store.get("jobs", str(job_id))
    assert job is not None and job["status"] == "failed" and job["error"] == FINISH_ERROR
    r = await client.get("/webhook-events", params={"job_id": job_id})
    events = r.json()["webhook_events"]
    assert [e["event_type"] for e in events] == ["task.failed"]
    assert events[0]["data"]["failure_reason"] == FINISH_ERROR
    other = (await client.get("/webhook-events", params={"job_id": ok})).json()["webhook_events"]
    assert [e["event_type"] for e in other] == ["telephone_encounter.created"]


async def test_failing_fetch_job_reports_failure_and_spares_every_request(
    client: httpx.AsyncClient, sb: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's scenario: an availability fetch job falls due and its completion raises."""
    real: Finish = sb.jobs.completers["availability_fetch"]

    def fragile(job: JSON, failure: str | None) -> Outcome:
        if failure is None:
            raise ValueError("Invalid isoformat string: '24:00:00'")
        return real(job, failure)

    monkeypatch.setitem(sb.jobs.completers, "availability_fetch", fragile)
    _break_shifts(sb)
    r = await client.post("/availability/fetch", json={**WEEK, "end_date": "2025-01-13", "provider_ids": ["1000"]})
    job_id = r.json()["job_id"]
    sb.advance(1)
    for _ in range(3):
        await _all_fine(client)
    events = (await client.get("/webhook-events", params={"job_id": job_id})).json()["webhook_events"]
    assert len(events) == 1 and events[0]["event_type"] == "availability.live_fetch_completed"
    assert events[0]["data"]["success"] is False


def test_failure_event_falls_back_to_the_spec(sb: Sandbox) -> None:
    assert failure_events(sb.spec, "POST /tasks", "x")[0][0] == "task.failed"
    assert failure_events(sb.spec, "POST /patients/fetch", "x") == [
        ("patient.live_fetch_completed", {"success": False, "error": "x"})
    ]
    assert failure_events(sb.spec, "PATCH /patients/{id}", "x")[0][0] == "patient.failed"
    assert failure_events(sb.spec, "GET /nowhere", "x") == []


async def test_completer_failing_twice_still_gets_a_failure_event(
    client: httpx.AsyncClient, sb: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    def always(job: JSON, failure: str | None) -> Outcome:
        raise KeyError("ctx")

    monkeypatch.setitem(sb.jobs.completers, "patients_create", always)
    job_id = (
        await client.post("/patients", json={"first_name": "A", "last_name": "B", "dob": "1990-01-01", "sex": "female"})
    ).json()["job_id"]
    sb.advance(1)
    await _all_fine(client)
    events = (await client.get("/webhook-events", params={"job_id": job_id})).json()["webhook_events"]
    assert [e["event_type"] for e in events] == ["patient.failed"]
