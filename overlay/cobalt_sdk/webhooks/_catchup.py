"""Gap-free recovery of missed webhooks: replay `GET /webhook-events` from a durable cursor.

Cobalt retries a delivery once, one second later; an instance that was down for a minute misses
those events for good unless it reads them back. `catch_up(client, receiver, cursor)` reads the
events oldest first (`sort=created_at`) from where the cursor stands, and hands each one to
`receiver.replay()`: the same dedupe, job waiter (or bus) and handler as a live delivery, with
the handler run inline. So an event that was delivered live is a duplicate here, and one that
was missed is processed exactly once.

An event can be listed after a newer one: its `created` is taken when it is made, and it is
listed once it is stored, and another may be stored in between. A cursor that had moved past the
newer one would then skip it for good. So a run hands over only events older than `settle`
(default 30 s; Cobalt does not document that gap, so the figure is an assumption) and stops at
the first younger one, which the next run handles (live deliveries are not held back: this is
the recovery path). The result counts what
was left (`unsettled`); `complete` still means there is nothing more to do now, so run
`catch_up` periodically, not only at start-up, or the last `settle` of missed events waits for
good. `settle` is measured on this machine's clock against Cobalt's `created`: keep the clock
synchronised (NTP); one ahead of Cobalt's by more than `settle` lets a young event through, and a
late one listed before it could be skipped again. One behind only delays recovery.

The cursor (a JSON string in a `CursorStore`: memory, a file or Redis, see `cobalt_sdk.bus`)
records the signed `created` of the last event handled, the ids handled at that very instant
(ties), and the day and page where it was read. It advances after each event whose handler
returned; a handler that raises stops the run with the cursor on the event before, so a crash
mid-replay resumes where it stopped. Each run reads at most `max_pages` pages; the result says
whether it reached the end (`complete`), else run it again. An event another receiver has
claimed but not confirmed (a lease in a shared store) stops the run too (`busy`): the next run
retries it, after the lease expired if that receiver died.

A record that breaks its event schema is handed over as an `UnknownEvent` with the record's
envelope (never dropped); the result counts them (`malformed`).
"""

from __future__ import annotations

import datetime
import inspect
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .._errors import JobEventError
from .._jobs import (
    AsyncJobSource,
    EventsPage,
    HasAsyncJobSource,
    HasJobSource,
    JobSource,
    async_source,
    has_next_page,
    parse_record,
    record_envelope,
    record_id,
    sync_source,
)
from ._construct import WebhookDelivery
from ._events import UnknownEvent
from ._replay import parse_time

if TYPE_CHECKING:
    from ._receiver import AsyncWebhookReceiver, WebhookReceiver

logger = logging.getLogger("cobalt_sdk.webhooks")

DEFAULT_MAX_PAGES = 20
DEFAULT_PAGE_SIZE = 100
#: With no cursor yet, replay starts this far back (or at `since=`).
DEFAULT_SINCE = datetime.timedelta(days=1)
#: Events younger than this are left for the next run (they may still be preceded by late ones).
DEFAULT_SETTLE = datetime.timedelta(seconds=30)


class CursorStore(Protocol):
    """Where the replay cursor lives: `get()` the last value (None at first), `set(value)`."""

    def get(self) -> str | None: ...

    def set(self, value: str) -> None: ...


class AsyncCursorStore(Protocol):
    def get(self) -> Awaitable[str | None]: ...

    def set(self, value: str) -> Awaitable[None]: ...


@dataclass
class Cursor:
    """Where replay stands: everything up to `created` (and the `ids` at that instant) is handled."""

    day: datetime.date
    page: int = 1
    created: datetime.datetime | None = None
    ids: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, text: str | None, since: datetime.datetime) -> Cursor:
        if not text:
            return cls(day=since.date(), created=since, ids=[])
        try:
            raw = json.loads(text)
            created = parse_time(raw.get("created")) if raw.get("created") else None
            cursor = cls(
                day=datetime.date.fromisoformat(raw["day"]),
                page=max(1, int(raw.get("page", 1))),
                created=created,
                ids=[str(i) for i in raw.get("ids", [])],
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ValueError("the replay cursor is not one `catch_up` wrote; reset it or pass another store") from None
        if cursor.created is not None and cursor.created.date() > cursor.day:  # re-base on a new day
            cursor.day, cursor.page = cursor.created.date(), 1
        return cursor

    def dump(self) -> str:
        return json.dumps(
            {
                "day": self.day.isoformat(),
                "page": self.page,
                "created": self.created.isoformat() if self.created else None,
                "ids": self.ids,
            },
            separators=(",", ":"),
        )

    def is_after(self, created: datetime.datetime | None, event_id: str | None) -> bool:
        """Whether a record comes after the cursor (still to be handled)."""
        if created is None or self.created is None or created > self.created:
            return True
        return created == self.created and event_id not in self.ids

    def advance(self, created: datetime.datetime | None, event_id: str | None, page: int) -> None:
        self.page = page
        if created is None:
            return
        if self.created is not None and created == self.created:
            if event_id is not None:
                self.ids.append(event_id)
        elif self.created is None or created > self.created:
            self.created, self.ids = created, [event_id] if event_id is not None else []


@dataclass
class CatchUpResult:
    """What one `catch_up` run did."""

    processed: int = 0
    duplicates: int = 0
    malformed: int = 0
    pages: int = 0
    #: True when the run reached the newest event; False: run again (page budget, or `busy`).
    complete: bool = False
    #: The event id another receiver is still handing off, if that stopped the run.
    busy: str | None = None
    #: True when the run stopped at an event younger than `settle` (left for the next run).
    unsettled: bool = False


def _record_created(record: object) -> datetime.datetime | None:
    raw = getattr(record, "created_at", None)
    if raw is None and isinstance(record, dict):
        raw = record.get("created_at") or record.get("created")
    if isinstance(raw, datetime.datetime):
        return raw if raw.tzinfo else raw.replace(tzinfo=datetime.UTC)
    return parse_time(raw)


def delivery_of(record: object) -> tuple[WebhookDelivery, bool]:
    """A recovered record as a delivery (no webhook headers); True if it broke its schema."""
    envelope = record_envelope(record)
    malformed = False
    try:
        event: Any = parse_record(record)
    except JobEventError:
        event, malformed = UnknownEvent(str(envelope.get("type", "")), envelope), True
    body = json.dumps(envelope, separators=(",", ":")).encode()
    return WebhookDelivery(event, None, None, 1, body, record_id(record) or ""), malformed


def _query(cursor: Cursor, page: int, page_size: int) -> dict[str, Any]:
    return {"start_date": cursor.day, "sort": "created_at", "page": page, "page_size": page_size}


def _starts_after_cursor(page: EventsPage, cursor: Cursor) -> bool:
    """The page begins past the cursor: events before it vanished (retention), so pages shifted."""
    records = getattr(page, "webhook_events", None) or []
    first = _record_created(records[0]) if records else None
    return first is not None and cursor.created is not None and first > cursor.created


def _since(since: datetime.datetime | None, now: datetime.datetime) -> datetime.datetime:
    if since is None:
        return now - DEFAULT_SINCE
    return since if since.tzinfo else since.replace(tzinfo=datetime.UTC)


def _now(clock: Callable[[], float] | None) -> datetime.datetime:
    return datetime.datetime.fromtimestamp((clock or time.time)(), datetime.UTC)


def _unsettled(created: datetime.datetime | None, horizon: datetime.datetime) -> bool:
    """The record is too young to be sure no older one is still to be listed before it."""
    return created is not None and created > horizon


def catch_up(
    client: JobSource | HasJobSource,
    receiver: WebhookReceiver,
    cursor: CursorStore,
    *,
    since: datetime.datetime | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    page_size: int = DEFAULT_PAGE_SIZE,
    settle: datetime.timedelta = DEFAULT_SETTLE,
    clock: Callable[[], float] | None = None,
) -> CatchUpResult:
    """Replay missed events into `receiver` from the `cursor` (run it at start-up, then periodically).

    Events younger than `settle` are left for a later run; `clock` (Unix seconds, default
    `time.time`) says what "now" is.
    """
    source = sync_source(client)
    now = _now(clock)
    horizon = now - settle
    state = Cursor.load(cursor.get(), _since(since, now))
    result = CatchUpResult()
    page, stepping_back = state.page, True
    while result.pages < max_pages:
        response = source.list_events(**_query(state, page, page_size))
        result.pages += 1
        if stepping_back and page > 1 and _starts_after_cursor(response, state):
            page -= 1
            continue
        stepping_back = False
        for record in getattr(response, "webhook_events", None) or []:
            created, event_id = _record_created(record), record_id(record)
            if not state.is_after(created, event_id):
                continue
            if _unsettled(created, horizon):
                result.unsettled = result.complete = True
                return result
            delivery, malformed = delivery_of(record)
            outcome = receiver.replay(delivery)
            if outcome == "busy":
                result.busy = event_id
                return result
            result.processed += outcome == "processed"
            result.duplicates += outcome == "duplicate"
            result.malformed += malformed
            state.advance(created, event_id, page)
            cursor.set(state.dump())
        if not has_next_page(response, page):
            result.complete = True
            break
        page += 1
    return result


async def _maybe(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def acatch_up(
    client: AsyncJobSource | HasAsyncJobSource,
    receiver: AsyncWebhookReceiver,
    cursor: AsyncCursorStore | CursorStore,
    *,
    since: datetime.datetime | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    page_size: int = DEFAULT_PAGE_SIZE,
    settle: datetime.timedelta = DEFAULT_SETTLE,
    clock: Callable[[], float] | None = None,
) -> CatchUpResult:
    """The asyncio twin of `catch_up` (the cursor store may be sync or async)."""
    source = async_source(client)
    now = _now(clock)
    horizon = now - settle
    state = Cursor.load(await _maybe(cursor.get()), _since(since, now))
    result = CatchUpResult()
    page, stepping_back = state.page, True
    while result.pages < max_pages:
        response = await source.list_events(**_query(state, page, page_size))
        result.pages += 1
        if stepping_back and page > 1 and _starts_after_cursor(response, state):
            page -= 1
            continue
        stepping_back = False
        for record in getattr(response, "webhook_events", None) or []:
            created, event_id = _record_created(record), record_id(record)
            if not state.is_after(created, event_id):
                continue
            if _unsettled(created, horizon):
                result.unsettled = result.complete = True
                return result
            delivery, malformed = delivery_of(record)
            outcome = await receiver.replay(delivery)
            if outcome == "busy":
                result.busy = event_id
                return result
            result.processed += outcome == "processed"
            result.duplicates += outcome == "duplicate"
            result.malformed += malformed
            state.advance(created, event_id, page)
            await _maybe(cursor.set(state.dump()))
        if not has_next_page(response, page):
            result.complete = True
            break
        page += 1
    return result


__all__ = ["AsyncCursorStore", "CatchUpResult", "Cursor", "CursorStore", "acatch_up", "catch_up"]
