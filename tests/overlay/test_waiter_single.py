"""`JobWaiter.wait(job)`: one job's outcome out of a waiter that tracks many (sync and async twins)."""

from __future__ import annotations

import pytest

from cobalt_sdk import JobFailedError, JobTimeoutError, JobWaiter
from cobalt_sdk._waiter import AsyncJobWaiter

from .fakes import FakeAPI, FakeClock, make_async_client, make_client
from .test_waiter import EventLog, job_of, record


def setup() -> tuple[FakeClock, FakeAPI, EventLog]:
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    log.records += [record(1), record(2, "patient.failed")]
    return clock, api, log


def test_wait_returns_the_jobs_own_event() -> None:
    clock, api, _ = setup()
    waiter = JobWaiter(make_client(api, clock))
    waiter.add_all(["2", "3"])
    event = waiter.wait("1", timeout=10)
    assert job_of(event) == "1" and event.type == "patient.created"
    with pytest.raises(JobFailedError) as failed:
        waiter.wait("2", timeout=10)
    assert failed.value.job_id == "2"


def test_wait_gives_up_after_its_timeout() -> None:
    clock, api, _ = setup()
    started = clock.now
    with pytest.raises(JobTimeoutError) as info:
        JobWaiter(make_client(api, clock), poll_interval=1.0).wait("9", timeout=5)
    assert (info.value.job_id, info.value.timeout) == ("9", 5)
    assert 5 <= clock.now - started <= 5 + 1.0


async def test_async_wait_returns_the_jobs_own_event_or_times_out() -> None:
    clock, api, _ = setup()
    async with make_async_client(api, clock) as cobalt:
        waiter = AsyncJobWaiter(cobalt, poll_interval=1.0)
        waiter.add_all(["2", "3"])
        event = await waiter.wait("1", timeout=10)
        assert job_of(event) == "1"
        with pytest.raises(JobFailedError):
            await waiter.wait("2", timeout=10)
        started = clock.now
        with pytest.raises(JobTimeoutError) as info:
            await waiter.wait("9", timeout=5)
        assert (info.value.job_id, info.value.timeout) == ("9", 5)
        assert 5 <= clock.now - started <= 5 + 1.0


def test_a_job_added_after_its_event_was_scanned_still_resolves() -> None:
    clock, api, _ = setup()
    waiter = JobWaiter(make_client(api, clock))
    waiter.wait("1", timeout=10)  # this scan also passes job 2's event: it is held for a later add()
    requests = waiter.requests
    with pytest.raises(JobFailedError):
        waiter.wait("2", timeout=0.5)  # shorter than any poll interval or fallback
    assert waiter.requests == requests  # resolved from the held event, no request needed
