"""Job handles and the waiter against the real sandbox, in-process, on the sandbox's fake clock."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import httpx
import pytest

from cobalt_api_client.models import PatientCreatedEvent
from cobalt_sandbox import FakeClock, SandboxConfig, create_app
from cobalt_sandbox.state import Sandbox
from cobalt_sdk import AsyncCobalt, JobFailedError
from cobalt_sdk._waiter import AsyncJobWaiter


@pytest.fixture
def sandbox() -> Iterator[tuple[Sandbox, AsyncCobalt]]:
    clock = FakeClock(start=datetime.datetime.now(datetime.UTC).timestamp())
    app = create_app(SandboxConfig(job_delay=2.0, clock=clock))
    sb: Sandbox = app.state.sandbox

    async def sleep(seconds: float) -> None:  # the SDK's waits move the sandbox's clock
        sb.advance(seconds)

    client = AsyncCobalt(
        client_id="ci_sandbox",
        client_secret="cs_sandbox",
        access_token="at_sandbox",
        base_url="http://sandbox.test/v1",
        transport=httpx.ASGITransport(app=app),
        sleep=sleep,
        clock=clock.now,
    )
    yield sb, client


async def test_created_patient_gets_an_mrn_and_is_listed(sandbox: tuple[Sandbox, AsyncCobalt]) -> None:
    _sb, cobalt = sandbox
    job = await cobalt.patients.create(first_name="Ada", last_name="Lovelace", dob="1985-12-10", sex="female")
    event = await job.wait(timeout=30, poll_interval=1.0)
    assert isinstance(event, PatientCreatedEvent)
    mrn = event.data.mrn
    assert isinstance(mrn, str) and mrn
    pager = await cobalt.patients.list(page_size=100)
    assert mrn in [p.mrn async for p in pager]


async def test_failed_job_raises_with_reason(sandbox: tuple[Sandbox, AsyncCobalt]) -> None:
    sb, cobalt = sandbox
    sb.fail_next_job("telephone_encounters_create", "Failed to create telephone encounter in EMR")
    provider = (await cobalt.providers.list()).providers[0]
    location = (await cobalt.locations.list()).locations[0]
    patient = (await cobalt.patients.list()).page.patients[0]
    job = await cobalt.telephone_encounters.create(
        patient_mrn=patient.mrn,
        provider_id=str(provider.ehr_id),
        location_id=str(location.ehr_id),
        assigned_to_id=str(provider.ehr_id),
    )
    with pytest.raises(JobFailedError) as info:
        await job.wait(timeout=30)
    assert info.value.failure_reason == "Failed to create telephone encounter in EMR"
    assert info.value.job_id == job.job_id


async def test_waiter_resolves_many_jobs_with_few_requests(sandbox: tuple[Sandbox, AsyncCobalt]) -> None:
    _sb, cobalt = sandbox
    waiter = AsyncJobWaiter(cobalt, poll_interval=1.0)
    jobs = [
        await cobalt.patients.create(first_name=f"P{i}", last_name="Test", dob="1990-01-01", sex="female")
        for i in range(60)
    ]
    waiter.add_all(jobs)
    results = await waiter.wait_all(timeout=60)
    assert all(r.event is not None and getattr(r.event, "job_id", None) == r.job_id for r in results)
    assert waiter.requests <= 6
