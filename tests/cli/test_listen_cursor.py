"""`cobalt listen`'s cursor: late-listed events are forwarded once, and nothing is forwarded twice."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import httpx
import pytest

from cobalt_sdk import Cobalt, LoginRequiredError
from cobalt_sdk.cli import _cursor
from cobalt_sdk.cli._cursor import Cursor
from cobalt_sdk.cli._forward import Forwarder
from cobalt_sdk.cli._listen import Listener, baseline

T0 = datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.UTC)


def at(seconds: float) -> str:
    moment = T0 + datetime.timedelta(seconds=seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def row(event_id: str, seconds: float) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "event_type": "patient.created",
        "created_at": at(seconds),
        "job_id": "10001",
        "access_token_reference_id": "ref",
        "data": {"patient_id": "p1"},
    }


class Listed(list[Any]):
    """What `webhook_events.list()` gives: the records, iterable, and `.page` (the first page)."""

    @property
    def page(self) -> Any:
        return SimpleNamespace(webhook_events=list(self))


class Events:
    """`client.webhook_events` over a list the test changes between polls (visible rows only)."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.calls: list[dict[str, Any]] = []

    def list(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        rows = sorted(self.rows, key=lambda r: r["created_at"] or "", reverse=kwargs.get("sort") == "-created_at")
        if kwargs.get("start_date"):
            rows = [r for r in rows if (r["created_at"] or "9")[:10] >= kwargs["start_date"]]
        return Listed(SimpleNamespace(to_dict=lambda r=r: dict(r)) for r in rows)


class Client:
    def __init__(self) -> None:
        self.webhook_events = Events()


def _listener(tmp_path: Path, cursor: Cursor | None = None) -> tuple[Listener, Client, list[str]]:
    client = Client()
    delivered: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        delivered.append(request.headers["webhook-id"])
        return httpx.Response(200)

    transport = httpx.Client(transport=httpx.MockTransport(handler))
    forwarder = Forwarder("http://127.0.0.1/hook", "whsec_test", client=transport)
    fake = cast(Cobalt, client)
    listener = Listener(fake, forwarder, cursor or Cursor(tmp_path / "c.json"), None, lambda _line: None)
    return listener, client, delivered


def test_an_event_listed_after_a_newer_one_is_forwarded_once(tmp_path: Path) -> None:
    listener, client, delivered = _listener(tmp_path)
    client.webhook_events.rows = [row("evt_new", 10.0)]
    assert listener.poll_once() == 1
    client.webhook_events.rows.append(row("evt_late", 9.5))  # created first, stored (listed) after
    assert listener.poll_once() == 1
    assert listener.poll_once() == 0
    assert delivered == ["evt_new", "evt_late"]


def test_a_restart_keeps_the_window_so_nothing_is_forwarded_twice(tmp_path: Path) -> None:
    listener, client, delivered = _listener(tmp_path)
    client.webhook_events.rows = [row("evt_a", 0.0), row("evt_b", 60.0), row("evt_c", 100.0)]
    assert listener.poll_once() == 3
    again = Cursor.load(tmp_path / "c.json")
    assert again is not None
    restarted, client2, delivered2 = _listener(tmp_path, again)
    client2.webhook_events.rows = [*client.webhook_events.rows, row("evt_late", 30.0), row("evt_d", 101.0)]
    assert restarted.poll_once() == 2
    assert delivered + delivered2 == ["evt_a", "evt_b", "evt_c", "evt_late", "evt_d"]


def test_an_event_older_than_the_window_is_history() -> None:
    cursor = Cursor(None)
    cursor.mark("evt_new", at(1000.0))
    assert cursor.is_new("evt_x", at(1000.0 - _cursor.LOOKBACK.total_seconds()))
    assert not cursor.is_new("evt_y", at(999.0 - _cursor.LOOKBACK.total_seconds()))
    assert cursor.since() == at(1000.0 - _cursor.LOOKBACK.total_seconds())
    assert set(cursor.seen) == {"evt_new"}


def test_ids_past_the_cap_raise_the_floor_instead_of_coming_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cursor, "MAX_SEEN", 3)
    cursor = Cursor(None)
    for n in range(5):
        cursor.mark(f"evt_{n}", at(float(n)))
    assert len(cursor.seen) == 3 and cursor.floor == at(1.0)
    assert not any(cursor.is_new(f"evt_{n}", at(float(n))) for n in range(5))
    assert not cursor.is_new("evt_other", at(0.5))  # at or before the floor: never new again
    assert cursor.is_new("evt_other", at(1.5))
    assert cursor.since() == at(1.0)


def test_from_now_and_since_mark_where_new_events_start(tmp_path: Path) -> None:
    client = Client()
    client.webhook_events.rows = [row("evt_a", 0.0), row("evt_b", 5.0)]
    cursor = baseline(cast(Cobalt, client), tmp_path / "c.json")
    assert client.webhook_events.calls[-1]["sort"] == "-created_at"
    assert (cursor.after, cursor.floor) == (at(5.0), at(5.0))
    assert not cursor.is_new("evt_b", at(5.0)) and not cursor.is_new("evt_late", at(4.0))
    assert cursor.is_new("evt_c", at(5.001))
    assert Cursor.load(tmp_path / "c.json") == cursor
    since = Cursor.starting(None, at(5.0))
    assert since.is_new("evt_b", at(5.0)) and not since.is_new("evt_a", at(4.999))
    assert Cursor.starting(None, None).is_new("evt_a", at(0.0))


@pytest.mark.parametrize("text", ["[]", "not json"])
def test_a_cursor_file_that_is_not_ours_starts_over(tmp_path: Path, text: str) -> None:
    path = tmp_path / "c.json"
    path.write_text(text, encoding="utf-8")
    assert Cursor.load(path) is None


@pytest.mark.parametrize("text", ['{"after": 5, "seen": [1]}', '{"after": "garbage", "seen": {}, "floor": "x"}'])
def test_unusable_fields_of_a_cursor_file_are_dropped(tmp_path: Path, text: str) -> None:
    path = tmp_path / "c.json"
    path.write_text(text, encoding="utf-8")
    loaded = Cursor.load(path)
    assert loaded is not None and (loaded.after, loaded.seen, loaded.floor) == (None, {}, None)


def test_an_unreadable_created_does_not_hide_every_later_event(tmp_path: Path) -> None:
    listener, client, delivered = _listener(tmp_path)
    bad = row("evt_bad", 0.0)
    bad["created_at"] = "garbage"
    client.webhook_events.rows = [row("evt_a", 0.0), bad]
    assert listener.poll_once() == 2
    client.webhook_events.rows.append(row("evt_b", 5.0))
    assert listener.poll_once() == 1 and listener.poll_once() == 0
    assert delivered == ["evt_a", "evt_bad", "evt_b"]
    assert listener.cursor.after == at(5.0) and listener.cursor.since() == at(5.0 - _cursor.LOOKBACK.total_seconds())


def test_a_baseline_ignores_an_unreadable_created(tmp_path: Path) -> None:
    client = Client()
    bad = row("evt_bad", 0.0)
    bad["created_at"] = "garbage"
    client.webhook_events.rows = [row("evt_a", 3.0), bad]
    cursor = baseline(cast(Cobalt, client), tmp_path / "c.json")
    assert (cursor.after, cursor.floor) == (at(3.0), at(3.0))


def test_a_cursor_from_the_previous_version_forwards_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"after": at(100.0), "seen": {"evt_c": at(100.0)}}), encoding="utf-8")
    listener, client, delivered = _listener(tmp_path, Cursor.load(path))
    client.webhook_events.rows = [row("evt_a", 0.0), row("evt_b", 60.0), row("evt_b2", 99.999), row("evt_c", 100.0)]
    assert listener.poll_once() == 0
    client.webhook_events.rows.append(row("evt_d", 100.0))  # a tie with the old cursor's newest
    assert listener.poll_once() == 1 and delivered == ["evt_d"]


def test_an_event_without_a_time_is_forwarded_once_not_once_per_window(tmp_path: Path) -> None:
    listener, client, delivered = _listener(tmp_path)
    timeless = row("evt_timeless", 0.0)
    timeless["created_at"] = None
    client.webhook_events.rows = [row("evt_a", 0.0), timeless]
    assert listener.poll_once() == 2
    client.webhook_events.rows.append(row("evt_b", 200.0))  # the window moves past everything before
    assert listener.poll_once() == 1 and listener.poll_once() == 0
    assert delivered.count("evt_timeless") == 1 and listener.cursor.seen["evt_timeless"] == ""


def test_the_cap_drops_timeless_ids_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cursor, "MAX_SEEN", 2)
    cursor = Cursor(None)
    cursor.mark("evt_timeless", None)
    cursor.mark("evt_a", at(0.0))
    cursor.mark("evt_b", at(1.0))
    assert set(cursor.seen) == {"evt_timeless", "evt_b"} and cursor.floor == at(0.0)
    cursor.mark("evt_other_timeless", None)  # only timeless ids left to drop past the timed one
    assert len(cursor.seen) == 2 and cursor.floor == at(1.0)


def test_an_id_at_the_windows_edge_is_still_remembered() -> None:
    cursor = Cursor(None)
    cursor.mark("evt_old", at(0.0))
    cursor.mark("evt_new", at(_cursor.LOOKBACK.total_seconds()))  # evt_old is exactly at the window's start
    assert not cursor.is_new("evt_old", at(0.0))
    assert set(cursor.seen) == {"evt_old", "evt_new"}


def test_the_cap_drops_the_oldest_by_time_not_by_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cursor, "MAX_SEEN", 2)
    cursor = Cursor(None)
    for event_id, seconds in (("evt_z", 0.0), ("evt_a", 1.0)):
        cursor.mark(event_id, at(seconds))
    assert cursor.floor is None and len(cursor.seen) == 2  # at the cap, nothing dropped yet
    cursor.mark("evt_m", at(1.0))  # a tie with evt_a
    assert cursor.floor == at(0.0) and set(cursor.seen) == {"evt_a", "evt_m"}
    cursor.mark("evt_b", at(2.0))
    assert cursor.floor == at(1.0) and set(cursor.seen) == {"evt_b"}  # the tie at the floor goes with it


def test_an_event_without_a_time_does_not_hide_later_ones(tmp_path: Path) -> None:
    cursor = Cursor(tmp_path / "deep" / "er" / "c.json")  # its folders are made on first save
    cursor.mark("evt_timeless", None)
    assert cursor.is_new("evt_next", at(0.0))
    cursor.mark("evt_next", at(0.0))
    assert cursor.after == at(0.0) and not cursor.is_new("evt_timeless", None)
    again = Cursor.load(tmp_path / "deep" / "er" / "c.json")
    assert again is not None and again.seen == cursor.seen and again.after == cursor.after


def test_a_since_cursor_is_saved_where_it_was_asked(tmp_path: Path) -> None:
    cursor = Cursor.starting(tmp_path / "c.json", at(5.0), {"evt_a": at(6.0)})
    cursor.save()
    again = Cursor.load(tmp_path / "c.json")
    assert again == cursor and again.floor == at(4.999)


def test_loading_checks_each_field_and_no_path_means_no_cursor(tmp_path: Path) -> None:
    assert Cursor.load(None) is None
    assert Cursor.load(tmp_path / "missing.json") is None
    path = tmp_path / "c.json"
    path.write_text('{"after": "2026-03-01T12:00:00.000Z", "seen": {"evt_a": 7}, "floor": 5}', encoding="utf-8")
    loaded = Cursor.load(path)
    assert loaded is not None and loaded.floor is None and loaded.seen == {"evt_a": ""}  # 7: no time, kept by id


def test_the_window_is_computed_in_utc_whatever_the_offset_or_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    try:
        lookback = _cursor.LOOKBACK.total_seconds()
        assert Cursor(None, "2026-03-01T17:30:00.000+05:30").since() == at(-lookback)
        assert Cursor(None, "2026-03-01T12:00:00").since() == at(-lookback)  # no offset: UTC
        assert Cursor.starting(None, "not a time").after is None
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_an_expired_account_link_is_reported_once_and_listen_polls_through_it(tmp_path: Path) -> None:
    """403 login_required while listening (the link expired, as `access_token.login_required` says):
    one line, no exit, and the events listed meanwhile are forwarded once the link works again."""
    listener, client, delivered = _listener(tmp_path)
    lines: list[str] = []
    listener.echo = lines.append
    events = client.webhook_events
    listing = events.list
    expired = {"polls": 3}

    def list_or_refuse(**kwargs: Any) -> Any:
        if expired["polls"]:
            expired["polls"] -= 1
            raise LoginRequiredError(
                status_code=403, message="Account link expired.", operation="webhook_events_list", code="login_required"
            )
        return listing(**kwargs)

    events.list = list_or_refuse  # type: ignore[method-assign]
    events.rows = [row("evt_1", 1.0)]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        listener.run(0.5, sleep)
    assert sleeps == [0.5] * 5  # every poll waited its interval, refused or not
    assert delivered == ["evt_1"]  # forwarded by the first poll after the link came back
    expired_lines = [line for line in lines if "account link expired (login_required)" in line]
    assert len(expired_lines) == 1 and "update mode" in expired_lines[0]
    assert sum("account link works again" in line for line in lines) == 1
