"""Account and settings operations (Link's are in cobalt_sandbox.link.ops)."""

from __future__ import annotations

from cobalt_sandbox.clock import iso
from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.ops_common import Req, Result, op


def _settings(req: Req) -> dict[str, object]:
    return req.sb.store.col("settings").setdefault("account", {})


@op("account_activate")
def account_activate(req: Req) -> Result:
    _settings(req)["active"] = True
    req.sb.store.touch("settings")
    return {"success": True, "message": "Account activated."}


@op("account_deactivate")
def account_deactivate(req: Req) -> Result:
    _settings(req)["active"] = False
    req.sb.store.touch("settings")
    return {"success": True, "message": "Account deactivated."}


@op("account_get_last_schedule_sync")
def last_schedule_sync(req: Req) -> Result:
    return {"success": True, "last_schedule_sync": _settings(req).get("last_schedule_sync") or iso(req.sb.clock.now())}


@op("settings_get")
def settings_get(req: Req) -> Result:
    sb = req.sb
    acct = _settings(req)
    return {
        "success": True,
        "data": {
            "access_token_reference_id": sb.reference_id(req.token) or None,
            "visit_types": [dict(v) for v in sb.store.all("visit_types")],
            "visit_statuses": [dict(v) for v in sb.store.all("visit_statuses")],
            "required_patient_fields": list(acct.get("required_patient_fields", [])),  # type: ignore[call-overload]
            "timezone": str(acct.get("timezone", "America/New_York")),
        },
    }


@op("settings_update")
def settings_update(req: Req) -> Result:
    rec = req.sb.token_record(req.token)
    if rec is None:
        raise ApiError(401, "User not found.")
    rec["reference_id"] = str(req.body["access_token_reference_id"])
    req.sb.store.touch("tokens")
    return {"success": True, "data": {"access_token_reference_id": rec["reference_id"]}}
