"""Handles for asynchronous Cobalt jobs: wait for the outcome event of one job.

A write returns at once with a `job_id`; the outcome arrives later as a webhook event and is also
recorded for `GET /webhook-events?job_id=...`. `Job.wait()` polls that endpoint until the event
appears and returns it typed, or raises `JobFailedError` for a failure event and
`JobTimeoutError` when time runs out. For many jobs at once use `JobWaiter` (one request per
interval for all of them) instead of waiting on each job.

The job layer depends on a narrow interface, not on the client: a `JobSource` (one page of
`GET /webhook-events` for given query parameters, a clock, a sleep) and its asyncio twin
`AsyncJobSource`. The clients build one (`Cobalt.job_source`); tests and other transports can
pass their own.

Polled records and fed webhook events go through one parser (`parse_record`) with one error:
a record that does not match its event schema ends its job with `JobEventError` (raised by
`Job.wait()`, set as the job's error by `JobWaiter`), never a silent skip or a timeout.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from . import _constants as C
from . import _telemetry
from ._errors import (
    APIConnectionError,
    InternalServerError,
    JobError,
    JobEventError,
    JobFailedError,
    JobTimeoutError,
    RateLimitError,
    WebhookPayloadError,
)
from ._frozen import Frozen
from ._types import Operation

if TYPE_CHECKING:
    from .webhooks._event_union import Event

logger = logging.getLogger("cobalt_sdk")

R = TypeVar("R")
E = TypeVar("E")

# Errors that mean "ask again later", never "the job is lost".
TRANSIENT = (APIConnectionError, RateLimitError, InternalServerError)

#: A page of `GET /webhook-events` (the generated response model): `webhook_events` and `pagination`.
EventsPage = Any


class JobSource(Frozen):
    """What a sync job handle or waiter needs: `list_events(**query)` returns one page of
    `GET /webhook-events`; `clock()` is monotonic seconds; `sleep(seconds)` waits."""

    _fields = ("list_events", "clock", "sleep")
    __slots__ = _fields
    list_events: Callable[..., EventsPage]
    clock: Callable[[], float]
    sleep: Callable[[float], None]

    def __init__(
        self, list_events: Callable[..., EventsPage], clock: Callable[[], float], sleep: Callable[[float], None]
    ) -> None:
        self._assign(list_events=list_events, clock=clock, sleep=sleep)


class AsyncJobSource(Frozen):
    """The asyncio twin of `JobSource` (`list_events` and `sleep` are coroutines)."""

    _fields = ("list_events", "clock", "sleep")
    __slots__ = _fields
    list_events: Callable[..., Awaitable[EventsPage]]
    clock: Callable[[], float]
    sleep: Callable[[float], Awaitable[None]]

    def __init__(
        self,
        list_events: Callable[..., Awaitable[EventsPage]],
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        self._assign(list_events=list_events, clock=clock, sleep=sleep)


class HasJobSource(Protocol):
    @property
    def job_source(self) -> JobSource: ...


class HasAsyncJobSource(Protocol):
    @property
    def job_source(self) -> AsyncJobSource: ...


def sync_source(owner: JobSource | HasJobSource) -> JobSource:
    return owner if isinstance(owner, JobSource) else owner.job_source


def async_source(owner: AsyncJobSource | HasAsyncJobSource) -> AsyncJobSource:
    return owner if isinstance(owner, AsyncJobSource) else owner.job_source


def _field(raw: Mapping[str, Any], *names: str) -> Any:
    for name in names:
        value = raw.get(name)
        if value is not None:
            return value
    return None


def record_id(record: object) -> str | None:
    """The event id of a `GET /webhook-events` record (generated model or dict)."""
    raw = record if isinstance(record, Mapping) else None
    value = _field(raw, "event_id", "id") if raw is not None else None
    if value is None:
        value = getattr(record, "event_id", None) or getattr(record, "id", None)
    return value if isinstance(value, str) else None


def normalise_job_id(value: object) -> str | None:
    """`webhooks._events.normalise_job_id`, imported on first use: the webhook event parsers stay
    off the path of a client's first call (they are needed only once a job is waited on)."""
    from .webhooks._events import normalise_job_id as normalise

    return normalise(value)


def record_job_id(record: object) -> str | None:
    raw = record.get("job_id") if isinstance(record, Mapping) else getattr(record, "job_id", None)
    return normalise_job_id(raw)


def record_envelope(record: object) -> dict[str, Any]:
    """A `GET /webhook-events` record as the webhook envelope Cobalt would have delivered."""
    to_dict = getattr(record, "to_dict", None)
    mapping: Any = record  # a generated model (has `to_dict`) or a mapping
    raw: dict[str, Any] = to_dict() if callable(to_dict) else dict(mapping)
    envelope: dict[str, Any] = {
        "id": _field(raw, "event_id", "id"),
        "object": "event",
        "created": _field(raw, "created_at", "created"),
        "type": _field(raw, "event_type", "type"),
        "data": raw.get("data") if isinstance(raw.get("data"), dict) else {},
    }
    if raw.get("job_id") is not None:
        envelope["job_id"] = str(raw["job_id"])
    if raw.get("access_token_reference_id") is not None:
        envelope["access_token_reference_id"] = raw["access_token_reference_id"]
    return {k: v for k, v in envelope.items() if v is not None}


def parse_record(record: object, job_id: str | None = None) -> Event:
    """The typed event for a polled record; `JobEventError` if it breaks its event's schema."""
    from .webhooks._events import event_from_json

    try:
        event: Event = event_from_json(record_envelope(record))
    except WebhookPayloadError as exc:
        raise JobEventError(job_id or record_job_id(record) or "?", record_id(record), exc.field) from None
    return event


def is_failure(event: object) -> bool:
    """Whether an outcome event reports a failure (from the spec's `x-outcome`, else its name)."""
    from cobalt_api_client import models

    event_type = str(getattr(event, "type", ""))
    outcome = models.EVENT_OUTCOMES.get(event_type)
    if outcome is not None:
        return bool(outcome == "failure")
    return "fail" in event_type.rpartition(".")[2]


def outcome(job_id: str, event: E) -> E:
    """Return a success event, raise `JobFailedError` for a failure event."""
    if is_failure(event):
        data: Any = getattr(event, "data", None)
        raw: dict[str, Any] = data.to_dict() if hasattr(data, "to_dict") else (data if isinstance(data, dict) else {})
        reason = raw.get("failure_reason")
        reasons: list[Any] = raw["reasons"] if isinstance(raw.get("reasons"), list) else []
        raise JobFailedError(job_id, event, reason if isinstance(reason, str) else None, reasons)
    return event


def require_job_id(job_id: str | None, operation: str) -> str:
    if job_id is None:
        raise JobError(
            f"{operation}: the response carries no job_id, so the job cannot be polled; "
            "its outcome arrives only as a webhook event"
        )
    return job_id


def first_record_for(page: EventsPage, job_id: str) -> object | None:
    """The first record of a `GET /webhook-events` page that belongs to this job.

    Only a record whose `job_id` is this job's counts: a record of another job, or one with no
    `job_id` at all, is never taken for this job's outcome, whatever the server sent.
    """
    for record in getattr(page, "webhook_events", None) or []:
        if record_job_id(record) == job_id:
            found: object = record
            return found
    return None


def has_next_page(page: EventsPage, number: int) -> bool:
    records = getattr(page, "webhook_events", None) or []
    total = getattr(getattr(page, "pagination", None), "total_pages", None)
    if not records:
        return False
    return isinstance(total, int) and not isinstance(total, bool) and number < total


def lookup_query(job_id: str, number: int) -> dict[str, Any]:
    return {"job_id": job_id, "page": number} if number > 1 else {"job_id": job_id}


def find_event(source: JobSource, job_id: str) -> Event | None:
    """Look up one job's event, page by page (bounded): a server that ignores the `job_id`
    filter (older API versions) returns every job's events, and ours may be past page 1."""
    for number in range(1, C.JOB_LOOKUP_MAX_PAGES + 1):
        page = source.list_events(**lookup_query(job_id, number))
        record = first_record_for(page, job_id)
        if record is not None:
            return parse_record(record, job_id)
        if not has_next_page(page, number):
            return None
    return None


async def afind_event(source: AsyncJobSource, job_id: str) -> Event | None:
    """The asyncio twin of `find_event`."""
    for number in range(1, C.JOB_LOOKUP_MAX_PAGES + 1):
        page = await source.list_events(**lookup_query(job_id, number))
        record = first_record_for(page, job_id)
        if record is not None:
            return parse_record(record, job_id)
        if not has_next_page(page, number):
            return None
    return None


def _log_transient(job_id: str | None, exc: Exception) -> None:
    logger.info("job %s: transient error while polling (%s); polling again", job_id, type(exc).__name__)


class Job(Generic[R, E]):
    """The result of a write that runs as an asynchronous job in the EHR."""

    def __init__(self, response: R, source: JobSource | HasJobSource, op: Operation, event: type[E]) -> None:
        self.response = response
        #: The job id, or None when Cobalt's response carried none (some documented versions
        #: return none; the outcome then arrives only as a webhook).
        self.job_id: str | None = normalise_job_id(getattr(response, "job_id", None))
        self.operation = op.name
        self._source = sync_source(source)

    def __repr__(self) -> str:
        return f"Job(job_id={self.job_id!r}, operation={self.operation!r})"

    def poll(self) -> E | None:
        """One look at `GET /webhook-events` for this job: the outcome event, or None yet."""
        job_id = require_job_id(self.job_id, self.operation)
        found: Any = find_event(self._source, job_id)
        if found is None:
            return None
        event: E = found  # the event type this job's operation ends with
        return outcome(job_id, event)

    @_telemetry.traced_wait
    def wait(self, timeout: float = C.DEFAULT_JOB_TIMEOUT, poll_interval: float = C.DEFAULT_POLL_INTERVAL) -> E:
        """Block until the job's outcome event arrives; return it or raise."""
        clock, sleep = self._source.clock, self._source.sleep
        job_id = require_job_id(self.job_id, self.operation)
        deadline = clock() + timeout
        while True:
            try:
                result = self.poll()
            except TRANSIENT as exc:
                _log_transient(self.job_id, exc)
                result = None
            if result is not None:
                return result
            remaining = deadline - clock()
            if remaining <= 0:
                raise JobTimeoutError(job_id, timeout)
            sleep(min(poll_interval, remaining))


class AsyncJob(Generic[R, E]):
    """The asyncio twin of `Job`."""

    def __init__(self, response: R, source: AsyncJobSource | HasAsyncJobSource, op: Operation, event: type[E]) -> None:
        self.response = response
        #: The job id, or None when Cobalt's response carried none (some documented versions
        #: return none; the outcome then arrives only as a webhook).
        self.job_id: str | None = normalise_job_id(getattr(response, "job_id", None))
        self.operation = op.name
        self._source = async_source(source)

    def __repr__(self) -> str:
        return f"AsyncJob(job_id={self.job_id!r}, operation={self.operation!r})"

    async def poll(self) -> E | None:
        job_id = require_job_id(self.job_id, self.operation)
        found: Any = await afind_event(self._source, job_id)
        if found is None:
            return None
        event: E = found  # the event type this job's operation ends with
        return outcome(job_id, event)

    @_telemetry.traced_async_wait
    async def wait(self, timeout: float = C.DEFAULT_JOB_TIMEOUT, poll_interval: float = C.DEFAULT_POLL_INTERVAL) -> E:
        clock, sleep = self._source.clock, self._source.sleep
        job_id = require_job_id(self.job_id, self.operation)
        deadline = clock() + timeout
        while True:
            try:
                result = await self.poll()
            except TRANSIENT as exc:
                _log_transient(self.job_id, exc)
                result = None
            if result is not None:
                return result
            remaining = deadline - clock()
            if remaining <= 0:
                raise JobTimeoutError(job_id, timeout)
            await sleep(min(poll_interval, remaining))
