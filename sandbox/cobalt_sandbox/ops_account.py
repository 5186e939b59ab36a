"""Account and settings operations (Link's are in cobalt_sandbox.link.ops)."""

from __future__ import annotations

from cobalt_sandbox.clock import iso
from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.ops_common import Handler, Req, Result


def _settings(req: Req) -> dict[str, object]:
    return req.sb.store.col("settings").setdefault("account", {})


def account_activate(req: Req) -> Result:
    _settings(req)["active"] = True
    req.sb.store.touch("settings")
    return {"success": True, "message": "Account activated."}


def account_deactivate(req: Req) -> Result:
    _settings(req)["active"] = False
    req.sb.store.touch("settings")
    return {"success": True, "message": "Account deactivated."}


def last_schedule_sync(req: Req) -> Result:
    return {"success": True, "last_schedule_sync": _settings(req).get("last_schedule_sync") or iso(req.sb.clock.now())}


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


def settings_update(req: Req) -> Result:
    rec = req.sb.token_record(req.token)
    if rec is None:
        raise ApiError(401, "User not found.")
    rec["reference_id"] = str(req.body["access_token_reference_id"])
    req.sb.store.touch("tokens")
    return {"success": True, "data": {"access_token_reference_id": rec["reference_id"]}}


HANDLERS: dict[str, Handler] = {
    "account_activate": account_activate,
    "account_deactivate": account_deactivate,
    "account_get_last_schedule_sync": last_schedule_sync,
    "settings_get": settings_get,
    "settings_update": settings_update,
}
