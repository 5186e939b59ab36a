"""Job handles: wait for the outcome event by polling, with a fake clock."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from cobalt_api_client.models import PatientCreatedEvent, TelephoneEncounterCreatedEvent
from cobalt_sdk import AsyncCobalt, JobError, JobFailedError, JobTimeoutError

from .fakes import (
    BASE,
    CREDS,
    TE_ARGS,
    FakeAPI,
    FakeClock,
    event_record,
    events_page,
    json_response,
    make_async_client,
    make_client,
)

TE_OK = {"success": True, "message": "processing", "telephone_encounter_id": "te_1", "job_id": 12345}
TE_DATA = {
    "telephone_encounter_id": "te_1",
    "emr_encounter_id": "ECW-1",
    "patient_mrn": "MRN-123456",
    "provider_id": "12241",
    "location_id": "25",
    "assigned_to_id": "12220",
}


def events_after(polls_before: int, record: dict[str, Any] | None) -> Any:
    count = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        count["n"] += 1
        if count["n"] <= polls_before or record is None:
            return json_response(200, events_page([]))
        return json_response(200, events_page([record]))

    return handler


def te_api(record: dict[str, Any] | None, polls_before: int = 2) -> FakeAPI:
    api = FakeAPI()
    api.on("POST", "/telephone-encounters", lambda r: json_response(200, TE_OK))
    api.on("GET", "/webhook-events", events_after(polls_before, record))
    return api


def test_wait_returns_typed_success_event() -> None:
    clock = FakeClock()
    record = event_record("telephone_encounter.created", "12345", TE_DATA, "evt_1")
    api = te_api(record)
    job = make_client(api, clock).telephone_encounters.create(**TE_ARGS)
    assert job.job_id == "12345" and job.response.telephone_encounter_id == "te_1"
    event = job.wait(timeout=30, poll_interval=1.0)
    assert isinstance(event, TelephoneEncounterCreatedEvent)
    assert event.type == "telephone_encounter.created" and event.job_id == "12345"
    assert event.data.emr_encounter_id == "ECW-1"
    polls = api.calls("GET", "/webhook-events")
    assert len(polls) == 3 and all(r.url.params["job_id"] == "12345" for r in polls)
    assert clock.sleeps == [1.0, 1.0]


def test_created_patient_carries_its_mrn() -> None:
    api = FakeAPI()
    api.on("POST", "/patients", lambda r: json_response(200, {"success": True, "message": "ok", "job_id": "77"}))
    record = event_record("patient.created", "77", {"patient_id": "p1", "mrn": "MRN-555"}, "evt_2")
    api.on("GET", "/webhook-events", events_after(0, record))
    event = make_client(api).patients.create(first_name="Ada", last_name="Lovelace").wait()
    assert isinstance(event, PatientCreatedEvent) and event.data.mrn == "MRN-555"


def test_failure_event_raises_job_failed() -> None:
    data = {
        "telephone_encounter_id": "te_1",
        "patient_mrn": "MRN-123456",
        "failure_reason": "Patient MRN-123456 not found",
        "reasons": [{"code": "patient_not_found", "description": "Patient MRN-123456 not found"}],
    }
    api = te_api(event_record("telephone_encounter.failed", "12345", data, "evt_3"), polls_before=0)
    job = make_client(api).telephone_encounters.create(**TE_ARGS)
    with pytest.raises(JobFailedError) as info:
        job.wait()
    err = info.value
    assert err.job_id == "12345" and err.failure_reason == "Patient MRN-123456 not found"
    assert err.codes == ["patient_not_found"] and err.event.type == "telephone_encounter.failed"
    assert "MRN-123456" not in str(err)


def test_timeout_names_the_job_and_does_not_overrun() -> None:
    clock = FakeClock()
    api = te_api(None)
    job = make_client(api, clock).telephone_encounters.create(**TE_ARGS)
    started = clock.now
    with pytest.raises(JobTimeoutError, match="12345"):
        job.wait(timeout=5.5, poll_interval=2.0)
    assert clock.now - started <= 5.5 + 2.0
    assert clock.sleeps == [2.0, 2.0, 1.5]


def test_transient_errors_while_polling_never_lose_the_job() -> None:
    clock = FakeClock()
    api = FakeAPI()
    api.on("POST", "/telephone-encounters", lambda r: json_response(200, TE_OK))
    record = event_record("telephone_encounter.created", "12345", TE_DATA, "evt_1")

    def boom(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("reset", request=request)

    api.on(
        "GET",
        "/webhook-events",
        lambda r: json_response(503, {"success": False, "message": "down"}),
        lambda r: json_response(503, {"success": False, "message": "down"}),
        lambda r: json_response(503, {"success": False, "message": "down"}),
        boom,
        lambda r: json_response(429, {"success": False, "message": "slow down"}, {"Retry-After": "1"}),
        lambda r: json_response(200, events_page([record])),
    )
    job = make_client(api, clock, max_retries=0).telephone_encounters.create(**TE_ARGS)
    event = job.wait(timeout=60)
    assert event.job_id == "12345"


async def test_async_wait_and_cancellation() -> None:
    clock = FakeClock()
    record = event_record("telephone_encounter.created", "12345", TE_DATA, "evt_1")
    api = te_api(record, polls_before=1)
    async with make_async_client(api, clock) as cobalt:
        job = await cobalt.telephone_encounters.create(**TE_ARGS)
        event = await job.wait(timeout=10)
        assert event.data.telephone_encounter_id == "te_1"

    # Cancelling a real-time wait leaves nothing running behind it.
    api2 = te_api(None)
    real = AsyncCobalt(**CREDS, base_url=BASE, transport=httpx.MockTransport(api2))
    async with real as cobalt:
        job = await cobalt.telephone_encounters.create(**TE_ARGS)
        task = asyncio.create_task(job.wait(timeout=30, poll_interval=0.01))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        polls = len(api2.calls("GET", "/webhook-events"))
        await asyncio.sleep(0.05)
        assert len(api2.calls("GET", "/webhook-events")) == polls


def test_response_without_job_id_is_a_job_that_cannot_be_polled() -> None:
    api = FakeAPI()
    api.on("POST", "/patients", lambda r: json_response(200, {"success": True, "message": "Patient creation started"}))
    job = make_client(api).patients.create(first_name="Ada")
    assert job.job_id is None and job.response.message == "Patient creation started"
    with pytest.raises(JobError, match="no job_id"):
        job.wait()
    assert len(api.requests) == 1
