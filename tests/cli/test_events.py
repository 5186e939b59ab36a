"""`cobalt events list|get|replay`."""

from __future__ import annotations

import json

from cobalt_sandbox.server import RunningServer
from cobalt_sdk import Cobalt
from tests.cli.conftest import Call
from tests.cli.receiver import Inbox, webhook_endpoint


def _finished_job(sandbox: RunningServer) -> str:
    with Cobalt(base_url=sandbox.base_url, **sandbox.credentials) as cobalt:
        job = cobalt.patients.create(first_name="Ada", last_name="Lovelace", dob="1985-12-10", sex="female")
        job.wait(timeout=10, poll_interval=0.05)
        return str(job.job_id)


def test_list_and_get(call: Call, api_env: RunningServer) -> None:
    _finished_job(api_env)
    job = _finished_job(api_env)
    result = call("events", "list", "--job-id", job, "--json")
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [r["event_type"] for r in rows] == ["patient.created"]
    result = call("events", "get", rows[0]["event_id"], "--json")
    assert result.code == 0, result.err
    assert rows[0]["event_id"] in result.out
    table = call("events", "list", "--since", "2000-01-01", "--type", "patient.created", "--limit", "2")
    assert table.code == 0 and "2 item(s)" in table.out and "event_type" in table.out


def test_replay_delivers_again_verified_by_the_receiver(call: Call, api_env: RunningServer) -> None:
    job = _finished_job(api_env)
    event_id = json.loads(call("events", "list", "--job-id", job, "--json").out.splitlines()[0])["event_id"]
    inbox = Inbox(secret="whsec_replay_secret_000000000000")
    with webhook_endpoint(inbox) as url:
        by_id = call("events", "replay", event_id, "--forward-to", url, "--secret", inbox.secret)
        by_job = call("events", "replay", "--job-id", job, "--forward-to", url, "--secret", inbox.secret)
    assert by_id.code == 0 and by_job.code == 0, by_id.err + by_job.err
    assert "replayed 1 event(s), 0 failed" in by_id.out
    assert inbox.answers == [(200, "Webhook received"), (200, "Already processed")]  # same webhook-id twice
    assert inbox.verified[0].webhook_id == event_id


def test_replay_needs_a_selection(call: Call) -> None:
    result = call("events", "replay", "--forward-to", "http://127.0.0.1:1/x")
    assert result.code == 2
