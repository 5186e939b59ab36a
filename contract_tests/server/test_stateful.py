"""Stateful server contract: follow openapi.yaml's links through the sandbox.

create patient -> find it in GET /patients; create appointment -> get it -> update it; create a job
-> read its events from GET /webhook-events?job_id=... . Every step runs all default checks.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import HealthCheck, Phase, settings

from contract_tests import _registry
from contract_tests.server import _schemas

# The workflow runs over these operations only (the links among them are the spec's own): the
# other writes validate EHR references that random data rarely satisfies.
LINKED = {
    "patients_create",
    "patients_list",
    "appointments_create",
    "appointments_get",
    "appointments_update",
    "webhook_events_list",
}
_APP = _schemas.sandbox_app(job_delay=0.0)  # a job is done by the next request, so its events exist
STATEFUL = _schemas.build_schema(
    spec=_schemas.only_operations(
        _schemas.with_test_data(_schemas.server_spec(), _schemas.seeded_values(_APP)), LINKED
    ),
    credentials=_schemas.SANDBOX_CREDENTIALS,
    mode="positive",
)
STATEFUL.app = _APP
CALLS: Counter[tuple[str, int]] = Counter()


class Workflow(STATEFUL.as_state_machine()):  # type: ignore[misc]
    def after_call(self, response: Any, case: Any) -> None:
        CALLS[(_schemas.operation_id_of(case), int(response.status_code))] += 1
        _registry.record("server_stateful", _schemas.operation_id_of(case))
        if _schemas.operation_id_of(case) == "webhook_events_list" and (case.query or {}).get("job_id"):
            events = response.json().get("webhook_events") or []
            job_ids = {str(e.get("job_id")) for e in events}
            CALLS[("job_events_found", int(job_ids == {str(case.query["job_id"])}))] += 1


def test_stateful_links() -> None:
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
    # The links must have carried real ids: the follow-up calls found what the first call created.
    for operation_id in ("patients_list", "appointments_get", "appointments_update", "webhook_events_list"):
        assert CALLS[(operation_id, 200)] > 0, f"no successful {operation_id} reached through a link: {dict(CALLS)}"
    assert CALLS[("job_events_found", 1)] > 0, f"no job's events were read back by job_id: {dict(CALLS)}"
