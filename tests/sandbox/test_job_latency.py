"""`job_latency="realistic"` (`--latency realistic`): each job takes its operation's documented time,
drawn by seed, on the fake clock too; the default stays `job_delay`."""

from __future__ import annotations

from typing import Any

import pytest

from cobalt_sandbox.profiles.timing import LIVE_FETCH, NOTE, RPA_WRITE

from .profile_helpers import env

PATIENT = {"first_name": "Ada", "last_name": "Lovelace", "dob": "1985-12-10", "sex": "female"}


async def _durations(**config: Any) -> dict[str, list[float]]:
    async with env(**config) as e:
        start = e.sb.clock.now()
        appt = e.sb.store.all("appointments")[0]["id"]
        for _ in range(8):
            assert (await e.client.post("/patients", json=PATIENT)).status_code == 200
            assert (await e.client.post("/notes", json={"appointment_id": appt, "note": "ok"})).status_code == 200
            fetched = await e.client.post("/appointments/fetch", json={"search_by": "mrn", "mrn": e.mrn})
            assert fetched.status_code in (200, 202)
        out: dict[str, list[float]] = {}
        for job in e.sb.jobs.pending():
            out.setdefault(job["op_id"], []).append(job["due"] - start)
        return out


async def test_realistic_durations_stay_in_the_documented_ranges() -> None:
    found = await _durations(job_latency="realistic")
    for op_id, (low, high) in (
        ("patients_create", RPA_WRITE),
        ("notes_create", NOTE),
        ("appointments_fetch", LIVE_FETCH),
    ):
        assert len(found[op_id]) == 8
        assert all(low <= d <= high for d in found[op_id]), (op_id, found[op_id])
        assert len(set(found[op_id])) > 1  # drawn, not fixed


async def test_realistic_durations_repeat_under_a_seed() -> None:
    first = await _durations(job_latency="realistic", seed=5)
    assert await _durations(job_latency="realistic", seed=5) == first
    assert await _durations(job_latency="realistic", seed=6) != first


async def test_fast_is_the_default() -> None:
    found = await _durations()
    assert {d for ds in found.values() for d in ds} == {1.0}


@pytest.mark.parametrize("latency", ["realistic", "fast"])
async def test_the_fake_clock_finishes_realistic_jobs(latency: str) -> None:
    async with env(job_latency=latency) as e:
        job_id = (await e.client.post("/patients", json=PATIENT)).json()["job_id"]
        if latency == "realistic":
            assert e.sb.advance(RPA_WRITE[0] - 0.1) == 0  # nothing finishes before the range starts
        assert e.sb.advance(RPA_WRITE[1]) == 1
        events = (await e.client.get("/webhook-events", params={"job_id": job_id})).json()["webhook_events"]
        assert [ev["event_type"] for ev in events] == ["patient.created"]
