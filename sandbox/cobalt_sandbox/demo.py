"""End-to-end demo: the SDK against a local sandbox, with signed webhooks resolving the jobs.

    python -m cobalt_sandbox.demo [--job-delay SECONDS] [--ehr ecw|webpt|practice_fusion]

Starts the sandbox and a local webhook receiver on 127.0.0.1, then: discovers providers and
locations, creates a patient and waits for its MRN, finds an open slot with GET /availability and
books it, adds a note to the appointment and a telephone encounter for the patient. Every job is
resolved by a webhook that the receiver verified (polling stays on as a safety net), and the demo
prints what it does, with timings. Exit status 0 when every step succeeded.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from cobalt_sandbox.config import SandboxConfig
from cobalt_sandbox.profiles import DEFAULT_EHR, PROFILES
from cobalt_sandbox.server import serve, serve_app
from cobalt_sdk import Cobalt, CobaltError, JobWaiter
from cobalt_sdk.webhooks import WebhookDelivery, WebhookReceiver

T = TypeVar("T")


class Log:
    def __init__(self, out: Callable[[str], None]) -> None:
        self.out, self.started = out, time.monotonic()

    def __call__(self, message: str) -> None:
        self.out(f"[{time.monotonic() - self.started:6.2f}s] {message}")

    @contextmanager
    def step(self, title: str) -> Iterator[None]:
        self(f"-> {title}")
        t = time.monotonic()
        yield
        self(f"   done in {(time.monotonic() - t) * 1000:.0f} ms")


def wait_with_progress(log: Log, waiter: JobWaiter, job: Any, what: str, timeout: float = 60.0) -> Any:
    """Wait for a job while printing a progress line every second."""
    done = threading.Event()

    def ticker() -> None:
        n = 0
        while not done.wait(1.0):
            n += 1
            log(f"   ... still waiting for {what} (job {job.job_id}, {n} s)")

    thread = threading.Thread(target=ticker, daemon=True)
    thread.start()
    try:
        return waiter.wait(job, timeout=timeout)
    finally:
        done.set()
        thread.join()


def run(job_delay: float = 1.0, out: Callable[[str], None] = print, ehr: str = DEFAULT_EHR) -> int:
    log = Log(out)
    received: list[WebhookDelivery] = []
    holder: dict[str, WebhookReceiver] = {}

    async def hooks(request: Request) -> PlainTextResponse:
        status, text = holder["receiver"].handle(await request.body(), request.headers)
        return PlainTextResponse(text, status_code=status)

    receiver_app = Starlette(routes=[Route("/hooks", hooks, methods=["POST"])])
    with serve(SandboxConfig(job_delay=job_delay, ehr=ehr)) as sandbox, serve_app(receiver_app) as port:
        log(f"sandbox ({ehr}) at {sandbox.base_url}; webhook receiver at http://127.0.0.1:{port}/hooks")
        with Cobalt(base_url=sandbox.base_url, **sandbox.credentials) as cobalt:
            with log.step("register the webhook receiver"):
                created = cobalt.webhooks.create(webhook_url=f"http://127.0.0.1:{port}/hooks")
                secret = str(created.webhook_secret_key or created.webhook_secret)
                waiter = JobWaiter(cobalt, poll_interval=3.0)  # webhooks first; polling is the safety net
                holder["receiver"] = WebhookReceiver(
                    secrets=secret, dispatch=received.append, waiter=waiter, dedupe=True
                )

            with log.step("discover providers and locations"):
                provider = next(p for p in cobalt.providers.list().providers if p.ehr_id)
                location = next(loc for loc in cobalt.locations.list().locations if loc.ehr_id)
                visit_type = str((cobalt.visit_types.list().visit_types or [])[0].code)
                log(f"   provider {provider.name} (EHR id {provider.ehr_id}); location {location.name}")
                log(f"   visit type {visit_type!r}, the first the EHR lists")

            with log.step("create a patient and wait for the EHR to assign an MRN"):
                patient_job = cobalt.patients.create(
                    first_name="Ada", last_name="Lovelace", dob="1985-12-10", sex="female"
                )
                patient = wait_with_progress(log, waiter, patient_job, "the patient")
                mrn = str(patient.data.mrn or patient.data.patient_mrn)
                log(f"   {patient.type}: MRN assigned")

            with log.step("find an open slot with GET /availability and book it"):
                today = datetime.date.today()
                windows = cobalt.availability.list(
                    start_date=(today + datetime.timedelta(days=1)).isoformat(),
                    end_date=(today + datetime.timedelta(days=14)).isoformat(),
                    provider_ids=[str(provider.ehr_id)],
                    location_ids=[str(location.ehr_id)],
                ).results.availability
                slot = next(w for w in windows if w.range_start)
                log(f"   first open window starts {slot.range_start}")
                booking = cobalt.appointments.create(
                    location=str(location.ehr_id),
                    provider=str(provider.ehr_id),
                    type_=visit_type,
                    mrn=mrn,
                    datetime_=str(slot.range_start),
                )
                appointment = wait_with_progress(log, waiter, booking, "the appointment")
                appointment_id = str(appointment.data.appointment_id)
                log(f"   {appointment.type}: appointment {appointment_id}")

            with log.step("add a note to the appointment"):
                note = cobalt.notes.create(appointment_id=appointment_id, note="Patient reports feeling well.")
                log(f"   {note.message}")

            with log.step("create a telephone encounter and wait for it"):
                te_job = cobalt.telephone_encounters.create(
                    patient_mrn=mrn,
                    provider_id=str(provider.ehr_id),
                    location_id=str(location.ehr_id),
                    assigned_to_id=str(provider.ehr_id),
                    reason="Follow up on test results",
                )
                encounter = wait_with_progress(log, waiter, te_job, "the telephone encounter")
                log(f"   {encounter.type}: EHR encounter {encounter.data.emr_encounter_id}")

            expected = {"patient.created", "appointment.created", "telephone_encounter.created"}
            deadline = time.monotonic() + 10
            while not expected <= {d.type for d in received} and time.monotonic() < deadline:
                time.sleep(0.05)
            holder["receiver"].close()
            kinds = ", ".join(sorted({d.type for d in received}))
            log(f"received {len(received)} signed, verified webhooks: {kinds}")
            sources = [r.source for r in (waiter.add(j) for j in (patient_job, booking, te_job))]
            by = ", ".join(str(s) for s in sources)
            log(f"jobs resolved by: {by}; polling requests made as a safety net: {waiter.requests}")
            if not expected <= {d.type for d in received}:
                log("FAILED: not every job was confirmed by a signed webhook")
                return 1
    log("demo finished: every step succeeded")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cobalt_sandbox.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--job-delay", type=float, default=1.0, help="seconds the sandbox takes per job")
    parser.add_argument("--ehr", choices=sorted(PROFILES), default=DEFAULT_EHR, help="the EHR the sandbox plays")
    args = parser.parse_args(argv)
    try:
        return run(job_delay=args.job_delay, ehr=args.ehr)
    except CobaltError as exc:
        print(f"demo failed: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
