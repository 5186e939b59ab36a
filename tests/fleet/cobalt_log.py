"""What the fleet tests need of Cobalt: signed deliveries and the `GET /webhook-events` record.

`CobaltLog` keeps every event Cobalt generated (optionally in a JSON-lines file, so waiter and
receiver processes see the same record) and answers `list_events(**query)` like the endpoint:
`job_id` filter, `sort`, `page`/`page_size`, `pagination.total_pages`.
"""

from __future__ import annotations

import datetime
import json
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from cobalt_sdk._jobs import JobSource
from cobalt_sdk.webhooks import sign

SECRET = "whsec_fleet_test"


def envelope(job_id: str, seq: int = 0, created: datetime.datetime | None = None) -> dict[str, Any]:
    when = created or datetime.datetime.now(datetime.UTC)
    return {
        "id": f"evt_{job_id}_{seq}",
        "object": "event",
        "created": when.isoformat(timespec="microseconds").replace("+00:00", "Z"),
        "type": "patient.created",
        "job_id": job_id,
        "data": {"patient_id": f"p_{job_id}", "mrn": f"MRN-{job_id}"},
    }


def delivery(event: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event, separators=(",", ":")).encode()
    return body, {"cobalt-verification": sign(body, SECRET), "webhook-id": f"msg_{event['id']}"}


def as_record(event: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": event["id"],
        "event_type": event["type"],
        "delivery_status": "success",
        "data": event["data"],
        "created_at": event["created"],
        "job_id": event["job_id"],
    }


class CobaltLog:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.records: list[dict[str, Any]] = []
        self.requests = 0
        self._lock = threading.Lock()

    def append(self, event: dict[str, Any]) -> None:
        record = as_record(event)
        with self._lock:
            self.records.append(record)
            if self.path is not None:
                with self.path.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(record) + "\n")

    def _all(self) -> list[dict[str, Any]]:
        if self.path is None:
            return list(self.records)
        if not self.path.exists():
            return []
        lines = self.path.read_text(encoding="utf-8").split("\n")
        # Only newline-terminated lines are records: the last one may be half written by another process.
        return [json.loads(line) for line in lines[:-1] if line.strip()]

    def list_events(self, **query: Any) -> SimpleNamespace:
        with self._lock:
            self.requests += 1
            rows = self._all()
        if query.get("job_id"):
            rows = [r for r in rows if r["job_id"] == str(query["job_id"])]
        if query.get("sort", "-created_at") != "created_at":
            rows = list(reversed(rows))
        size, page = int(query.get("page_size") or 50), int(query.get("page") or 1)
        total = max(1, -(-len(rows) // size))
        return SimpleNamespace(
            webhook_events=rows[(page - 1) * size : page * size],
            pagination=SimpleNamespace(current_page=page, total_pages=total, page_size=size),
        )

    def source(self) -> JobSource:
        return JobSource(self.list_events, time.monotonic, time.sleep)
