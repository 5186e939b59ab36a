"""Account, settings and Link operations."""

from __future__ import annotations

import secrets

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


def link_create_token(req: Req) -> Result:
    token = "lt_" + secrets.token_hex(12)
    req.sb.store.put(
        "link_tokens",
        token,
        {
            "token": token,
            "user_id": str(req.body["user_id"]),
            "org_id": str(req.body["org_id"]),
            "update_of": req.body.get("access_token"),
            "expires_at": req.sb.clock.now() + 1800,
            "used": False,
        },
    )
    return {"success": True, "token": token}


def link_exchange_token(req: Req) -> Result:
    sb = req.sb
    public = str(req.params["public_token"])
    link = sb.store.get("link_tokens", public)
    if link is None or link["used"] or link["expires_at"] < sb.clock.now():
        raise ApiError(400, "Invalid or expired public_token.")
    link["used"] = True
    sb.store.touch("link_tokens")
    existing = sb.token_record(link.get("update_of"))
    if existing is not None:  # update mode: credentials fixed, same token
        existing["expired"] = False
        sb.store.touch("tokens")
        return {"success": True, "token": existing["token"]}
    token = "at_" + secrets.token_hex(16)
    sb.store.put(
        "tokens",
        token,
        {"token": token, "reference_id": link["user_id"], "user_id": link["user_id"], "expired": False, "active": True},
    )
    return {"success": True, "token": token}


HANDLERS: dict[str, Handler] = {
    "account_activate": account_activate,
    "account_deactivate": account_deactivate,
    "account_get_last_schedule_sync": last_schedule_sync,
    "settings_get": settings_get,
    "settings_update": settings_update,
    "link_create_token": link_create_token,
    "link_exchange_token": link_exchange_token,
}
