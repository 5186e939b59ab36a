"""1,000 jobs waited for at once against the sandbox over real HTTP, by polling and by webhooks.

Prints, for each mode: jobs resolved (each checked against its own event), the API requests the
waiter made while waiting divided by what per-job polling would have made over the same time
(one request per job per poll interval; target <= 0.01), and the median and p99 lag from an
event's creation to its job resolving (targets: poll interval + 100 ms polling, 50 ms webhooks).
"""

from __future__ import annotations

import datetime
import statistics
import sys
import time
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from cobalt_sandbox.server import serve_app, serve_process
from cobalt_sdk import Cobalt, JobWaiter
from cobalt_sdk._waiter import JobResult
from cobalt_sdk.webhooks import WebhookReceiver

JOBS = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
POLL_INTERVAL = 1.0
# Cobalt's robotic jobs take 5 to 25 s; the sandbox finishes each 5 to 25 s after its creation.
JOB_DELAY, JOB_JITTER = 5.0, 20.0


def created_at(event: Any) -> float:
    return datetime.datetime.fromisoformat(str(event.created).replace("Z", "+00:00")).timestamp()


def create_jobs(cobalt: Cobalt, n: int) -> list[Any]:
    provider = next(p for p in cobalt.providers.list().providers if p.ehr_id)
    location = next(loc for loc in cobalt.locations.list().locations if loc.ehr_id)
    patient = next(iter(cobalt.patients.list()))
    return [
        cobalt.telephone_encounters.create(
            patient_mrn=patient.mrn,
            provider_id=str(provider.ehr_id),
            location_id=str(location.ehr_id),
            assigned_to_id=str(provider.ehr_id),
            reason=f"fan-in {i}",
        )
        for i in range(n)
    ]


def report(
    mode: str, jobs: list[Any], results: list[JobResult[Any]], requests: int, start: float, target: float
) -> None:
    waited = time.time() - start
    by_id = {r.job_id: r for r in results}
    correct = sum(
        1
        for job in jobs
        if (r := by_id.get(job.job_id)) is not None
        and r.event is not None
        and r.event.job_id == job.job_id
        and r.event.data.telephone_encounter_id == job.response.telephone_encounter_id
    )
    # Lag: from the event's creation (or the start of waiting, if the event came first) to resolution.
    lags = sorted(
        r.resolved_at - max(created_at(r.event), start) for r in results if r.event is not None and r.resolved_at
    )
    per_job = len(jobs) * max(waited, POLL_INTERVAL) / POLL_INTERVAL
    p99 = lags[min(len(lags) - 1, int(len(lags) * 0.99))] if lags else float("nan")
    print(
        f"{mode:9s} resolved {correct}/{len(jobs)} with their own events | requests while waiting {requests}"
        f" vs per-job polling {per_job:.0f} = {requests / per_job:.4f} (target <= 0.01)"
        f" | lag median {statistics.median(lags) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms"
        f" (target <= {target * 1000:.0f} ms)"
        f" | waited {waited:.1f} s"
    )


def polling() -> None:
    with (
        serve_process("--job-delay", str(JOB_DELAY), "--job-jitter", str(JOB_JITTER)) as server,
        Cobalt(base_url=server.base_url, clock=time.time, **server.credentials) as cobalt,
    ):
        waiter = JobWaiter(cobalt, poll_interval=POLL_INTERVAL)
        jobs = create_jobs(cobalt, JOBS)
        waiter.add_all(jobs)
        start = time.time()
        results = waiter.wait_all(timeout=120)
        report("polling", jobs, results, waiter.requests, start, POLL_INTERVAL + 0.1)


def webhooks() -> None:
    holder: dict[str, Any] = {}

    async def receive(request: Request) -> PlainTextResponse:
        status, text = holder["receiver"].handle(await request.body(), request.headers)
        return PlainTextResponse(text, status_code=status)

    receiver_app = Starlette(routes=[Route("/hooks", receive, methods=["POST"])])
    with (
        serve_process("--job-delay", str(JOB_DELAY), "--job-jitter", str(JOB_JITTER)) as server,
        serve_app(receiver_app) as port,
        Cobalt(base_url=server.base_url, clock=time.time, **server.credentials) as cobalt,
    ):
        created = cobalt.webhooks.create(webhook_url=f"http://127.0.0.1:{port}/hooks")
        secret = created.webhook_secret_key or created.webhook_secret
        waiter = JobWaiter(cobalt, polling=False)
        holder["receiver"] = WebhookReceiver(secrets=str(secret), handler=lambda event: None, waiter=waiter)
        jobs = create_jobs(cobalt, JOBS)
        waiter.add_all(jobs)
        start = time.time()
        results = waiter.wait_all(timeout=120)
        report("webhooks", jobs, results, waiter.requests, start, 0.05)


if __name__ == "__main__":
    print(
        f"{JOBS} telephone-encounter jobs, each finishing {JOB_DELAY:g}-{JOB_DELAY + JOB_JITTER:g} s after creation,"
        f" poll interval {POLL_INTERVAL} s; sandbox in its own process, loopback HTTP"
    )
    polling()
    webhooks()
