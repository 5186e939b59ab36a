"""Webhook registration, secret rotation and the recorded-events API."""

from __future__ import annotations

from urllib.parse import urlsplit

from cobalt_sandbox.clock import iso
from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.ops_common import Handler, Req, Result, SchemaView, paginate
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Sandbox
from cobalt_sandbox.synth import strip_private

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _loopback_http(sb: Sandbox, url: object) -> bool:
    parts = urlsplit(str(url))
    return parts.scheme == "http" and parts.hostname in LOOPBACK and sb.config.allow_loopback_http_webhooks


def _schema_view(sb: Sandbox, body: JSON) -> JSON:
    """Local receivers (http://127.0.0.1...) are allowed in the sandbox although the spec demands https."""
    out = dict(body)
    for key in ("webhook_url", "url"):
        if isinstance(out.get(key), str) and _loopback_http(sb, out[key]):
            out[key] = "https://" + str(out[key])[len("http://") :]
    return out


def webhooks_create(req: Req) -> Result:
    sb = req.sb
    url = req.body.get("webhook_url") or req.body.get("url")
    if not url:
        raise ApiError(400, "Missing required field: webhook_url")
    if urlsplit(str(url)).scheme != "https" and not _loopback_http(sb, url):
        raise ApiError(400, "webhook_url must use https.")
    hook_id = "wh_" + sb.new_id("webhook")[:12]
    secret = sb.new_secret()
    sb.store.put(
        "webhooks",
        hook_id,
        {"id": hook_id, "url": str(url), "secret": secret, "previous": [], "created_at": iso(sb.clock.now())},
    )
    return {
        "success": True,
        "message": "Webhook registered successfully",
        "webhook_secret_key": secret,
        "webhook": {
            "id": hook_id,
            "webhook_id": hook_id,
            "url": str(url),
            "webhook_url": str(url),
            "secret": secret,
            "webhook_secret_key": secret,
        },
        "webhook_id": hook_id,
        "webhook_url": str(url),
        "webhook_secret": secret,
    }


def webhooks_list(req: Req) -> Result:
    hooks = req.sb.store.all("webhooks")
    return {
        "success": True,
        "webhook_url": hooks[0]["url"] if hooks else None,
        "webhook_urls": [{"id": h["id"], "url": h["url"]} for h in hooks],
        "webhook_secret_key": hooks[0]["secret"] if hooks else None,
    }


def _hook(req: Req) -> dict[str, object]:
    hook = req.sb.store.get("webhooks", str(req.params["id"]))
    if hook is None:
        raise ApiError(404, "Webhook not found.")
    return hook


def webhooks_delete(req: Req) -> Result:
    hook = _hook(req)
    req.sb.store.delete("webhooks", str(hook["id"]))
    return {"success": True, "message": "Webhook URL removed successfully"}


def webhooks_rotate_secret(req: Req) -> Result:
    hook = _hook(req)
    secret = req.sb.rotate(hook)
    return {"success": True, "webhook": {"id": str(hook["id"]), "secret": secret}}


def webhooks_rotate_secret_legacy(req: Req) -> Result:
    hooks = req.sb.store.all("webhooks")
    if not hooks:
        return {"success": True, "message": "No webhook registered; nothing to rotate."}
    secret = ""
    for hook in hooks:
        secret = req.sb.rotate(hook)
    first = hooks[0]
    return {"success": True, "webhook_secret_key": secret, "webhook": {"id": first["id"], "secret": secret}}


def webhook_events_list(req: Req) -> Result:
    p = req.params
    items = req.sb.store.all("webhook_events")
    if p.get("job_id"):
        items = [e for e in items if e["job_id"] == str(p["job_id"])]
    if p.get("event_type"):
        items = [e for e in items if e["event_type"] == p["event_type"]]
    if p.get("delivery_status"):
        items = [e for e in items if e["delivery_status"] == p["delivery_status"]]
    if p.get("start_date"):
        items = [e for e in items if e["created_at"][:10] >= p["start_date"]]
    if p.get("end_date"):
        items = [e for e in items if e["created_at"][:10] <= p["end_date"]]
    newest_first = p.get("sort", "-created_at") != "created_at"
    items = sorted(items, key=lambda e: (e["_ts"], e["event_id"]), reverse=newest_first)
    return paginate(req, items, "webhook_events", default_size=50)


def webhook_events_get(req: Req) -> Result:
    rec = req.sb.store.get("webhook_events", str(req.params["id"]))
    if rec is None:
        raise ApiError(404, "Webhook event not found.")
    return {
        "success": True,
        "webhook_event": strip_private(rec),
        "event": rec["_envelope"],
        "delivery_attempts": list(rec["_deliveries"]),
    }


HANDLERS: dict[str, Handler] = {
    "webhooks_create": webhooks_create,
    "webhooks_list": webhooks_list,
    "webhooks_delete": webhooks_delete,
    "webhooks_rotate_secret": webhooks_rotate_secret,
    "webhooks_rotate_secret_legacy": webhooks_rotate_secret_legacy,
    "webhook_events_list": webhook_events_list,
    "webhook_events_get": webhook_events_get,
}
SCHEMA_VIEWS: dict[str, SchemaView] = {
    "webhooks_create": _schema_view,
}
