"""An in-process fake Cobalt for overlay tests: routes to handlers, records every request."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypedDict

import httpx

from cobalt_sdk import AsyncCobalt, Cobalt

Handler = Callable[[httpx.Request], httpx.Response]


class Creds(TypedDict):
    client_id: str
    client_secret: str
    access_token: str


class TEArgs(TypedDict):
    patient_mrn: str
    provider_id: str
    location_id: str
    assigned_to_id: str


CREDS = Creds(client_id="ci_test_123", client_secret="cs_SECRET_abc", access_token="at_TOKEN_xyz")
TE_ARGS = TEArgs(patient_mrn="MRN-123456", provider_id="12241", location_id="25", assigned_to_id="12220")
BASE = "https://api.test/v1"


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json", **(headers or {})}
    )


@dataclass
class FakeClock:
    """Monotonic time that only moves when someone sleeps."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@dataclass
class FakeAPI:
    routes: dict[tuple[str, str], Handler | list[Handler]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)

    def on(self, method: str, path: str, *handlers: Handler) -> None:
        """Answer with the handlers in turn (the last one repeats)."""
        self.routes[(method, path)] = list(handlers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/v1")
        handlers = self.routes.get((request.method, path))
        if handlers is None:
            return json_response(404, {"success": False, "message": f"no route {request.method} {path}"})
        assert isinstance(handlers, list)
        handler = handlers.pop(0) if len(handlers) > 1 else handlers[0]
        return handler(request)

    def calls(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path.removeprefix("/v1") == path]


def make_client(api: FakeAPI, clock: FakeClock | None = None, **kwargs: Any) -> Cobalt:
    clock = clock or FakeClock()
    options: dict[str, Any] = {**CREDS, "base_url": BASE, "sleep": clock.sleep, "clock": clock, **kwargs}
    return Cobalt(transport=httpx.MockTransport(api), **options)


def make_async_client(api: FakeAPI, clock: FakeClock | None = None, **kwargs: Any) -> AsyncCobalt:
    clock = clock or FakeClock()
    options: dict[str, Any] = {**CREDS, "base_url": BASE, "sleep": clock.asleep, "clock": clock, **kwargs}
    return AsyncCobalt(transport=httpx.MockTransport(api), **options)


APPOINTMENT = {"id": "appt_1", "status": "scheduled", "patient_mrn": "MRN-998877", "patient_name": "Jane Roe"}


def appointments_page(page: int, total_pages: int, per_page: int = 2) -> dict[str, Any]:
    return {
        "success": True,
        "appointments": [{**APPOINTMENT, "id": f"appt_{page}_{i}"} for i in range(per_page)],
        "pagination": {
            "current_page": page,
            "total_pages": total_pages,
            "total_count": total_pages * per_page,
            "page_size": per_page,
        },
    }


#: The `data` of a `telephone_encounter.created` event (every required field, no patient detail).
TE_DATA = {
    "telephone_encounter_id": "te_1",
    "emr_encounter_id": "ECW-1",
    "patient_mrn": "MRN-1",
    "provider_id": "1",
    "location_id": "2",
    "assigned_to_id": "3",
}


def event_record(
    event_type: str, job_id: str, data: dict[str, Any], event_id: str, created_at: str | None = None
) -> dict[str, Any]:
    if created_at is None:
        created_at = datetime.datetime.now(datetime.UTC).isoformat().replace("+00:00", "Z")
    return {
        "event_id": event_id,
        "event_type": event_type,
        "webhook_url": None,
        "delivery_status": "success",
        "data": data,
        "created_at": created_at,
        "job_id": job_id,
        "access_token_reference_id": "clinic_1",
    }


def events_page(records: list[dict[str, Any]], page: int = 1, total_pages: int = 1) -> dict[str, Any]:
    return {
        "success": True,
        "webhook_events": records,
        "pagination": {"current_page": page, "total_pages": total_pages, "total_count": len(records), "page_size": 100},
    }


#: One read and one write, for tests that hold for both: `(method, path)` as the fake routes them.
READ_AND_WRITE = {"GET": "/appointments/a", "POST": "/telephone-encounters"}


def answer_read_and_write(api: FakeAPI, *handlers: Handler) -> None:
    for method, path in READ_AND_WRITE.items():
        api.on(method, path, *handlers)


def call_read_or_write(cobalt: Cobalt, method: str, te_args: Any = TE_ARGS) -> Any:
    """`appointments.get("a")` for GET, `telephone_encounters.create(...)` for POST."""
    if method == "GET":
        return cobalt.appointments.get("a")
    return cobalt.telephone_encounters.create(**te_args)
