"""Patients (create/list/update/live fetch) and patient insurances."""

from __future__ import annotations

import datetime as dt

from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.jobs import Outcome, failure_ctx
from cobalt_sandbox.ops_common import Handler, Req, Result, paginate, queue
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Completer, Sandbox

ACTIVE_EDITABLE = {
    "phone",
    "cell_phone",
    "email",
    "address_street",
    "address_line2",
    "address_city",
    "address_state",
    "address_zip",
    "save_previous_address",
    "referred_to_provider_id",
    "referring_provider_first_name",
    "referring_provider_last_name",
    "referring_provider_id",
}
PUBLIC = ("first_name", "last_name", "dob", "sex", "phone")


def public_fields(body: JSON) -> JSON:
    """The Patient-schema fields of a request; a dob that is not YYYY-MM-DD stays internal only."""
    out = {k: body[k] for k in PUBLIC if k in body}
    if "dob" in out:
        try:
            ok = len(str(out["dob"])) == 10 and dt.date.fromisoformat(str(out["dob"])) is not None
        except ValueError:
            ok = False
        if not ok:
            out.pop("dob")
    return out


def patients_create(req: Req) -> Result:
    sb, body = req.sb, req.body
    settings = sb.store.col("settings").get("account", {})
    for name in settings.get("required_patient_fields", []):
        if body.get(name) in (None, ""):
            raise ApiError(400, f"Missing required field: {name}")
    patient_id = sb.new_id("patient")
    rec: JSON = public_fields(body)
    rec.update({"_id": patient_id, "_status": "pending", "_fields": dict(body)})
    sb.store.put("patients", patient_id, rec)
    return queue(
        req,
        {"patient_id": patient_id},
        "patient_id",
        patient_id,
        message="Patient processing. A webhook event will be sent upon completion.",
    )


def complete_create(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    rec = sb.store.get("patients", job["ctx"]["patient_id"])
    if rec is None:
        return Outcome([])
    sb.store.touch("patients")
    if failure is not None:
        rec["_status"] = "failed"
        return Outcome([("patient.failed", failure_ctx(failure, "PATIENT_FAILED", patient_id=rec["_id"]))])
    rec["_status"] = "active"
    rec["mrn"] = str(sb.store.counter("mrn", start=900001))
    rec["_ehr_id"] = str(sb.store.counter("patient_ehr", start=80001))
    return Outcome([("patient.created", {"patient_id": rec["_id"], "mrn": rec["mrn"]})])


def patients_list(req: Req) -> Result:
    p = req.params
    items = [x for x in req.sb.store.all("patients") if x.get("_status") in ("active", "pending_update")]
    for key in ("dob", "mrn"):
        if p.get(key):
            items = [x for x in items if x.get(key) == p[key]]
    for key in ("first_name", "last_name"):
        if p.get(key):
            items = [x for x in items if str(x.get(key, "")).lower() == str(p[key]).lower()]
    if p.get("ehr_id"):
        items = [x for x in items if x.get("_ehr_id") == p["ehr_id"]]
    if p.get("phone"):
        digits = "".join(c for c in str(p["phone"]) if c.isdigit())
        items = [x for x in items if "".join(c for c in str(x.get("phone")) if c.isdigit()) == digits]
    return paginate(req, items, "patients", default_size=30)


def _patient(sb: Sandbox, key: str) -> JSON:
    rec = sb.store.get("patients", key) or sb.find("patients", mrn=key)
    if rec is None:
        raise ApiError(404, "Patient not found.")
    return rec


def patients_update(req: Req) -> Result:
    sb, body = req.sb, req.body
    rec = _patient(sb, str(req.params["id"]))
    if not body:
        return {"success": True, "message": "Patient updated successfully"}
    if rec["_status"] in ("active", "pending_update"):
        extra = sorted(set(body) - ACTIVE_EDITABLE)
        if extra:
            raise ApiError(
                400,
                f"Only contact details, address and provider assignments can be updated for an "
                f"active patient: {', '.join(extra)}",
            )
        rec["_status"] = "pending_update"
        sb.jobs.submit(
            req.op, {"patient_id": rec["_id"], "changes": dict(body)}, req.fail_reason, req.token, as_int=True
        )
    else:
        rec.update(public_fields(body))
        rec.setdefault("_fields", {}).update(body)
    sb.store.touch("patients")
    return {"success": True, "message": "Patient updated successfully"}


def complete_update(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    rec = sb.store.get("patients", job["ctx"]["patient_id"])
    if rec is None:
        return Outcome([])
    if failure is None:
        changes = job["ctx"]["changes"]
        rec.update(public_fields(changes))
        rec.setdefault("_fields", {}).update(changes)
    rec["_status"] = "active"
    sb.store.touch("patients")
    return Outcome([])


_FETCH_CRITERIA = {"mrn": ["mrn"], "dob": ["dob"], "name": ["first_name", "last_name"], "phone": ["phone"]}


def patients_fetch(req: Req) -> Result:
    body = req.body
    # The newest docs drop `search_by`; without it the criteria given decide the search.
    mode = body.get("search_by") or next(
        (m for m, keys in _FETCH_CRITERIA.items() if any(body.get(k) for k in keys)), "dob"
    )
    needed = _FETCH_CRITERIA[str(mode)]
    if not any(body.get(k) for k in needed):
        raise ApiError(
            400, "At least one of the following parameters must be provided: dob, first_name, last_name, phone."
        )
    job_id = req.sb.jobs.submit(req.op, dict(body), req.fail_reason, req.token)
    return {
        "success": True,
        "message": "Live fetch request accepted. Results will be sent via webhook when ready.",
        "job_id": job_id,
        "job_execution_id": str(job_id),
    }


def complete_fetch(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    ctx = job["ctx"]
    found = []
    for pat in sb.store.all("patients"):
        if pat.get("_status") not in ("active", "pending_update"):
            continue
        if all(
            not ctx.get(k) or str(pat.get(k, "")).lower() == str(ctx[k]).lower()
            for k in ("dob", "first_name", "last_name", "phone", "mrn")
        ):
            found.append(
                {
                    "id": pat["_id"],
                    "mrn": pat["mrn"],
                    "first_name": pat.get("first_name"),
                    "last_name": pat.get("last_name"),
                    "date_of_birth": pat.get("dob"),
                }
            )
    data: JSON = {
        "success": failure is None,
        "patient_count": 0 if failure else len(found),
        "patients": [] if failure else found,
    }
    if failure:
        data["error"] = failure
    return Outcome([("patient.live_fetch_completed", data)])


def _carrier(sb: Sandbox, body: JSON, required: bool) -> JSON | None:
    if body.get("insurance_provider_id"):
        carrier = sb.store.get("insurance_providers", str(body["insurance_provider_id"]))
        if carrier is None:
            raise ApiError(404, f"Insurance provider '{body['insurance_provider_id']}' not found.")
        return carrier
    if body.get("insurance_name"):
        return sb.find("insurance_providers", name=body["insurance_name"]) or {"name": body["insurance_name"]}
    if body.get("insurance_payer_id"):
        raise ApiError(400, "insurance_payer_id alone is not supported; also send insurance_name.")
    if required:
        raise ApiError(400, "Missing required field: insurance_provider_id")
    return None


def patient_insurances_create(req: Req) -> Result:
    sb = req.sb
    pat = _patient(sb, str(req.params["patient_mrn"]))
    carrier = _carrier(sb, req.body, required=True)
    ins_id = sb.new_id("patient_insurance")
    sb.store.put(
        "patient_insurances",
        ins_id,
        {
            "id": ins_id,
            "patient_mrn": pat.get("mrn"),
            "carrier": (carrier or {}).get("name"),
            "fields": dict(req.body),
            "emr_insurance_id": None,
        },
    )
    return queue(
        req,
        {"patient_insurance_id": ins_id},
        "patient_insurance_id",
        ins_id,
        message="Patient insurance processing. A webhook event will be sent upon completion.",
    )


def patient_insurances_update(req: Req) -> Result:
    sb = req.sb
    _patient(sb, str(req.params["patient_mrn"]))
    ins = sb.find("patient_insurances", emr_insurance_id=str(req.params["emr_insurance_id"]))
    if ins is None:
        raise ApiError(404, "Insurance record not found.")
    _carrier(sb, req.body, required=False)
    ins["fields"].update(req.body)
    sb.store.touch("patient_insurances")
    return queue(
        req,
        {"patient_insurance_id": ins["id"]},
        "patient_insurance_id",
        ins["id"],
        message="Patient insurance update processing. A webhook event will be sent upon completion.",
    )


def complete_insurance_add(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    ins_id = job["ctx"]["patient_insurance_id"]
    if failure is not None:
        return Outcome(
            [("patient.insurance.failed", failure_ctx(failure, "INSURANCE_FAILED", patient_insurance_id=ins_id))]
        )
    ins = sb.store.get("patient_insurances", ins_id) or {}
    ins["emr_insurance_id"] = str(sb.store.counter("emr_insurance", start=5001))
    sb.store.touch("patient_insurances")
    return Outcome(
        [("patient.insurance.added", {"emr_insurance_id": ins["emr_insurance_id"], "patient_insurance_id": ins_id})]
    )


def complete_insurance_update(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    ins_id = job["ctx"]["patient_insurance_id"]
    if failure is not None:
        return Outcome(
            [("patient.insurance.failed", failure_ctx(failure, "INSURANCE_FAILED", patient_insurance_id=ins_id))]
        )
    ins = sb.store.get("patient_insurances", ins_id) or {}
    return Outcome(
        [
            (
                "patient.insurance.updated",
                {"emr_insurance_id": ins.get("emr_insurance_id"), "patient_insurance_id": ins_id},
            )
        ]
    )


HANDLERS: dict[str, Handler] = {
    "patients_create": patients_create,
    "patients_list": patients_list,
    "patients_update": patients_update,
    "patients_fetch": patients_fetch,
    "patient_insurances_create": patient_insurances_create,
    "patient_insurances_update": patient_insurances_update,
}
COMPLETERS: dict[str, Completer] = {
    "patients_create": complete_create,
    "patients_update": complete_update,
    "patients_fetch": complete_fetch,
    "patient_insurances_create": complete_insurance_add,
    "patient_insurances_update": complete_insurance_update,
}
