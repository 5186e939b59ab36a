"""Webhook delivery to a real local receiver: signature, headers, retry rule, rotation window."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from cobalt_sandbox import FakeClock, SandboxConfig, create_app, signing
from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS


@dataclass
class Receiver:
    url: str
    statuses: list[int] = field(default_factory=list)  # answers to give, in order (then 200)
    delay: float = 0.0
    calls: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    rec = Receiver(url=f"http://127.0.0.1:{port}/hook")

    async def hook(request: Request) -> PlainTextResponse:
        body = await request.body()
        rec.calls.append({"headers": dict(request.headers), "body": body})
        if rec.delay:
            await asyncio.sleep(rec.delay)
        status = rec.statuses.pop(0) if rec.statuses else 200
        return PlainTextResponse("ok", status_code=status)

    server = uvicorn.Server(
        uvicorn.Config(Starlette(routes=[Route("/hook", hook, methods=["POST"])]), log_level="warning", lifespan="off")
    )
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        await asyncio.sleep(0.01)
    yield rec
    server.should_exit = True
    await task


@pytest.fixture
async def setup(receiver: Receiver) -> AsyncIterator[tuple[Sandbox, httpx.AsyncClient, Receiver, str]]:
    app = create_app(SandboxConfig(clock=FakeClock(), delivery_timeout=0.3, retry_timeout=0.3))
    sb: Sandbox = app.state.sandbox
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS
    ) as client:
        r = await client.post("/webhook", json={"webhook_url": receiver.url})
        secret = r.json()["webhook"]["secret"]
        yield sb, client, receiver, secret


async def _create_patient(sb: Sandbox, client: httpx.AsyncClient) -> int:
    r = await client.post("/patients", json={"first_name": "W", "last_name": "H", "dob": "2000-01-01", "sex": "female"})
    sb.advance(1)
    await sb.drain()
    job_id: int = r.json()["job_id"]
    return job_id


async def test_signed_delivery(setup: tuple[Sandbox, httpx.AsyncClient, Receiver, str]) -> None:
    sb, client, rcv, secret = setup
    job_id = await _create_patient(sb, client)
    assert len(rcv.calls) == 1
    call = rcv.calls[0]
    payload = json.loads(call["body"])
    assert call["body"] == signing.compact_json(payload).encode()
    assert call["headers"]["cobalt-verification"] == signing.sign(secret, payload)
    assert call["headers"]["webhook-id"] == payload["id"]
    assert call["headers"]["webhook-attempt"] == "1"
    assert call["headers"]["webhook-timestamp"] == payload["created"]
    assert payload["type"] == "patient.created" and payload["job_id"] == str(job_id)
    ev = (await client.get("/webhook-events", params={"job_id": job_id})).json()["webhook_events"][0]
    assert ev["delivery_status"] == "success" and ev["webhook_url"] == rcv.url


@pytest.mark.parametrize(
    ("statuses", "attempts", "outcome"),
    [
        ([503], 2, "success"),
        ([429], 2, "success"),
        ([500, 500], 2, "failed"),
        ([400], 1, "failed"),
        ([404], 1, "failed"),
    ],
)
async def test_retry_rule(
    setup: tuple[Sandbox, httpx.AsyncClient, Receiver, str], statuses: list[int], attempts: int, outcome: str
) -> None:
    sb, client, rcv, _ = setup
    rcv.statuses = list(statuses)
    await _create_patient(sb, client)
    assert [c["headers"]["webhook-attempt"] for c in rcv.calls] == [str(i + 1) for i in range(attempts)]
    assert sb.events_list()[-1]["delivery_status"] == outcome
    if attempts == 2:
        assert isinstance(sb.clock, FakeClock) and sb.clock.sleeps == [1.0]
        assert rcv.calls[0]["headers"]["webhook-id"] == rcv.calls[1]["headers"]["webhook-id"]


async def test_no_retry_on_timeout(setup: tuple[Sandbox, httpx.AsyncClient, Receiver, str]) -> None:
    sb, client, rcv, _ = setup
    rcv.delay = 0.6
    await _create_patient(sb, client)
    assert len(rcv.calls) == 1
    assert sb.events_list()[-1]["delivery_status"] == "failed"
    assert sb.events_list()[-1]["_deliveries"][0]["error"] == "timeout"


async def test_network_error_retried(setup: tuple[Sandbox, httpx.AsyncClient, Receiver, str]) -> None:
    sb, client, _rcv, _ = setup
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    dead = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
    sock.close()
    for hook in sb.store.all("webhooks"):
        hook["url"] = dead
    await _create_patient(sb, client)
    attempts = sb.events_list()[-1]["_deliveries"]
    assert [a["attempt"] for a in attempts] == [1, 2]


async def test_every_registered_url_gets_the_event(setup: tuple[Sandbox, httpx.AsyncClient, Receiver, str]) -> None:
    sb, client, rcv, _ = setup
    await client.post("/webhook", json={"webhook_url": rcv.url + "?second=1"})
    await _create_patient(sb, client)
    assert len(rcv.calls) == 2
    listed = (await client.get("/webhook")).json()
    assert len(listed["webhook_urls"]) == 2


async def test_rotation_window(setup: tuple[Sandbox, httpx.AsyncClient, Receiver, str]) -> None:
    sb, client, rcv, old = setup
    hook_id = sb.store.all("webhooks")[0]["id"]
    r = await client.post(f"/webhook/{hook_id}/rotate-secret")
    new = r.json()["webhook"]["secret"]
    assert new != old and set(sb.verify_secrets()) == {old, new}
    await _create_patient(sb, client)
    payload = json.loads(rcv.calls[-1]["body"])
    assert rcv.calls[-1]["headers"]["cobalt-verification"] == signing.sign(new, payload)
    sb.advance(24 * 3600 - 10)
    assert old in sb.verify_secrets()
    sb.advance(20)
    assert sb.verify_secrets() == [new]
    legacy = await client.post("/webhook/rotate-secret")
    newest = legacy.json()["webhook_secret_key"]
    assert set(sb.verify_secrets(hook_id)) == {new, newest}
    r = await client.post("/webhook/unknown/rotate-secret")
    assert r.status_code == 404


async def test_delete_webhook(setup: tuple[Sandbox, httpx.AsyncClient, Receiver, str]) -> None:
    sb, client, rcv, _ = setup
    hook_id = sb.store.all("webhooks")[0]["id"]
    assert (await client.delete(f"/webhook/{hook_id}")).json()["message"] == "Webhook URL removed successfully"
    await _create_patient(sb, client)
    assert rcv.calls == []
    assert sb.events_list()[-1]["delivery_status"] is None


async def test_sync_events_via_control_api(setup: tuple[Sandbox, httpx.AsyncClient, Receiver, str]) -> None:
    sb, client, rcv, _ = setup
    appt = sb.store.all("appointments")[0]
    async with httpx.AsyncClient(transport=client._transport, base_url="http://sb") as ctl:
        r = await ctl.patch(f"/_sandbox/ehr/appointments/{appt['id']}", json={"duration": 45})
        assert r.status_code == 200 and r.json()["event"]["data"]["duration"] == 45
        r = await ctl.post(f"/_sandbox/ehr/appointments/{appt['id']}/cancel")
        assert r.json()["event"]["type"] == "appointment.cancelled"
        r = await ctl.patch(f"/_sandbox/ehr/patients/{appt['patient_mrn']}", json={"phone": "555-999-0000"})
        assert r.json()["event"]["type"] == "patient.updated"
        await ctl.post("/_sandbox/deliveries/drain")
    assert [json.loads(c["body"])["type"] for c in rcv.calls] == [
        "appointment.updated",
        "appointment.cancelled",
        "patient.updated",
    ]
    for c in rcv.calls:
        payload = json.loads(c["body"])
        assert "job_id" not in payload
        schema = sb.spec.events[payload["type"]].schema
        assert not list(sb.spec.validator(schema).iter_errors(payload))
    got = (await client.get(f"/appointments/{appt['id']}")).json()["appointments"]
    assert got["status"] == "cancelled"
