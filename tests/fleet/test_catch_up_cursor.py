"""`catch_up`'s durable cursor and its queries, case by case: what is stored, where a run starts,
what counts as handled, what a result says (sync and asyncio)."""

from __future__ import annotations

import datetime
import json
from types import SimpleNamespace
from typing import Any

import pytest

from cobalt_sdk._jobs import AsyncJobSource, JobSource
from cobalt_sdk.bus import InMemoryCursorStore
from cobalt_sdk.webhooks import AsyncWebhookReceiver, WebhookReceiver, acatch_up, catch_up
from cobalt_sdk.webhooks._catchup import CatchUpResult, Cursor, delivery_of

from .cobalt_log import SECRET, CobaltLog, as_record, envelope

T0 = datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.UTC)
DAY = datetime.date(2026, 3, 1)


def at(seconds: float) -> datetime.datetime:
    return T0 + datetime.timedelta(seconds=seconds)


# --- the stored cursor -----------------------------------------------------------------------


def test_no_cursor_starts_at_since() -> None:
    for text in (None, ""):
        cursor = Cursor.load(text, T0)
        assert (cursor.day, cursor.page, cursor.created, cursor.ids) == (DAY, 1, T0, [])


def test_cursor_round_trip_and_exact_form() -> None:
    cursor = Cursor(day=DAY, page=3, created=at(5), ids=["evt_a", "evt_b"])
    text = cursor.dump()
    assert text == '{"day":"2026-03-01","page":3,"created":"2026-03-01T09:00:05+00:00","ids":["evt_a","evt_b"]}'
    again = Cursor.load(text, at(1000))
    assert (again.day, again.page, again.created, again.ids) == (DAY, 3, at(5), ["evt_a", "evt_b"])
    assert Cursor(day=DAY).dump() == '{"day":"2026-03-01","page":1,"created":null,"ids":[]}'


def test_loaded_fields_are_normalised() -> None:
    cursor = Cursor.load('{"day":"2026-03-01","page":0,"ids":[7]}', T0)
    assert (cursor.page, cursor.created, cursor.ids) == (1, None, ["7"])
    cursor = Cursor.load('{"day":"2026-03-01"}', T0)
    assert (cursor.page, cursor.created, cursor.ids) == (1, None, [])
    cursor = Cursor.load('{"day":"2026-03-01","page":"4","created":""}', T0)
    assert (cursor.page, cursor.created) == (4, None)


def test_a_cursor_from_an_earlier_day_is_rebased_on_its_events_day() -> None:
    later = datetime.datetime(2026, 3, 3, 1, 0, tzinfo=datetime.UTC)
    cursor = Cursor.load(Cursor(day=DAY, page=9, created=later).dump(), T0)
    assert (cursor.day, cursor.page) == (datetime.date(2026, 3, 3), 1)
    same_day = Cursor.load(Cursor(day=DAY, page=9, created=at(60)).dump(), T0)
    assert (same_day.day, same_day.page) == (DAY, 9)


@pytest.mark.parametrize(
    "text", ["{not json", "[]", '{"page": 2}', '{"day": "yesterday"}', '{"day":"2026-03-01","page":"x"}']
)
def test_an_unreadable_cursor_says_what_to_do(text: str) -> None:
    with pytest.raises(ValueError) as info:
        Cursor.load(text, T0)
    assert str(info.value) == "the replay cursor is not one `catch_up` wrote; reset it or pass another store"
    assert info.value.__suppress_context__


def test_what_counts_as_after_the_cursor() -> None:
    cursor = Cursor(day=DAY, created=at(10), ids=["evt_x"])
    assert cursor.is_after(at(11), "evt_y")
    assert cursor.is_after(at(10), "evt_y")  # a tie not handled yet
    assert not cursor.is_after(at(10), "evt_x")
    assert not cursor.is_after(at(9), "evt_z")
    assert cursor.is_after(None, "evt_x")  # no time: cannot be placed, so handed over
    assert Cursor(day=DAY).is_after(at(0), "evt_x")


def test_advancing_the_cursor() -> None:
    cursor = Cursor(day=DAY)
    cursor.advance(at(10), "a", 2)
    assert (cursor.page, cursor.created, cursor.ids) == (2, at(10), ["a"])
    cursor.advance(at(10), "b", 3)
    cursor.advance(at(10), None, 3)
    assert (cursor.page, cursor.created, cursor.ids) == (3, at(10), ["a", "b"])
    cursor.advance(at(9), "old", 4)  # an older record does not move it back
    assert (cursor.page, cursor.created, cursor.ids) == (4, at(10), ["a", "b"])
    cursor.advance(None, "timeless", 5)
    assert (cursor.page, cursor.created, cursor.ids) == (5, at(10), ["a", "b"])
    cursor.advance(at(11), None, 5)
    assert (cursor.created, cursor.ids) == (at(11), [])
    cursor.advance(at(12), "c", 5)
    assert (cursor.created, cursor.ids) == (at(12), ["c"])


# --- recovered records as deliveries ---------------------------------------------------------


def test_a_record_becomes_a_delivery_with_its_signed_id_and_compact_body() -> None:
    record = as_record(envelope("7", created=T0))
    delivery, malformed = delivery_of(record)
    assert not malformed and delivery.event_id == "evt_7_0" and delivery.dedupe_key == "evt_7_0"
    assert (delivery.webhook_id, delivery.timestamp, delivery.attempt) == (None, None, 1)
    body = json.loads(delivery.body)
    assert body["id"] == "evt_7_0" and body["type"] == "patient.created" and b", " not in delivery.body
    assert type(delivery.event).__name__ == "PatientCreatedEvent"


def test_a_malformed_record_is_an_unknown_event_of_its_type() -> None:
    record = as_record(envelope("7", created=T0))
    del record["data"]["patient_id"]
    delivery, malformed = delivery_of(record)
    assert malformed and type(delivery.event).__name__ == "UnknownEvent" and delivery.type == "patient.created"


def test_a_record_without_a_type_is_an_unknown_event_with_an_empty_type() -> None:
    """Handed over, not dropped, and its type is empty (not `None` spelt out) for a handler to route."""
    delivery, malformed = delivery_of({"event_id": "evt_x", "created_at": "2026-03-01T09:00:00Z", "data": {}})
    assert malformed and type(delivery.event).__name__ == "UnknownEvent"
    assert delivery.type == "" and delivery.event_id == "evt_x"


# --- runs ------------------------------------------------------------------------------------


class Recording:
    """A `GET /webhook-events` over a `CobaltLog` that records every query."""

    def __init__(self, log: CobaltLog) -> None:
        self.log, self.queries = log, []  # type: tuple[CobaltLog, list[dict[str, Any]]]

    def list_events(self, **query: Any) -> Any:
        self.queries.append(query)
        return self.log.list_events(**query)

    def source(self) -> JobSource:
        return JobSource(self.list_events, lambda: 0.0, lambda s: None)


def filled(n: int) -> CobaltLog:
    log = CobaltLog()
    for i in range(n):
        log.append(envelope(str(i), created=at(i)))
    return log


def test_the_queries_read_oldest_first_from_the_cursors_day() -> None:
    rec = Recording(filled(5))
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: None, tolerance=None)
    result = catch_up(rec.source(), receiver, InMemoryCursorStore(), since=T0, page_size=2)
    assert rec.queries == [{"start_date": DAY, "sort": "created_at", "page": p, "page_size": 2} for p in (1, 2, 3)]
    assert result == CatchUpResult(processed=5, duplicates=0, malformed=0, pages=3, complete=True, busy=None)


def test_without_since_or_cursor_replay_starts_a_day_back() -> None:
    rec = Recording(CobaltLog())
    catch_up(rec.source(), WebhookReceiver(SECRET), InMemoryCursorStore())
    yesterday = (datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)).date()
    assert rec.queries[0]["start_date"] in (yesterday, yesterday + datetime.timedelta(days=1))
    assert rec.queries[0]["page_size"] == 100


def test_a_naive_since_is_utc() -> None:
    rec = Recording(CobaltLog())
    cursor = InMemoryCursorStore()
    catch_up(rec.source(), WebhookReceiver(SECRET), cursor, since=datetime.datetime(2026, 3, 1, 23, 30))
    assert rec.queries[0]["start_date"] == DAY


def test_the_cursor_is_saved_after_each_event() -> None:
    saved: list[str] = []

    class Store(InMemoryCursorStore):
        def set(self, value: str) -> None:
            saved.append(value)
            super().set(value)

    catch_up(filled(3).source(), WebhookReceiver(SECRET, dispatch=lambda d: None, tolerance=None), Store(), since=T0)
    assert [json.loads(s)["ids"] for s in saved] == [["evt_0_0"], ["evt_1_0"], ["evt_2_0"]]


def test_an_empty_history_is_complete_after_one_page() -> None:
    result = catch_up(CobaltLog().source(), WebhookReceiver(SECRET), InMemoryCursorStore(), since=T0)
    assert result == CatchUpResult(pages=1, complete=True)


def test_duplicates_and_busy_claims_are_counted_and_stop_where_they_should() -> None:
    class Leases:
        def __init__(self) -> None:
            self.state: dict[str, str] = {"evt_1_0": "done", "evt_3_0": "leased"}

        def seen_or_add(self, key: str) -> bool:
            if key in self.state:
                return True
            self.state[key] = "done"
            return False

        def status(self, key: str) -> str:
            return self.state.get(key, "new")

    seen: list[str] = []
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: seen.append(d.event_id), dedupe=Leases(), tolerance=None)
    cursor = InMemoryCursorStore()
    result = catch_up(filled(5).source(), receiver, cursor, since=T0)
    assert (result.processed, result.duplicates, result.busy, result.complete) == (2, 1, "evt_3_0", False)
    assert seen == ["evt_0_0", "evt_2_0"] and json.loads(cursor.get() or "")["ids"] == ["evt_2_0"]


def test_records_at_or_before_the_cursor_are_skipped() -> None:
    log = filled(4)
    cursor = InMemoryCursorStore(Cursor(day=DAY, created=at(1), ids=["evt_1_0"]).dump())
    seen: list[str] = []
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: seen.append(d.event_id), dedupe=False, tolerance=None)
    result = catch_up(log.source(), receiver, cursor, since=T0)
    assert seen == ["evt_2_0", "evt_3_0"] and result.processed == 2


class Model(SimpleNamespace):
    """A generated record model: attributes, `created_at` a datetime, and `to_dict()`."""

    def to_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "event_type": "x.y", "data": {}, "created_at": self.created_at.isoformat()}


def test_records_with_datetime_or_envelope_times() -> None:
    naive = Model(event_id="n", created_at=datetime.datetime(2026, 3, 1, 9, 0, 5))
    aware = Model(event_id="a", created_at=at(6))
    envelope_dict = {"event_id": "e", "event_type": "x.y", "created": "2026-03-01T09:00:07Z", "data": {}}
    page = SimpleNamespace(
        webhook_events=[naive, aware, envelope_dict], pagination=SimpleNamespace(current_page=1, total_pages=1)
    )
    source = JobSource(lambda **q: page, lambda: 0.0, lambda s: None)
    cursor = InMemoryCursorStore(Cursor(day=DAY, created=at(5), ids=["n"]).dump())
    seen: list[str] = []
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: seen.append(d.event_id), dedupe=False)
    catch_up(source, receiver, cursor, since=T0)
    assert seen == ["a", "e"]  # the naive time is taken as UTC: the same instant as the cursor's tie
    assert json.loads(cursor.get() or "")["created"] == "2026-03-01T09:00:07+00:00"


# --- the asyncio twin ------------------------------------------------------------------------


class AsyncStore:
    def __init__(self) -> None:
        self.value: str | None = None
        self.sets = 0

    async def get(self) -> str | None:
        return self.value

    async def set(self, value: str) -> None:
        self.value, self.sets = value, self.sets + 1


def async_source(log: CobaltLog, queries: list[dict[str, Any]]) -> AsyncJobSource:
    async def list_events(**query: Any) -> Any:
        queries.append(query)
        return log.list_events(**query)

    async def sleep(seconds: float) -> None:
        return None

    return AsyncJobSource(list_events, lambda: 0.0, sleep)


async def test_async_twin_with_an_async_cursor_store_and_page_budget() -> None:
    log, queries = filled(5), []  # type: tuple[CobaltLog, list[dict[str, Any]]]
    seen: list[str] = []
    receiver = AsyncWebhookReceiver(SECRET, dispatch=lambda d: seen.append(d.event_id), tolerance=None)
    store = AsyncStore()
    first = await acatch_up(async_source(log, queries), receiver, store, since=T0, page_size=2, max_pages=2)
    assert first == CatchUpResult(processed=4, pages=2, complete=False)
    assert queries == [{"start_date": DAY, "sort": "created_at", "page": p, "page_size": 2} for p in (1, 2)]
    assert store.sets == 4
    second = await acatch_up(async_source(log, queries), receiver, store, since=T0, page_size=2)
    assert second == CatchUpResult(processed=1, pages=2, complete=True)  # its saved page, then the next
    assert seen == [f"evt_{i}_0" for i in range(5)]
    third = await acatch_up(async_source(log, queries), receiver, InMemoryCursorStore(), since=T0, page_size=2)
    assert (third.processed, third.duplicates, third.complete) == (0, 5, True)


async def test_async_busy_claim_stops_the_run() -> None:
    class Leases:
        async def seen_or_add(self, key: str) -> bool:
            return key == "evt_2_0"

        def status(self, key: str) -> str:
            return "leased"

    seen: list[str] = []
    receiver = AsyncWebhookReceiver(SECRET, dispatch=lambda d: seen.append(d.event_id), dedupe=Leases(), tolerance=None)
    result = await acatch_up(async_source(filled(4), []), receiver, InMemoryCursorStore(), since=T0)
    assert (result.busy, result.processed, result.complete) == ("evt_2_0", 2, False)
    assert seen == ["evt_0_0", "evt_1_0"]


async def test_async_records_before_the_cursor_are_skipped_and_malformed_counted() -> None:
    log = filled(3)
    log.records[2]["data"] = {}
    store = AsyncStore()
    store.value = Cursor(day=DAY, created=at(0), ids=["evt_0_0"]).dump()
    receiver = AsyncWebhookReceiver(SECRET, dispatch=lambda d: None, dedupe=False, tolerance=None)
    result = await acatch_up(async_source(log, []), receiver, store, since=T0)
    assert (result.processed, result.malformed) == (2, 1)


# --- times, ids and pages that move ----------------------------------------------------------


def handled(log_or_source: Any, cursor: Any = None, **kwargs: Any) -> list[str]:
    seen: list[str] = []
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: seen.append(d.event_id), tolerance=None)
    source = log_or_source.source() if isinstance(log_or_source, CobaltLog) else log_or_source
    catch_up(source, receiver, cursor or InMemoryCursorStore(), **kwargs)
    return seen


def test_naive_or_default_since_is_compared_as_utc() -> None:
    log = CobaltLog()
    now = datetime.datetime.now(datetime.UTC)
    log.append(envelope("1", created=now - datetime.timedelta(hours=23)))
    later = now.timestamp() + 60
    assert handled(log, clock=lambda: later) == ["evt_1_0"]  # default: a day back from the clock, aware
    assert handled(log, clock=lambda: later + 3600) == []  # 24 h 1 min old: before the default since
    assert handled(log, since=datetime.datetime(2000, 1, 1)) == ["evt_1_0"]  # naive: UTC, comparable


def test_an_aware_since_keeps_its_offset() -> None:
    """`since=` 14:00:05+05:00 is 09:00:05 UTC: only the events after that instant are replayed."""
    plus5 = datetime.timezone(datetime.timedelta(hours=5))
    assert handled(filled(8), since=at(5).astimezone(plus5)) == ["evt_5_0", "evt_6_0", "evt_7_0"]


def test_aware_record_times_keep_their_offset() -> None:
    plus5 = datetime.timezone(datetime.timedelta(hours=5))
    early = Model(event_id="early", created_at=at(4).astimezone(plus5))  # 14:00:04+05:00, before the cursor
    late = Model(event_id="late", created_at=at(6).astimezone(plus5))
    page = SimpleNamespace(webhook_events=[early, late], pagination=SimpleNamespace(current_page=1, total_pages=1))
    source = JobSource(lambda **q: page, lambda: 0.0, lambda s: None)
    cursor = InMemoryCursorStore(Cursor(day=DAY, created=at(5)).dump())
    assert handled(source, cursor, since=T0) == ["late"]


def test_records_without_a_time_or_an_id_are_each_handed_over() -> None:
    class Bare:
        def __init__(self) -> None:
            self.event_type = "x.y"

        def to_dict(self) -> dict[str, Any]:
            return {"event_type": "x.y", "data": {}}

    page = SimpleNamespace(webhook_events=[Bare(), Bare()], pagination=SimpleNamespace(current_page=1, total_pages=1))
    source = JobSource(lambda **q: page, lambda: 0.0, lambda s: None)
    seen = handled(source, since=T0)
    assert seen == ["", ""]  # no id: nothing to deduplicate on, so neither is dropped


def test_pages_without_events_or_pagination_end_the_run() -> None:
    source = JobSource(lambda **q: SimpleNamespace(), lambda: 0.0, lambda s: None)
    cursor = InMemoryCursorStore(Cursor(day=DAY, page=3, created=at(0)).dump())
    result = catch_up(source, WebhookReceiver(SECRET), cursor, since=T0)
    assert (result.pages, result.complete, result.processed) == (1, True, 0)


def test_a_saved_page_past_the_end_is_read_without_stepping_back() -> None:
    rec = Recording(filled(2))
    cursor = InMemoryCursorStore(Cursor(day=DAY, page=3, created=at(0), ids=["evt_0_0"]).dump())
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: None, tolerance=None)
    result = catch_up(rec.source(), receiver, cursor, since=T0, page_size=2)
    assert [q["page"] for q in rec.queries] == [3] and result.complete


def test_a_page_starting_at_the_cursor_is_not_stepped_back_from() -> None:
    rec = Recording(filled(4))
    cursor = InMemoryCursorStore(Cursor(day=DAY, page=2, created=at(2), ids=["evt_2_0"]).dump())
    seen: list[str] = []
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: seen.append(d.event_id), tolerance=None)
    result = catch_up(rec.source(), receiver, cursor, since=T0, page_size=2)
    assert [q["page"] for q in rec.queries] == [2] and seen == ["evt_3_0"] and result.pages == 1


def test_on_page_one_there_is_nothing_to_step_back_to() -> None:
    rec = Recording(filled(2))
    cursor = InMemoryCursorStore(Cursor(day=DAY, page=1, created=T0 - datetime.timedelta(hours=1)).dump())
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: None, tolerance=None)
    catch_up(rec.source(), receiver, cursor, since=T0, page_size=2)
    assert [q["page"] for q in rec.queries] == [1]


def test_after_retention_pages_are_stepped_back_one_at_a_time() -> None:
    log = filled(20)
    cursor = InMemoryCursorStore(Cursor(day=DAY, page=4, created=at(7), ids=["evt_7_0"]).dump())
    del log.records[:4]  # the first four are gone: the cursor's event moved from page 4 to page 2
    rec = Recording(log)
    seen = handled(rec.source(), cursor, since=T0, page_size=2)
    assert [q["page"] for q in rec.queries][:4] == [4, 3, 2, 3]
    assert seen == [f"evt_{i}_0" for i in range(8, 20)]


def test_every_malformed_record_is_counted() -> None:
    log = filled(3)
    log.records[0]["data"] = {}
    log.records[2]["data"] = {}
    receiver = WebhookReceiver(SECRET, dispatch=lambda d: None, tolerance=None)
    result = catch_up(log.source(), receiver, InMemoryCursorStore(), since=T0)
    assert (result.processed, result.malformed) == (3, 2)


async def test_async_steps_back_after_retention_and_counts_malformed() -> None:
    log = filled(20)
    log.records[18]["data"] = {}
    log.records[19]["data"] = {}
    store = AsyncStore()
    store.value = Cursor(day=DAY, page=4, created=at(7), ids=["evt_7_0"]).dump()
    del log.records[:4]
    queries: list[dict[str, Any]] = []
    seen: list[str] = []
    receiver = AsyncWebhookReceiver(SECRET, dispatch=lambda d: seen.append(d.event_id), tolerance=None)
    result = await acatch_up(async_source(log, queries), receiver, store, since=T0, page_size=2)
    assert [q["page"] for q in queries][:4] == [4, 3, 2, 3]
    assert seen == [f"evt_{i}_0" for i in range(8, 20)] and (result.processed, result.malformed) == (12, 2)


async def test_async_paging_edge_cases_match_the_sync_run() -> None:
    """The asyncio twin steps back only from a page past 1 that starts after the cursor, and ends on
    a page without events or pagination (as `catch_up` does, cases above)."""
    receiver = AsyncWebhookReceiver(SECRET, dispatch=lambda d: None, tolerance=None)
    # Page 1 starting after the cursor: nothing to step back to.
    queries: list[dict[str, Any]] = []
    store = AsyncStore()
    store.value = Cursor(day=DAY, page=1, created=T0 - datetime.timedelta(hours=1)).dump()
    await acatch_up(async_source(filled(2), queries), receiver, store, since=T0, page_size=2)
    assert [q["page"] for q in queries] == [1]
    # Page 2 starting after the cursor (the first two events are gone): back to page 1.
    log = filled(6)
    del log.records[:2]
    queries = []
    store.value = Cursor(day=DAY, page=2, created=at(1), ids=["evt_1_0"]).dump()
    result = await acatch_up(async_source(log, queries), receiver, store, since=T0, page_size=2)
    assert [q["page"] for q in queries] == [2, 1, 2] and (result.processed, result.complete) == (4, True)

    # A page with neither events nor pagination ends the run.
    async def empty(**query: Any) -> Any:
        return SimpleNamespace()

    bare = AsyncJobSource(empty, lambda: 0.0, async_source(log, []).sleep)
    result = await acatch_up(bare, receiver, InMemoryCursorStore(), since=T0)
    assert (result.pages, result.complete, result.processed) == (1, True, 0)


async def test_async_default_since_is_a_day_back_from_the_clock() -> None:
    log = CobaltLog()
    now = datetime.datetime.now(datetime.UTC)
    log.append(envelope("1", created=now - datetime.timedelta(hours=23)))
    seen: list[str] = []
    receiver = AsyncWebhookReceiver(SECRET, dispatch=lambda d: seen.append(d.event_id), tolerance=None)
    later = now.timestamp() + 60
    result = await acatch_up(async_source(log, []), receiver, InMemoryCursorStore(), clock=lambda: later)
    assert (result.processed, seen) == (1, ["evt_1_0"])
    too_late = later + 3600  # the event is now 24 h 1 min old: before the default since
    fresh = AsyncWebhookReceiver(SECRET, dispatch=lambda d: seen.append(d.event_id), tolerance=None)
    result = await acatch_up(async_source(log, []), fresh, InMemoryCursorStore(), clock=lambda: too_late)
    assert (result.processed, result.duplicates, seen) == (0, 0, ["evt_1_0"])
