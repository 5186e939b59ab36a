"""`JobWaiter` and `AsyncJobWaiter` side by side: the same promise checked on both twins.

Each test is parametrized over the twin; `call()` awaits what the async one returns, so one body
states the behaviour once. The clock is fake (sleeps advance it) unless a test is about real time.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import logging
import threading
import time
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from cobalt_sdk import CobaltError, JobEventError, JobTimeoutError, JobWaiter
from cobalt_sdk import _constants as C
from cobalt_sdk._jobs import AsyncJobSource, JobSource
from cobalt_sdk._waiter import AsyncJobWaiter
from cobalt_sdk.bus import InProcessBus

from .fakes import FakeAPI, FakeClock, event_record, events_page, json_response, make_async_client, make_client
from .test_waiter import EventLog, record
from .test_waiter_lifetime import fed

TWINS = ["sync", "async"]


async def call(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def waiter_of(kind: str, api: FakeAPI, clock: FakeClock | None = None, max_retries: int = 2, **options: Any) -> Any:
    clock = clock or FakeClock()
    if kind == "sync":
        return JobWaiter(make_client(api, clock, max_retries=max_retries), **options)
    return AsyncJobWaiter(make_async_client(api, clock, max_retries=max_retries), **options)


def logged(api: FakeAPI, log: EventLog) -> FakeAPI:
    api.on("GET", "/webhook-events", log.handler)
    return api


def scans(api: FakeAPI) -> int:
    return len([r for r in api.calls("GET", "/webhook-events") if "job_id" not in r.url.params])


def lookups(api: FakeAPI) -> list[str]:
    return [r.url.params["job_id"] for r in api.calls("GET", "/webhook-events") if "job_id" in r.url.params]


def test_a_pending_result_says_so() -> None:
    result = JobWaiter(make_client(FakeAPI()), polling=False).add("42")
    with pytest.raises(CobaltError) as info:
        result.result()
    assert str(info.value) == "job 42 is still pending" and not result.done


@pytest.mark.parametrize("kind", TWINS)
async def test_poll_once_returns_how_many_jobs_it_resolved(kind: str) -> None:
    log = EventLog()
    api = logged(FakeAPI(), log)
    waiter = waiter_of(kind, api)
    assert await call(waiter.poll_once()) == 0 and waiter.requests == 0  # nothing pending: no request
    waiter.add_all(["1", "2", "3"])
    log.records += [record(1), record(2)]
    assert await call(waiter.poll_once()) == 2 and waiter.requests == 1
    assert await call(waiter.poll_once()) == 0
    assert [r.job_id for r in waiter.take(["1", "2", "3"])] == ["1", "2", "3"]
    assert waiter.tracked == 1  # the pending one stays; resolved ones were handed back


@pytest.mark.parametrize("kind", TWINS)
async def test_stragglers_are_looked_up_one_by_one_and_counted(kind: str) -> None:
    clock, log = FakeClock(), EventLog()
    api = logged(FakeAPI(), log)
    waiter = waiter_of(kind, api, clock, polling=False, fallback_after=10.0)
    waiter.add_all(["1", "2"])
    log.records += [record(1), record(2, "patient.created")]
    assert await call(waiter.look_up_stragglers()) == 0 and waiter.requests == 0  # not due yet
    clock.now += 10.0
    assert await call(waiter.look_up_stragglers()) == 2
    assert waiter.requests == 2 and sorted(lookups(api)) == ["1", "2"]
    assert [r.source for r in waiter.take(["1", "2"])] == ["lookup", "lookup"]


@pytest.mark.parametrize("kind", TWINS)
async def test_a_straggler_whose_record_is_malformed_gets_the_error(kind: str) -> None:
    clock, api = FakeClock(), FakeAPI()
    broken = event_record("patient.created", "7", {"mrn": "MRN-1"}, "evt_7")  # patient_id missing
    api.on("GET", "/webhook-events", lambda r: json_response(200, events_page([broken])))
    waiter = waiter_of(kind, api, clock, polling=False, fallback_after=0.0)
    result = waiter.add("7")
    assert await call(waiter.look_up_stragglers()) == 1
    assert isinstance(result.error, JobEventError) and result.error.job_id == "7" and result.source == "lookup"


@pytest.mark.parametrize("kind", TWINS)
async def test_a_malformed_record_in_a_scan_is_logged_and_fails_its_job(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    log = EventLog()
    log.records.append(event_record("patient.created", "7", {"mrn": "MRN-1"}, "evt_7"))
    waiter = waiter_of(kind, logged(FakeAPI(), log))
    result = waiter.add("7")
    await call(waiter.poll_once())
    assert isinstance(result.error, JobEventError) and result.source == "scan"
    assert "job 7: event evt_7 does not match its schema" in [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize("kind", TWINS)
async def test_an_unseen_event_after_a_seen_one_on_a_page_still_counts(kind: str) -> None:
    log = EventLog()
    api = logged(FakeAPI(), log)
    waiter = waiter_of(kind, api)
    waiter.add_all(["1", "2"])
    log.records.append(record(1))
    await call(waiter.poll_once())
    log.records.insert(0, record(2))  # an older-looking tie: listed after the seen event
    assert await call(waiter.poll_once()) == 1
    assert all(r.done for r in waiter.take(["1", "2"]))


@pytest.mark.parametrize("kind", TWINS)
async def test_wait_sleeps_one_interval_at_a_time_up_to_the_deadline(kind: str) -> None:
    clock = FakeClock()
    api = logged(FakeAPI(), EventLog())
    waiter = waiter_of(kind, api, clock, poll_interval=2.0)
    results = await call(waiter.wait_all(["1"], timeout=4.5))
    assert clock.sleeps == [2.0, 2.0, 0.5]
    error = results[0].error
    assert isinstance(error, JobTimeoutError) and (error.job_id, error.timeout) == ("1", 4.5)
    with pytest.raises(JobTimeoutError) as info:
        await call(waiter.wait("2", timeout=2.5))
    assert info.value.job_id == "2" and info.value.timeout == 2.5
    assert clock.sleeps[3:] == [2.0, 0.5]


@pytest.mark.parametrize("kind", TWINS)
async def test_wait_all_without_jobs_waits_for_every_tracked_job(kind: str) -> None:
    log = EventLog()
    waiter = waiter_of(kind, logged(FakeAPI(), log))
    waiter.add_all(["1", "2"])
    log.records += [record(1), record(2)]
    results = await call(waiter.wait_all(timeout=10.0))
    assert [r.job_id for r in results] == ["1", "2"] and all(r.done for r in results)
    assert waiter.tracked == 0
    log.records.append(record(3))
    assert (await call(waiter.wait("3", timeout=10.0))).job_id == "3"


@pytest.mark.parametrize("kind", TWINS)
async def test_a_transient_error_while_polling_is_logged_and_waiting_goes_on(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    log = EventLog()
    api = FakeAPI()
    api.on("GET", "/webhook-events", lambda r: json_response(503, {}), log.handler)
    waiter = waiter_of(kind, api, poll_interval=1.0, max_retries=0)
    log.records.append(record(1))
    caplog.set_level(logging.INFO, "cobalt_sdk")
    [result] = await call(waiter.wait_all(["1"], timeout=30.0))
    assert result.done and result.error is None
    assert "job waiter: transient error while polling (InternalServerError)" in [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize("kind", TWINS)
async def test_a_gap_in_the_bus_triggers_one_scan_with_polling_off(kind: str) -> None:
    clock, log = FakeClock(), EventLog()
    api = logged(FakeAPI(), log)
    bus = InProcessBus()
    waiter = waiter_of(kind, api, clock, polling=False, bus=bus, poll_interval=1.0, page_size=7)
    waiter.add("1")
    await call(waiter.wait_all(["1"], timeout=2.0))
    assert scans(api) == 0  # polling off, no gap: no scan
    waiter.gap()
    log.records.append(record(2))
    await call(waiter.wait_all(["2"], timeout=3.0))
    assert scans(api) == 1  # the gap's scan, once
    assert api.calls("GET", "/webhook-events")[0].url.params["page_size"] == "7"
    bus.feed(fed(4))
    [result] = await call(waiter.wait_all(["4"], timeout=0))
    assert result.source == "webhook"  # the subscription feeds this waiter
    waiter.close()
    waiter.close()  # twice is harmless
    bus.feed(fed(5))
    assert waiter.add("5").done is False  # no longer subscribed


@pytest.mark.parametrize("kind", TWINS)
async def test_with_a_bus_and_polling_off_stragglers_are_still_looked_up(kind: str) -> None:
    clock, log = FakeClock(), EventLog()
    api = logged(FakeAPI(), log)
    waiter = waiter_of(kind, api, clock, polling=False, bus=InProcessBus(), poll_interval=1.0, fallback_after=2.0)
    log.records.append(record(1))
    [result] = await call(waiter.wait_all(["1"], timeout=10.0))
    assert result.source == "lookup" and lookups(api) == ["1"] and scans(api) == 0
    plain = waiter_of(kind, logged(FakeAPI(), log), FakeClock(), polling=False, poll_interval=1.0, fallback_after=2.0)
    [result] = await call(plain.wait_all(["1"], timeout=3.0))
    assert isinstance(result.error, JobTimeoutError)  # no bus, polling off: only feed() resolves


@pytest.mark.parametrize("kind", TWINS)
async def test_an_early_event_is_held_for_exactly_its_ttl(kind: str) -> None:
    clock = FakeClock()
    waiter = waiter_of(kind, FakeAPI(), clock, polling=False)
    waiter.feed(fed(1))
    clock.now += C.WAITER_EARLY_TTL
    waiter.feed(fed(2))  # another early event: the held ones are checked for age
    assert waiter.add("1").done  # held exactly the TTL: still resolves its job
    clock.now += 0.001
    waiter.feed(fed(3))
    assert waiter.add("2").done


# --- real time: a fed event ends the wait early ----------------------------------------------


def real_time_waiter(kind: str, api: FakeAPI, **options: Any) -> Any:
    """A waiter on the real clock and real sleeps (its wake-ups are what a test is about)."""
    if kind == "sync":
        return JobWaiter(JobSource(make_client(api).webhook_events.list, time.monotonic, time.sleep), **options)
    source = AsyncJobSource(make_async_client(api).webhook_events.list, time.monotonic, asyncio.sleep)
    return AsyncJobWaiter(source, **options)


def test_real_time_waiter_wakes_on_feed() -> None:
    waiter = real_time_waiter("sync", logged(FakeAPI(), EventLog()), polling=False, poll_interval=30.0)
    waiter.add("1")
    threading.Timer(0.05, lambda: waiter.feed(fed(1))).start()
    started = time.monotonic()
    [result] = waiter.wait_all(["1"], timeout=20.0)
    assert result.done and time.monotonic() - started < 10.0
    timed_out = waiter.wait_all(["2"], timeout=0.05)  # a real sleep of what is left, then the timeout
    assert isinstance(timed_out[0].error, JobTimeoutError)


async def test_real_time_async_waiter_wakes_on_feed_from_a_thread() -> None:
    waiter = real_time_waiter("async", logged(FakeAPI(), EventLog()), polling=False, poll_interval=30.0)
    waiter.add("1")
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, lambda: loop.run_in_executor(None, waiter.feed, fed(1)))  # another thread feeds
    started = time.monotonic()
    [result] = await waiter.wait_all(["1"], timeout=20.0)
    assert result.done and time.monotonic() - started < 10.0
    waiter.add("2")
    loop.call_later(0.05, lambda: waiter.feed(fed(2)))  # the loop's own thread feeds
    [result] = await waiter.wait_all(["2"], timeout=20.0)
    assert result.done and time.monotonic() - started < 15.0
    timed_out = await waiter.wait_all(["3"], timeout=0.05)
    assert isinstance(timed_out[0].error, JobTimeoutError)


@pytest.mark.parametrize("kind", TWINS)
async def test_real_time_scans_keep_their_interval_when_another_jobs_event_wakes_the_wait(kind: str) -> None:
    """One scan per interval, even when a fed event resolves another job mid-interval: the wake-up
    ends the sleep only of a wait it finishes. Real sleeps never end early otherwise, so in 0.75 s
    at 0.3 s apart there are at most 3 scans (at 0, 0.3 and 0.6 s), however loaded the machine; a
    sleep cut short by the other job's event (at 0.05 s) would add a fourth, and one that does not
    sleep at all many more."""
    api = logged(FakeAPI(), EventLog())
    waiter = real_time_waiter(kind, api, poll_interval=0.3)
    waiter.add_all(["1", "2"])
    feeder = threading.Timer(0.05, lambda: waiter.feed(fed(2)))
    feeder.start()
    started = time.monotonic()
    [result] = await call(waiter.wait_all(["1"], timeout=0.75))
    feeder.join()
    assert isinstance(result.error, JobTimeoutError)  # job 1 never finishes
    assert time.monotonic() - started >= 0.75  # the wait lasted its whole timeout
    assert 1 <= scans(api) <= 3
    [other] = waiter.take(["2"])
    assert other.done and other.source == "webhook"  # what feed() resolves is a delivered webhook


def test_feed_before_any_wait_is_safe_for_the_async_twin() -> None:
    waiter = AsyncJobWaiter(make_async_client(FakeAPI()), polling=False)
    result = waiter.add("1")
    assert waiter.feed(fed(1)) is True and result.done  # no loop yet: nothing to wake
    waiter.gap()


# --- the scan floor --------------------------------------------------------------------------


class Rec:
    """A record object of a custom `JobSource` (attributes plus `to_dict()`), time under `name`."""

    def __init__(self, n: int, created: Any, name: str = "created_at") -> None:
        self.event_id, self.job_id, self.event_type = f"evt_{n}", str(n), "patient.created"
        self.data = {"patient_id": "p", "mrn": "MRN-1"}
        setattr(self, name, created)

    def to_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "event_type": self.event_type, "job_id": self.job_id, "data": self.data}


def paged(records_by_page: list[list[Any]]) -> tuple[JobSource, list[int]]:
    asked: list[int] = []

    def list_events(**query: Any) -> Any:
        asked.append(query["page"])
        rows = records_by_page[query["page"] - 1] if query["page"] <= len(records_by_page) else []
        return SimpleNamespace(
            webhook_events=rows,
            pagination=SimpleNamespace(current_page=query["page"], total_pages=len(records_by_page)),
        )

    return JobSource(list_events, FakeClock(), lambda s: None), asked


OLD = "2020-01-01T00:00:00Z"


@pytest.mark.parametrize(
    "old",
    [Rec(90, OLD), Rec(90, OLD, "created"), Rec(90, datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))],
    ids=["created_at text", "created text", "created_at datetime"],
)
def test_a_page_of_events_older_than_the_oldest_pending_job_ends_the_scan(old: Any) -> None:
    source, asked = paged([[old, Rec(91, OLD)], [Rec(92, OLD)], [Rec(93, OLD)]])
    waiter = JobWaiter(source)
    waiter.add("93")
    waiter.poll_once()
    assert asked == [1]


def test_events_of_unknown_age_keep_the_scan_walking() -> None:
    now = datetime.datetime.now(datetime.UTC).isoformat()
    for undated in (Rec(90, None), Rec(90, "not a time"), Rec(90, datetime.datetime(2020, 1, 1))):
        source, asked = paged([[undated], [Rec(92, now)], [Rec(93, OLD)]])
        waiter = JobWaiter(source)
        result = waiter.add("92")
        waiter.poll_once()
        assert asked == [1, 2, 3] and result.done


def test_a_page_without_pagination_is_read_alone() -> None:
    def list_events(**query: Any) -> Any:
        return SimpleNamespace(webhook_events=[Rec(1, OLD)] if query["page"] == 1 else [])

    waiter = JobWaiter(JobSource(list_events, FakeClock(), lambda s: None))
    result = waiter.add("1")
    waiter.poll_once()
    assert result.done and result.source == "scan"


# --- results, take and add -------------------------------------------------------------------


def test_add_needs_a_job_or_an_id() -> None:
    waiter = JobWaiter(make_client(FakeAPI()), polling=False)
    for bad in (object(), None, SimpleNamespace(job_id=None)):
        with pytest.raises(CobaltError) as info:
            waiter.add(bad)  # type: ignore[call-overload]
        assert str(info.value) == "JobWaiter.add() needs a job handle or a job id"


@pytest.mark.parametrize("kind", TWINS)
async def test_results_record_when_and_how_they_resolved(kind: str) -> None:
    clock = FakeClock()
    waiter = waiter_of(kind, FakeAPI(), clock, polling=False)
    result = waiter.add("1")
    assert result.started == clock.now
    clock.now += 5.0
    waiter.feed(fed(1))
    assert (result.resolved_at, result.source) == (clock.now, "webhook")


@pytest.mark.parametrize("kind", TWINS)
async def test_take_hands_back_once_and_answers_again_from_memory(kind: str) -> None:
    waiter = waiter_of(kind, FakeAPI(), polling=False)
    first = waiter.add("1")
    waiter.feed(fed(1))
    assert waiter.take(["unknown", "1"]) == [first]
    assert waiter.take(["1"]) == [first]  # handed back: answered from the recent results
    assert waiter.tracked == 0 and waiter.add("1") is first


@pytest.mark.parametrize("kind", TWINS)
async def test_recent_results_forget_the_oldest_first(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(C, "WAITER_RECENT_RESULTS", 2)
    waiter = waiter_of(kind, FakeAPI(), polling=False)
    results = {}
    for job in (1, 2, 3):
        results[job] = waiter.add(str(job))
        waiter.feed(fed(job))
        waiter.take([str(job)])
    assert waiter.add("3") is results[3] and waiter.add("2") is results[2]
    assert waiter.add("1") is not results[1]  # forgotten: tracked afresh


@pytest.mark.parametrize("kind", TWINS)
async def test_an_event_without_a_job_id_resolves_nothing(kind: str) -> None:
    from cobalt_sdk.webhooks import parse_event

    from .test_waiter import DATA

    waiter = waiter_of(kind, FakeAPI(), polling=False)
    waiter.add("1")
    no_job = parse_event({"id": "e", "object": "event", "created": "2026-01-01T00:00:00Z", "type": "x.y", "data": DATA})
    assert waiter.feed(no_job) is False
    assert waiter.feed(SimpleNamespace(type="patient.created")) is False  # no job_id attribute at all


@pytest.mark.parametrize("kind", TWINS)
async def test_a_batch_resolved_at_once_returns_without_sleeping(kind: str) -> None:
    clock, log = FakeClock(), EventLog()
    waiter = waiter_of(kind, logged(FakeAPI(), log), clock, poll_interval=1.0)
    log.records += [record(1), record(2)]
    results = await call(waiter.wait_all(["1", "2"], timeout=10.0))
    assert all(r.done for r in results) and clock.sleeps == []
    log.records.append(record(3))
    assert (await call(waiter.wait("3", timeout=10.0))).job_id == "3" and clock.sleeps == []
    already = waiter.add("4")
    waiter.feed(fed(4))
    await call(waiter.wait_all(["4"], timeout=10.0))
    assert clock.sleeps == [] and waiter.requests == 2  # an already resolved job needs no scan
    assert waiter._state.watches == []  # no watch outlives its wait_all
    assert already.done


@pytest.mark.parametrize("kind", TWINS)
async def test_a_timeout_leaves_the_resolved_jobs_of_the_batch_alone(kind: str) -> None:
    log = EventLog()
    waiter = waiter_of(kind, logged(FakeAPI(), log), poll_interval=1.0)
    log.records.append(record(1))
    one, two = await call(waiter.wait_all(["1", "2"], timeout=3.0))
    assert one.error is None and one.event is not None
    assert isinstance(two.error, JobTimeoutError) and two.error.job_id == "2"


@pytest.mark.parametrize("kind", TWINS)
async def test_poll_once_counts_jobs_resolved_by_lookups_too(kind: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        job_id = request.url.params.get("job_id")
        return json_response(200, events_page([record(int(job_id))] if job_id else []))

    clock, api = FakeClock(), FakeAPI()
    api.on("GET", "/webhook-events", answer)
    waiter = waiter_of(kind, api, clock, fallback_after=0.0)
    waiter.add("5")
    assert await call(waiter.poll_once()) == 1  # the scan found nothing, the lookup found it


@pytest.mark.parametrize("kind", TWINS)
async def test_stragglers_longest_unlooked_go_first(kind: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return json_response(200, events_page([]))

    clock, api = FakeClock(), FakeAPI()
    api.on("GET", "/webhook-events", answer)
    waiter = waiter_of(kind, api, clock, polling=False, fallback_after=30.0)
    waiter.add_all([str(j) for j in range(1, 13)])
    clock.now += 30.0
    await call(waiter.look_up_stragglers())
    assert lookups(api) == [str(j) for j in range(1, 11)]  # at most 10 a round
    waiter.add("13")
    clock.now += 30.0
    await call(waiter.look_up_stragglers())
    assert lookups(api)[10:] == ["11", "12", *(str(j) for j in range(1, 9))]


@pytest.mark.parametrize("kind", TWINS)
async def test_seen_event_memory_is_bounded_oldest_first(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(C, "WAITER_SEEN_CAPACITY", 2)
    pages: list[list[Any]] = [[record(1), record(2), record(3)]]
    asked: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        asked.append(number)
        rows = pages[number - 1] if number <= len(pages) else []
        return json_response(200, events_page(rows, number, len(pages)))

    api = FakeAPI()
    api.on("GET", "/webhook-events", answer)
    waiter = waiter_of(kind, api)
    waiter.add("9")  # keeps the waiter polling
    await call(waiter.poll_once())
    pages[:] = [[record(2), record(3)], [record(4)]]  # the two remembered: nothing new on page 1
    asked.clear()
    await call(waiter.poll_once())
    assert asked == [1]
    pages[:] = [[record(1), record(3)], [record(4)]]  # 1 was forgotten: it counts as new, walk on
    asked.clear()
    await call(waiter.poll_once())
    assert asked == [1, 2]


@pytest.mark.parametrize("kind", TWINS)
async def test_a_scan_out_of_page_budget_resumes_deeper_until_old_events(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cobalt_sdk._waiter as waiter_module

    monkeypatch.setattr(waiter_module, "MAX_PAGES_PER_SCAN", 2)
    old = "2020-01-01T00:00:00Z"
    pages = [[record(2 * p), record(2 * p + 1)] for p in range(1, 4)]
    pages += [
        [event_record("patient.created", str(j), {"patient_id": "p", "mrn": "M"}, f"evt_old_{j}", old)]
        for j in (20, 21)
    ]
    asked: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        asked.append(number)
        return json_response(200, events_page(pages[number - 1] if number <= len(pages) else [], number, len(pages)))

    api = FakeAPI()
    api.on("GET", "/webhook-events", answer)
    waiter = waiter_of(kind, api)
    waiter.add_all([str(j) for j in (2, 3, 4, 5, 99)])
    rounds = []
    for _ in range(5):
        asked.clear()
        resolved = await call(waiter.poll_once())
        rounds.append((list(asked), resolved))
    assert rounds == [([1, 2], 4), ([1, 3], 0), ([1, 4], 0), ([1], 0), ([1], 0)]


@pytest.mark.parametrize("kind", TWINS)
async def test_a_record_without_a_job_id_does_not_hide_the_records_after_it(kind: str) -> None:
    log = EventLog()
    waiter = waiter_of(kind, logged(FakeAPI(), log))
    result = waiter.add("1")
    log.records += [record(1), {**record(9), "job_id": None}]  # newest first: the one without a job id
    assert await call(waiter.poll_once()) == 1
    assert result.done and result.source == "scan"


@pytest.mark.parametrize("kind", TWINS)
async def test_a_gap_scans_once_then_polling_stays_off(kind: str) -> None:
    clock, log = FakeClock(), EventLog()
    api = logged(FakeAPI(), log)
    waiter = waiter_of(kind, api, clock, polling=False, bus=InProcessBus(), poll_interval=1.0, fallback_after=1e6)
    waiter.gap()
    log.records.append(record(2))
    await call(waiter.wait_all(["2"], timeout=3.0))
    assert scans(api) == 1
    [pending] = await call(waiter.wait_all(["3"], timeout=3.0))
    assert isinstance(pending.error, JobTimeoutError)
    assert scans(api) == 1  # the gap was answered; no scan after it
