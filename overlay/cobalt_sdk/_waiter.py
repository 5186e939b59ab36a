"""Wait for many jobs at once at constant cost: one shared scan of recent events per interval.

`JobWaiter` tracks any number of pending jobs. Each interval it reads the newest events for the
whole account (`GET /webhook-events`, newest first, from the day the oldest pending job started),
walking pages only until it meets an event it has already seen, and dispatches every event to its
job by `job_id`. Events fed from a webhook receiver (`feed(event)`) or a result bus
(`bus=`, see `cobalt_sdk.bus`) resolve their job at once, so an app that receives webhooks needs
no polling; polling stays on as a safety net. A job that the shared scan has not resolved after
`fallback_after` seconds is also looked up on its own. Duplicates (the same event seen by polling
and by webhook, or delivered twice) resolve a job once.

A waiter can live for weeks. Its memory is bounded by the pending jobs plus bounded windows:
a result leaves the waiter when it is handed back (`wait(job)`, `wait_all(jobs)`, `take(jobs)`);
`WAITER_RECENT_RESULTS` handed-back job ids are remembered so a late duplicate is dropped; an
event of a job not added yet (a fast job, a webhook that beat the POST's response) is held for
`WAITER_EARLY_TTL` seconds, at most `WAITER_EARLY_CAPACITY` of them, and resolves the job when it
is added. `wait_all(jobs)` returns exactly the jobs passed, so a caller only ever gets its own.

`JobWaiter` (threads) and `AsyncJobWaiter` (asyncio) are twins and live side by side.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, overload

from . import _constants as C
from ._errors import CobaltError, JobError, JobEventError, JobFailedError, JobTimeoutError
from ._jobs import (
    TRANSIENT,
    AsyncJob,
    AsyncJobSource,
    EventsPage,
    HasAsyncJobSource,
    HasJobSource,
    Job,
    JobSource,
    afind_event,
    async_source,
    find_event,
    is_failure,
    outcome,
    parse_record,
    record_id,
    record_job_id,
    sync_source,
)
from .webhooks._events import normalise_job_id

if TYPE_CHECKING:
    from .webhooks._event_union import Event


logger = logging.getLogger("cobalt_sdk")

#: Hard bound on pages read by one scan, whatever the server says.
MAX_PAGES_PER_SCAN = 50

E = TypeVar("E")


@dataclass
class JobResult(Generic[E]):
    """The outcome of one job: its event, or the error (failed / timed out / unreadable event)."""

    job_id: str
    started: float
    event: E | None = None
    error: JobError | None = None
    resolved_at: float | None = None
    #: How the outcome arrived: "webhook" (fed), "scan" (shared polling), "lookup" (per-job query).
    source: str | None = None
    last_lookup: float = field(default=0.0, repr=False)
    started_wall: datetime.datetime = field(
        default_factory=lambda: datetime.datetime.now(datetime.UTC), repr=False, compare=False
    )

    @property
    def done(self) -> bool:
        return self.event is not None or self.error is not None

    def result(self) -> E:
        """The success event; raises the job's error."""
        if self.error is not None:
            raise self.error
        if self.event is None:
            raise CobaltError(f"job {self.job_id} is still pending")
        return self.event


JobRef = str | int | Job[Any, Any] | AsyncJob[Any, Any]


def _job_id(job: object) -> str:
    job_id = normalise_job_id(job if isinstance(job, (str, int)) else getattr(job, "job_id", None))
    if job_id is None:
        raise CobaltError("JobWaiter.add() needs a job handle or a job id")
    return job_id


def _created(record: object) -> datetime.datetime | None:
    raw = getattr(record, "created_at", None) or getattr(record, "created", None)
    if isinstance(raw, datetime.datetime):
        return raw
    if isinstance(raw, str):
        try:
            return datetime.datetime.fromisoformat(raw)  # 3.11+: reads a `Z` suffix too
        except ValueError:
            return None
    return None


Outcome = Any  # an event, or the JobEventError its record raised


class _WaiterState:
    """What both twins share: tracked jobs, bounded memories, dispatch."""

    def __init__(self, clock: Callable[[], float], fallback_after: float) -> None:
        self.clock = clock
        self.fallback_after = fallback_after
        #: Tracked jobs: pending, or resolved and not handed back yet.
        self.jobs: dict[str, JobResult[Any]] = {}
        #: Handed-back results (bounded), so a late duplicate or re-add is answered, not held.
        self.recent: OrderedDict[str, JobResult[Any]] = OrderedDict()
        #: Outcomes of jobs not added yet: job id -> (outcome, arrival, source); bounded in time and count.
        self.early: OrderedDict[str, tuple[Outcome, float, str]] = OrderedDict()
        self.seen: OrderedDict[str, None] = OrderedDict()
        #: The unresolved job ids each running `wait_all` still waits for: resolving a job updates
        #: them, so "is my batch done?" costs O(1) however many jobs the batch has.
        self.watches: list[set[str]] = []
        #: A scan that ran out of page budget while still finding unseen events resumes here (the
        #: next scans read page 1 for new events first, then walk on from this page to the floor).
        self.deep_page: int | None = None
        #: Whether the last page scanned had more recent pages behind it.
        self.deeper = False
        self.requests = 0

    def add(self, job: object) -> JobResult[Any]:
        job_id = _job_id(job)
        known = self.jobs.get(job_id) or self.recent.get(job_id)
        if known is not None:
            return known
        now = self.clock()
        result: JobResult[Any] = JobResult(job_id, now, last_lookup=now)
        self.jobs[job_id] = result
        held = self.early.pop(job_id, None)
        if held is not None and now - held[1] <= C.WAITER_EARLY_TTL:
            self._resolve(result, held[0], held[2])
        return result

    def take(self, job_ids: Iterable[str]) -> list[JobResult[Any]]:
        """Hand results back: resolved ones leave the waiter (into the bounded recent window)."""
        out = []
        for job_id in job_ids:
            result = self.jobs.get(job_id) or self.recent.get(job_id)
            if result is None:
                continue
            out.append(result)
            if result.done and self.jobs.pop(job_id, None) is not None:
                self.recent[job_id] = result
                if len(self.recent) > C.WAITER_RECENT_RESULTS:
                    self.recent.popitem(last=False)
        return out

    def pending(self) -> list[JobResult[Any]]:
        return [r for r in self.jobs.values() if not r.done]

    def watch(self, job_ids: Iterable[str]) -> set[str]:
        """Start watching a batch: the set shrinks as its jobs resolve (empty: all done)."""
        remaining = {j for j in job_ids if (r := self.jobs.get(j)) is not None and not r.done}
        self.watches.append(remaining)
        return remaining

    def unwatch(self, remaining: set[str]) -> None:
        self.watches = [w for w in self.watches if w is not remaining]

    def dispatch(self, event: Outcome, source: str = "webhook", job_id: str | None = None) -> bool:
        """Resolve the job an outcome belongs to; False if held for later, already resolved or a duplicate."""
        job_id = job_id or normalise_job_id(getattr(event, "job_id", None))
        if job_id is None:
            return False
        result = self.jobs.get(job_id)
        if result is None:
            if job_id not in self.recent:
                self._hold(job_id, event, source)
            return False
        if result.done:
            return False
        self._resolve(result, event, source)
        return True

    def _resolve(self, result: JobResult[Any], event: Outcome, source: str) -> None:
        if isinstance(event, JobEventError):
            result.error = event
        elif is_failure(event):
            try:
                outcome(result.job_id, event)
            except JobFailedError as exc:
                result.error = exc
        else:
            result.event = event
        result.resolved_at = self.clock()
        result.source = source
        for remaining in self.watches:
            remaining.discard(result.job_id)

    def _hold(self, job_id: str, event: Outcome, source: str) -> None:
        if job_id in self.early:  # the first outcome wins, as for a tracked job
            return
        now = self.clock()
        self.early[job_id] = (event, now, source)
        while self.early:
            oldest_id, (_, arrived, _) = next(iter(self.early.items()))
            if len(self.early) <= C.WAITER_EARLY_CAPACITY and now - arrived <= C.WAITER_EARLY_TTL:
                break
            del self.early[oldest_id]

    def _mark_seen(self, event_id: str) -> bool:
        """True if the event id was seen before; records it (bounded) otherwise."""
        if event_id in self.seen:
            return True
        self.seen[event_id] = None
        if len(self.seen) > C.WAITER_SEEN_CAPACITY:
            self.seen.popitem(last=False)
        return False

    def scan_page(self, page: EventsPage, floor: datetime.datetime) -> tuple[int, bool]:
        """Dispatch one page of newest-first records; returns (jobs resolved, whether to read the next page).

        Every record with a job id is dispatched, tracked or not: an untracked job's outcome is
        held (bounded) for an `add()` that comes later, so marking its id seen loses nothing.
        """
        resolved, fresh, recent = 0, False, False
        records = getattr(page, "webhook_events", None) or []
        for record in records:
            created = _created(record)
            if created is None or created.tzinfo is None or created >= floor:
                recent = True
            event_id = record_id(record)
            if event_id is not None and self._mark_seen(event_id):
                continue
            fresh = True
            job_id = record_job_id(record)
            if job_id is None:
                continue
            try:
                event: Outcome = parse_record(record, job_id)
            except JobEventError as exc:
                logger.warning("job %s: event %s does not match its schema", job_id, exc.event_id)
                event = exc
            if self.dispatch(event, "scan", job_id):
                resolved += 1
        pagination = getattr(page, "pagination", None)
        total = getattr(pagination, "total_pages", None)
        current = getattr(pagination, "current_page", None)
        # Walk on only while pages still bring unseen, recent events: a page of nothing but events
        # seen before (ties in `created_at` can interleave them) or older than the floor ends the scan.
        keep_walking = fresh and recent
        last = not records or (isinstance(total, int) and isinstance(current, int) and current >= total)
        if last:
            keep_walking = False
        self.deeper = recent and not last
        return resolved, keep_walking

    def floor(self) -> datetime.datetime:
        """Scans stop at events older than this: the oldest pending job's start, with slack for clock skew."""
        starts = [r.started_wall for r in self.pending()]
        oldest = min(starts) if starts else datetime.datetime.now(datetime.UTC)
        return oldest - datetime.timedelta(minutes=C.WAITER_CLOCK_SLACK_MINUTES)

    def due_for_lookup(self) -> list[JobResult[Any]]:
        now = self.clock()
        due = [r for r in self.pending() if now - r.last_lookup >= self.fallback_after]
        due = sorted(due, key=lambda r: r.last_lookup)[: C.WAITER_MAX_LOOKUPS_PER_SCAN]
        for r in due:
            r.last_lookup = now
        return due

    def expire(self, job_ids: Iterable[str], deadline: float, timeout: float) -> None:
        if self.clock() < deadline:
            return
        for job_id in job_ids:
            r = self.jobs.get(job_id)
            if r is not None and not r.done:
                r.error = JobTimeoutError(r.job_id, timeout)


class _ScanPlan:
    """Which page a scan reads next: from page 1 until the events are seen ones, then (within the
    same page budget) on from where an earlier scan ran out of budget, until the floor."""

    def __init__(self, state: _WaiterState) -> None:
        self.state, self.budget, self.number, self.first_pass = state, MAX_PAGES_PER_SCAN, 1, True

    def next_page(self) -> int | None:
        if self.budget <= 0:
            return None
        return self.number if self.first_pass else self.state.deep_page

    def record(self, keep_walking: bool) -> None:
        state = self.state
        self.budget -= 1
        if not self.first_pass:
            state.deep_page = state.deep_page + 1 if state.deep_page is not None and state.deeper else None
        elif keep_walking:
            self.number += 1
            if self.budget <= 0:
                state.deep_page = max(state.deep_page or 0, self.number)
        else:
            self.first_pass = False


class BusListener(Protocol):
    """What a result bus calls on a subscribed waiter."""

    def feed(self, event: Event) -> object: ...

    def gap(self) -> None: ...


class BusSubscription(Protocol):
    def close(self) -> None: ...


class Bus(Protocol):
    """A result bus as a waiter sees it (`cobalt_sdk.bus`): subscribe, get events and gap notices."""

    def subscribe(self, listener: BusListener) -> BusSubscription: ...


SourceT = TypeVar("SourceT", JobSource, AsyncJobSource)


class _WaiterOptions(Generic[SourceT]):
    """Settings and bookkeeping shared by both waiters."""

    _source: SourceT

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        poll_interval: float,
        polling: bool,
        fallback_after: float,
        page_size: int,
        bus: Bus | None,
    ) -> None:
        self.poll_interval = poll_interval
        self.polling = polling
        self.page_size = page_size
        self._state = _WaiterState(clock, fallback_after)
        #: Set when the bus may have missed messages: the next interval scans even with polling off.
        self._gap = False
        self._setup()
        self._subscription: BusSubscription | None = None

    def _setup(self) -> None:
        """Create the twin's own synchronisation primitives."""

    @property
    def requests(self) -> int:
        """API requests this waiter has made."""
        return self._state.requests

    @property
    def tracked(self) -> int:
        """Jobs held: pending, or resolved and not handed back yet."""
        return len(self._state.jobs)

    def gap(self) -> None:
        """The bus may have lost messages (Redis restarted, a network blip): scan at the next interval."""
        self._gap = True

    def close(self) -> None:
        """Stop listening to the bus (if any)."""
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None

    def _scan_query(self, floor: datetime.datetime, number: int) -> dict[str, Any]:
        return {"start_date": floor.date(), "sort": "-created_at", "page": number, "page_size": self.page_size}

    def _should_poll(self) -> bool:
        if self._gap:
            self._gap = False
            return True
        return self.polling


def _ids(jobs: Iterable[object]) -> list[str]:
    return list(dict.fromkeys(_job_id(job) for job in jobs))


class JobWaiter(_WaiterOptions[JobSource]):
    """Wait for any number of jobs with one request per interval (threads).

    Options (both waiters): `poll_interval` seconds between shared scans, `polling=False` to rely
    on `feed()` or the bus alone (with a bus, a gap still triggers a scan and stragglers are
    still looked up), `fallback_after` seconds before a straggler is looked up on its own,
    `page_size` of the scans, `bus` a result bus (`cobalt_sdk.bus.InProcessBus`, `RedisBus`)
    whose events resolve this waiter's jobs.
    """

    def __init__(
        self,
        client: JobSource | HasJobSource,
        *,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        polling: bool = True,
        fallback_after: float = C.WAITER_FALLBACK_AFTER,
        page_size: int = C.WAITER_PAGE_SIZE,
        bus: Bus | None = None,
    ) -> None:
        self._source = sync_source(client)
        super().__init__(
            clock=self._source.clock,
            poll_interval=poll_interval,
            polling=polling,
            fallback_after=fallback_after,
            page_size=page_size,
            bus=bus,
        )
        if bus is not None:
            self._subscription = bus.subscribe(self)

    def _setup(self) -> None:
        self._lock = threading.Lock()
        self._wakeup = threading.Event()

    @overload
    def add(self, job: Job[Any, E] | AsyncJob[Any, E]) -> JobResult[E]: ...
    @overload
    def add(self, job: str | int) -> JobResult[Event]: ...
    def add(self, job: JobRef) -> JobResult[Any]:
        """Track a job (a `Job` handle, or a job id); resolves at once if its event came first."""
        with self._lock:
            return self._state.add(job)

    def add_all(self, jobs: Iterable[JobRef]) -> list[JobResult[Any]]:
        return [self.add(job) for job in jobs]

    def feed(self, event: Event) -> bool:
        """Hand a received webhook event to the waiter; True if it resolved a pending job."""
        with self._lock:
            resolved = self._state.dispatch(event)
        if resolved:
            self._wakeup.set()
        return resolved

    def gap(self) -> None:
        super().gap()
        self._wakeup.set()

    def poll_once(self) -> int:
        """One shared scan of recent events (plus per-job lookups for stragglers)."""
        state = self._state
        with self._lock:
            if not state.pending():
                return 0
            floor = state.floor()
        resolved, plan = 0, _ScanPlan(state)
        while (number := plan.next_page()) is not None:
            page = self._source.list_events(**self._scan_query(floor, number))
            state.requests += 1
            with self._lock:
                n, keep_walking = state.scan_page(page, floor)
                plan.record(keep_walking)
            resolved += n
        return resolved + self.look_up_stragglers()

    def look_up_stragglers(self) -> int:
        """Per-job lookups for jobs pending over `fallback_after` s (at most a few per call).

        With a bus this runs every interval even with polling off: the safety net for a bus
        message lost without a gap being noticed (a Redis restart faster than a read).
        """
        state = self._state
        with self._lock:
            stragglers = state.due_for_lookup()
        resolved = 0
        for r in stragglers:
            state.requests += 1
            event: Outcome
            try:
                event = find_event(self._source, r.job_id)
            except JobEventError as exc:
                event = exc
            if event is not None:
                with self._lock:
                    resolved += int(state.dispatch(event, "lookup", r.job_id))
        return resolved

    @overload
    def wait_all(self, jobs: Iterable[Job[Any, E]], timeout: float = ...) -> list[JobResult[E]]: ...
    @overload
    def wait_all(self, jobs: Iterable[str | int] | None = None, timeout: float = ...) -> list[JobResult[Event]]: ...
    def wait_all(
        self, jobs: Iterable[JobRef] | None = None, timeout: float = C.DEFAULT_JOB_TIMEOUT
    ) -> list[JobResult[Any]]:
        """Block until every job in `jobs` (default: every job tracked now) resolved or `timeout`
        passed; their results in the order given. The results leave the waiter (handed back)."""
        with self._lock:
            ids = _ids(jobs) if jobs is not None else list(self._state.jobs)
            for job_id in ids:
                self._state.add(job_id)
            remaining = self._state.watch(ids)
        deadline = self._state.clock() + timeout
        try:
            self._run_until(lambda: not remaining, deadline)
        finally:
            with self._lock:
                self._state.unwatch(remaining)
        with self._lock:
            self._state.expire(ids, deadline, timeout)
            return self._state.take(ids)

    def take(self, jobs: Iterable[JobRef]) -> list[JobResult[Any]]:
        """The results of these jobs now (pending ones stay tracked; resolved ones leave)."""
        with self._lock:
            return self._state.take(_ids(jobs))

    @overload
    def wait(self, job: Job[Any, E] | AsyncJob[Any, E], timeout: float = ...) -> E: ...
    @overload
    def wait(self, job: str | int, timeout: float = ...) -> Event: ...
    def wait(self, job: JobRef, timeout: float = C.DEFAULT_JOB_TIMEOUT) -> Any:
        """Wait for one job (others keep being resolved); its event, or raise. The result leaves the waiter."""
        result = self.add(job)
        self._run_until(lambda: result.done, self._state.clock() + timeout)
        with self._lock:
            if not result.done:
                result.error = JobTimeoutError(result.job_id, timeout)
            self._state.take([result.job_id])
        return result.result()

    def _run_until(self, finished: Callable[[], bool], deadline: float) -> None:
        """Scan (when polling) and sleep, one interval at a time, until `finished()` or the deadline."""
        clock = self._state.clock
        while not finished() and clock() < deadline:
            try:
                if self._should_poll():
                    self.poll_once()
                elif self._subscription is not None:
                    self.look_up_stragglers()
            except TRANSIENT as exc:
                logger.info("job waiter: transient error while polling (%s)", type(exc).__name__)
            if finished():
                break
            self._sleep(max(0.0, min(self.poll_interval, deadline - clock())), finished)

    def _sleep(self, seconds: float, finished: Callable[[], bool] = lambda: True) -> None:
        """Sleep one interval; in real time a fed event or a gap cuts it short, but only once
        `finished()` or a gap is due: each resolved job wakes every wait, and a wait that is not
        done yet sleeps on rather than scan or look up stragglers once per event."""
        sleep = self._source.sleep
        if sleep is not time.sleep:  # an injected (fake) sleep
            sleep(seconds)
            return
        end = time.monotonic() + seconds
        while True:
            self._wakeup.wait(max(0.0, end - time.monotonic()))
            self._wakeup.clear()
            if self._gap or finished() or time.monotonic() >= end:
                return


class AsyncJobWaiter(_WaiterOptions[AsyncJobSource]):
    """The asyncio twin of `JobWaiter`. `feed()` may be called from another thread (a sync bus)."""

    def __init__(
        self,
        client: AsyncJobSource | HasAsyncJobSource,
        *,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        polling: bool = True,
        fallback_after: float = C.WAITER_FALLBACK_AFTER,
        page_size: int = C.WAITER_PAGE_SIZE,
        bus: Bus | None = None,
    ) -> None:
        self._source = async_source(client)
        super().__init__(
            clock=self._source.clock,
            poll_interval=poll_interval,
            polling=polling,
            fallback_after=fallback_after,
            page_size=page_size,
            bus=bus,
        )
        if bus is not None:
            self._subscription = bus.subscribe(self)

    def _setup(self) -> None:
        self._lock = threading.Lock()  # held only for dispatch bookkeeping, never across an await
        self._wakeup = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    @overload
    def add(self, job: Job[Any, E] | AsyncJob[Any, E]) -> JobResult[E]: ...
    @overload
    def add(self, job: str | int) -> JobResult[Event]: ...
    def add(self, job: JobRef) -> JobResult[Any]:
        with self._lock:
            return self._state.add(job)

    def add_all(self, jobs: Iterable[JobRef]) -> list[JobResult[Any]]:
        return [self.add(job) for job in jobs]

    def _wake(self) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._wakeup.set()
        else:
            loop.call_soon_threadsafe(self._wakeup.set)

    def feed(self, event: Event) -> bool:
        with self._lock:
            resolved = self._state.dispatch(event)
        if resolved:
            self._wake()
        return resolved

    def gap(self) -> None:
        super().gap()
        self._wake()

    async def poll_once(self) -> int:
        state = self._state
        with self._lock:
            if not state.pending():
                return 0
            floor = state.floor()
        resolved, plan = 0, _ScanPlan(state)
        while (number := plan.next_page()) is not None:
            page = await self._source.list_events(**self._scan_query(floor, number))
            state.requests += 1
            with self._lock:
                n, keep_walking = state.scan_page(page, floor)
                plan.record(keep_walking)
            resolved += n
        return resolved + await self.look_up_stragglers()

    async def look_up_stragglers(self) -> int:
        state = self._state
        with self._lock:
            stragglers = state.due_for_lookup()
        resolved = 0
        for r in stragglers:
            state.requests += 1
            event: Outcome
            try:
                event = await afind_event(self._source, r.job_id)
            except JobEventError as exc:
                event = exc
            if event is not None:
                with self._lock:
                    resolved += int(state.dispatch(event, "lookup", r.job_id))
        return resolved

    @overload
    async def wait_all(self, jobs: Iterable[AsyncJob[Any, E]], timeout: float = ...) -> list[JobResult[E]]: ...
    @overload
    async def wait_all(
        self, jobs: Iterable[str | int] | None = None, timeout: float = ...
    ) -> list[JobResult[Event]]: ...
    async def wait_all(
        self, jobs: Iterable[JobRef] | None = None, timeout: float = C.DEFAULT_JOB_TIMEOUT
    ) -> list[JobResult[Any]]:
        with self._lock:
            ids = _ids(jobs) if jobs is not None else list(self._state.jobs)
            for job_id in ids:
                self._state.add(job_id)
            remaining = self._state.watch(ids)
        deadline = self._state.clock() + timeout
        try:
            await self._run_until(lambda: not remaining, deadline)
        finally:
            with self._lock:
                self._state.unwatch(remaining)
        with self._lock:
            self._state.expire(ids, deadline, timeout)
            return self._state.take(ids)

    def take(self, jobs: Iterable[JobRef]) -> list[JobResult[Any]]:
        with self._lock:
            return self._state.take(_ids(jobs))

    @overload
    async def wait(self, job: Job[Any, E] | AsyncJob[Any, E], timeout: float = ...) -> E: ...
    @overload
    async def wait(self, job: str | int, timeout: float = ...) -> Event: ...
    async def wait(self, job: JobRef, timeout: float = C.DEFAULT_JOB_TIMEOUT) -> Any:
        result = self.add(job)
        await self._run_until(lambda: result.done, self._state.clock() + timeout)
        with self._lock:
            if not result.done:
                result.error = JobTimeoutError(result.job_id, timeout)
            self._state.take([result.job_id])
        return result.result()

    async def _run_until(self, finished: Callable[[], bool], deadline: float) -> None:
        self._loop = asyncio.get_running_loop()
        clock = self._state.clock
        while not finished() and clock() < deadline:
            try:
                if self._should_poll():
                    await self.poll_once()
                elif self._subscription is not None:
                    await self.look_up_stragglers()
            except TRANSIENT as exc:
                logger.info("job waiter: transient error while polling (%s)", type(exc).__name__)
            if finished():
                break
            await self._sleep(max(0.0, min(self.poll_interval, deadline - clock())), finished)

    async def _sleep(self, seconds: float, finished: Callable[[], bool] = lambda: True) -> None:
        """As `JobWaiter._sleep`: a wake-up ends the interval only when `finished()` or a gap is due."""
        sleep = self._source.sleep
        if sleep is not asyncio.sleep:
            await sleep(seconds)
            return
        loop = asyncio.get_running_loop()
        end = loop.time() + seconds
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), timeout=max(0.0, end - loop.time()))
            self._wakeup.clear()
            if self._gap or finished() or loop.time() >= end:
                return


__all__ = ["AsyncJobWaiter", "Bus", "BusListener", "JobResult", "JobWaiter"]
