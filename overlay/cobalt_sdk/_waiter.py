"""Wait for many jobs at once at constant cost: one shared scan of recent events per interval.

`JobWaiter` tracks any number of pending jobs. Each interval it reads the newest events for the
whole account (`GET /webhook-events`, newest first, from the day the oldest pending job started),
walking pages only until it meets an event it has already seen, and dispatches every event to its
job by `job_id`. Events fed from a webhook receiver (`feed(event)`) resolve their job at once, so
an app that receives webhooks needs no polling; polling stays on as a safety net. A job that the
shared scan has not resolved after `fallback_after` seconds is also looked up on its own.
Duplicates (the same event seen by polling and by webhook, or delivered twice) resolve a job once.
`JobWaiter` (threads) and `AsyncJobWaiter` (asyncio) are twins and live side by side.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _constants as C
from ._errors import CobaltError, JobError, JobFailedError, JobTimeoutError
from ._jobs import TRANSIENT, first_event_for, is_failure, outcome, record_to_event
from .webhooks._events import normalise_job_id

if TYPE_CHECKING:
    from ._client import AsyncCobalt, Cobalt


logger = logging.getLogger("cobalt_sdk")

#: Hard bound on pages read by one scan, whatever the server says.
MAX_PAGES_PER_SCAN = 50


@dataclass
class JobResult:
    """The outcome of one job: its event, or the error (failed / timed out)."""

    job_id: str
    started: float
    event: Any = None
    error: JobError | None = None
    resolved_at: float | None = None
    #: How the outcome arrived: "webhook" (fed), "scan" (shared polling) or "lookup" (per-job query).
    source: str | None = None
    last_lookup: float = field(default=0.0, repr=False)

    @property
    def done(self) -> bool:
        return self.event is not None or self.error is not None

    def result(self) -> Any:
        """The success event; raises the job's error."""
        if self.error is not None:
            raise self.error
        if self.event is None:
            raise CobaltError(f"job {self.job_id} is still pending")
        return self.event


def _job_id(job: object) -> str:
    job_id = normalise_job_id(job if isinstance(job, (str, int)) else getattr(job, "job_id", None))
    if job_id is None:
        raise CobaltError("JobWaiter.add() needs a job handle or a job id")
    return job_id


def _created(record: Any) -> datetime.datetime | None:
    raw = getattr(record, "created_at", None) or getattr(record, "created", None)
    if isinstance(raw, datetime.datetime):
        return raw
    if isinstance(raw, str):
        try:
            return datetime.datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


class _WaiterState:
    """What both twins share: pending jobs, seen events, dispatch."""

    def __init__(self, clock: Callable[[], float], fallback_after: float) -> None:
        self.clock = clock
        self.fallback_after = fallback_after
        self.jobs: dict[str, JobResult] = {}
        self.seen: set[str] = set()
        self.requests = 0
        self.started_wall = datetime.datetime.now(datetime.UTC)

    def add(self, job: object) -> JobResult:
        job_id = _job_id(job)
        if job_id not in self.jobs:
            self.jobs[job_id] = JobResult(job_id, self.clock(), last_lookup=self.clock())
        return self.jobs[job_id]

    def pending(self) -> list[JobResult]:
        return [r for r in self.jobs.values() if not r.done]

    def dispatch(self, event: Any, source: str = "webhook") -> bool:
        """Resolve the job an event belongs to; False if unknown, already resolved or a duplicate."""
        job_id = normalise_job_id(getattr(event, "job_id", None))
        if job_id is None:
            return False
        result = self.jobs.get(job_id)
        if result is None or result.done:
            return False
        if is_failure(event):
            try:
                outcome(job_id, event)
            except JobFailedError as exc:
                result.error = exc
        else:
            result.event = event
        result.resolved_at = self.clock()
        result.source = source
        return True

    def scan_page(self, page: Any, floor: datetime.datetime) -> tuple[int, bool]:
        """Dispatch one page of newest-first records; returns (jobs resolved, whether to read the next page)."""
        resolved, fresh, recent = 0, False, False
        records = getattr(page, "webhook_events", None) or []
        for record in records:
            created = _created(record)
            if created is None or created.tzinfo is None or created >= floor:
                recent = True
            event_id = getattr(record, "event_id", None) or getattr(record, "id", None)
            if isinstance(event_id, str):
                if event_id in self.seen:
                    continue
                self.seen.add(event_id)
            fresh = True
            if normalise_job_id(getattr(record, "job_id", None)) in self.jobs:
                try:
                    if self.dispatch(record_to_event(record), "scan"):
                        resolved += 1
                except CobaltError as exc:
                    logger.warning("skipping an event that does not parse: %s", type(exc).__name__)
        pagination = getattr(page, "pagination", None)
        total = getattr(pagination, "total_pages", None)
        current = getattr(pagination, "current_page", None)
        # Walk on only while pages still bring unseen, recent events: a page of nothing but events
        # seen before (ties in `created_at` can interleave them) or older than the floor ends the scan.
        keep_walking = fresh and recent
        if not records or (isinstance(total, int) and isinstance(current, int) and current >= total):
            keep_walking = False
        return resolved, keep_walking

    def floor(self) -> datetime.datetime:
        """Scans stop at events older than this (the waiter's start, with slack for clock skew)."""
        return self.started_wall - datetime.timedelta(minutes=C.WAITER_CLOCK_SLACK_MINUTES)

    def due_for_lookup(self) -> list[JobResult]:
        now = self.clock()
        due = [r for r in self.pending() if now - r.last_lookup >= self.fallback_after]
        due = sorted(due, key=lambda r: r.last_lookup)[: C.WAITER_MAX_LOOKUPS_PER_SCAN]
        for r in due:
            r.last_lookup = now
        return due

    def expire(self, deadline: float, timeout: float) -> None:
        for r in self.pending():
            if self.clock() >= deadline:
                r.error = JobTimeoutError(r.job_id, timeout)


ClientT = TypeVar("ClientT", bound="Cobalt | AsyncCobalt")


class _WaiterOptions(Generic[ClientT]):
    """Settings and bookkeeping shared by both waiters."""

    def __init__(
        self,
        client: ClientT,
        *,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        polling: bool = True,
        fallback_after: float = C.WAITER_FALLBACK_AFTER,
        page_size: int = C.WAITER_PAGE_SIZE,
    ) -> None:
        self.poll_interval = poll_interval
        self.polling = polling
        self.page_size = page_size
        self._client = client
        self._state = _WaiterState(client._clock, fallback_after)
        self._setup()

    def _setup(self) -> None:
        """Create the twin's own synchronisation primitives."""

    @property
    def requests(self) -> int:
        """API requests this waiter has made."""
        return self._state.requests

    def add(self, job: object) -> JobResult:
        """Track a job (a `Job` handle, or a job id)."""
        return self._state.add(job)

    def add_all(self, jobs: Iterable[object]) -> list[JobResult]:
        return [self.add(job) for job in jobs]


class JobWaiter(_WaiterOptions["Cobalt"]):
    """Wait for any number of jobs with one request per interval (threads).

    Options (both waiters): `poll_interval` seconds between shared scans, `polling=False` to rely
    on `feed()` alone, `fallback_after` seconds before a straggler is looked up on its own,
    `page_size` of the scans.
    """

    def _setup(self) -> None:
        self._lock = threading.Lock()
        self._wakeup = threading.Event()

    def add(self, job: object) -> JobResult:
        """Track a job (a `Job` handle, or a job id)."""
        with self._lock:
            return self._state.add(job)

    def feed(self, event: Any) -> bool:
        """Hand a received webhook event to the waiter; True if it resolved a pending job."""
        with self._lock:
            resolved = self._state.dispatch(event)
        if resolved:
            self._wakeup.set()
        return resolved

    def poll_once(self) -> int:
        """One shared scan of recent events (plus per-job lookups for stragglers)."""
        state = self._state
        with self._lock:
            if not state.pending():
                return 0
            floor = state.floor()
        resolved = 0
        start = floor.date()
        for number in range(1, MAX_PAGES_PER_SCAN + 1):
            page = self._client.webhook_events.list(
                start_date=start, sort="-created_at", page=number, page_size=self.page_size
            ).page
            state.requests += 1
            with self._lock:
                n, keep_walking = state.scan_page(page, floor)
            resolved += n
            if not keep_walking:
                break
        with self._lock:
            stragglers = state.due_for_lookup()
        for r in stragglers:
            page = self._client.webhook_events.list(job_id=r.job_id).page
            state.requests += 1
            event = first_event_for(page, r.job_id)
            if event is not None:
                with self._lock:
                    resolved += int(state.dispatch(event, "lookup"))
        return resolved

    def wait_all(self, timeout: float = C.DEFAULT_JOB_TIMEOUT) -> list[JobResult]:
        """Block until every tracked job resolved or `timeout` passed; results in the order added."""
        deadline = self._state.clock() + timeout

        def finished() -> bool:
            with self._lock:
                return not self._state.pending()

        self._run_until(finished, deadline)
        with self._lock:
            self._state.expire(deadline, timeout)
            return list(self._state.jobs.values())

    def wait(self, job: object, timeout: float = C.DEFAULT_JOB_TIMEOUT) -> Any:
        """Wait for one tracked job (others keep being resolved); its event, or raise."""
        result = self.add(job)
        self._run_until(lambda: result.done, self._state.clock() + timeout)
        if not result.done:
            result.error = JobTimeoutError(result.job_id, timeout)
        return result.result()

    def _run_until(self, finished: Callable[[], bool], deadline: float) -> None:
        """Scan (when polling) and sleep, one interval at a time, until `finished()` or the deadline."""
        clock = self._state.clock
        while not finished() and clock() < deadline:
            if self.polling:
                try:
                    self.poll_once()
                except TRANSIENT as exc:
                    logger.info("job waiter: transient error while polling (%s)", type(exc).__name__)
            if finished():
                break
            self._sleep(max(0.0, min(self.poll_interval, deadline - clock())))

    def _sleep(self, seconds: float) -> None:
        sleep = self._client._sleep
        if sleep is time.sleep:  # real time: a fed webhook event cuts the wait short
            self._wakeup.wait(seconds)
            self._wakeup.clear()
        else:  # an injected (fake) sleep
            sleep(seconds)


class AsyncJobWaiter(_WaiterOptions["AsyncCobalt"]):
    """The asyncio twin of `JobWaiter`."""

    def _setup(self) -> None:
        self._wakeup = asyncio.Event()

    def feed(self, event: Any) -> bool:
        resolved = self._state.dispatch(event)
        if resolved:
            self._wakeup.set()
        return resolved

    async def poll_once(self) -> int:
        state = self._state
        if not state.pending():
            return 0
        floor = state.floor()
        resolved = 0
        for number in range(1, MAX_PAGES_PER_SCAN + 1):
            page = (
                await self._client.webhook_events.list(
                    start_date=floor.date(), sort="-created_at", page=number, page_size=self.page_size
                )
            ).page
            state.requests += 1
            n, keep_walking = state.scan_page(page, floor)
            resolved += n
            if not keep_walking:
                break
        for r in state.due_for_lookup():
            page = (await self._client.webhook_events.list(job_id=r.job_id)).page
            state.requests += 1
            event = first_event_for(page, r.job_id)
            if event is not None:
                resolved += int(state.dispatch(event, "lookup"))
        return resolved

    async def wait_all(self, timeout: float = C.DEFAULT_JOB_TIMEOUT) -> list[JobResult]:
        deadline = self._state.clock() + timeout
        await self._run_until(lambda: not self._state.pending(), deadline)
        self._state.expire(deadline, timeout)
        return list(self._state.jobs.values())

    async def wait(self, job: object, timeout: float = C.DEFAULT_JOB_TIMEOUT) -> Any:
        result = self.add(job)
        await self._run_until(lambda: result.done, self._state.clock() + timeout)
        if not result.done:
            result.error = JobTimeoutError(result.job_id, timeout)
        return result.result()

    async def _run_until(self, finished: Callable[[], bool], deadline: float) -> None:
        clock = self._state.clock
        while not finished() and clock() < deadline:
            if self.polling:
                try:
                    await self.poll_once()
                except TRANSIENT as exc:
                    logger.info("job waiter: transient error while polling (%s)", type(exc).__name__)
            if finished():
                break
            await self._sleep(max(0.0, min(self.poll_interval, deadline - clock())))

    async def _sleep(self, seconds: float) -> None:
        sleep = self._client._sleep
        if sleep is asyncio.sleep:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), timeout=seconds)
            self._wakeup.clear()
        else:
            await sleep(seconds)
