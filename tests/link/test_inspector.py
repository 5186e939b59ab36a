"""The inspector's data: events with what was signed and each attempt, resend, jobs, tokens (masked)."""

from __future__ import annotations

import httpx
import pytest

from cobalt_sandbox import signing
from cobalt_sandbox.state import Sandbox

from .conftest import CLIENT

HOOK = "http://127.0.0.1:9/hook"  # never dialled: deliveries go through the scripted transport


@pytest.fixture
def answers(sb: Sandbox) -> list[httpx.Response]:
    """The receiver's scripted answers, in order (then 200s)."""
    queue: list[httpx.Response] = []
    sb.delivery.transport = httpx.MockTransport(lambda request: queue.pop(0) if queue else httpx.Response(200))
    return queue


async def one_event(web: httpx.AsyncClient, sb: Sandbox) -> str:
    headers = {**CLIENT, "access_token": sb.config.access_token}
    assert (await web.post("/v1/webhook", json={"webhook_url": HOOK}, headers=headers)).status_code == 200
    body = {"first_name": "Ada", "last_name": "Lovelace", "dob": "1990-01-01", "sex": "female"}
    assert (await web.post("/v1/patients", json=body, headers=headers)).status_code == 200
    sb.advance(1)
    await sb.drain()
    return str(sb.events_list()[-1]["event_id"])


async def test_an_event_shows_what_was_signed_and_every_attempt(
    web: httpx.AsyncClient, sb: Sandbox, answers: list[httpx.Response]
) -> None:
    answers.extend([httpx.Response(503, text="busy"), httpx.Response(200, text="thanks")])
    event_id = await one_event(web, sb)
    snap = (await web.get("/_sandbox/inspect/snapshot")).json()
    row = next(e for e in snap["events"] if e["id"] == event_id)
    assert row == {
        "id": event_id,
        "type": "patient.created",
        "job_id": row["job_id"],
        "created": row["created"],
        "delivery_status": "success",
        "attempts": 2,
        "last_answer": 200,
    }
    detail = (await web.get(f"/_sandbox/inspect/events/{event_id}")).json()["event"]
    assert detail["signed_body"] == signing.compact_json(detail["envelope"])
    assert [(a["attempt"], a["status_code"], a["response_excerpt"]) for a in detail["deliveries"]] == [
        (1, 503, "busy"),
        (2, 200, "thanks"),
    ]
    assert all(isinstance(a["latency_ms"], float) and a["url"] == HOOK for a in detail["deliveries"])
    sent = detail["deliveries"][-1]["headers"]
    secret = sb.verify_secrets()[0]
    assert sent["cobalt-verification"] == signing.sign(secret, detail["envelope"])
    assert sent["webhook-id"] == event_id and sent["webhook-attempt"] == "2"
    # the API's own record of attempts is unchanged by what the inspector keeps
    api = await web.get(f"/v1/webhook-events/{event_id}", headers={**CLIENT, "access_token": sb.config.access_token})
    assert all(set(a) == {"url", "attempt", "at", "status_code"} for a in api.json()["delivery_attempts"])


async def test_resend_delivers_again(web: httpx.AsyncClient, sb: Sandbox, answers: list[httpx.Response]) -> None:
    answers.append(httpx.Response(400, text="no"))
    event_id = await one_event(web, sb)
    assert (await web.get(f"/_sandbox/inspect/events/{event_id}")).json()["event"]["delivery_status"] == "failed"
    resp = await web.post(f"/_sandbox/inspect/events/{event_id}/resend", json={})
    assert resp.status_code == 200
    await sb.drain()
    detail = (await web.get(f"/_sandbox/inspect/events/{event_id}")).json()["event"]
    assert [a["status_code"] for a in detail["deliveries"]] == [400, 200]
    assert detail["delivery_status"] == "success"


async def test_resend_needs_a_webhook_and_an_event(web: httpx.AsyncClient, sb: Sandbox) -> None:
    sb.events.emit("access_token.password_change_warning", {}, token=sb.config.access_token)
    event_id = sb.events_list()[-1]["event_id"]
    no_hook = await web.post(f"/_sandbox/inspect/events/{event_id}/resend", json={})
    assert no_hook.status_code == 400 and "register one" in no_hook.json()["message"]
    assert (await web.post("/_sandbox/inspect/events/nope/resend", json={})).status_code == 404
    assert (await web.get("/_sandbox/inspect/events/nope")).status_code == 404


async def test_jobs_show_pending_then_finished(web: httpx.AsyncClient, sb: Sandbox) -> None:
    headers = {**CLIENT, "access_token": sb.config.access_token}
    await web.post(
        "/v1/patients",
        json={"first_name": "A", "last_name": "B", "dob": "1990-01-01", "sex": "female"},
        headers=headers,
    )
    sb.fail_next_job("patients_create", "EHR said no")
    await web.post(
        "/v1/patients",
        json={"first_name": "C", "last_name": "D", "dob": "1990-01-01", "sex": "female"},
        headers=headers,
    )
    jobs = (await web.get("/_sandbox/inspect/snapshot")).json()["jobs"]
    assert [j["status"] for j in jobs] == ["pending", "pending"]
    sb.advance(1)
    jobs = (await web.get("/_sandbox/inspect/snapshot")).json()["jobs"]
    assert sorted(j["status"] for j in jobs) == ["failed", "succeeded"]
    assert next(j for j in jobs if j["status"] == "failed")["failure"] == "EHR said no"
    assert all(j["operation"] == "patients_create" and j["due"].endswith("Z") for j in jobs)


async def test_tokens_are_masked_and_switchable(web: httpx.AsyncClient, sb: Sandbox) -> None:
    token = sb.config.access_token
    snap = await web.get("/_sandbox/inspect/snapshot")
    assert token not in snap.text
    (row,) = snap.json()["tokens"]
    assert row["token"] == token[:6] + "\u2026" and row["status"] == "active"
    assert (await web.post(f"/_sandbox/inspect/tokens/{row['handle']}/expire", json={})).status_code == 200
    assert sb.token_record(token)["expired"] is True  # type: ignore[index]
    assert sb.events_list()[-1]["event_type"] == "access_token.login_required"
    assert (await web.post(f"/_sandbox/inspect/tokens/{row['handle']}/restore", json={})).status_code == 200
    assert sb.token_record(token)["expired"] is False  # type: ignore[index]
    assert (await web.post("/_sandbox/inspect/tokens/0000/expire", json={})).status_code == 404


async def test_the_inspector_page_is_static_and_strict(web: httpx.AsyncClient) -> None:
    page = await web.get("/_sandbox/ui")
    assert page.status_code == 200 and "<script>" not in page.text
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    snap = await web.get("/_sandbox/inspect/snapshot")
    assert snap.headers["cross-origin-resource-policy"] == "same-origin"
    assert snap.headers["cache-control"] == "no-store"
