"""What the inspector shows, as plain JSON built from the sandbox's records (no HTML here: the page
writes every value as text), and the two actions it adds to the control API (resend, token switches).

Access tokens are secrets: the inspector sees a masked form and a handle (a hash), never the token.
"""

from __future__ import annotations

import hashlib

from cobalt_sandbox.clock import FakeClock, iso
from cobalt_sandbox.control import expire_token, restore_token
from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.faults import FaultInjector
from cobalt_sandbox.signing import compact_json
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Sandbox

LIMIT = 200  # newest events and jobs listed (the counts say how many there are)


def handle(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:16]


def masked(token: str) -> str:
    return token[:6] + "\u2026" if len(token) > 8 else "\u2026"


def _event_row(rec: JSON) -> JSON:
    attempts = rec.get("_deliveries", [])
    last = attempts[-1] if attempts else {}
    return {
        "id": rec["event_id"],
        "type": rec["event_type"],
        "job_id": rec.get("job_id"),
        "created": rec["created_at"],
        "delivery_status": rec.get("delivery_status"),
        "attempts": len(attempts),
        "last_answer": last.get("status_code", last.get("error")),
    }


def _attempt(attempt: JSON, detail: JSON) -> JSON:
    return {
        "url": attempt.get("url"),
        "attempt": attempt.get("attempt"),
        "at": attempt.get("at"),
        "status_code": attempt.get("status_code"),
        "error": attempt.get("error"),
        "reason": attempt.get("reason"),
        "latency_ms": detail.get("latency_ms"),
        "response_excerpt": detail.get("response_excerpt"),
        "headers": detail.get("headers", {}),
    }


def events(sb: Sandbox) -> list[JSON]:
    records = sb.store.all("webhook_events")
    newest = sorted(records[-LIMIT:], key=lambda e: (e["_ts"], e["event_id"]), reverse=True)
    return [_event_row(rec) for rec in newest]


def event(sb: Sandbox, event_id: str) -> JSON:
    rec = sb.store.get("webhook_events", event_id)
    if rec is None:
        raise ApiError(404, "Event not found.")
    envelope = rec["_envelope"]
    details = rec.get("_delivery_details", {})
    return {
        **_event_row(rec),
        "envelope": envelope,
        "signed_body": compact_json(envelope),  # the exact bytes the signature covers (and that were sent)
        "deliveries": [_attempt(a, details.get(str(i), {})) for i, a in enumerate(rec.get("_deliveries", []))],
        "webhooks": [{"id": h["id"], "url": h["url"]} for h in sb.store.all("webhooks")],
    }


def jobs(sb: Sandbox) -> list[JSON]:
    records = sb.store.all("jobs")[-LIMIT:]
    rows = [
        {
            "id": str(job["id"]),
            "operation": job.get("op_id"),
            "status": job.get("status"),
            "due": iso(float(job["due"])),
            "failure": job.get("error") or (job.get("fail_reason") if job.get("status") == "failed" else None),
        }
        for job in records
    ]
    pending = sorted((j for j in rows if j["status"] == "pending"), key=lambda j: str(j["due"]))
    finished = sorted((j for j in rows if j["status"] != "pending"), key=lambda j: str(j["due"]), reverse=True)
    return pending + finished  # what is still to come (soonest first), then the newest finished


def tokens(sb: Sandbox) -> list[JSON]:
    out = []
    for rec in sb.store.all("tokens"):
        token = str(rec["token"])
        expires = rec.get("password_expires_at")
        out.append(
            {
                "handle": handle(token),
                "token": masked(token),
                "reference_id": rec.get("reference_id"),
                "user_id": rec.get("user_id"),
                "ehr": rec.get("ehr"),
                "persona": rec.get("persona"),
                "status": "expired" if rec.get("expired") else "active",
                "password_expires_at": None if expires is None else iso(float(expires)),
            }
        )
    return out


def snapshot(sb: Sandbox, faults: FaultInjector) -> JSON:
    """Everything the page's tables show, in one answer (the page polls it)."""
    return {
        "now": iso(sb.clock.now()),
        "fake_clock": isinstance(sb.clock, FakeClock),
        "counts": {
            "events": len(sb.store.col("webhook_events")),
            "jobs": len(sb.store.col("jobs")),
            "pending_jobs": sb.jobs.pending_count(),
            "webhooks": len(sb.store.col("webhooks")),
        },
        "faults": dict(vars(faults.faults)),
        "fail_next": {kind: list(reasons) for kind, reasons in sb.jobs.fail_next.items() if reasons},
        "events": events(sb),
        "jobs": jobs(sb),
        "tokens": tokens(sb),
    }


# -- actions ------------------------------------------------------------------------------------
def resend(sb: Sandbox, event_id: str) -> None:
    """Deliver a recorded event again to every registered webhook (new attempts are appended)."""
    if sb.store.get("webhook_events", event_id) is None:
        raise ApiError(404, "Event not found.")
    if not sb.store.all("webhooks"):
        raise ApiError(400, "No webhook is registered: register one with POST /v1/webhook first.")
    sb.delivery.enqueue(event_id)


def _token_for(sb: Sandbox, token_handle: str) -> str:
    for rec in sb.store.all("tokens"):
        if handle(str(rec["token"])) == token_handle:
            return str(rec["token"])
    raise ApiError(404, "Unknown access token.")


def expire(sb: Sandbox, token_handle: str) -> None:
    expire_token(sb, _token_for(sb, token_handle))


def restore(sb: Sandbox, token_handle: str) -> None:
    restore_token(sb, _token_for(sb, token_handle))
