"""Async jobs: writes return a job id at once; the scheduler finishes each one after ``job_delay``.

The scheduler gets what it needs and nothing more: the store, the clock, the config, the spec (for the
failure event an operation documents), one bound completer per job kind, and ``emit`` to publish events.
It never sees the :class:`~cobalt_sandbox.state.Sandbox` that owns it.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from cobalt_sandbox.clock import Clock
from cobalt_sandbox.config import SandboxConfig
from cobalt_sandbox.event_types import EventName, event_name
from cobalt_sandbox.profiles.timing import duration
from cobalt_sandbox.reasons import failure, reason
from cobalt_sandbox.seed import hex_id
from cobalt_sandbox.spec import JSON, Operation, Spec
from cobalt_sandbox.store import Store

log = logging.getLogger("cobalt_sandbox.jobs")
# The failure reason a job gets when finishing it raised (says nothing about the data involved).
FINISH_ERROR = "The sandbox could not finish this job: internal error."


@dataclass
class Outcome:
    """What a finished job produced: events to emit as (type, data context)."""

    events: list[tuple[EventName, JSON]]


# finish(job, failure_reason or None) -> Outcome: a completer bound to what it works on
Finish = Callable[[JSON, "str | None"], Outcome]


class Emit(Protocol):
    """Publish one event (``EventBus.emit``)."""

    def __call__(
        self, event_type: EventName, ctx: JSON, job_id: int | str | None = ..., token: str | None = ...
    ) -> JSON: ...


class NoCompleter(LookupError):
    """A job was submitted for an operation no completer finishes (it would end with no event)."""


class Scheduler:
    """Keeps pending jobs in a heap keyed by due time and completes the due ones whenever it is ticked.

    A tick touches only the jobs that are due, so its cost does not grow with the jobs ever created.
    The heap holds (due, sequence, job key); the store stays the record of truth and the heap is rebuilt
    from its pending jobs after a load from SQLite or a reset.
    """

    def __init__(
        self,
        store: Store,
        clock: Clock,
        config: SandboxConfig,
        spec: Spec,
        completers: Mapping[str, Finish],
        emit: Emit,
    ) -> None:
        self.store = store
        self.clock = clock
        self.config = config
        self.spec = spec
        self.completers = dict(completers)
        self.emit = emit
        self.rng = random.Random(f"jobs:{config.seed}")
        self.fail_next: dict[str, list[str]] = {}
        self.finished = 0  # jobs completed by this process (succeeded or failed)
        self._due: list[tuple[float, int, str]] = []
        self._seq = itertools.count()
        self.rebuild()

    def rebuild(self) -> None:
        """Queue every pending job the store holds (in store order, so equal due times keep it)."""
        self._due = [
            (float(job["due"]), next(self._seq), key)
            for key, job in self.store.col("jobs").items()
            if job.get("status") == "pending"
        ]
        heapq.heapify(self._due)

    def submit(
        self, op: Operation, ctx: JSON, fail_reason: str | None, token: str | None, as_int: bool | None = None
    ) -> int | str:
        """Queue a job for ``op``; returns its public job id (int or string like the docs show).

        Raises :class:`NoCompleter` (before anything is stored) when no completer finishes ``op``'s jobs.
        """
        if op.op_id not in self.completers:
            raise NoCompleter(f"no completer for jobs of {op.op_id}; add one to its module's COMPLETERS table")
        number = self.store.counter("job", start=10001)
        use_int = op.job_id_is_int() if as_int is None else as_int
        job_id: int | str = number if use_int else f"job_{hex_id(self.config.seed, number)[:20]}"
        fail_reason = fail_reason or self._claim_fail_next(op.op_id)
        cfg = self.config
        due = self.clock.now() + duration(cfg.job_latency, op.op_id, cfg.job_delay, cfg.job_jitter, self.rng)
        self.store.put(
            "jobs",
            str(job_id),
            {
                "id": job_id,
                "op_id": op.op_id,
                "op_key": op.key,
                "due": due,
                "status": "pending",
                "fail_reason": fail_reason,
                "ctx": ctx,
                "token": token,
            },
        )
        heapq.heappush(self._due, (due, next(self._seq), str(job_id)))
        return job_id

    def fail_next_job(self, kind: str, reason: str) -> None:
        """Queue ``reason`` for the next job of ``kind`` (the default reason is `Sandbox.fail_next_job`'s)."""
        self.fail_next.setdefault(kind, []).append(reason)

    def _claim_fail_next(self, op_id: str) -> str | None:
        """A failure asked for with `fail_next_job`, taken by the next job *submitted* of that kind."""
        for kind in (op_id, op_id.split("_")[0], "*"):
            queue = self.fail_next.get(kind)
            if queue:
                return queue.pop(0)
        return None

    def _planned_failure(self, job: JSON) -> str | None:
        if job.get("fail_reason"):
            return str(job["fail_reason"])
        if self.config.fail_rate and self.rng.random() < self.config.fail_rate:
            return "Simulated EHR failure"
        return None

    def pending(self) -> list[JSON]:
        """Pending jobs, soonest due first."""
        jobs = (self.store.get("jobs", key) for _, _, key in sorted(self._due))
        return [j for j in jobs if j is not None and j["status"] == "pending"]

    def pending_count(self) -> int:
        return len(self._due)

    def run_due(self) -> int:
        """Complete every job whose time has come; returns how many finished.

        Bounded by the queue's length at the start, so a job submitted while finishing another waits for
        the next tick even when it is already due.
        """
        now = self.clock.now()
        store = self.store
        done = 0
        for _ in range(len(self._due)):
            if not self._due or self._due[0][0] > now:
                break
            _, _, key = heapq.heappop(self._due)
            job = store.get("jobs", key)
            if job is None or job["status"] != "pending":
                continue
            self.finish(job, self._planned_failure(job))
            store.touch("jobs", key)
            done += 1
        if done:
            self.finished += done
            store.flush()
        return done

    def finish(self, job: JSON, failure: str | None) -> None:
        """Run the job's completer and emit its events. Never raises: an exception fails the job instead.

        A failed finish emits the operation's own failure outcome (its completer asked again, this time to
        fail), else the failure event the spec documents for the operation or its resource. A job with no
        completer (one stored by an older sandbox) fails the same way, with an error in the log.
        """
        job["status"] = "failed" if failure else "succeeded"
        fn = self.completers.get(str(job["op_id"]))
        try:
            if fn is None:
                raise NoCompleter(str(job["op_id"]))
            self._emit(job, fn(job, failure).events)
        except Exception as exc:
            log.error(
                "job %s (%s) raised %s while finishing; marked failed", job["id"], job["op_id"], type(exc).__name__
            )
            log.debug("job finish error", exc_info=True)
            job["status"] = "failed"
            job["error"] = FINISH_ERROR
            events = self._own_failure(job, fn) or failure_events(self.spec, str(job.get("op_key", "")), FINISH_ERROR)
            for event_type, ctx in events:
                try:
                    self.emit(event_type, ctx, job_id=job["id"], token=job.get("token"))
                except Exception as again:
                    log.error(
                        "job %s: failure event %s could not be built (%s)", job["id"], event_type, type(again).__name__
                    )

    def _emit(self, job: JSON, events: list[tuple[EventName, JSON]]) -> None:
        for event_type, ctx in events:
            self.emit(event_type, ctx, job_id=job["id"], token=job.get("token"))

    def _own_failure(self, job: JSON, fn: Finish | None) -> list[tuple[EventName, JSON]]:
        if fn is None:
            return []
        try:
            return fn(job, FINISH_ERROR).events
        except Exception:
            log.debug("job %s: its completer failed again on the failure path", job["id"], exc_info=True)
            return []


def failure_ctx(text: str, code: str = "EHR_ERROR", **extra: Any) -> JSON:
    """Failure payload fields of a *.failed event whose one reason is ``text`` (code: the operation kind's)."""
    return failure([reason(code, text=text or "The EHR rejected the request.")], **extra)


def failure_events(spec: Spec, op_key: str, reason: str) -> list[tuple[EventName, JSON]]:
    """The event the spec documents for a failed ``op_key`` (``POST /tasks``), falling back to its resource's."""
    documented = spec.events_for(op_key, "failure")
    if documented:
        return [(event_name(documented[0].name), failure_ctx(reason))]
    reported = spec.events_for(op_key, None)  # live fetches report failure in data.success
    if reported:
        return [(event_name(reported[0].name), {"success": False, "error": reason})]
    path = op_key.partition(" ")[2]
    resource = spec.events_for("POST /" + path.strip("/").split("/")[0], "failure")  # "POST /" has none
    return [(event_name(resource[0].name), failure_ctx(reason))] if resource else []
