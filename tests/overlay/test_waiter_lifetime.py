"""Waiters that live for weeks: bounded memory, each caller gets only its own jobs, early events held,
and one rule for a malformed event record whether it was polled by a `Job` or by a `JobWaiter`."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from cobalt_api_client import models
from cobalt_sdk import JobEventError, JobFailedError, JobTimeoutError, JobWaiter
from cobalt_sdk import _constants as C
from cobalt_sdk._jobs import find_event
from cobalt_sdk._waiter import AsyncJobWaiter
from cobalt_sdk.webhooks import Event, UnknownEvent, parse_event

from .fakes import FakeAPI, FakeClock, event_record, events_page, json_response, make_async_client, make_client
from .test_waiter import DATA, EventLog, job_of, record


def fed(job: int, kind: str = "patient.created", seq: int = 0) -> Event:
    data = DATA if kind == "patient.created" else {"patient_id": "p", "failure_reason": "Duplicate patient"}
    return parse_event(
        {
            "id": f"evt_{job}_{seq}",
            "object": "event",
            "created": "2026-01-01T00:00:00Z",
            "type": kind,
            "job_id": str(job),
            "data": data,
        }
    )


def test_handed_back_results_leave_the_waiter() -> None:
    waiter = JobWaiter(make_client(FakeAPI()), polling=False)
    for batch in range(5):
        ids = [str(batch * 1000 + i) for i in range(1000)]
        waiter.add_all(ids)
        for job_id in ids:
            waiter.feed(fed(int(job_id)))
        results = waiter.wait_all(ids, timeout=1)
        assert [r.job_id for r in results] == ids and all(r.done for r in results)
        assert waiter.tracked == 0
    state = waiter._state
    assert len(state.recent) == C.WAITER_RECENT_RESULTS and not state.early


def test_wait_all_returns_only_the_callers_jobs() -> None:
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    waiter = JobWaiter(make_client(api, clock), poll_interval=1.0)
    log.records.append(record(1, "patient.failed"))
    first = waiter.wait_all(["1"], timeout=5)
    assert [r.job_id for r in first] == ["1"] and isinstance(first[0].error, JobFailedError)
    log.records.append(record(2))
    mine = waiter.wait_all(["2"], timeout=5)  # another caller: job 1's failure is not in its results
    assert [(r.job_id, r.error) for r in mine] == [("2", None)]
    assert waiter.wait_all(timeout=1) == []  # nothing tracked any more


def test_a_job_others_wait_for_stays_tracked_until_its_caller_takes_it() -> None:
    waiter = JobWaiter(make_client(FakeAPI()), polling=False)
    waiter.add_all(["1", "2"])
    waiter.feed(fed(1))
    waiter.feed(fed(2))
    assert [r.job_id for r in waiter.wait_all(["1"], timeout=1)] == ["1"]
    assert waiter.tracked == 1
    assert job_of(waiter.wait("2", timeout=1)) == "2"
    assert waiter.tracked == 0


def test_event_fed_before_add_resolves_the_job_with_polling_off() -> None:
    api = FakeAPI()
    waiter = JobWaiter(make_client(api), polling=False)
    assert waiter.feed(fed(7)) is False  # the webhook beat the POST's response
    result = waiter.add("7")
    assert result.done and result.source == "webhook"
    assert job_of(waiter.wait("7", timeout=0)) == "7" and api.requests == []


def test_early_events_are_bounded_in_time_and_count(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    monkeypatch.setattr(C, "WAITER_EARLY_CAPACITY", 3)
    waiter = JobWaiter(make_client(FakeAPI(), clock), polling=False)
    for job in range(1, 6):
        waiter.feed(fed(job))
    assert list(waiter._state.early) == ["3", "4", "5"]  # the oldest were dropped
    clock.now += C.WAITER_EARLY_TTL + 1
    assert not waiter.add("3").done  # held too long: not trusted any more
    with pytest.raises(JobTimeoutError):
        waiter.wait("3", timeout=0)
    waiter.feed(fed(9))
    assert list(waiter._state.early) == ["9"]  # expired ones leave on the next hold


def test_a_late_duplicate_of_a_handed_back_job_is_not_held() -> None:
    waiter = JobWaiter(make_client(FakeAPI()), polling=False)
    waiter.add("1")
    waiter.feed(fed(1))
    waiter.wait("1", timeout=0)
    assert waiter.feed(fed(1, seq=1)) is False and not waiter._state.early
    assert waiter.add("1").done  # re-adding answers from the recent window


def test_scans_read_back_only_to_the_oldest_pending_job() -> None:
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    waiter = JobWaiter(make_client(api, clock))

    old = waiter.add("1")
    old.started_wall -= datetime.timedelta(days=30)
    young = waiter.add("2")
    assert waiter._state.floor() < young.started_wall - datetime.timedelta(days=29)
    waiter.feed(fed(1))
    waiter.wait("1", timeout=0)
    assert waiter._state.floor() > young.started_wall - datetime.timedelta(minutes=C.WAITER_CLOCK_SLACK_MINUTES + 1)


BROKEN = event_record("patient.created", "5", {"mrn": "MRN-1"}, "evt_bad")  # no `patient_id`


def test_a_malformed_polled_record_ends_the_job_with_one_error_type() -> None:
    api = FakeAPI()
    api.on("GET", "/webhook-events", lambda r: json_response(200, events_page([BROKEN])))
    cobalt = make_client(api, FakeClock())
    with pytest.raises(JobEventError) as direct:
        find_event(cobalt.job_source, "5")
    assert (direct.value.job_id, direct.value.event_id) == ("5", "evt_bad")
    assert direct.value.field == "data.patient_id"
    waiter = JobWaiter(cobalt)
    with pytest.raises(JobEventError) as scanned:
        waiter.wait("5", timeout=5)
    assert scanned.value.event_id == "evt_bad"  # resolved at once, not skipped into a timeout


def test_job_lookup_walks_past_page_one_when_the_filter_is_ignored() -> None:
    other = [event_record("patient.created", str(j), DATA, f"evt_{j}") for j in range(100, 150)]
    mine = event_record("patient.created", "5", DATA, "evt_5")
    pages = {1: other, 2: [mine]}

    def handler(request: Any) -> Any:
        number = int(request.url.params.get("page", "1"))
        return json_response(200, events_page(pages[number], number, 2))

    api = FakeAPI()
    api.on("GET", "/webhook-events", handler)
    event = find_event(make_client(api).job_source, "5")
    assert job_of(event) == "5"
    assert [r.url.params.get("page", "1") for r in api.requests] == ["1", "2"]


async def test_async_waiter_hands_back_and_holds_early_events() -> None:
    clock, api = FakeClock(), FakeAPI()
    async with make_async_client(api, clock) as cobalt:
        waiter = AsyncJobWaiter(cobalt, polling=False)
        waiter.feed(fed(3))
        waiter.add_all(["3", "4"])
        waiter.feed(fed(4, "patient.failed"))
        results = await waiter.wait_all(["3", "4"], timeout=1)
        assert results[0].done and isinstance(results[1].error, JobFailedError)
        assert waiter.tracked == 0 and api.requests == []


def test_the_event_union_covers_every_spec_event() -> None:
    import typing

    members = set(typing.get_args(Event))
    expected = {getattr(models, name) for name in models.EVENT_MODELS.values()} | {UnknownEvent}
    assert members == expected


def test_a_bus_waiter_looks_up_stragglers_even_with_polling_off() -> None:
    from cobalt_sdk.bus import InProcessBus

    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    bus = InProcessBus()
    waiter = JobWaiter(make_client(api, clock), polling=False, bus=bus)
    log.records.append(record(5))  # its bus message was lost, and no gap was noticed
    started = clock.now
    assert job_of(waiter.wait("5", timeout=60)) == "5"
    assert C.WAITER_FALLBACK_AFTER <= clock.now - started <= C.WAITER_FALLBACK_AFTER + 1
    assert all("job_id" in r.url.params for r in api.requests)  # lookups only, no scans
    bus.feed(fed(6))  # while subscribed, bus events reach it
    assert waiter.add("6").done
    waiter.close()
    bus.feed(fed(7))
    assert not waiter.add("7").done


def test_a_backlog_deeper_than_one_scan_is_read_by_the_next_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    from cobalt_sdk import _waiter

    monkeypatch.setattr(_waiter, "MAX_PAGES_PER_SCAN", 5)
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    waiter = JobWaiter(make_client(api, clock), page_size=10, fallback_after=1e9)
    ids = [str(j) for j in range(1, 121)]
    log.records += [record(j) for j in range(1, 121)]  # all finished before the waiter looked
    waiter.add_all(ids)
    assert waiter.poll_once() == 50  # the page budget: the newest 50
    assert waiter._state.deep_page == 6
    log.records += [record(j) for j in range(121, 126)]  # new events shift every page by 5
    waiter.add_all([str(j) for j in range(121, 126)])
    waiter.poll_once()
    results = waiter.wait_all(ids, timeout=10)
    assert all(r.done and r.source == "scan" for r in results)  # none left to per-job lookups
    assert waiter._state.deep_page is None


def test_a_backlog_that_exactly_fills_one_scan_leaves_nothing_to_resume(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first scan whose walk ends on the last page of its budget has read everything: the next
    scans read the newest page only, never that last page again."""
    from cobalt_sdk import _waiter

    monkeypatch.setattr(_waiter, "MAX_PAGES_PER_SCAN", 5)
    clock, api, log = FakeClock(), FakeAPI(), EventLog()
    api.on("GET", "/webhook-events", log.handler)
    waiter = JobWaiter(make_client(api, clock), page_size=10, fallback_after=1e9)
    log.records += [record(j) for j in range(1, 51)]  # five full pages, all finished before the waiter looked
    waiter.add_all([*(str(j) for j in range(1, 51)), "999"])  # 999: still running
    assert waiter.poll_once() == 50
    assert [r.url.params.get("page", "1") for r in api.requests] == ["1", "2", "3", "4", "5"]
    del api.requests[:]
    waiter.poll_once()
    assert [r.url.params.get("page", "1") for r in api.requests] == ["1"]
