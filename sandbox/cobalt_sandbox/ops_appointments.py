"""Appointments (create/list/get/update/live fetch) and availability."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cobalt_sandbox.clock import iso
from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.jobs import Outcome, failure_ctx
from cobalt_sandbox.ops_common import (
    Handler,
    Req,
    Result,
    check_range,
    in_range,
    iso_day,
    location_by_ehr,
    paginate,
    provider_by_ehr,
    queue,
)
from cobalt_sandbox.profiles.availability import ALL, Query, compute
from cobalt_sandbox.profiles.booking import conflict, schedule_refusals, visit_type_refusal
from cobalt_sandbox.reasons import failure as failed
from cobalt_sandbox.reasons import reason
from cobalt_sandbox.seed import OFFSET, TIMEZONE, Seeder
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Completer, Sandbox
from cobalt_sandbox.synth import strip_private

IN_EHR = {"scheduled", "completed", "cancelled", "rescheduled"}
SCHEDULED_FIELDS = {"status", "note"}


def parse_start(body: JSON) -> str:
    """Normalise `datetime` or `date` + 12-hour `time` to ISO 8601 with offset."""
    raw = body.get("datetime") or body.get("appointment_datetime")
    if raw:
        try:
            value = dt.datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
        except ValueError:
            raise ApiError(400, "Invalid datetime format. Use ISO 8601, e.g. 2025-01-15T10:00:00-05:00.") from None
        if value.tzinfo is None:
            return value.strftime("%Y-%m-%dT%H:%M:%S") + OFFSET
        return value.isoformat()
    if body.get("date") and body.get("time"):
        try:
            value = dt.datetime.strptime(f"{body['date']} {str(body['time']).strip().upper()}", "%Y-%m-%d %I:%M %p")
        except ValueError:
            raise ApiError(400, "Invalid date or time format. Use YYYY-MM-DD and hh:mm am/pm.") from None
        return value.strftime("%Y-%m-%dT%H:%M:%S") + OFFSET
    raise ApiError(400, "Missing required field: datetime")


def _patient_named(sb: Sandbox, name: str) -> JSON | None:
    """An EHR patient whose "first last" name is ``name`` (any letter case), the Notion guide's alternative to mrn."""
    wanted = " ".join(name.split()).lower()
    for pat in sb.store.all("patients"):
        if pat.get("_ehr_id") and f"{pat.get('first_name', '')} {pat.get('last_name', '')}".lower() == wanted:
            return pat
    return None


def _patient_of(sb: Sandbox, mrn: object, name: object) -> JSON | None:
    if mrn:
        return sb.find("patients", mrn=mrn)
    return _patient_named(sb, str(name)) if name else None


def appointments_create(req: Req) -> Result:
    sb, body = req.sb, req.body
    provider = provider_by_ehr(sb, str(body["provider"]))
    location_by_ehr(sb, str(body["location"]))
    if body.get("secondary_provider"):
        provider_by_ehr(sb, str(body["secondary_provider"]))
    if not body.get("mrn") and not body.get("patient_name"):
        raise ApiError(400, "Missing required field: mrn")  # the spec's anyOf and minLength say so already
    start = parse_start(body)
    patient = _patient_of(sb, body.get("mrn"), body.get("patient_name"))
    appt_id = sb.new_id("appointment")
    visit_type = str(body["type"])
    rec = Seeder(sb.spec, sb.config.seed, sb.config.profile).appointment_record(
        appt_id=appt_id,
        ehr_id=None,
        when=start,
        patient=patient,
        provider=provider,
        location=str(body["location"]),
        visit_type=visit_type,
        status="pending",
        duration=int(body.get("duration") or sb.config.profile.duration_of(visit_type)),
        reason=body.get("reason"),
        note=body.get("note"),
        created_at=iso(sb.clock.now()),
    )
    if patient is None:
        rec["patient_mrn"] = body.get("mrn")
        rec["patient_name"] = body.get("patient_name")
    rec["secondary_provider_ehr_id"] = body.get("secondary_provider")
    rec["_prevent_double_booking"] = body.get("prevent_double_booking") == "true"
    sb.store.put("appointments", appt_id, rec)
    return queue(
        req,
        {"appointment_id": appt_id},
        "appointment_id",
        appt_id,
        message="Appointment processing. A webhook event will be sent upon completion.",
    )


def _link_patient(sb: Sandbox, rec: JSON) -> None:
    """The RPA looks the patient up when it runs: one created since the request is found."""
    if rec.get("patient_ehr_id") is not None:
        return
    pat = _patient_of(sb, rec.get("patient_mrn"), rec.get("patient_name"))
    if pat is not None and pat.get("_ehr_id"):
        name = f"{pat.get('first_name', '')} {pat.get('last_name', '')}".strip() or None
        rec.update(
            patient_mrn=pat.get("mrn"),
            patient_ehr_id=pat.get("_ehr_id"),
            patient_name=name,
            patient_first_name=pat.get("first_name"),
            patient_last_name=pat.get("last_name"),
            patient_dob=pat.get("dob"),
            patient_sex=pat.get("sex"),
            patient_phone=pat.get("phone"),
        )


def ehr_refusals(sb: Sandbox, rec: JSON) -> tuple[list[dict[str, str]], JSON]:
    """Why the EHR would not take ``rec`` (empty when it would), and extra failure fields."""
    profile = sb.config.profile
    _link_patient(sb, rec)
    found = visit_type_refusal(profile, str(rec.get("appointment_type") or ""))
    if rec.get("patient_ehr_id") is None:
        if rec.get("patient_mrn"):
            found.append(reason("PATIENT_NOT_FOUND", mrn=str(rec["patient_mrn"])))
        else:
            found.append(reason("PATIENT_NAME_NOT_FOUND", name=str(rec.get("patient_name") or "(no name)")))
    provider = sb.find("providers", ehr_id=rec.get("provider_ehr_id"))
    appointments = sb.store.all("appointments")
    if provider is None or found:
        return found, {}
    found.extend(schedule_refusals(profile, provider, appointments, rec))
    if found or not (rec.get("_prevent_double_booking") and profile.honours_double_booking):
        return found, {}
    other = conflict(provider, appointments, rec)
    if other is None:
        return found, {}
    extra: JSON = {
        "conflict_type": "appointment",
        "conflict_details": {"appointment_id": other["id"], "datetime": other["datetime"]},
    }
    return [reason("DOUBLE_BOOKING")], extra


def complete_create(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    rec = sb.store.get("appointments", job["ctx"]["appointment_id"])
    if rec is None:
        return Outcome([])
    sb.store.touch("appointments")
    found, extra = ([reason("APPOINTMENT_FAILED", text=failure)], {}) if failure else ehr_refusals(sb, rec)
    if found:
        rec["status"] = "failed"
        ctx = failed(found, appointment_id=rec["id"], **extra)
        if rec.get("patient_mrn"):
            ctx["mrn"] = rec["patient_mrn"]
        return Outcome([("appointment.failed", ctx)])
    rec["status"] = "scheduled"
    rec["ehr_appointment_id"] = str(sb.store.counter("ehr_appointment", start=600000))
    return Outcome([("appointment.created", created_ctx(rec))])


def created_ctx(rec: JSON) -> JSON:
    return {
        "appointment_id": rec["id"],
        "mrn": rec.get("patient_mrn") or "",
        "date_time": rec["datetime"],
        "timezone": TIMEZONE,
        "provider_id": rec.get("provider_ehr_id") or "",
        "provider_name": rec.get("provider_name") or "",
        "secondary_provider_id": rec.get("secondary_provider_ehr_id"),
    }


def updated_ctx(rec: JSON) -> JSON:
    out = {
        k: rec.get(k)
        for k in (
            "id",
            "ehr_appointment_id",
            "patient_mrn",
            "patient_name",
            "datetime",
            "duration",
            "location",
            "status",
            "provider_name",
            "appointment_type",
            "appointment_mode",
        )
    }
    return {k: v for k, v in out.items() if v is not None}


def cancelled_ctx(rec: JSON, now: str) -> JSON:
    return {
        "id": rec["id"],
        "date_time": rec["datetime"],
        "duration": rec.get("duration"),
        "provider_id": rec.get("provider_ehr_id"),
        "provider_name": rec.get("provider_name") or "",
        "mrn": rec.get("patient_mrn") or "",
        "cancelled_at": now,
    }


def _digits(value: Any) -> str:
    return "".join(c for c in str(value) if c.isdigit())


def appointments_list(req: Req) -> Result:
    p = req.params
    check_range(p["start_date"], p["end_date"])
    items = [a for a in req.sb.store.all("appointments") if in_range(a["datetime"], p["start_date"], p["end_date"])]
    if p.get("patient_mrn"):
        items = [a for a in items if a.get("patient_mrn") == p["patient_mrn"]]
    if p.get("patient_name"):
        needle = str(p["patient_name"]).lower()
        items = [a for a in items if needle in str(a.get("patient_name") or "").lower()]
    if p.get("patient_phone"):
        digits = "".join(c for c in str(p["patient_phone"]) if c.isdigit())
        items = [a for a in items if digits and digits in _digits(a.get("patient_phone"))]
    if p.get("appointment_mode"):
        items = [a for a in items if a.get("appointment_mode") == p["appointment_mode"]]
    items.sort(key=lambda a: (a["datetime"], a["id"]))
    page = paginate(req, items, "appointments", default_size=100)
    if p.get("include_note") != "true":
        for a in page["appointments"]:  # copies made by paginate: only the page's, not every match's
            a.pop("note", None)
    return page


def _appointment(req: Req) -> JSON:
    rec = req.sb.store.get("appointments", str(req.params["id"]))
    if rec is None:
        raise ApiError(404, "Appointment not found.")
    return rec


def appointments_get(req: Req) -> Result:
    return {"success": True, "appointments": strip_private(_appointment(req))}


def appointments_update(req: Req) -> Result:
    sb, body = req.sb, req.body
    rec = _appointment(req)
    was_in_ehr = rec["status"] in IN_EHR
    if not body:
        return {"success": True, "message": "Appointment updated successfully", "appointment_id": rec["id"]}
    if rec["status"] in IN_EHR:
        extra = sorted(set(body) - SCHEDULED_FIELDS)
        if extra:
            raise ApiError(400, f"Only status and note can be updated for a scheduled appointment: {', '.join(extra)}")
        if "status" in body and rec["status"] == "cancelled" and body["status"] != "cancelled":
            raise ApiError(400, "A cancelled appointment cannot be changed.")
    changes: dict[str, Any] = {}
    if "datetime" in body or "appointment_datetime" in body:
        changes["datetime"] = parse_start(body)
    if "provider" in body:
        prov = provider_by_ehr(sb, str(body["provider"]))
        changes.update(provider_ehr_id=prov["ehr_id"], provider_name=prov["name"], provider_npi=prov.get("npi"))
    if "location" in body:
        changes["location"] = location_by_ehr(sb, str(body["location"]))["ehr_id"]
    if "mrn" in body:
        pat = sb.find("patients", mrn=body["mrn"]) or {}
        changes.update(
            patient_mrn=body["mrn"],
            patient_ehr_id=pat.get("_ehr_id"),
            patient_name=f"{pat.get('first_name', '')} {pat.get('last_name', '')}".strip() or None,
        )
    for src, dst in (("type", "appointment_type"), ("note", "note"), ("reason", "reason"), ("status", "status")):
        if src in body:
            changes[dst] = body[src]
    rec.update(changes)
    sb.store.touch("appointments")
    if was_in_ehr:
        sb.jobs.submit(req.op, {"appointment_id": rec["id"]}, req.fail_reason, req.token, as_int=True)
    return {"success": True, "message": "Appointment updated successfully", "appointment_id": rec["id"]}


def complete_update(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    rec = sb.store.get("appointments", job["ctx"]["appointment_id"])
    if rec is None or failure is not None:
        return Outcome(
            [
                (
                    "appointment.failed",
                    failure_ctx(failure, "APPOINTMENT_UPDATE_FAILED", appointment_id=job["ctx"]["appointment_id"])
                    if failure is not None
                    else failed([reason("APPOINTMENT_NOT_FOUND")], appointment_id=job["ctx"]["appointment_id"]),
                )
            ]
        )
    return Outcome([("appointment.updated", updated_ctx(rec))])


def appointments_fetch(req: Req) -> Result:
    body = req.body
    mode = body.get("search_by") or (
        "mrn" if body.get("mrn") else "provider" if body.get("provider_ids") else "date_range"
    )
    if mode == "mrn":
        if not body.get("mrn"):
            raise ApiError(400, "Missing required field: mrn")
    else:
        if not body.get("start_date") or not body.get("end_date"):
            raise ApiError(400, "Missing required parameters: start_date, end_date.")
        ids = list(body.get("provider_ids") or [])
        if mode == "provider":
            if not ids:
                raise ApiError(400, "Missing required field: provider_ids")
            if len(ids) > 10:
                raise ApiError(400, "At most 10 provider_ids are allowed.")
            check_range(str(body["start_date"]), str(body["end_date"]), 5 if len(ids) == 1 else 0)
        else:
            check_range(str(body["start_date"]), str(body["end_date"]), 7)
    ctx = {"mode": mode, **{k: v for k, v in body.items() if k != "search_by"}}
    job_id = req.sb.jobs.submit(req.op, ctx, req.fail_reason, req.token)
    return {
        "success": True,
        "message": "Live fetch request accepted. Results will be sent via webhook when ready.",
        "job_id": job_id,
        "job_execution_id": str(job_id),
    }


def complete_fetch(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    ctx = job["ctx"]
    items = sb.store.all("appointments")
    if ctx["mode"] == "mrn":
        items = [a for a in items if a.get("patient_mrn") == ctx.get("mrn")]
    else:
        items = [a for a in items if in_range(a["datetime"], ctx.get("start_date"), ctx.get("end_date"))]
        if ctx.get("provider_ids"):
            wanted = {str(i) for i in ctx["provider_ids"]}
            items = [a for a in items if a.get("provider_ehr_id") in wanted]
    data: JSON = {
        "success": failure is None,
        "appointment_count": 0 if failure else len(items),
        "appointments": []
        if failure
        else [
            {
                "id": a["id"],
                "patient_id": a.get("patient_ehr_id"),
                "date_time": a["datetime"],
                "provider_id": a.get("provider_ehr_id"),
            }
            for a in items
        ],
    }
    if ctx["mode"] != "mrn":  # an mrn search may carry stray dates; only a date search reports its range
        data.update(start_date=ctx["start_date"], end_date=ctx["end_date"])
    if failure:
        data["error"] = failure
    return Outcome([("appointment.live_fetch_completed", data)])


def _ids(value: Any) -> list[str] | None:
    if value in (None, "", []):
        return None
    if isinstance(value, list):
        return [str(v) for v in value]
    return [v for v in str(value).split(",") if v]


def _query(values: JSON, provider_ids: list[str] | None) -> Query:
    """GET /availability parameters (or the fetch body's) as an availability query."""

    def number(name: str) -> int | None:
        value = values.get(name)
        return int(value) if isinstance(value, int) and not isinstance(value, bool) else None

    return Query(
        start=dt.date.fromisoformat(iso_day(str(values["start_date"]))),
        end=dt.date.fromisoformat(iso_day(str(values["end_date"]))),
        method=str(values.get("calculation_method") or "gaps"),
        provider_ids=tuple(provider_ids or ()),
        location_ids=tuple(_ids(values.get("location_ids")) or ()),
        buffer=number("buffer") or 0,
        visit_type=str(values.get("visit_type") or ALL),
        slot_type=str(values["slot_type"]) if values.get("slot_type") else None,
        daily_limit=number("daily_appointment_limit"),
        daily_limit_type=str(values["daily_limit_type"]) if values.get("daily_limit_type") else None,
        max_slot_duration=number("max_slot_duration"),
    )


def _availability(sb: Sandbox, q: Query) -> list[JSON]:
    return compute(sb.config.profile, sb.store.all("providers"), sb.store.all("appointments"), q)


def _check_availability_options(sb: Sandbox, p: JSON) -> None:
    """Visit types must be the account's codes (or `all`); the daily limit comes with its type."""
    profile = sb.config.profile
    for name in ("visit_type", "daily_limit_type"):
        value = p.get(name)
        if value is not None and str(value).strip().lower() != ALL and not profile.knows(str(value)):
            listed = [code for code, _ in profile.visit_types]
            codes = ", ".join([ALL, *listed] if name == "visit_type" else listed)
            raise ApiError(400, f"Invalid value for {name}. Must be one of: {codes}")
    for given, needed in (
        ("daily_appointment_limit", "daily_limit_type"),
        ("daily_limit_type", "daily_appointment_limit"),
    ):
        if p.get(given) is not None and p.get(needed) is None:
            raise ApiError(400, f"{given} requires {needed}.")


def availability_list(req: Req) -> Result:
    p = req.params
    check_range(iso_day(str(p["start_date"])), iso_day(str(p["end_date"])), 31)
    _check_availability_options(req.sb, p)
    found = _availability(req.sb, _query(p, _ids(p.get("provider_ids"))))
    return {"success": True, "results": {"availability": found}, "timezone": TIMEZONE}


def availability_fetch(req: Req) -> Result:
    body = req.body
    ids = [str(i) for i in body["provider_ids"]]
    if not ids:
        raise ApiError(400, "Missing required field: provider_ids")
    if len(ids) > 10:
        raise ApiError(400, "At most 10 provider_ids are allowed.")
    check_range(str(body["start_date"]), str(body["end_date"]), 5 if len(ids) == 1 else 0)
    job_id = req.sb.jobs.submit(req.op, dict(body), req.fail_reason, req.token)
    return {
        "success": True,
        "message": "Live fetch request accepted. Results will be sent via webhook when ready.",
        "job_id": job_id,
    }


def complete_availability(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    ctx = job["ctx"]
    found = [] if failure else _availability(sb, _query(ctx, [str(i) for i in ctx["provider_ids"]]))
    data: JSON = {"success": failure is None, "availability": found}
    if failure:
        data["error"] = failure
    return Outcome([("availability.live_fetch_completed", data)])


HANDLERS: dict[str, Handler] = {
    "appointments_create": appointments_create,
    "appointments_list": appointments_list,
    "appointments_get": appointments_get,
    "appointments_update": appointments_update,
    "appointments_fetch": appointments_fetch,
    "availability_list": availability_list,
    "availability_fetch": availability_fetch,
}
COMPLETERS: dict[str, Completer] = {
    "appointments_create": complete_create,
    "appointments_update": complete_update,
    "appointments_fetch": complete_fetch,
    "availability_fetch": complete_availability,
}
