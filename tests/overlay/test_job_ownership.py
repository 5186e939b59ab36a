"""A job only ever resolves with its own event, even when the server returns others' events.

The fake below does NOT filter `GET /webhook-events` by `job_id` (Cobalt and the sandbox do): it
answers every query with another job's success event and a success event without any `job_id`
in front of the job's own event, a failure. A job that took either decoy would report success.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cobalt_sdk import JobFailedError, JobWaiter
from cobalt_sdk._waiter import AsyncJobWaiter

from .fakes import (
    TE_ARGS,
    TE_DATA,
    FakeAPI,
    FakeClock,
    event_record,
    events_page,
    json_response,
    make_async_client,
    make_client,
)

JOB = "12345"
TE_OK = {"success": True, "message": "processing", "telephone_encounter_id": "te_1", "job_id": int(JOB)}


def _without_job_id(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "job_id"}


APPT_DATA = {
    "appointment_id": "a1",
    "mrn": "MRN-2",
    "date_time": "2024-03-14T10:00:00Z",
    "timezone": "UTC",
    "provider_id": "1",
    "provider_name": "Dr. A",
}
DECOYS = [
    # an event type whose schema allows no job_id: it parses, so only its missing job_id can exclude it
    _without_job_id(event_record("appointment.created", "0", APPT_DATA, "evt_no_job")),
    event_record("telephone_encounter.created", "999", TE_DATA, "evt_other_job"),
]
OWN = event_record("telephone_encounter.failed", JOB, {**TE_DATA, "failure_reason": "EHR down"}, "evt_own")


def unfiltered(request: httpx.Request) -> httpx.Response:
    """Every query, whatever its `job_id`, gets the decoys first and then the job's own event."""
    return json_response(200, events_page([*DECOYS, OWN]))


def api() -> FakeAPI:
    fake = FakeAPI()
    fake.on("POST", "/telephone-encounters", lambda r: json_response(200, TE_OK))
    fake.on("GET", "/webhook-events", unfiltered)
    return fake


def test_job_poll_skips_other_jobs_and_job_less_records() -> None:
    job = make_client(api()).telephone_encounters.create(**TE_ARGS)
    with pytest.raises(JobFailedError) as info:
        job.poll()
    assert info.value.job_id == JOB and info.value.event.id == "evt_own"


def test_job_poll_sees_nothing_when_only_others_events_exist() -> None:
    fake = api()
    fake.on("GET", "/webhook-events", lambda r: json_response(200, events_page(DECOYS)))
    clock = FakeClock()
    job = make_client(fake, clock).telephone_encounters.create(**TE_ARGS)
    assert job.poll() is None


async def test_async_job_poll_skips_other_jobs_and_job_less_records() -> None:
    async with make_async_client(api()) as cobalt:
        job = await cobalt.telephone_encounters.create(**TE_ARGS)
        with pytest.raises(JobFailedError) as info:
            await job.wait(timeout=5)
    assert info.value.event.id == "evt_own"


def _lookup_only(request: httpx.Request) -> httpx.Response:
    # The shared scan (by date) finds only the decoys; the per-job lookup finds all, unfiltered.
    if "job_id" in request.url.params:
        return unfiltered(request)
    return json_response(200, events_page(DECOYS))


def test_waiter_lookup_and_scan_resolve_only_with_the_jobs_own_event() -> None:
    clock, fake = FakeClock(), api()
    fake.on("GET", "/webhook-events", _lookup_only)
    waiter = JobWaiter(make_client(fake, clock), fallback_after=2.0)
    result = waiter.add(JOB)
    waiter.wait_all(timeout=10)
    assert isinstance(result.error, JobFailedError) and result.error.event.id == "evt_own"
    assert result.source == "lookup"


def test_waiter_scan_ignores_decoys() -> None:
    clock, fake = FakeClock(), api()
    waiter = JobWaiter(make_client(fake, clock))
    result = waiter.add(JOB)
    waiter.wait_all(timeout=10)
    assert isinstance(result.error, JobFailedError) and result.source == "scan"


async def test_async_waiter_lookup_resolves_only_with_the_jobs_own_event() -> None:
    clock, fake = FakeClock(), api()
    fake.on("GET", "/webhook-events", _lookup_only)
    async with make_async_client(fake, clock) as cobalt:
        waiter = AsyncJobWaiter(cobalt, fallback_after=2.0)
        result = waiter.add(JOB)
        await waiter.wait_all(timeout=10)
    assert isinstance(result.error, JobFailedError) and result.error.event.id == "evt_own"
    assert result.source == "lookup"
