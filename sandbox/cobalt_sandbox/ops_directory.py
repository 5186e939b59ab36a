"""Read-mostly directory data: providers, locations, visit config, pharmacies, insurers, referring
providers, claims, orders, referrals and eligibility checks."""

from __future__ import annotations

from cobalt_sandbox.clock import iso
from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.jobs import Outcome, failure_ctx
from cobalt_sandbox.ops_common import (
    Handler,
    Req,
    Result,
    check_range,
    in_range,
    paginate,
    patient_by_mrn,
    provider_by_ehr,
    queue,
)
from cobalt_sandbox.seed import Seeder
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Completer, Sandbox
from cobalt_sandbox.synth import strip_private


def _plain(items: list[JSON]) -> list[JSON]:
    return [strip_private(i) for i in items]


def providers_list(req: Req) -> Result:
    return {"success": True, "providers": _plain(req.sb.store.all("providers"))}


def _update_provider(req: Req, prov: JSON | None) -> Result:
    if prov is None:
        raise ApiError(404, "Provider not found.")
    body = req.body
    for key in ("status", "hide_in_availability", "hours"):
        if key in body:
            prov[key] = body[key]
    if "status" in body:
        prov["status"] = str(body["status"]).lower()  # any letter case is accepted; stored as listed
    req.sb.store.touch("providers")
    parts = [k for k in ("status", "hours") if k in body]
    what = " and ".join(parts) if parts else "settings"
    return {"success": True, "message": f"Provider {what} updated successfully.", "provider_id": prov["id"]}


def providers_update(req: Req) -> Result:
    return _update_provider(req, req.sb.store.get("providers", str(req.params["id"])))


def providers_update_by_ehr_id(req: Req) -> Result:
    return _update_provider(req, req.sb.find("providers", ehr_id=str(req.params["ehr_id"])))


def locations_list(req: Req) -> Result:
    return {"success": True, "locations": _plain(req.sb.store.all("locations"))}


def locations_update(req: Req) -> Result:
    loc = req.sb.store.get("locations", str(req.params["id"]))
    if loc is None:
        raise ApiError(404, "Location not found.")
    loc["status"] = str(req.body["status"]).lower()  # any letter case is accepted; stored as listed
    req.sb.store.touch("locations")
    return {"success": True, "message": "Location status updated successfully.", "location_id": loc["id"]}


def visit_types_list(req: Req) -> Result:
    return {"success": True, "visit_types": _plain(req.sb.store.all("visit_types"))}


def visit_statuses_list(req: Req) -> Result:
    return {"success": True, "visit_statuses": _plain(req.sb.store.all("visit_statuses"))}


def pharmacies_list(req: Req) -> Result:
    return {"success": True, "pharmacies": _plain(req.sb.store.all("pharmacies"))}


def insurance_providers_list(req: Req) -> Result:
    p = req.params
    items = req.sb.store.all("insurance_providers")
    if p.get("name"):
        items = [i for i in items if str(p["name"]).lower() in i["name"].lower()]
    if "active" in p:
        items = [i for i in items if i["active"] is p["active"]]
    return paginate(req, items, "insurance_providers", default_size=100)


def referring_providers_list(req: Req) -> Result:
    p = req.params
    items = req.sb.store.all("referring_providers")
    for key in ("first_name", "last_name", "phone", "fax", "npi"):
        if p.get(key):
            items = [i for i in items if str(i.get(key, "")).lower() == str(p[key]).lower()]
    return {"success": True, "referring_providers": _plain(items)}


def referring_providers_create(req: Req) -> Result:
    sb, body = req.sb, req.body
    rid = sb.new_id("referring_provider")
    rec = {"id": rid, "name": f"{body['first_name']} {body['last_name']}", **body, "_status": "pending"}
    if "address" in rec:
        rec["address_street"] = rec.pop("address")
    for src, dst in (("city", "address_city"), ("state", "address_state"), ("zip_code", "address_zip")):
        if src in rec:
            rec[dst] = rec.pop(src)
    sb.store.put("referring_providers", rid, rec)
    return queue(
        req,
        {"referring_provider_id": rid},
        "referring_provider_id",
        rid,
        message="Referring provider processing. A webhook event will be sent upon completion.",
    )


def complete_referring(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    rid = job["ctx"]["referring_provider_id"]
    rec = sb.store.get("referring_providers", rid) or {}
    if failure is None and not str(rec.get("npi", "")).isdigit():
        failure = "Invalid NPI."
    if failure is not None:
        sb.store.delete("referring_providers", rid)
        return Outcome([("referring_provider.failed", failure_ctx(failure, referring_provider_id=rid))])
    rec["ehr_id"] = str(sb.store.counter("emr_referring_provider", start=3100))
    rec.pop("_status", None)
    sb.store.touch("referring_providers")
    return Outcome([("referring_provider.created", {"referring_provider_id": rid})])


def claims_list(req: Req) -> Result:
    p = req.params
    check_range(p["start_date"], p["end_date"])
    items = [c for c in req.sb.store.all("claims") if in_range(c["service_date"], p["start_date"], p["end_date"])]
    return paginate(req, items, "claims", default_size=100)


def claims_create(req: Req) -> Result:
    sb = req.sb
    appt = sb.store.get("appointments", str(req.body["appointment_id"]))
    if appt is None:
        raise ApiError(404, "Appointment not found.")
    if not appt.get("ehr_appointment_id"):
        raise ApiError(400, "Appointment is missing emr_appointment_id; cannot create claim.")
    claim_id = sb.new_id("claim")
    out = queue(
        req,
        {"claim_id": claim_id, "appointment_id": appt["id"]},
        "claim_id",
        claim_id,
        message="Claim creation queued. A webhook event will be sent upon completion.",
    )
    out["appointment_id"] = appt["id"]
    return out


def complete_claim(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    claim_id = job["ctx"]["claim_id"]
    if failure is not None:
        return Outcome([("claim.failed", failure_ctx(failure, claim_id=claim_id))])
    appt = sb.store.get("appointments", job["ctx"]["appointment_id"]) or {}
    seeder = Seeder(sb.spec, sb.config.seed)
    day = str(appt.get("datetime", ""))[:10]
    rec = seeder.item(
        "Claim",
        {
            "id": claim_id,
            "emr_claim_id": str(sb.store.counter("emr_claim", start=200001)),
            "emr_appointment_id": appt.get("ehr_appointment_id"),
            "service_date": day,
            "claim_date": day,
            "claim_status": "OPEN",
            "claim_status_description": "Open",
            "claim_type": "0",
            "void_flag": False,
            "emr_patient_id": appt.get("patient_ehr_id") or "",
            "patient_name": appt.get("patient_name") or "",
            "emr_provider_id": appt.get("provider_ehr_id") or "",
            "provider_name": appt.get("provider_name") or "",
        },
    )
    sb.store.put("claims", claim_id, rec)
    return Outcome([("claim.created", {"claim_id": claim_id})])


def orders_list(req: Req) -> Result:
    p = req.params
    items = [o for o in req.sb.store.all("orders") if o["patient_mrn"] == p["patient_mrn"]]
    items = [o for o in items if in_range(o["order_date"], p.get("start_date"), p.get("end_date"))]
    return {"success": True, "orders": _plain(items)}


def referrals_list(req: Req) -> Result:
    p = req.params
    check_range(p["start_date"], p["end_date"])
    items = [r for r in req.sb.store.all("referrals") if in_range(r["referral_date"], p["start_date"], p["end_date"])]
    for key in ("patient_mrn", "status", "priority", "ehr_id"):
        if p.get(key):
            items = [r for r in items if r.get(key) == p[key]]
    if p.get("direction"):
        items = [r for r in items if r.get("_direction") == p["direction"]]
    items.sort(key=lambda r: (r["referral_date"], r["id"]), reverse=p.get("sort") != "created_at")
    return paginate(req, items, "referrals", style="referrals", default_size=100)


def referrals_create(req: Req) -> Result:
    sb, body = req.sb, req.body
    pat = patient_by_mrn(sb, str(body["patient_mrn"]))
    src = provider_by_ehr(sb, str(body["referring_from_provider_ehr_id"]))
    dst = provider_by_ehr(sb, str(body["referring_to_provider_ehr_id"]))
    ref_id = sb.new_id("referral")
    rec = Seeder.referral_record(
        ref_id,
        "",
        pat,
        src,
        dst,
        str(body.get("priority", "routine")),
        str(body["reason"]),
        str(body.get("direction", "outgoing")),
        "",
    )
    rec["diagnosis_codes"] = [str(c) for c in body.get("diagnosis_codes", [])]
    rec["_pending"] = True
    sb.store.put("pending_referrals", ref_id, rec)
    return queue(
        req,
        {"referral_id": ref_id},
        "referral_id",
        ref_id,
        message="Referral queued for creation. A webhook event will be sent upon completion.",
    )


def complete_referral(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    ref_id = job["ctx"]["referral_id"]
    rec = sb.store.delete("pending_referrals", ref_id) or {}
    if failure is not None:
        return Outcome([("referral.failed", {"referral_id": ref_id, **failure_ctx(failure)})])
    now = iso(sb.clock.now())
    rec.update(
        {
            "ehr_id": f"REF-{sb.store.counter('emr_referral', start=9001)}",
            "referral_date": now[:10],
            "last_activity_at": now,
            "synced_at": now,
        }
    )
    rec.pop("_pending", None)
    sb.store.put("referrals", ref_id, rec)
    return Outcome([("referral.created", {"referral_id": ref_id, "ehr_id": rec["ehr_id"]})])


def eligibility_checks_list(req: Req) -> Result:
    p = req.params
    items = [
        e
        for e in req.sb.store.all("eligibility_checks")
        if in_range(e["service_date"], p.get("start_date"), p.get("end_date"))
    ]
    if p.get("patient_mrn"):
        items = [e for e in items if e.get("_patient_mrn") == p["patient_mrn"]]
    if p.get("coverage_status"):
        items = [e for e in items if e.get("coverage_status") == p["coverage_status"]]
    return paginate(req, items, "eligibility_checks", style="eligibility", default_size=100)


def eligibility_checks_list_benefits(req: Req) -> Result:
    check_id = str(req.params["id"])
    if req.sb.store.get("eligibility_checks", check_id) is None:
        raise ApiError(404, "Eligibility check not found.")
    items = [b for b in req.sb.store.all("eligibility_benefits") if b.get("_check_id") == check_id]
    if req.params.get("benefit_type"):
        items = [b for b in items if b["benefit_type"] == req.params["benefit_type"]]
    return paginate(req, items, "benefits", style="eligibility", default_size=100)


HANDLERS: dict[str, Handler] = {
    "providers_list": providers_list,
    "providers_update": providers_update,
    "providers_update_by_ehr_id": providers_update_by_ehr_id,
    "locations_list": locations_list,
    "locations_update": locations_update,
    "visit_types_list": visit_types_list,
    "visit_statuses_list": visit_statuses_list,
    "pharmacies_list": pharmacies_list,
    "insurance_providers_list": insurance_providers_list,
    "referring_providers_list": referring_providers_list,
    "referring_providers_create": referring_providers_create,
    "claims_list": claims_list,
    "claims_create": claims_create,
    "orders_list": orders_list,
    "referrals_list": referrals_list,
    "referrals_create": referrals_create,
    "eligibility_checks_list": eligibility_checks_list,
    "eligibility_checks_list_benefits": eligibility_checks_list_benefits,
}
COMPLETERS: dict[str, Completer] = {
    "referring_providers_create": complete_referring,
    "claims_create": complete_claim,
    "referrals_create": complete_referral,
}
