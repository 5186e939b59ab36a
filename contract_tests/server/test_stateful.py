"""Stateful server contract: schemathesis follows openapi.yaml's own links through the sandbox over HTTP.

The spec is used as it is (no narrowed copy, no test data patched in): the state machine may start
at any operation, and wherever a response carries an id that a link names (a patient's `mrn`, an
appointment's `id`, a job's `job_id`), the next call may follow that link. The sandbox is served by
uvicorn on 127.0.0.1 and reset (`POST /_sandbox/reset`) at the start of every scenario, so each
scenario starts from the same seeded data and a replayed scenario sees the same responses
(hypothesis needs that: a run whose data depends on earlier scenarios fails as flaky). Every
default check runs on every step, with the same spec-derived allowances as the per-operation run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, settings

from contract_tests import _registry
from contract_tests.conftest import ServedApp
from contract_tests.server import _schemas

STATEFUL = _schemas.build_schema(credentials=_schemas.SANDBOX_CREDENTIALS, mode="positive")
CALLS: Counter[tuple[str, int]] = Counter()


@pytest.fixture(scope="module")
def stateful_url() -> Iterator[str]:
    # A sandbox of its own: the per-operation run shares the session one, and its writes would
    # change what a reset scenario starts from.
    with ServedApp(_schemas.sandbox_app(job_delay=0.0)) as served:
        yield served.url


class Workflow(STATEFUL.as_state_machine()):  # type: ignore[misc]
    base_url = ""

    def setup(self) -> None:
        self.started_jobs: set[str] = set()
        root = self.base_url.removesuffix("/v1")
        httpx.post(f"{root}/_sandbox/reset", timeout=10).raise_for_status()

    def get_call_kwargs(self, case: Any) -> dict[str, Any]:
        return {"base_url": self.base_url}

    def after_call(self, response: Any, case: Any) -> None:
        super().after_call(response, case)
        operation_id = _schemas.operation_id_of(case)
        CALLS[(operation_id, int(response.status_code))] += 1
        _registry.record("server_stateful", operation_id)
        if response.status_code == 202:
            started = (response.json() or {}).get("job_id")
            if started is not None:
                self.started_jobs.add(str(started))
        job_id = (case.query or {}).get("job_id")
        linked = job_id is not None and str(job_id) in self.started_jobs
        if operation_id == "webhook_events_list" and linked and response.status_code == 200:
            # A job_id an earlier step started (so the link carried it). The generated filters
            # (dates, type, page) may hide its events; the job must still have events, only its own.
            lookup = httpx.get(
                f"{self.base_url}/webhook-events",
                params={"job_id": job_id},
                headers=_schemas.SANDBOX_CREDENTIALS,
                timeout=10,
            )
            events = lookup.json().get("webhook_events") or []
            job_ids = {str(e.get("job_id")) for e in events}
            CALLS[("job_events_found", int(bool(events) and job_ids == {str(job_id)}))] += 1


def test_stateful_links(stateful_url: str) -> None:
    Workflow.base_url = stateful_url
    Workflow.run(
        settings=settings(
            max_examples=25,
            stateful_step_count=6,
            deadline=None,
            derandomize=True,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
    )
    # Scenarios reached most of the API, and every job_id a link carried named that job's events.
    # (Within this budget a scenario rarely follows the job link itself; the lookup by job_id is
    # pinned by tests/sandbox/test_control_events.py.)
    answered = {key[0] for key, count in CALLS.items() if key[1] in (200, 202) and key[0] != "job_events_found"}
    assert len(answered) >= 10, f"too few operations answered 2xx: {dict(CALLS)}"
    assert CALLS[("job_events_found", 0)] == 0, f"a linked job_id named no job's events: {dict(CALLS)}"
