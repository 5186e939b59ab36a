"""The multiplexing job waiter: one scan for all jobs, webhook feeding, duplicates, order."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cobalt_api_client.models import PatientCreatedEvent
from cobalt_sdk import JobFailedError, JobTimeoutError, JobWaiter
from cobalt_sdk._waiter import AsyncJobWaiter
from cobalt_sdk.webhooks import parse_event

from .fakes import FakeAPI, FakeClock, event_record, events_page, json_response, make_async_client, make_client

DATA = {"patient_id": "p", "mrn": "MRN-1"}


def job_of(event: object) -> str | None:
    """The job id of any event (events of the union without one, such as access-token events, give None)."""
    job_id = getattr(event, "job_id", None)
    return job_id if isinstance(job_id, str) else None


def record(job: int, kind: str = "patient.created", seq: int | None = None) -> dict[str, Any]:
    data = DATA if kind == "patient.created" else {"patient_id": "p", "failure_reason": "Duplicate patient"}
    return event_record(kind, str(job), data, f"evt_{job}_{seq if seq is not None else 0}")


class EventLog:
    """A newest-first event feed for /webhook-events that grows as jobs finish."""

    def __init__(self, page_size: int = 100) -> None:
        self.records: list[dict[str, Any]] = []
        self.page_size = page_size

    def handler(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        rows = list(reversed(self.records))
        if "job_id" in params:
            rows = [r for r in rows if r["job_id"] == params["job_id"]]
        if "start_date" in params:
            rows = [r for r in rows if r["created_at"][:10] >= params["start_date"]]
        size = int(params.get("page_size", "50"))
        page = int(params.get("page", "1"))
        total = max(1, -(-len(rows) // size))
        return json_response(200, events_page(rows[(page - 1) * size : page * size], page, total))


def test_one_scan_resolves_many_jobs() -> None:
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    cobalt = make_client(api, clock)
    waiter = JobWaiter(cobalt, poll_interval=1.0)
    waiter.add_all(range(1, 251))
    log.records += [record(j) for j in range(1, 251)]
    results = waiter.wait_all(timeout=30)
    assert all(r.done and job_of(r.event) == r.job_id for r in results)
    assert waiter.requests == 3  # 250 events in pages of 100, one scan


def test_scan_stops_at_already_seen_events() -> None:
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    waiter = JobWaiter(make_client(api, clock))
    waiter.add_all(range(1, 301))
    log.records += [record(j) for j in range(1, 201)]
    waiter.poll_once()
    first = waiter.requests
    log.records += [record(j) for j in range(201, 301)]
    waiter.poll_once()
    assert waiter.requests - first == 2  # the new 100 events + one page that meets seen ones
    assert all(r.done for r in waiter.wait_all(timeout=1))


def test_feed_resolves_without_polling_and_dedupes() -> None:
    api = FakeAPI()
    waiter = JobWaiter(make_client(api), polling=False)
    result = waiter.add("42")
    event = parse_event(
        {
            "id": "e1",
            "object": "event",
            "created": "2026-01-01T00:00:00Z",
            "type": "patient.created",
            "job_id": "42",
            "data": DATA,
        }
    )
    assert waiter.feed(event) is True
    assert waiter.feed(event) is False  # a duplicate delivery resolves nothing
    assert result.result() is event and api.requests == []


def test_failure_and_out_of_order_events() -> None:
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    waiter = JobWaiter(make_client(api, clock))
    ok, bad = waiter.add("1"), waiter.add("2")
    log.records += [record(2, "patient.failed"), record(1)]  # later job finishes first
    waiter.wait_all(timeout=5)
    assert isinstance(ok.event, PatientCreatedEvent) and ok.event.data.mrn == "MRN-1"
    with pytest.raises(JobFailedError) as info:
        bad.result()
    assert info.value.failure_reason == "Duplicate patient"


def test_polled_then_webhook_duplicate_resolves_once() -> None:
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    waiter = JobWaiter(make_client(api, clock))
    result = waiter.add("9")
    log.records.append(record(9))
    waiter.poll_once()
    first_event = result.event
    again = parse_event(
        {"id": "evt_9_0", "object": "event", "created": "x", "type": "patient.created", "job_id": "9", "data": DATA}
    )
    assert waiter.feed(again) is False and result.event is first_event


def test_timeout_for_jobs_that_never_finish() -> None:
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    waiter = JobWaiter(make_client(api, clock), poll_interval=1.0)
    done, stuck = waiter.add("1"), waiter.add("2")
    log.records.append(record(1))
    started = clock.now
    waiter.wait_all(timeout=4)
    assert done.event is not None and isinstance(stuck.error, JobTimeoutError)
    assert clock.now - started <= 4 + 1.0


def test_straggler_fallback_queries_the_job() -> None:
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    waiter = JobWaiter(make_client(api, clock), fallback_after=2.0)
    result = waiter.add("5")
    # the event is older than the scan window floor: only the per-job lookup can find it
    log.records.append(event_record("patient.created", "5", DATA, "old", created_at="2000-01-01T00:00:00Z"))
    waiter.wait_all(timeout=10)
    assert result.event is not None
    assert any(r.url.params.get("job_id") == "5" for r in api.requests)


def test_transient_errors_during_scan_are_survived() -> None:
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    log.records.append(record(3))
    api.on("GET", "/webhook-events", lambda r: json_response(503, {"success": False, "message": "x"}), log.handler)
    waiter = JobWaiter(make_client(api, clock, max_retries=0))
    result = waiter.add("3")
    waiter.wait_all(timeout=5)
    assert result.event is not None


async def test_async_waiter_feed_and_poll() -> None:
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    async with make_async_client(api, clock) as cobalt:
        waiter = AsyncJobWaiter(cobalt)
        a, b = waiter.add("1"), waiter.add("2")
        waiter.feed(
            parse_event(
                {"id": "e", "object": "event", "created": "x", "type": "patient.created", "job_id": "2", "data": DATA}
            )
        )
        log.records.append(record(1))
        await waiter.wait_all(timeout=5)
    assert a.event is not None and b.event is not None
