"""What a finished sandbox job leaves behind, as a test author reads it: the event (whose token, which
failure event, with what reason), the reproducible timing of a seeded sandbox, and the log lines of a
job whose completer raised (naming the job, its operation and the exception type, never the data).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from starlette.applications import Starlette

from cobalt_sandbox import FakeClock, SandboxConfig, create_app
from cobalt_sandbox.event_types import EventName
from cobalt_sandbox.jobs import FINISH_ERROR, Finish, NoCompleter, Outcome, failure_ctx, failure_events
from cobalt_sandbox.reasons import failure, reason
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS

PATIENT = {"first_name": "Ada", "last_name": "L", "dob": "1990-01-01", "sex": "female"}
SECRET_NAME = "Zoë Patientname"  # stands for patient data an exception message may carry


def _sandbox(**config: Any) -> tuple[Starlette, Sandbox]:
    app = create_app(SandboxConfig(clock=FakeClock(), **config))
    return app, app.state.sandbox


def _client(app: Starlette, **headers: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers={**HEADERS, **headers}
    )


async def _create_patient(app: Starlette, **headers: str) -> Any:
    async with _client(app, **headers) as c:
        r = await c.post("/patients", json=PATIENT)
        assert r.status_code == 200, r.text
        return r.json()["job_id"]


def _events_of(sb: Sandbox, job_id: Any) -> list[JSON]:
    return [e for e in sb.events_list() if e["job_id"] == str(job_id)]


def _second_token(sb: Sandbox) -> str:
    """A second linked EHR account, recorded the way the sandbox records its default one."""
    token = "at_second_account"
    record = {"token": token, "reference_id": "ref_second", "user_id": "user_second", "expired": False, "active": True}
    sb.store.put("tokens", token, record)
    return token


# -- whose event --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fails", [False, True])
async def test_a_jobs_event_belongs_to_the_account_that_submitted_it(fails: bool) -> None:
    app, sb = _sandbox()
    token = _second_token(sb)
    if fails:
        sb.fail_next_job("patients_create", "EHR said no")
    job_id = await _create_patient(app, access_token=token)
    default_job = await _create_patient(app)
    sb.advance(1)
    (event,) = _events_of(sb, job_id)
    assert event["event_type"] == ("patient.failed" if fails else "patient.created")
    assert event["_envelope"]["access_token_reference_id"] == "ref_second"
    (other,) = _events_of(sb, default_job)
    assert other["_envelope"]["access_token_reference_id"] == sb.config.access_token_reference_id


async def test_the_failure_event_of_a_crashed_job_belongs_to_its_account(monkeypatch: pytest.MonkeyPatch) -> None:
    app, sb = _sandbox()
    token = _second_token(sb)

    def explode(job: JSON, failure: str | None) -> Outcome:
        raise RuntimeError("boom")

    monkeypatch.setitem(sb.jobs.completers, "patients_create", explode)
    job_id = await _create_patient(app, access_token=token)
    sb.advance(1)
    (event,) = _events_of(sb, job_id)
    assert event["event_type"] == "patient.failed"
    assert event["_envelope"]["access_token_reference_id"] == "ref_second"


# -- which failure event, with what reason -------------------------------------------------------------


def test_the_failure_event_is_the_operations_own_then_its_resources(sb: Sandbox) -> None:
    # documented on the operation itself, not its resource's (`task.failed`, `patient.failed`)
    assert failure_events(sb.spec, "POST /tasks/notes", "x") == [("task_note.failed", failure_ctx("x"))]
    assert failure_events(sb.spec, "POST /patients/{patient_mrn}/insurances", "x") == [
        ("patient.insurance.failed", failure_ctx("x"))
    ]
    # a live fetch reports failure in its one event's data
    assert failure_events(sb.spec, "POST /availability/fetch", "x") == [
        ("availability.live_fetch_completed", {"success": False, "error": "x"})
    ]
    # nothing documented for the operation: its resource's creation failure, with the reason given
    assert failure_events(sb.spec, "PATCH /patients/{id}", "EHR offline") == [
        ("patient.failed", failure_ctx("EHR offline"))
    ]
    assert failure_events(sb.spec, "DELETE /appointments/{id}", "y") == [("appointment.failed", failure_ctx("y"))]
    assert failure_events(sb.spec, "GET /nowhere", "x") == [] and failure_events(sb.spec, "GET", "x") == []


def test_a_failure_without_text_still_reads_as_a_reason() -> None:
    assert failure_ctx("") == failure([reason("EHR_ERROR", text="The EHR rejected the request.")])
    assert failure_ctx("EHR offline", "PATIENT_FAILED", patient_id="p1") == {
        **failure([reason("PATIENT_FAILED", text="EHR offline")]),
        "patient_id": "p1",
    }


async def test_a_crashed_job_gets_its_own_failure_event_with_its_details(monkeypatch: pytest.MonkeyPatch) -> None:
    """A completer that raises is asked for its failure outcome, for the same job: the event names it."""
    app, sb = _sandbox()
    real: Finish = sb.jobs.completers["patients_create"]
    asked: list[tuple[Any, str | None]] = []

    def fragile(job: JSON, failure: str | None) -> Outcome:
        asked.append((job["id"], failure))
        if failure is None:
            raise ValueError(SECRET_NAME)
        return real(job, failure)

    monkeypatch.setitem(sb.jobs.completers, "patients_create", fragile)
    job_id = await _create_patient(app)
    sb.advance(1)
    assert asked == [(job_id, None), (job_id, FINISH_ERROR)]
    (event,) = _events_of(sb, job_id)
    assert event["event_type"] == "patient.failed"
    job = sb.store.get("jobs", str(job_id))
    assert job is not None
    assert event["data"]["patient_id"] == job["ctx"]["patient_id"]
    assert [r["code"] for r in event["data"]["reasons"]] == ["PATIENT_FAILED"]
    assert event["data"]["failure_reason"] == FINISH_ERROR


# -- a seeded sandbox's timing ---------------------------------------------------------------------------


async def _due_offsets(app: Starlette, sb: Sandbox, n: int, finish_between: bool = False) -> list[float]:
    start = sb.clock.now()
    ids = []
    for _ in range(n):
        ids.append(str(await _create_patient(app)))
        if finish_between:
            sb.advance(2.0)  # past job_delay + job_jitter: the job just submitted finishes
    jobs = [sb.store.get("jobs", job_id) for job_id in ids]
    return [round(float(j["due"]) - start, 9) for j in jobs if j is not None]


async def test_job_timing_is_reproducible_by_seed() -> None:
    offsets = [await _due_offsets(*_sandbox(seed=seed, job_delay=1.0, job_jitter=0.5), 4) for seed in (7, 7, 8)]
    assert offsets[0] == offsets[1]  # the same seed draws the same delays
    assert offsets[0] != offsets[2]
    assert all(1.0 <= o < 1.5 for o in offsets[0]) and len(set(offsets[0])) == 4


async def test_finishing_a_job_does_not_shift_the_timing_of_later_ones() -> None:
    """With no fail_rate, a job finishing draws nothing from the seeded jobs' random stream."""
    together = await _due_offsets(*_sandbox(seed=3, job_delay=1.0, job_jitter=0.5), 3)
    app, sb = _sandbox(seed=3, job_delay=1.0, job_jitter=0.5)
    apart = await _due_offsets(app, sb, 3, finish_between=True)
    assert [round(o - 2.0 * i, 6) for i, o in enumerate(apart)] == [round(o, 6) for o in together]
    assert sb.jobs.finished == 3 and all(e["event_type"] == "patient.created" for e in sb.events_list())


# -- the log of a job that crashed -----------------------------------------------------------------------


def _lines(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "cobalt_sandbox.jobs" and r.levelno == level]


async def test_a_crashed_job_is_logged_by_id_operation_and_exception_type(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG, logger="cobalt_sandbox.jobs")
    app, sb = _sandbox()

    def always(job: JSON, failure: str | None) -> Outcome:
        raise KeyError(SECRET_NAME)

    monkeypatch.setitem(sb.jobs.completers, "patients_create", always)
    job_id = await _create_patient(app)
    sb.advance(1)
    (error,) = _lines(caplog, logging.ERROR)
    assert error.getMessage() == f"job {job_id} (patients_create) raised KeyError while finishing; marked failed"
    assert SECRET_NAME not in error.getMessage() and error.exc_info is None
    # the traceback, for whoever debugs the completer, only at DEBUG
    first, again = _lines(caplog, logging.DEBUG)
    assert first.getMessage() == "job finish error"
    assert again.getMessage() == f"job {job_id}: its completer failed again on the failure path"
    for record, failure_arg in ((first, None), (again, FINISH_ERROR)):
        assert record.exc_info is not None and record.exc_info[0] is KeyError, failure_arg
    (event,) = _events_of(sb, job_id)
    assert event["event_type"] == "patient.failed" and event["data"]["failure_reason"] == FINISH_ERROR


async def test_a_job_nothing_finishes_names_its_operation_in_the_debug_log(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG, logger="cobalt_sandbox.jobs")
    app, sb = _sandbox()
    job_id = await _create_patient(app)
    monkeypatch.delitem(sb.jobs.completers, "patients_create")  # as a sandbox of another version would
    sb.advance(1)
    (error,) = _lines(caplog, logging.ERROR)
    assert error.getMessage() == f"job {job_id} (patients_create) raised NoCompleter while finishing; marked failed"
    (debug,) = _lines(caplog, logging.DEBUG)
    assert debug.exc_info is not None and debug.exc_info[0] is NoCompleter
    assert str(debug.exc_info[1]) == "patients_create"
    assert [e["event_type"] for e in _events_of(sb, job_id)] == ["patient.failed"]


async def test_a_failure_event_that_cannot_be_built_is_logged_and_skipped(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.ERROR, logger="cobalt_sandbox.jobs")
    app, sb = _sandbox()

    def broken(job: JSON, failure: str | None) -> Outcome:
        if failure is None:
            raise RuntimeError("boom")
        # an event type this spec does not have (a completer written for another version of it)
        return Outcome([(cast(EventName, "patient.vanished"), {}), ("patient.failed", failure_ctx(failure))])

    monkeypatch.setitem(sb.jobs.completers, "patients_create", broken)
    job_id = await _create_patient(app)
    assert sb.advance(1) == 1
    messages = [r.getMessage() for r in _lines(caplog, logging.ERROR)]
    assert messages[0] == f"job {job_id} (patients_create) raised RuntimeError while finishing; marked failed"
    assert messages[1:] == [f"job {job_id}: failure event patient.vanished could not be built (KeyError)"]
    job = sb.store.get("jobs", str(job_id))
    assert job is not None and job["status"] == "failed" and job["error"] == FINISH_ERROR
    assert [e["event_type"] for e in _events_of(sb, job_id)] == ["patient.failed"]  # the next one is still sent


# -- the state file -------------------------------------------------------------------------------------


async def test_finishing_a_job_rewrites_only_that_jobs_record(tmp_path: Path) -> None:
    """The SQLite state file is written record by record: one finished job does not rewrite every job."""
    app, sb = _sandbox(db_path=str(tmp_path / "state.db"), job_delay=1.0)
    for _ in range(5):
        await _create_patient(app)
    sb.advance(1)
    job_id = await _create_patient(app)
    assert sb.store._db is not None
    statements: list[str] = []
    sb.store._db.set_trace_callback(statements.append)
    assert sb.advance(1) == 1
    sb.store._db.set_trace_callback(None)
    jobs_writes = [s for s in statements if s.startswith(("INSERT", "DELETE")) and "'jobs'" in s]
    assert len(jobs_writes) == 1 and f"'{job_id}'" in jobs_writes[0] and '"succeeded"' in jobs_writes[0]
    sb.store.close()
    reopened = create_app(SandboxConfig(clock=FakeClock(), db_path=str(tmp_path / "state.db"))).state.sandbox
    job = reopened.store.get("jobs", str(job_id))
    assert job is not None and job["status"] == "succeeded" and reopened.jobs.pending_count() == 0
    reopened.store.close()
