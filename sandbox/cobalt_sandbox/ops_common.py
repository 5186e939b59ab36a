"""Handler types and helpers shared by the operation modules.

Each ``ops_*.py`` module ends with plain tables: ``HANDLERS`` (operationId -> handler), ``COMPLETERS``
(operationId -> completer, for the operations that queue a job) and, where needed, ``SCHEMA_VIEWS``.
:mod:`cobalt_sandbox.registry` collects them when an app is built and checks them against the spec.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.spec import JSON, Operation
from cobalt_sandbox.state import Sandbox
from cobalt_sandbox.synth import strip_private


@dataclass
class Req:
    """One validated API request as handlers see it."""

    sb: Sandbox
    op: Operation
    params: dict[str, Any]
    body: JSON
    token: str | None
    fail_reason: str | None


Result = JSON | Response
Handler = Callable[[Req], Result]
# fn(sandbox, body) giving the body the spec schema should check (sandbox-only relaxations)
SchemaView = Callable[[Sandbox, JSON], JSON]


def paginate(req: Req, items: list[JSON], key: str, style: str = "standard", default_size: int = 50) -> JSON:
    """Slice ``items`` by page/page_size and add the pagination object the response schema uses."""
    page = int(req.params.get("page") or 1)
    size = int(req.params.get("page_size") or default_size)
    total = len(items)
    pages = max(1, math.ceil(total / size)) if size else 1
    chunk = [strip_private(i) for i in items[(page - 1) * size : page * size]]
    if style == "referrals":
        pag: JSON = {"page": page, "page_size": size, "total_count": total, "total_pages": pages}
    elif style == "eligibility":
        pag = {"page": page, "page_size": size, "total_records": total, "total_pages": pages}
    else:
        pag = {"current_page": page, "total_pages": pages, "total_count": total, "page_size": size}
    return {"success": True, key: chunk, "pagination": pag}


def queue(
    req: Req,
    ctx: JSON,
    id_field: str | None = None,
    id_value: str | None = None,
    message: str | None = None,
    include_job: bool = True,
) -> JSON:
    """Submit a job for this operation and answer like the docs' newest example."""
    job_id = req.sb.jobs.submit(req.op, ctx, req.fail_reason, req.token)
    out: JSON = {
        "success": True,
        "message": message
        or req.op.example_message()
        or "Request accepted. A webhook event will be sent upon completion.",
    }
    if id_field and id_value is not None:
        out[id_field] = id_value
    if include_job:
        out["job_id"] = job_id
    return out


def in_range(value: str | None, start: str | None, end: str | None) -> bool:
    """Date-prefix comparison (values are ISO strings)."""
    if value is None:
        return start is None and end is None
    day = value[:10]
    return (start is None or day >= start) and (end is None or day <= end)


def iso_day(value: str) -> str:
    """`YYYY-MM-DD` of an ISO date or date-time (the availability docs show both forms)."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise ApiError(400, "Invalid date format. Use ISO format (YYYY-MM-DD).") from None


def check_range(start: str, end: str, max_days: int | None = None) -> None:
    import datetime as dt

    s, e = dt.date.fromisoformat(iso_day(start)), dt.date.fromisoformat(iso_day(end))
    if e < s:
        raise ApiError(400, "end_date must be after start_date.")
    if max_days is not None and (e - s).days > max_days:
        raise ApiError(400, f"Date range cannot exceed {max_days} days.")


def require(body: JSON, *names: str) -> None:
    for name in names:
        if body.get(name) in (None, ""):
            raise ApiError(400, f"Missing required field: {name}")


def provider_by_ehr(sb: Sandbox, ehr_id: str) -> JSON:
    rec = sb.find("providers", ehr_id=ehr_id)
    if rec is None:
        raise ApiError(400, f"Provider with EMR ID '{ehr_id}' not found.")
    return rec


def location_by_ehr(sb: Sandbox, ehr_id: str) -> JSON:
    rec = sb.find("locations", ehr_id=ehr_id)
    if rec is None:
        raise ApiError(400, f"Location with EMR ID '{ehr_id}' not found.")
    return rec


def patient_by_mrn(sb: Sandbox, mrn: str, status: int = 400) -> JSON:
    rec = sb.find("patients", mrn=mrn)
    if rec is None:
        raise ApiError(status, f"Patient with MRN '{mrn}' not found.")
    return rec
