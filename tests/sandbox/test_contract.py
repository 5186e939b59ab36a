"""Every operation answers a declared status with a body that validates against the spec."""

from __future__ import annotations

import random
from typing import Any

import httpx
import pytest

from cobalt_sandbox.spec import Operation, Spec
from cobalt_sandbox.state import Sandbox
from cobalt_sandbox.synth import concrete, synthesize

DATES = {"start_date": "2025-01-10", "end_date": "2025-01-12"}


def path_values(sb: Sandbox) -> dict[str, str]:
    appt = sb.store.all("appointments")[0]
    return {
        "appointments_get": appt["id"],
        "appointments_update": appt["id"],
        "providers_update": sb.store.all("providers")[0]["id"],
        "providers_update_by_ehr_id": sb.store.all("providers")[0]["ehr_id"],
        "locations_update": sb.store.all("locations")[0]["id"],
        "eligibility_checks_list_benefits": sb.store.all("eligibility_checks")[0]["id"],
        "patients_update": sb.store.all("patients")[0]["_id"],
    }


def request_body(spec: Spec, op: Operation, sb: Sandbox) -> dict[str, Any]:
    assert op.body_schema
    schema = spec.schemas[op.body_schema]
    for ex in schema.get("examples", []):
        if isinstance(ex, dict) and concrete(ex) and spec.is_valid(op.body_schema, ex):
            return dict(ex)
    body = synthesize(spec, schema, random.Random(1))
    assert isinstance(body, dict)
    return {k: body[k] for k in schema.get("required", [])} or body


def fixups(op_id: str, body: dict[str, Any], sb: Sandbox) -> dict[str, Any]:
    pat = sb.store.all("patients")[0]
    prov = sb.store.all("providers")
    loc = sb.store.all("locations")[0]
    appt = next(a for a in sb.store.all("appointments") if a["status"] == "scheduled")
    fixes: dict[str, dict[str, Any]] = {
        "appointments_create": {
            "mrn": pat["mrn"],
            "provider": prov[0]["ehr_id"],
            "location": loc["ehr_id"],
            "type": "f/u",
            "datetime": "2025-01-20T10:00:00-05:00",
        },
        "appointments_update": {"status": "cancelled"},
        "appointments_fetch": {"search_by": "date_range", **DATES},
        "availability_fetch": {
            "start_date": "2025-01-13",
            "end_date": "2025-01-13",
            "provider_ids": [prov[0]["ehr_id"]],
        },
        "claims_create": {"appointment_id": appt["id"]},
        "referrals_create": {
            "patient_mrn": pat["mrn"],
            "referring_from_provider_ehr_id": prov[0]["ehr_id"],
            "referring_to_provider_ehr_id": prov[1]["ehr_id"],
            "reason": "Consult",
        },
        "notes_create": {"appointment_id": appt["id"], "note": "SUBJECTIVE: ok"},
        "patient_notes_create": {"patient_mrn": pat["mrn"], "location_id": loc["ehr_id"], "subject": "S", "note": "N"},
        "messages_create": {"provider": prov[0]["ehr_id"], "subject": "S", "message": "M"},
        "tasks_create": {"patient_mrn": pat["mrn"], "description": "Call back"},
        "telephone_encounters_create": {
            "patient_mrn": pat["mrn"],
            "provider_id": prov[0]["ehr_id"],
            "location_id": loc["ehr_id"],
            "assigned_to_id": "1001",
            "reason": "Refill",
        },
        "patients_update": {"phone": "555-000-1111"},
        "patients_fetch": {"search_by": "mrn", "mrn": pat["mrn"]},
        "webhooks_create": {"webhook_url": "https://example.test/hook"},
        "patient_insurances_create": {"insurance_name": "Aetna", "member_id": "M1"},
        "referring_providers_create": {"first_name": "A", "last_name": "B", "npi": "1234567890"},
        "providers_update": {"status": "active"},
        "providers_update_by_ehr_id": {"hide_in_availability": "true"},
    }
    if op_id in fixes:
        if op_id in (
            "appointments_update",
            "patients_update",
            "patient_insurances_create",
            "providers_update",
            "providers_update_by_ehr_id",
        ):
            return fixes[op_id]
        body = {**body, **fixes[op_id]}
    return body


QUERY = {
    "appointments_list": DATES,
    "availability_list": {"start_date": "2025-01-13", "end_date": "2025-01-14"},
    "claims_list": DATES | {"start_date": "2025-01-01", "end_date": "2025-01-31"},
    "referrals_list": {"start_date": "2024-12-01", "end_date": "2025-01-31"},
    "orders_list": {"patient_mrn": "x"},
}


async def test_every_operation_conforms(client: httpx.AsyncClient, sb: Sandbox) -> None:
    spec = sb.spec
    pv = path_values(sb)
    sb.store.all("orders")
    QUERY["orders_list"] = {"patient_mrn": sb.store.all("orders")[0]["patient_mrn"]}
    seen = 0
    # webhooks first so later events have somewhere to go (the URL is unreachable; delivery is not awaited)
    order = sorted(spec.operations, key=lambda o: (o.op_id != "webhooks_create", o.op_id.startswith("webhooks_del")))
    hook_id = ""
    for op in order:
        if op.op_id in ("documents_get", "link_exchange_token", "webhook_events_get", "patient_insurances_update"):
            continue
        path = op.path
        for name in op.path_params:
            value = {
                "id": pv.get(op.op_id, hook_id),
                "ehr_id": pv.get(op.op_id, ""),
                "patient_mrn": sb.store.all("patients")[0]["mrn"],
            }[name]
            path = path.replace("{" + name + "}", value)
        kwargs: dict[str, Any] = {"params": QUERY.get(op.op_id, {})}
        if op.body_schema and op.body_content_type == "application/json":
            kwargs["json"] = fixups(op.op_id, request_body(spec, op, sb), sb)
        elif op.body_content_type == "multipart/form-data":
            kwargs["data"] = {"folder_name": "Labs", "patient_mrn": sb.store.all("patients")[0]["mrn"]}
            kwargs["files"] = {"document": ("r.pdf", b"%PDF-1.4 test", "application/pdf")}
        resp = await client.request(op.method.upper(), path, **kwargs)
        assert resp.status_code == op.success_status, (op.op_id, resp.status_code, resp.text)
        body = resp.json()
        errors = list(spec.validator(op.success_schema or "").iter_errors(body))
        assert not errors, (op.op_id, errors[0].message)
        if op.op_id == "webhooks_create":
            hook_id = body["webhook"]["id"]
        seen += 1
    assert seen >= 50


async def test_all_events_conform(client: httpx.AsyncClient, sb: Sandbox) -> None:
    await test_every_operation_conforms(client, sb)
    sb.advance(2)
    sb.fail_next_job("*")
    resp = await client.post("/tasks", json={"patient_mrn": sb.store.all("patients")[0]["mrn"], "description": "d"})
    assert resp.status_code == 200
    sb.advance(2)
    records = sb.events_list()
    types = {r["event_type"] for r in records}
    assert {"patient.created", "appointment.created", "task.failed", "telephone_encounter.created"} <= types
    for rec in records:
        ev = sb.spec.events[rec["event_type"]]
        errors = list(sb.spec.validator(ev.schema).iter_errors(rec["_envelope"]))
        assert not errors, (rec["event_type"], errors[0].message)
    listing = await client.get("/webhook-events", params={"page_size": 100})
    assert not list(sb.spec.validator("WebhookEventsListResponse").iter_errors(listing.json()))
    one = await client.get(f"/webhook-events/{records[0]['event_id']}")
    assert one.status_code == 200


@pytest.mark.parametrize("kind", ["patients_create", "appointments_create"])
async def test_failure_events_conform(client: httpx.AsyncClient, sb: Sandbox, kind: str) -> None:
    sb.fail_next_job(kind, "EHR rejected it")
    pat = sb.store.all("patients")[0]
    if kind == "patients_create":
        r = await client.post(
            "/patients", json={"first_name": "A", "last_name": "B", "dob": "1990-01-01", "sex": "female"}
        )
    else:
        r = await client.post(
            "/appointments",
            json={
                "mrn": pat["mrn"],
                "provider": "1000",
                "location": "2450",
                "type": "f/u",
                "datetime": "2025-01-20T10:00:00-05:00",
            },
        )
    assert r.status_code == 200
    sb.advance(1)
    rec = sb.events_list()[-1]
    assert rec["event_type"].endswith(".failed")
    assert rec["data"]["failure_reason"] == "EHR rejected it"
    assert not list(sb.spec.validator(sb.spec.events[rec["event_type"]].schema).iter_errors(rec["_envelope"]))
