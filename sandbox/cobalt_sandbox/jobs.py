"""Async jobs: writes return a job id at once; the scheduler finishes each one after ``job_delay``."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cobalt_sandbox.seed import hex_id
from cobalt_sandbox.spec import JSON, Operation

if TYPE_CHECKING:
    from cobalt_sandbox.state import Sandbox


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
    """Keeps pending jobs and completes the due ones whenever it is ticked."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sb = sandbox
        self.rng = random.Random(f"jobs:{sandbox.config.seed}")
        self.fail_next: dict[str, list[str]] = {}

    def submit(
        self, op: Operation, ctx: JSON, fail_reason: str | None, token: str | None, as_int: bool | None = None
    ) -> int | str:
        """Queue a job for ``op``; returns its public job id (int or string like the docs show)."""
        sb = self.sb
        number = sb.store.counter("job", start=10001)
        use_int = op.job_id_is_int() if as_int is None else as_int
        job_id: int | str = number if use_int else f"job_{hex_id(sb.config.seed, number)[:20]}"
        sb.store.put(
            "jobs",
            str(job_id),
            {
                "id": job_id,
                "op_id": op.op_id,
                "op_key": op.key,
                "due": sb.clock.now() + sb.config.job_delay + self._jitter(),
                "status": "pending",
                "fail_reason": fail_reason,
                "ctx": ctx,
                "token": token,
            },
        )
        return job_id

    def fail_next_job(self, kind: str, reason: str = "Simulated failure") -> None:
        self.fail_next.setdefault(kind, []).append(reason)

    def _planned_failure(self, job: JSON) -> str | None:
        if job.get("fail_reason"):
            return str(job["fail_reason"])
        op_id = str(job["op_id"])
        for kind in (op_id, op_id.split("_")[0], "*"):
            queue = self.fail_next.get(kind)
            if queue:
                return queue.pop(0)
        if self.sb.config.fail_rate and self.rng.random() < self.sb.config.fail_rate:
            return "Simulated EHR failure"
        return None

    def pending(self) -> list[JSON]:
        return [j for j in self.sb.store.all("jobs") if j["status"] == "pending"]

    def _jitter(self) -> float:
        jitter = self.sb.config.job_jitter
        return self.rng.uniform(0.0, jitter) if jitter > 0 else 0.0

    def run_due(self) -> int:
        """Complete every job whose time has come; returns how many finished."""
        now = self.sb.clock.now()
        due = sorted((j for j in self.pending() if j["due"] <= now), key=lambda j: (j["due"], str(j["id"])))
        for job in due:
            self._complete(job)
        if due:
            self.sb.store.touch("jobs")
            self.sb.store.flush()
        return len(due)

    def _complete(self, job: JSON) -> None:
        failure = self._planned_failure(job)
        fn = COMPLETERS.get(str(job["op_id"]))
        outcome = fn(self.sb, job, failure) if fn else Outcome(events=[])
        job["status"] = "failed" if failure else "succeeded"
        for event_type, ctx in outcome.events:
            self.sb.events.emit(event_type, ctx, job_id=job["id"], token=job.get("token"))


def failure_ctx(reason: str, code: str = "EHR_ERROR", **extra: Any) -> JSON:
    """Failure payload fields shared by every *.failed event."""
    return {"failure_reason": reason, "reasons": [{"code": code, "description": reason}], **extra}
