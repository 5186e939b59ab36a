"""Handles for asynchronous Cobalt jobs: wait for the outcome event of one job.

A write returns at once with a `job_id`; the outcome arrives later as a webhook event and is also
recorded for `GET /webhook-events?job_id=...`. `Job.wait()` polls that endpoint until the event
appears and returns it typed, or raises `JobFailedError` for a failure event and
`JobTimeoutError` when time runs out. For many jobs at once use `JobWaiter` (one request per
interval for all of them) instead of waiting on each job.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from . import _constants as C
from . import _telemetry
from ._errors import (
    APIConnectionError,
    InternalServerError,
    JobError,
    JobFailedError,
    JobTimeoutError,
    RateLimitError,
)
from ._types import Operation
from .webhooks._events import normalise_job_id, parse_event

if TYPE_CHECKING:
    from ._client import AsyncCobalt, Cobalt

logger = logging.getLogger("cobalt_sdk")

R = TypeVar("R")
E = TypeVar("E")

# Errors that mean "ask again later", never "the job is lost".
TRANSIENT = (APIConnectionError, RateLimitError, InternalServerError)


def record_to_event(record: Any) -> Any:
    """Turn a `GET /webhook-events` record into the typed event a webhook would have carried."""
    raw = record.to_dict() if hasattr(record, "to_dict") else dict(record)
    envelope: dict[str, Any] = {
        "id": raw.get("event_id") or raw.get("id"),
        "object": "event",
        "created": raw.get("created_at") or raw.get("created"),
        "type": raw.get("event_type") or raw.get("type"),
        "data": raw.get("data") if isinstance(raw.get("data"), dict) else {},
    }
    if raw.get("job_id") is not None:
        envelope["job_id"] = str(raw["job_id"])
    if raw.get("access_token_reference_id") is not None:
        envelope["access_token_reference_id"] = raw["access_token_reference_id"]
    return parse_event({k: v for k, v in envelope.items() if v is not None})


def is_failure(event: Any) -> bool:
    """Whether an outcome event reports a failure (from the spec's `x-outcome`, else its name)."""
    from cobalt_api_client import models

    event_type = str(getattr(event, "type", ""))
    outcome = getattr(models, "EVENT_OUTCOMES", {}).get(event_type)
    if outcome is not None:
        return bool(outcome == "failure")
    return "fail" in event_type.rsplit(".", 1)[-1]


def outcome(job_id: str, event: E) -> E:
    """Return a success event, raise `JobFailedError` for a failure event."""
    if is_failure(event):
        data: Any = getattr(event, "data", None)
        raw: dict[str, Any] = data.to_dict() if hasattr(data, "to_dict") else (data if isinstance(data, dict) else {})
        reason = raw.get("failure_reason")
        reasons = raw.get("reasons") if isinstance(raw.get("reasons"), list) else []
        raise JobFailedError(job_id, event, reason if isinstance(reason, str) else None, cast(list[Any], reasons))
    return event


def require_job_id(job_id: str | None, operation: str) -> str:
    if job_id is None:
        raise JobError(
            f"{operation}: the response carries no job_id, so the job cannot be polled; "
            "its outcome arrives only as a webhook event"
        )
    return job_id


def first_event_for(page: Any, job_id: str) -> Any | None:
    """The first record of a `GET /webhook-events` page that belongs to this job, as its event.

    Only a record whose `job_id` is this job's counts: a record of another job, or one with no
    `job_id` at all, is never taken for this job's outcome, whatever the server sent.
    """
    for record in getattr(page, "webhook_events", None) or []:
        if normalise_job_id(getattr(record, "job_id", None)) == job_id:
            return record_to_event(record)
    return None


class Job(Generic[R, E]):
    """The result of a write that runs as an asynchronous job in the EHR."""

    def __init__(self, response: R, client: Cobalt, op: Operation, event: type[E]) -> None:
        self.response = response
        #: The job id, or None when Cobalt's response carried none (some documented versions
        #: return none; the outcome then arrives only as a webhook).
        self.job_id: str | None = normalise_job_id(getattr(response, "job_id", None))
        self.operation = op.name
        self._client = client

    def __repr__(self) -> str:
        return f"Job(job_id={self.job_id!r}, operation={self.operation!r})"

    def poll(self) -> E | None:
        """One look at `GET /webhook-events` for this job: the outcome event, or None yet."""
        job_id = require_job_id(self.job_id, self.operation)
        page = self._client.webhook_events.list(job_id=job_id).page
        event = first_event_for(page, job_id)
        return None if event is None else outcome(job_id, event)

    @_telemetry.traced_wait
    def wait(self, timeout: float = C.DEFAULT_JOB_TIMEOUT, poll_interval: float = C.DEFAULT_POLL_INTERVAL) -> E:
        """Block until the job's outcome event arrives; return it or raise."""
        clock: Callable[[], float] = self._client._clock
        sleep: Callable[[float], None] = self._client._sleep
        job_id = require_job_id(self.job_id, self.operation)
        deadline = clock() + timeout
        while True:
            try:
                result = self.poll()
            except TRANSIENT as exc:
                logger.info(
                    "job %s: transient error while polling (%s); polling again", self.job_id, type(exc).__name__
                )
                result = None
            if result is not None:
                return result
            remaining = deadline - clock()
            if remaining <= 0:
                raise JobTimeoutError(job_id, timeout)
            sleep(min(poll_interval, remaining))


class AsyncJob(Generic[R, E]):
    """The asyncio twin of `Job`."""

    def __init__(self, response: R, client: AsyncCobalt, op: Operation, event: type[E]) -> None:
        self.response = response
        #: The job id, or None when Cobalt's response carried none (some documented versions
        #: return none; the outcome then arrives only as a webhook).
        self.job_id: str | None = normalise_job_id(getattr(response, "job_id", None))
        self.operation = op.name
        self._client = client

    def __repr__(self) -> str:
        return f"AsyncJob(job_id={self.job_id!r}, operation={self.operation!r})"

    async def poll(self) -> E | None:
        job_id = require_job_id(self.job_id, self.operation)
        page = (await self._client.webhook_events.list(job_id=job_id)).page
        event = first_event_for(page, job_id)
        return None if event is None else outcome(job_id, event)

    @_telemetry.traced_async_wait
    async def wait(self, timeout: float = C.DEFAULT_JOB_TIMEOUT, poll_interval: float = C.DEFAULT_POLL_INTERVAL) -> E:
        clock: Callable[[], float] = self._client._clock
        sleep: Callable[[float], Awaitable[None]] = self._client._sleep
        job_id = require_job_id(self.job_id, self.operation)
        deadline = clock() + timeout
        while True:
            try:
                result = await self.poll()
            except TRANSIENT as exc:
                logger.info(
                    "job %s: transient error while polling (%s); polling again", self.job_id, type(exc).__name__
                )
                result = None
            if result is not None:
                return result
            remaining = deadline - clock()
            if remaining <= 0:
                raise JobTimeoutError(job_id, timeout)
            await sleep(min(poll_interval, remaining))
