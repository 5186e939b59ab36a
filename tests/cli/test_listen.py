"""`cobalt listen`: events from GET /webhook-events forwarded, signed, to the user's receiver."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from cobalt_sandbox.server import RunningServer
from cobalt_sdk import Cobalt
from cobalt_sdk.cli._cursor import Cursor
from cobalt_sdk.cli._forward import Forwarder, envelope, is_loopback
from cobalt_sdk.cli._sandbox import SandboxControl
from cobalt_sdk.cli._trigger import produce
from cobalt_sdk.webhooks import construct_event
from tests.cli.conftest import Call
from tests.cli.procs import WAIT, child, cli_env
from tests.cli.receiver import Inbox, webhook_endpoint


def _make_events(sandbox: RunningServer, count: int) -> list[str]:
    """Create `count` patients and wait for their patient.created events; returns the job ids."""
    jobs = []
    with Cobalt(base_url=sandbox.base_url, **sandbox.credentials) as cobalt:
        for n in range(count):
            job = cobalt.patients.create(first_name=f"Ada{n}", last_name="Lovelace", dob="1985-12-10", sex="female")
            job.wait(timeout=WAIT, poll_interval=0.05)
            jobs.append(str(job.job_id))
    return jobs


#: One event of each envelope and origin: a failed job, a live fetch, EHR staff, an account event.
KINDS = ["telephone_encounter.failed", "patient.live_fetch_completed", "patient.updated", "access_token.login_required"]


def _trigger_each_kind(sandbox: RunningServer) -> None:
    with Cobalt(base_url=sandbox.base_url, **sandbox.credentials) as cobalt, SandboxControl(sandbox.base_url) as ctl:
        for event_type in KINDS:
            produce(cobalt, ctl, str(sandbox.credentials["access_token"]), event_type)


def _recorded(sandbox: RunningServer) -> list[tuple[str, str, str]]:
    """(id, type, created) of the sandbox's newest events, oldest first: what a failed wait saw."""
    with Cobalt(base_url=sandbox.base_url, **sandbox.credentials) as cobalt:
        page = cobalt.webhook_events.list(sort="-created_at", page_size=20).page
    rows = [r.to_dict() for r in page.webhook_events or []]
    return [(str(r.get("event_id")), str(r.get("event_type")), str(r.get("created_at"))) for r in reversed(rows)]


def _wait(predicate: object, what: str, timeout: float = WAIT) -> None:
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def test_listen_forwards_every_event_verified_by_webhook_receiver_and_never_twice(
    sandbox: RunningServer, tmp_path: Path
) -> None:
    _make_events(sandbox, 1)  # history before listen starts: not forwarded ("from now")
    env = cli_env(sandbox, str(tmp_path / "config.toml"))
    inbox = Inbox()
    with webhook_endpoint(inbox) as url:
        args = ["listen", "--forward-to", url, "--interval", "0.05"]
        with child(args, env) as listen:
            inbox.secret = listen.line_with("signing secret is").split("signing secret is ", 1)[1].split()[0]
            listen.line_with("Ready.")
            jobs = _make_events(sandbox, 3)
            listen.wait_for(lambda: len(inbox.answers) >= 3, "three deliveries")  # fails with listen's output
            listen.wait_for(lambda: sum("patient.created" in line for line in listen.lines) >= 3, "three lines")
            _trigger_each_kind(sandbox)
            try:
                listen.wait_for(lambda: len(inbox.answers) >= 3 + len(KINDS), "one delivery per kind of envelope")
            except AssertionError as exc:
                raise AssertionError(f"{exc}; answers {inbox.answers}; recorded {_recorded(sandbox)}") from None
            assert listen.interrupt() == 0
        assert "Stopped." in listen.lines
        assert inbox.answers == [(200, "Webhook received")] * (3 + len(KINDS))  # all verified by WebhookReceiver
        assert inbox.types() == ["patient.created"] * 3 + KINDS
        assert [getattr(d.event, "job_id", None) for d in inbox.verified[:3]] == jobs
        delivery_lines = [line for line in listen.lines if "patient.created" in line]
        for line, job in zip(delivery_lines, jobs, strict=True):
            assert f"job {job}" in line and "-> 200" in line and " ms" in line
        headers = inbox.headers[0]
        assert headers["webhook-attempt"] == "1"
        assert headers["webhook-id"] == inbox.verified[0].webhook_id
        assert headers["webhook-timestamp"].endswith("Z")

        # A restart resumes from the cursor on disk: only the new event arrives.
        with child(args, env) as listen:
            assert inbox.secret in listen.line_with("signing secret is")  # the same local secret
            listen.line_with("Ready.")
            later = _make_events(sandbox, 1)
            listen.wait_for(lambda: len(inbox.answers) >= 4 + len(KINDS), "the delivery after the restart")
            time.sleep(0.3)  # a few more polls: nothing else may arrive
            assert listen.interrupt() == 0
    assert len(inbox.answers) == 4 + len(KINDS)
    assert getattr(inbox.verified[-1].event, "job_id", None) == later[0]
    ids = [d.webhook_id for d in inbox.verified]
    assert len(set(ids)) == len(ids)


def test_listen_since_and_event_filter(sandbox: RunningServer, tmp_path: Path) -> None:
    jobs = _make_events(sandbox, 1)
    env = cli_env(sandbox, str(tmp_path / "config.toml"))
    inbox = Inbox(secret="whsec_given_by_the_user_0123456789")
    with webhook_endpoint(inbox) as url:
        args = ["listen", "--forward-to", url, "--interval", "0.05", "--since", "2000-01-01"]
        args += ["--secret", inbox.secret, "--events", "patient.created"]
        with child(args, env) as listen:
            _wait(
                lambda: any(getattr(d.event, "job_id", None) == jobs[0] for d in list(inbox.verified)), "the old event"
            )
            assert listen.interrupt() == 0
    assert set(inbox.types()) == {"patient.created"}
    assert all(status == 200 for status, _ in inbox.answers)


def test_a_target_that_is_down_is_reported_and_listen_keeps_running(sandbox: RunningServer, tmp_path: Path) -> None:
    env = cli_env(sandbox, str(tmp_path / "config.toml"))
    with child(["listen", "--forward-to", "http://127.0.0.1:9/webhooks", "--interval", "0.05"], env) as listen:
        listen.line_with("Ready.")
        _make_events(sandbox, 1)
        failed = listen.line_with("patient.created")
        assert "failed (ConnectError)" in failed and "2 attempts" in failed
        _make_events(sandbox, 1)
        listen.wait_for(lambda: sum("patient.created" in line for line in listen.lines) >= 2, "a second line")
        assert listen.interrupt() == 0


def test_bad_listen_input(call: Call) -> None:
    result = call("listen", "--forward-to", "http://example.com/webhooks")
    assert result.code == 2
    assert "--allow-remote" in result.err
    result = call("listen", "--forward-to", "http://localhost:1/x", "--events", "patient.creatd")
    assert result.code == 2
    assert "did you mean 'patient.created'?" in result.err
    result = call("listen", "--forward-to", "http://localhost:1/x", "--since", "yesterday")
    assert result.code == 2
    assert "--since" in result.err and "not a date (2024-03-14)" in result.err


def test_loopback_detection() -> None:
    assert is_loopback("http://localhost:8000/webhooks")
    assert is_loopback("http://127.0.0.2:8000/")
    assert is_loopback("http://[::1]:8000/")
    assert not is_loopback("http://10.0.0.1/")
    assert not is_loopback("https://example.com/")


def _forwarder(handler: object, sleeps: list[float]) -> Forwarder:
    assert callable(handler)
    client = httpx.Client(transport=httpx.MockTransport(handler))
    return Forwarder("http://127.0.0.1/hook", "whsec_test", client=client, sleep=sleeps.append)


RECORD = {
    "event_id": "evt_1",
    "event_type": "patient.created",
    "created_at": "2025-10-21T14:30:00.000Z",
    "job_id": "10001",
    "access_token_reference_id": "ref",
    "data": {"patient_id": "p1", "mrn": "900001"},
}


@pytest.mark.parametrize(
    ("statuses", "attempts", "slept"), [([500, 200], 2, [1.0]), ([429, 503], 2, [1.0]), ([400], 1, [])]
)
def test_forwarder_retries_as_cobalt_does(statuses: list[int], attempts: int, slept: list[float]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(statuses[len(seen) - 1])

    sleeps: list[float] = []
    result = _forwarder(handler, sleeps).deliver(envelope(RECORD))
    assert result.attempts == attempts and sleeps == slept
    assert result.status == statuses[-1]
    assert [r.headers["webhook-attempt"] for r in seen] == [str(n) for n in range(1, attempts + 1)]
    for request in seen:  # each attempt is a delivery the SDK verifies and parses
        delivery = construct_event(request.content, request.headers, "whsec_test", tolerance=None)  # a 2025 event
        assert delivery.type == "patient.created" and getattr(delivery.event, "job_id", None) == "10001"


def test_forwarder_does_not_retry_a_timeout() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    sleeps: list[float] = []
    result = _forwarder(handler, sleeps).deliver(envelope(RECORD))
    assert (result.attempts, result.error, sleeps) == (1, "timeout", [])


def test_envelopes_follow_the_documented_shapes() -> None:
    body = envelope(RECORD)
    assert list(body) == ["id", "access_token_reference_id", "object", "created", "type", "job_id", "data"]
    live = envelope({**RECORD, "event_type": "patient.live_fetch_completed", "data": {"success": True}})
    assert live["action"] == "sync" and live["timestamp"] == "2025-10-21T14:30:00.000Z" and "object" not in live


def test_cursor_tells_apart_events_with_one_timestamp(tmp_path: Path) -> None:
    cursor = Cursor(tmp_path / "c.json")
    cursor.mark("a", "2025-01-01T00:00:00.000Z")
    again = Cursor.load(tmp_path / "c.json")
    assert again is not None
    assert not again.is_new("a", "2025-01-01T00:00:00.000Z")
    assert again.is_new("b", "2025-01-01T00:00:00.000Z")
    assert again.is_new("c", "2024-12-31T23:59:59.999Z")  # listed late, within the look-back window
    assert not again.is_new("d", "2024-12-31T23:57:59.999Z")  # older than the window: history
