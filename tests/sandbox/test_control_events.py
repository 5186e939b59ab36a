"""Control API: EHR-staff status changes, events re-emitted under another name, planned failures."""

from __future__ import annotations

import httpx

from cobalt_sandbox.state import Sandbox


async def _control(client: httpx.AsyncClient, path: str, body: dict[str, object]) -> httpx.Response:
    return await client.post(f"http://sandbox.test/_sandbox{path}", json=body)


async def test_staff_status_change_fires_status_updated(client: httpx.AsyncClient, sb: Sandbox) -> None:
    appt = sb.store.all("appointments")[0]
    resp = await _control(client, f"/ehr/appointments/{appt['id']}/status", {"status": "confirmed"})
    assert resp.status_code == 200, resp.text
    event = resp.json()["event"]
    assert event["type"] == "appointment.status_updated"
    assert event["data"]["status"] == "confirmed"
    stored = sb.store.get("appointments", str(appt["id"]))
    assert stored is not None and stored["status"] == "confirmed"
    listed = (await client.get("/webhook-events", params={"event_type": "appointment.status_updated"})).json()
    assert [e["event_id"] for e in listed["webhook_events"]] == [event["id"]]


async def test_status_change_needs_a_known_appointment_and_a_status(client: httpx.AsyncClient, sb: Sandbox) -> None:
    missing = await _control(client, "/ehr/appointments/nope/status", {"status": "confirmed"})
    assert missing.status_code == 404
    appt = sb.store.all("appointments")[0]
    empty = await _control(client, f"/ehr/appointments/{appt['id']}/status", {})
    assert empty.status_code == 400 and "status" in empty.json()["message"]


async def test_emit_as_copies_data_and_job_under_the_other_name(client: httpx.AsyncClient, sb: Sandbox) -> None:
    original = sb.events.emit("note.created", {"appointment_id": "a1"}, job_id=10001, token=sb.config.access_token)
    resp = await _control(client, f"/events/{original['event_id']}/emit-as", {"type": "note.uploaded"})
    assert resp.status_code == 200, resp.text
    copy = resp.json()["event"]
    assert copy["type"] == "note.uploaded"
    assert copy["id"] != original["event_id"]
    assert copy["job_id"] == "10001"
    assert copy["data"] == original["_envelope"]["data"]
    assert copy["access_token_reference_id"] == original["access_token_reference_id"]


async def test_emit_as_refuses_unknown_types_and_events(client: httpx.AsyncClient, sb: Sandbox) -> None:
    original = sb.events.emit("note.created", {"appointment_id": "a1"}, job_id=10001)
    unknown = await _control(client, f"/events/{original['event_id']}/emit-as", {"type": "note.teleported"})
    assert unknown.status_code == 400 and "note.uploaded" in unknown.json()["message"]
    gone = await _control(client, "/events/no-such-event/emit-as", {"type": "note.uploaded"})
    assert gone.status_code == 404


async def test_fail_next_fails_the_next_job_created_not_one_already_pending(
    client: httpx.AsyncClient, sb: Sandbox
) -> None:
    mrn = sb.store.all("patients")[0]["mrn"]
    pending = (await client.post("/tasks", json={"patient_mrn": mrn, "description": "first"})).json()["job_id"]
    planned = await _control(client, "/jobs/fail-next", {"kind": "tasks_create", "reason": "EHR down"})
    assert planned.status_code == 200
    doomed = (await client.post("/tasks", json={"patient_mrn": mrn, "description": "second"})).json()["job_id"]
    sb.advance(5)
    kinds: dict[str, list[str]] = {}
    for job_id in (pending, doomed):
        events = (await client.get("/webhook-events", params={"job_id": job_id})).json()["webhook_events"]
        kinds[job_id] = [e["event_type"] for e in events]
    assert kinds == {pending: ["task.created"], doomed: ["task.failed"]}
