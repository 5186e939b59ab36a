"""A sandbox per EHR profile on a fake clock, and a helper that books and reports the job's outcome."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from cobalt_sandbox import FakeClock, SandboxConfig, create_app
from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS

EHRS = ("ecw", "webpt", "practice_fusion")
# A week the seeded appointments (January 2025) do not reach.
MONDAY, TUESDAY, WEDNESDAY, FRIDAY, SATURDAY = "2025-03-03", "2025-03-04", "2025-03-05", "2025-03-07", "2025-03-08"


@dataclass
class Env:
    sb: Sandbox
    client: httpx.AsyncClient

    @property
    def mrn(self) -> str:
        return str(self.sb.store.all("patients")[0]["mrn"])

    async def book(self, when: str, visit_type: str = "f/u", provider: str = "1000", **extra: Any) -> dict[str, Any]:
        """POST /appointments, let the job run, and return its outcome event record."""
        body: dict[str, Any] = {
            "mrn": self.mrn,
            "provider": provider,
            "location": "2450",
            "type": visit_type,
            "datetime": when,
            **extra,
        }
        body = {k: v for k, v in body.items() if v is not None}
        resp = await self.client.post("/appointments", json=body)
        assert resp.status_code == 200, resp.text
        self.sb.advance(1.0)
        found = await self.client.get("/webhook-events", params={"job_id": resp.json()["job_id"]})
        events: list[dict[str, Any]] = found.json()["webhook_events"]
        assert len(events) == 1, events
        return events[0]


def codes(event: dict[str, Any]) -> list[str]:
    return [r["code"] for r in event["data"].get("reasons", [])]


@asynccontextmanager
async def env(ehr: str = "ecw", **config: Any) -> AsyncIterator[Env]:
    app = create_app(SandboxConfig(clock=FakeClock(), job_delay=1.0, ehr=ehr, **config))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.test/v1", headers=HEADERS) as c:
        yield Env(app.state.sandbox, c)
