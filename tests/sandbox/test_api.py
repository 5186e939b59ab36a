"""Auth, validation messages, state round-trips, PATCH rules, pagination."""

from __future__ import annotations

import httpx
import pytest

from cobalt_sandbox import DEFAULT_ACCESS_TOKEN
from cobalt_sandbox.state import Sandbox

TEL = {"patient_mrn": "", "provider_id": "1000", "location_id": "2450", "assigned_to_id": "7"}


async def test_missing_client_credentials_is_401(client: httpx.AsyncClient) -> None:
    r = await client.get("/providers", headers={"client_id": "nope"})
    assert r.status_code == 401
    assert r.json()["success"] is False and r.json()["message"]


async def test_wrong_access_token_user_not_found(client: httpx.AsyncClient) -> None:
    r = await client.get("/providers", headers={"access_token": "bogus"})
    assert (r.status_code, r.json()) == (401, {"success": False, "message": "User not found."})


async def test_client_only_ops_need_no_access_token(client: httpx.AsyncClient) -> None:
    r = await client.get("/webhook", headers={"access_token": ""})
    assert r.status_code == 200


async def test_validation_messages(client: httpx.AsyncClient, sb: Sandbox) -> None:
    mrn = sb.store.all("patients")[0]["mrn"]
    cases = [
        ({k: v for k, v in TEL.items() if k != "patient_mrn"}, "Missing required field: patient_mrn"),
        ({**TEL, "patient_mrn": mrn, "reason": "x" * 51}, "Reason exceeds maximum length of 50 characters"),
        ({**TEL, "patient_mrn": mrn, "provider_id": "99999"}, "Provider with EMR ID '99999' not found."),
        ({**TEL, "patient_mrn": mrn, "location_id": "99999"}, "Location with EMR ID '99999' not found."),
        ({**TEL, "patient_mrn": mrn, "x": 1}, "Unexpected fields in request body: x"),
    ]
    for body, message in cases:
        r = await client.post("/telephone-encounters", json=body)
        assert (r.status_code, r.json()) == (400, {"success": False, "message": message})
    r = await client.post("/patient-notes", json={"patient_mrn": mrn, "location_id": "1", "subject": "s", "note": "n"})
    assert r.json()["message"] == "Invalid location_id. Must be one of: 2450, 2451, 2452"
    r = await client.get("/appointments", params={"start_date": "2025-01-01"})
    assert r.json()["message"] == "Missing required parameters: end_date."
    r = await client.get("/appointments", params={"start_date": "nope", "end_date": "2025-01-02"})
    assert r.json()["message"] == "Invalid date format. Use ISO format (YYYY-MM-DD)."


@pytest.mark.parametrize("raw", [b"{", b"[1]", b"null", b'{"reason": 5}', b"\xff\xfe", b'"x"'])
async def test_malformed_bodies_are_400_and_leave_state(client: httpx.AsyncClient, sb: Sandbox, raw: bytes) -> None:
    before = len(sb.store.all("telephone_encounters"))
    r = await client.post("/telephone-encounters", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["success"] is False
    assert len(sb.store.all("telephone_encounters")) == before
    assert not sb.jobs.pending()


async def test_huge_body_rejected(client: httpx.AsyncClient, sb: Sandbox) -> None:
    r = await client.post(
        "/tasks",
        content=b'{"description": "' + b"a" * (1024 * 1024 + 10) + b'"}',
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 400
    assert sb.store.all("tasks") == []


async def test_garbage_never_500(client: httpx.AsyncClient, sb: Sandbox) -> None:
    for op in sb.spec.operations:
        path = op.path
        for name in op.path_params:
            path = path.replace("{" + name + "}", "%00%ff..")
        for body in (b"\x00\x01", b'{"a":' * 50, b"[]", b'{"provider": []}'):
            r = await client.request(
                op.method.upper(),
                path + "?page=-1&page_size=abc&start_date=zz",
                content=body,
                headers={"content-type": op.body_content_type or "application/json"},
            )
            assert r.status_code in op.statuses, (op.op_id, r.status_code, r.text)
            assert r.status_code < 500, (op.op_id, r.text)
            if r.status_code >= 400:
                assert r.json()["success"] is False


async def test_patient_round_trip(client: httpx.AsyncClient, sb: Sandbox) -> None:
    r = await client.post(
        "/patients", json={"first_name": "Ada", "last_name": "Lovelace", "dob": "1990-12-10", "sex": "female"}
    )
    body = r.json()
    assert r.status_code == 200 and isinstance(body["job_id"], int)
    assert (await client.get("/patients", params={"last_name": "Lovelace"})).json()["patients"] == []
    polled = await client.get("/webhook-events", params={"job_id": body["job_id"]})
    assert polled.json()["webhook_events"] == []
    sb.advance(1.0)
    events = (await client.get("/webhook-events", params={"job_id": body["job_id"]})).json()["webhook_events"]
    assert [e["event_type"] for e in events] == ["patient.created"]
    mrn = events[0]["data"]["mrn"]
    assert events[0]["data"]["patient_id"] == body["patient_id"]
    found = (await client.get("/patients", params={"mrn": mrn})).json()["patients"]
    assert found[0]["first_name"] == "Ada"


async def test_required_patient_fields(client: httpx.AsyncClient, sb: Sandbox) -> None:
    sb.store.col("settings")["account"]["required_patient_fields"] = ["first_name"]
    r = await client.post("/patients", json={"last_name": "X"})
    assert r.json() == {"success": False, "message": "Missing required field: first_name"}


async def test_appointment_create_and_patch_rules(client: httpx.AsyncClient, sb: Sandbox) -> None:
    mrn = sb.store.all("patients")[0]["mrn"]
    r = await client.post(
        "/appointments",
        json={
            "mrn": mrn,
            "provider": "1000",
            "location": "2450",
            "type": "f/u",
            "date": "2025-01-21",
            "time": "10:30 am",
        },
    )
    appt_id, job_id = r.json()["appointment_id"], r.json()["job_id"]
    assert isinstance(job_id, int)
    got = (await client.get(f"/appointments/{appt_id}")).json()["appointments"]
    assert got["status"] == "pending" and got["datetime"] == "2025-01-21T10:30:00-05:00"
    # pending: anything may change
    r = await client.patch(f"/appointments/{appt_id}", json={"reason": "Changed", "type": "sk"})
    assert r.status_code == 200
    sb.advance(1)
    got = (await client.get(f"/appointments/{appt_id}")).json()["appointments"]
    assert got["status"] == "scheduled" and got["appointment_type"] == "sk" and got["ehr_appointment_id"]
    listed = (
        await client.get(
            "/appointments", params={"start_date": "2025-01-21", "end_date": "2025-01-21", "patient_mrn": mrn}
        )
    ).json()["appointments"]
    assert appt_id in [a["id"] for a in listed]
    # scheduled: only status and note
    r = await client.patch(f"/appointments/{appt_id}", json={"reason": "nope"})
    assert r.status_code == 400 and "status and note" in r.json()["message"]
    r = await client.patch(f"/appointments/{appt_id}", json={"status": "CANC", "note": "called"})
    assert r.status_code == 200
    sb.advance(1)
    assert sb.events_list()[-1]["event_type"] == "appointment.updated"
    r = await client.patch("/appointments/unknown", json={"status": "x"})
    assert r.status_code == 404 and r.json()["message"] == "Appointment not found."


async def test_double_booking_fails_job(client: httpx.AsyncClient, sb: Sandbox) -> None:
    existing = next(a for a in sb.store.all("appointments") if a["status"] == "scheduled")
    r = await client.post(
        "/appointments",
        json={
            "mrn": existing["patient_mrn"],
            "provider": existing["provider_ehr_id"],
            "location": "2450",
            "type": "f/u",
            "datetime": existing["datetime"],
            "prevent_double_booking": "true",
        },
    )
    sb.advance(1)
    ev = (await client.get("/webhook-events", params={"job_id": r.json()["job_id"]})).json()["webhook_events"][0]
    assert ev["event_type"] == "appointment.failed" and ev["data"]["conflict_type"] == "appointment"


async def test_header_injected_failure(client: httpx.AsyncClient, sb: Sandbox) -> None:
    r = await client.post(
        "/patients",
        json={"first_name": "F", "last_name": "Lovelace", "dob": "1990-01-01", "sex": "female"},
        headers={"x-sandbox-fail": "EHR down"},
    )
    sb.advance(1)
    ev = (await client.get("/webhook-events", params={"job_id": r.json()["job_id"]})).json()["webhook_events"][0]
    assert ev["event_type"] == "patient.failed" and ev["data"]["failure_reason"] == "EHR down"


async def test_pagination(client: httpx.AsyncClient) -> None:
    r1 = (await client.get("/patients", params={"page": 1, "page_size": 15})).json()
    r3 = (await client.get("/patients", params={"page": 3, "page_size": 15})).json()
    assert r1["pagination"] == {"current_page": 1, "total_pages": 3, "total_count": 40, "page_size": 15}
    assert len(r1["patients"]) == 15 and len(r3["patients"]) == 10
    r = await client.get("/patients", params={"page_size": 1000})
    assert r.status_code == 400
    refs = (
        await client.get("/referrals", params={"start_date": "2024-01-01", "end_date": "2025-12-31", "page_size": 4})
    ).json()
    assert refs["pagination"]["total_count"] == 15 and refs["pagination"]["total_pages"] == 4
    elig = (await client.get("/eligibility-checks", params={"page_size": 10, "page": 2})).json()
    assert elig["pagination"]["total_records"] == 15 and len(elig["eligibility_checks"]) == 5


async def test_seed_is_deterministic() -> None:
    from cobalt_sandbox import FakeClock, SandboxConfig, create_app

    a = create_app(SandboxConfig(clock=FakeClock(), seed=7)).state.sandbox.store.all("appointments")
    b = create_app(SandboxConfig(clock=FakeClock(), seed=7)).state.sandbox.store.all("appointments")
    c = create_app(SandboxConfig(clock=FakeClock(), seed=8)).state.sandbox.store.all("appointments")
    assert a == b and a != c


async def test_expired_token(client: httpx.AsyncClient, sb: Sandbox) -> None:
    from cobalt_sandbox import control

    control.expire_token(sb, DEFAULT_ACCESS_TOKEN)
    ev = sb.events_list()[-1]
    assert ev["event_type"] == "access_token.login_required"
    r = await client.post("/account/activate")  # declares 403
    assert r.status_code == 403 and r.json()["error"] == "login_required"
    r = await client.get("/providers")  # every access-token operation answers it (issue 13)
    assert r.status_code == 403 and r.json()["error"] == "login_required"
    control.restore_token(sb, DEFAULT_ACCESS_TOKEN)
    assert (await client.get("/providers")).status_code == 200


async def test_documents_round_trip(client: httpx.AsyncClient, sb: Sandbox) -> None:
    mrn = sb.store.all("patients")[0]["mrn"]
    r = await client.post(
        "/documents",
        data={"folder_name": "Labs", "patient_mrn": mrn},
        files={"document": ("a.pdf", b"%PDF-1.4 hello", "application/pdf")},
    )
    doc_id = r.json()["document_id"]
    got = await client.get(f"/documents/{doc_id}")
    assert got.content == b"%PDF-1.4 hello" and got.headers["content-type"] == "application/pdf"
    sb.advance(1)
    assert sb.events_list()[-1]["event_type"] == "document.uploaded"


async def test_control_characters_in_path_get_envelope(client: httpx.AsyncClient) -> None:
    r = await client.post("/webhook/R%0A%C2%BA/rotate-secret")
    assert r.status_code == 404 and r.json() == {"success": False, "message": "Webhook not found."}
