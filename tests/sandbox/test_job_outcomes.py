"""How sandbox jobs finish, as a test author steering them sees it: ids, planned failures, timing."""

from __future__ import annotations

import re
from typing import Any

import httpx
from starlette.applications import Starlette

from cobalt_sandbox import FakeClock, SandboxConfig, create_app
from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS

PATIENT = {"first_name": "Ada", "last_name": "L", "dob": "1990-01-01", "sex": "female"}


def sandbox(**config: Any) -> tuple[Starlette, Sandbox]:
    app = create_app(SandboxConfig(clock=FakeClock(), **config))
    return app, app.state.sandbox


async def create_patients(app: Starlette, n: int) -> list[Any]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS) as c:
        return [(await c.post("/patients", json=PATIENT)).json()["job_id"] for _ in range(n)]


def outcome_of(sb: Sandbox, job_id: Any) -> dict[str, Any]:
    (event,) = [e for e in sb.events_list() if e["job_id"] == str(job_id)]
    return event


async def test_job_ids_count_up_from_10001() -> None:
    app, _ = sandbox()
    assert await create_patients(app, 2) == [10001, 10002]


async def test_fail_next_job_by_tag_fails_one_job_with_the_default_reason() -> None:
    app, sb = sandbox()
    sb.fail_next_job("patients")
    first, second = await create_patients(app, 2)
    sb.advance(1)
    failed, ok = outcome_of(sb, first), outcome_of(sb, second)
    assert failed["event_type"] == "patient.failed" and ok["event_type"] == "patient.created"
    assert failed["data"]["failure_reason"] == "Simulated failure"
    assert [r["description"] for r in failed["data"]["reasons"]] == ["Simulated failure"]


async def test_fail_next_job_for_any_operation() -> None:
    app, sb = sandbox()
    sb.fail_next_job("*", "EHR offline")
    (job_id,) = await create_patients(app, 1)
    sb.advance(1)
    assert outcome_of(sb, job_id)["data"]["failure_reason"] == "EHR offline"


async def test_fail_rate_one_fails_every_job() -> None:
    app, sb = sandbox(fail_rate=1.0)
    ids = await create_patients(app, 2)
    sb.advance(1)
    assert [outcome_of(sb, i)["data"]["failure_reason"] for i in ids] == ["Simulated EHR failure"] * 2


async def test_jitter_only_ever_delays_a_job() -> None:
    app, sb = sandbox(job_delay=1.0, job_jitter=0.5)
    ids = await create_patients(app, 6)
    assert sb.advance(0.999) == 0  # never before job_delay
    early = sb.advance(0.011)
    assert early < len(ids)  # some jobs drew a longer delay
    assert early + sb.advance(0.5) == len(ids)  # and none beyond job_delay + job_jitter


async def fetch_job_ids(seed: int, n: int) -> list[Any]:
    app, _ = sandbox(seed=seed)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS) as c:
        body = {"first_name": "John", "last_name": "Doe"}
        return [(await c.post("/patients/fetch", json=body)).json()["job_id"] for _ in range(n)]


async def test_string_job_ids_are_distinct_and_reproducible_by_seed() -> None:
    first = await fetch_job_ids(seed=7, n=2)
    assert all(re.fullmatch(r"job_[0-9a-f]{20}", j) for j in first) and first[0] != first[1]
    assert await fetch_job_ids(seed=7, n=2) == first  # same seed, same ids
    assert set(await fetch_job_ids(seed=8, n=2)).isdisjoint(first)
