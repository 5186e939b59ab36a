"""Control surface under /_sandbox (not part of the Cobalt API): act as EHR staff, expire credentials,
steer jobs, move the fake clock, reset, and set faults. The same actions are plain functions for tests."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from cobalt_sandbox.clock import FakeClock, iso
from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.event_types import EventName, is_event_name
from cobalt_sandbox.faults import FaultInjector
from cobalt_sandbox.ops_appointments import cancelled_ctx, created_ctx, updated_ctx
from cobalt_sandbox.seed import Seeder
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Sandbox
from cobalt_sandbox.synth import strip_private

STAFF_FIELDS = {
    "datetime",
    "duration",
    "status",
    "appointment_type",
    "appointment_mode",
    "location",
    "reason",
    "note",
    "provider_ehr_id",
}


# -- actions (Python API) ---------------------------------------------------------
def staff_edit_appointment(sb: Sandbox, appt_id: str, changes: JSON) -> JSON:
    """EHR staff edit an appointment; fires the sync `appointment.updated` event."""
    rec = sb.store.get("appointments", appt_id)
    if rec is None:
        raise ApiError(404, "Appointment not found.")
    unknown = sorted(set(changes) - STAFF_FIELDS)
    if unknown:
        raise ApiError(400, f"Unexpected fields: {', '.join(unknown)}")
    if "provider_ehr_id" in changes:
        prov = sb.find("providers", ehr_id=str(changes["provider_ehr_id"]))
        if prov is None:
            raise ApiError(400, "Unknown provider_ehr_id.")
        rec["provider_name"] = prov["name"]
    rec.update(changes)
    sb.store.touch("appointments")
    return sb.events.emit("appointment.updated", updated_ctx(rec))


#: The event types the control API sends by itself, as the EHR (its staff, a login that stops
#: working) would, outside any job. The registry's start-up check needs every spec event that no
#: operation's job sends to be here; tests/sandbox/test_wiring.py checks this table against the
#: `sb.events.emit(...)` calls of this module.
EHR_SIDE_EVENTS: frozenset[EventName] = frozenset(
    {
        "appointment.created",
        "appointment.updated",
        "appointment.cancelled",
        "appointment.status_updated",
        "patient.updated",
        "access_token.login_required",
        "access_token.password_change_warning",
    }
)


def staff_cancel_appointment(sb: Sandbox, appt_id: str) -> JSON:
    """EHR staff cancel an appointment; fires the sync `appointment.cancelled` event."""
    rec = sb.store.get("appointments", appt_id)
    if rec is None:
        raise ApiError(404, "Appointment not found.")
    rec["status"] = "cancelled"
    sb.store.touch("appointments")
    return sb.events.emit("appointment.cancelled", cancelled_ctx(rec, iso(sb.clock.now())))


def staff_set_appointment_status(sb: Sandbox, appt_id: str, status: object) -> JSON:
    """EHR staff change only an appointment's status; fires the sync `appointment.status_updated` event."""
    rec = sb.store.get("appointments", appt_id)
    if rec is None:
        raise ApiError(404, "Appointment not found.")
    if not isinstance(status, str) or not status.strip():
        raise ApiError(400, "status must be a non-empty string.")
    previous = rec.get("status")
    rec["status"] = status.strip()
    sb.store.touch("appointments", appt_id)
    return sb.events.emit("appointment.status_updated", {**updated_ctx(rec), "previous_status": previous})


def emit_as(sb: Sandbox, event_type: object, event_id: object) -> JSON:
    """Record and deliver a copy of an existing event under another of the spec's event types.

    For names that older versions of Cobalt's docs give to the same outcome (`note.uploaded` for
    `note.created`, `document.created` for `document.uploaded`, ...), which the sandbox's
    operations do not emit: the copy keeps the original's data, job and credential.
    """
    if not is_event_name(event_type):
        known = ", ".join(sorted(sb.spec.events))
        raise ApiError(400, f"Unknown event type. Known types: {known}")
    original = sb.store.get("webhook_events", str(event_id))
    if original is None:
        raise ApiError(404, "Event not found.")
    ref_id = original.get("access_token_reference_id")
    token = next((t["token"] for t in sb.store.all("tokens") if t.get("reference_id") == ref_id), None)
    return sb.events.emit(event_type, dict(original.get("data") or {}), job_id=original.get("job_id"), token=token)


def staff_create_appointment(sb: Sandbox, body: JSON) -> JSON:
    """EHR staff book an appointment directly; fires the sync `appointment.created` event."""
    pat = sb.find("patients", mrn=body.get("mrn"))
    prov = sb.find("providers", ehr_id=body.get("provider"))
    if pat is None or prov is None:
        raise ApiError(400, "mrn and provider must name an existing patient and provider.")
    appt_id = sb.new_id("appointment")
    rec = Seeder(sb.spec, sb.config.seed).appointment_record(
        appt_id=appt_id,
        ehr_id=str(sb.store.counter("ehr_appointment", start=600000)),
        when=str(body.get("datetime", "2025-01-20T10:00:00-05:00")),
        patient=pat,
        provider=prov,
        location=str(body.get("location", sb.store.all("locations")[0]["ehr_id"])),
        visit_type=str(body.get("type", "f/u")),
        status="scheduled",
        duration=int(body.get("duration", 30)),
        reason=body.get("reason"),
        note=None,
        created_at=iso(sb.clock.now()),
    )
    sb.store.put("appointments", appt_id, rec)
    return sb.events.emit("appointment.created", created_ctx(rec))


def staff_edit_patient(sb: Sandbox, mrn: str, changes: JSON) -> JSON:
    """EHR staff change a patient's details; fires the sync `patient.updated` event."""
    pat = sb.find("patients", mrn=mrn)
    if pat is None:
        raise ApiError(404, "Patient not found.")
    allowed = {"first_name", "last_name", "dob", "sex", "phone"}
    pat.update({k: v for k, v in changes.items() if k in allowed})
    sb.store.touch("patients")
    return sb.events.emit("patient.updated", {"mrn": mrn, **strip_private(pat)})


def set_required_patient_fields(sb: Sandbox, fields: object) -> list[str]:
    """Play an account with other rules: the fields POST /patients requires (GET /settings shows them)."""
    known = set(sb.spec.schemas["PatientsCreateRequest"].get("properties", {}))
    if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
        raise ApiError(400, "required_patient_fields must be a list of field names.")
    unknown = sorted(set(fields) - known)
    if unknown:
        raise ApiError(400, f"Unknown patient fields: {', '.join(unknown)}. Known: {', '.join(sorted(known))}")
    chosen = list(dict.fromkeys(fields))
    sb.store.col("settings").setdefault("account", {})["required_patient_fields"] = chosen
    sb.store.touch("settings")
    return chosen


def expire_token(sb: Sandbox, token: str, error_type: str = "password_expired") -> JSON:
    """The EHR login behind ``token`` stops working; fires `access_token.login_required`."""
    rec = sb.token_record(token)
    if rec is None:
        raise ApiError(404, "Unknown access token.")
    rec["expired"] = True
    sb.store.touch("tokens")
    return sb.events.emit(
        "access_token.login_required",
        {
            "access_token_reference_id": rec.get("reference_id") or "",
            "emr_instance_domain": rec.get("emr_instance_domain") or "sandbox.ehr.example.test",
            "message": "Your EHR credentials are no longer valid. Please reconnect your account through Cobalt Link.",
            "error_type": error_type,
        },
        token=token,
    )


def restore_token(sb: Sandbox, token: str) -> None:
    rec = sb.token_record(token)
    if rec is None:
        raise ApiError(404, "Unknown access token.")
    rec["expired"] = False
    sb.store.touch("tokens")


def password_warning(sb: Sandbox, token: str) -> JSON:
    if sb.token_record(token) is None:
        raise ApiError(404, "Unknown access token.")
    return sb.events.emit(
        "access_token.password_change_warning",
        {"message": "Your EHR password expires soon. Please update it and reconnect."},
        token=token,
    )


def summary(sb: Sandbox, faults: FaultInjector) -> JSON:
    return {
        "now": iso(sb.clock.now()),
        "fake_clock": isinstance(sb.clock, FakeClock),
        "ehr": sb.config.ehr,
        "job_latency": sb.config.job_latency,
        "pending_jobs": sb.jobs.pending_count(),
        "counts": {k: len(v) for k, v in sb.store.collections.items() if not k.startswith("_")},
        "faults": vars(faults.faults),
        "fail_next": sb.jobs.fail_next,
    }


# -- HTTP routes ----------------------------------------------------------------------
def routes(sb: Sandbox, faults: FaultInjector) -> list[Route]:
    async def body_of(request: Request) -> JSON:
        raw = await request.body()
        if not raw.strip():
            return {}
        try:
            value = json.loads(raw)
        except ValueError:
            raise ApiError(400, "Invalid JSON in request body.") from None
        if not isinstance(value, dict):
            raise ApiError(400, "Request body must be a JSON object.")
        return value

    def wrap(fn: Any) -> Any:
        async def endpoint(request: Request) -> JSONResponse:
            try:
                result = await fn(request)
            except ApiError as err:
                return JSONResponse(err.body(), status_code=err.status)
            except (KeyError, TypeError, ValueError) as exc:
                return JSONResponse({"success": False, "message": f"Bad control request: {exc}"}, status_code=400)
            sb.store.flush()
            return JSONResponse({"success": True, **result})

        return endpoint

    async def state(request: Request) -> JSON:
        return summary(sb, faults)

    async def reset(request: Request) -> JSON:
        sb.reset()
        faults.clear()
        return {}

    async def advance(request: Request) -> JSON:
        seconds = float((await body_of(request)).get("seconds", sb.config.job_delay))
        if isinstance(sb.clock, FakeClock):
            done = sb.advance(seconds)
        else:
            raise ApiError(400, "The sandbox runs on the real clock; start it with a fake clock to advance.")
        await sb.drain()
        return {"completed_jobs": done, "now": iso(sb.clock.now())}

    async def run_jobs(request: Request) -> JSON:
        done = sb.tick()
        await sb.drain()
        return {"completed_jobs": done}

    async def fail_next(request: Request) -> JSON:
        body = await body_of(request)
        sb.fail_next_job(str(body["kind"]), str(body.get("reason", "Simulated failure")))
        return {"fail_next": sb.jobs.fail_next}

    async def set_faults(request: Request) -> JSON:
        body = await body_of(request)
        return {"faults": vars(faults.update(**body))}

    async def clear_faults(request: Request) -> JSON:
        faults.clear()
        return {"faults": vars(faults.faults)}

    async def appt_edit(request: Request) -> JSON:
        return {"event": staff_edit_appointment(sb, request.path_params["id"], await body_of(request))["_envelope"]}

    async def appt_cancel(request: Request) -> JSON:
        return {"event": staff_cancel_appointment(sb, request.path_params["id"])["_envelope"]}

    async def appt_status(request: Request) -> JSON:
        body = await body_of(request)
        return {"event": staff_set_appointment_status(sb, request.path_params["id"], body.get("status"))["_envelope"]}

    async def event_emit_as(request: Request) -> JSON:
        body = await body_of(request)
        return {"event": emit_as(sb, body.get("type"), request.path_params["id"])["_envelope"]}

    async def appt_create(request: Request) -> JSON:
        return {"event": staff_create_appointment(sb, await body_of(request))["_envelope"]}

    async def patient_edit(request: Request) -> JSON:
        return {"event": staff_edit_patient(sb, request.path_params["mrn"], await body_of(request))["_envelope"]}

    async def settings_patch(request: Request) -> JSON:
        body = await body_of(request)
        return {"required_patient_fields": set_required_patient_fields(sb, body.get("required_patient_fields"))}

    async def token_expire(request: Request) -> JSON:
        body = await body_of(request)
        event = expire_token(sb, request.path_params["token"], str(body.get("error_type", "password_expired")))
        return {"event": event["_envelope"]}

    async def token_restore(request: Request) -> JSON:
        restore_token(sb, request.path_params["token"])
        return {}

    async def token_warning(request: Request) -> JSON:
        return {"event": password_warning(sb, request.path_params["token"])["_envelope"]}

    async def secrets(request: Request) -> JSON:
        return {"secrets": sb.verify_secrets(request.query_params.get("webhook_id"))}

    async def drain(request: Request) -> JSON:
        await sb.drain()
        return {}

    async def events(request: Request) -> JSON:
        return {"events": [e["_envelope"] for e in sb.events_list()]}

    table: list[tuple[str, str, Any]] = [
        ("/_sandbox/state", "GET", state),
        ("/_sandbox/reset", "POST", reset),
        ("/_sandbox/clock/advance", "POST", advance),
        ("/_sandbox/jobs/run", "POST", run_jobs),
        ("/_sandbox/jobs/fail-next", "POST", fail_next),
        ("/_sandbox/faults", "POST", set_faults),
        ("/_sandbox/faults", "DELETE", clear_faults),
        ("/_sandbox/ehr/appointments", "POST", appt_create),
        ("/_sandbox/ehr/appointments/{id}", "PATCH", appt_edit),
        ("/_sandbox/ehr/appointments/{id}/cancel", "POST", appt_cancel),
        ("/_sandbox/ehr/appointments/{id}/status", "POST", appt_status),
        ("/_sandbox/ehr/patients/{mrn}", "PATCH", patient_edit),
        ("/_sandbox/settings", "PATCH", settings_patch),
        ("/_sandbox/tokens/{token}/expire", "POST", token_expire),
        ("/_sandbox/tokens/{token}/restore", "POST", token_restore),
        ("/_sandbox/tokens/{token}/password-warning", "POST", token_warning),
        ("/_sandbox/webhooks/secrets", "GET", secrets),
        ("/_sandbox/deliveries/drain", "POST", drain),
        ("/_sandbox/events", "GET", events),
        ("/_sandbox/events/{id}/emit-as", "POST", event_emit_as),
    ]
    return [Route(path, wrap(fn), methods=[method]) for path, method, fn in table]
