"""Async jobs: writes return a job id at once; the scheduler finishes each one after ``job_delay``."""

from __future__ import annotations

import heapq
import itertools
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cobalt_sandbox.profiles.timing import duration
from cobalt_sandbox.reasons import failure, reason
from cobalt_sandbox.seed import hex_id
from cobalt_sandbox.spec import JSON, Operation, Spec

if TYPE_CHECKING:
    from cobalt_sandbox.state import Sandbox

log = logging.getLogger("cobalt_sandbox.jobs")
# The failure reason a job gets when finishing it raised (says nothing about the data involved).
FINISH_ERROR = "The sandbox could not finish this job: internal error."


@dataclass
class Outcome:
    """What a finished job produced: events to emit as (type, data context)."""

    events: list[tuple[str, JSON]]


# completer(sandbox, job, failure_reason or None) -> Outcome
Completer = Callable[["Sandbox", JSON, "str | None"], Outcome]
COMPLETERS: dict[str, Completer] = {}


def completer(op_id: str) -> Callable[[Completer], Completer]:
    def register(fn: Completer) -> Completer:
        COMPLETERS[op_id] = fn
        return fn

    return register


class Scheduler:
    """Keeps pending jobs in a heap keyed by due time and completes the due ones whenever it is ticked.

    A tick touches only the jobs that are due, so its cost does not grow with the jobs ever created.
    The heap holds (due, sequence, job key); the store stays the record of truth and the heap is rebuilt
    from its pending jobs after a load from SQLite or a reset.
    """

    def __init__(self, sandbox: Sandbox) -> None:
        self.sb = sandbox
        self.rng = random.Random(f"jobs:{sandbox.config.seed}")
        self.fail_next: dict[str, list[str]] = {}
        self.finished = 0  # jobs completed by this process (succeeded or failed)
        self._due: list[tuple[float, int, str]] = []
        self._seq = itertools.count()
        self.rebuild()

    def rebuild(self) -> None:
        """Queue every pending job the store holds (in store order, so equal due times keep it)."""
        self._due = [
            (float(job["due"]), next(self._seq), key)
            for key, job in self.sb.store.col("jobs").items()
            if job.get("status") == "pending"
        ]
        heapq.heapify(self._due)

    def submit(
        self, op: Operation, ctx: JSON, fail_reason: str | None, token: str | None, as_int: bool | None = None
    ) -> int | str:
        """Queue a job for ``op``; returns its public job id (int or string like the docs show)."""
        sb = self.sb
        number = sb.store.counter("job", start=10001)
        use_int = op.job_id_is_int() if as_int is None else as_int
        job_id: int | str = number if use_int else f"job_{hex_id(sb.config.seed, number)[:20]}"
        fail_reason = fail_reason or self._claim_fail_next(op.op_id)
        cfg = sb.config
        due = sb.clock.now() + duration(cfg.job_latency, op.op_id, cfg.job_delay, cfg.job_jitter, self.rng)
        sb.store.put(
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

    def fail_next_job(self, kind: str, reason: str = "Simulated failure") -> None:
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
        if self.sb.config.fail_rate and self.rng.random() < self.sb.config.fail_rate:
            return "Simulated EHR failure"
        return None

    def pending(self) -> list[JSON]:
        """Pending jobs, soonest due first."""
        jobs = (self.sb.store.get("jobs", key) for _, _, key in sorted(self._due))
        return [j for j in jobs if j is not None and j["status"] == "pending"]

    def pending_count(self) -> int:
        return len(self._due)

    def run_due(self) -> int:
        """Complete every job whose time has come; returns how many finished.

        Bounded by the queue's length at the start, so a job submitted while finishing another waits for
        the next tick even when it is already due.
        """
        now = self.sb.clock.now()
        store = self.sb.store
        done = 0
        for _ in range(len(self._due)):
            if not self._due or self._due[0][0] > now:
                break
            _, _, key = heapq.heappop(self._due)
            job = store.get("jobs", key)
            if job is None or job["status"] != "pending":
                continue
            finish(self.sb, job, self._planned_failure(job))
            store.touch("jobs", key)
            done += 1
        if done:
            self.finished += done
            store.flush()
        return done


def failure_ctx(text: str, code: str = "EHR_ERROR", **extra: Any) -> JSON:
    """Failure payload fields of a *.failed event whose one reason is ``text`` (code: the operation kind's)."""
    return failure([reason(code, text=text or "The EHR rejected the request.")], **extra)


def finish(sb: Sandbox, job: JSON, failure: str | None) -> None:
    """Run the job's completer and emit its events. Never raises: an exception fails the job instead.

    A failed finish emits the operation's own failure outcome (its completer asked again, this time to
    fail), else the failure event the spec documents for the operation or its resource.
    """
    job["status"] = "failed" if failure else "succeeded"
    fn = COMPLETERS.get(str(job["op_id"]))
    try:
        _emit(sb, job, fn(sb, job, failure) if fn else Outcome(events=[]))
    except Exception as exc:
        log.error("job %s (%s) raised %s while finishing; marked failed", job["id"], job["op_id"], type(exc).__name__)
        log.debug("job finish error", exc_info=True)
        job["status"] = "failed"
        job["error"] = FINISH_ERROR
        events = _own_failure(sb, job, fn) or failure_events(sb.spec, str(job.get("op_key", "")), FINISH_ERROR)
        for event_type, ctx in events:
            try:
                sb.events.emit(event_type, ctx, job_id=job["id"], token=job.get("token"))
            except Exception as again:
                log.error(
                    "job %s: failure event %s could not be built (%s)", job["id"], event_type, type(again).__name__
                )


def _emit(sb: Sandbox, job: JSON, outcome: Outcome) -> None:
    for event_type, ctx in outcome.events:
        sb.events.emit(event_type, ctx, job_id=job["id"], token=job.get("token"))


def _own_failure(sb: Sandbox, job: JSON, fn: Completer | None) -> list[tuple[str, JSON]]:
    if fn is None:
        return []
    try:
        return fn(sb, job, FINISH_ERROR).events
    except Exception:
        log.debug("job %s: its completer failed again on the failure path", job["id"], exc_info=True)
        return []


def failure_events(spec: Spec, op_key: str, reason: str) -> list[tuple[str, JSON]]:
    """The event the spec documents for a failed ``op_key`` (``POST /tasks``), falling back to its resource's."""
    documented = spec.events_for(op_key, "failure")
    if documented:
        return [(documented[0].name, failure_ctx(reason))]
    reported = spec.events_for(op_key, None)  # live fetches report failure in data.success
    if reported:
        return [(reported[0].name, {"success": False, "error": reason})]
    path = op_key.partition(" ")[2]
    resource = spec.events_for("POST /" + path.strip("/").split("/")[0], "failure") if path else []
    return [(resource[0].name, failure_ctx(reason))] if resource else []
