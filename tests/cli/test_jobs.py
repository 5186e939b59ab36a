"""`cobalt jobs wait`: exit status per outcome, plain lines in a pipe, a live table in a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest

from cobalt_sandbox import FakeClock, SandboxConfig
from cobalt_sandbox.server import RunningServer, serve
from cobalt_sdk import Cobalt
from cobalt_sdk.cli._sandbox import SandboxControl
from tests.cli.conftest import Call
from tests.cli.procs import WAIT, cli_env


def _job(sandbox: RunningServer, fail: bool = False) -> str:
    with Cobalt(base_url=sandbox.base_url, **sandbox.credentials) as cobalt:
        if fail:
            with SandboxControl(sandbox.base_url) as control:
                control.call("POST", "/jobs/fail-next", {"kind": "patients_create", "reason": "Duplicate patient"})
        return str(
            cobalt.patients.create(first_name="Ada", last_name="Lovelace", dob="1985-12-10", sex="female").job_id
        )


def test_all_jobs_succeed(call: Call, api_env: RunningServer) -> None:
    jobs = [_job(api_env), _job(api_env)]
    result = call("jobs", "wait", *jobs, "--interval", "0.05", "--timeout", "20")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    for job in jobs:
        row = next(line for line in lines if line.startswith(job))
        assert "done" in row and "patient.created" in row
    assert lines[-1] == "2/2 succeeded"


def test_a_failed_job_exits_non_zero(call: Call, api_env: RunningServer) -> None:
    ok, bad = _job(api_env), _job(api_env, fail=True)
    result = call("jobs", "wait", ok, bad, "--interval", "0.05", "--timeout", "20")
    assert result.code == 11
    row = next(line for line in result.out.splitlines() if line.startswith(bad))
    assert "failed" in row and "patient.failed" in row
    assert "Duplicate patient" not in result.out  # failure text can name the patient


def test_a_job_that_never_finishes_times_out(call: Call, api_env: RunningServer) -> None:
    result = call("jobs", "wait", "no-such-job", "--interval", "0.05", "--timeout", "0.3")
    assert result.code == 12
    assert "timed out" in result.out


@pytest.fixture
def frozen() -> Iterator[RunningServer]:
    """A sandbox whose jobs finish only when its fake clock is advanced."""
    with serve(SandboxConfig(job_delay=5.0, clock=FakeClock())) as server:
        yield server


def test_live_progress_in_a_real_terminal(frozen: RunningServer, tmp_path: Path) -> None:
    jobs = [_job(frozen), _job(frozen)]
    env = cli_env(frozen, str(tmp_path / "config.toml"), {"TERM": "xterm-256color", "COLUMNS": "120"})
    env.pop("NO_COLOR", None)
    term = pexpect.spawn(
        sys.executable,
        ["-m", "cobalt_sdk.cli", "jobs", "wait", *jobs, "--interval", "0.1", "--timeout", str(2 * WAIT)],
        env=env,
        dimensions=(30, 120),
        encoding="utf-8",
        timeout=WAIT,
    )
    try:
        term.expect("cobalt jobs wait")
        term.expect("pending")
        term.expect("0/2 finished")
        with SandboxControl(frozen.base_url) as control:
            control.call("POST", "/clock/advance", {"seconds": 10})
        term.expect("done")
        term.expect("2/2 finished")
        term.expect(pexpect.EOF)
    finally:
        term.close()
    assert term.exitstatus == 0  # the title and live rows are drawn only on a terminal
