"""Stateful server contract: schemathesis follows openapi.yaml's own links through the sandbox over HTTP.

The spec is used as it is (no narrowed copy, no test data patched in): the state machine may start
at any operation, and wherever a response carries an id that a link names (a patient's `mrn`, an
appointment's `id`, a job's `job_id`), the next call may follow that link. The sandbox is served by
uvicorn on 127.0.0.1 and reset (`POST /_sandbox/reset`) at the start of every scenario, so each
scenario starts from the same seeded data and a replayed scenario sees the same responses
(hypothesis needs that: a run whose data depends on earlier scenarios fails as flaky). Every
default check runs on every step, with the same spec-derived allowances as the per-operation run.

Left alone, the machine rarely follows the job link: nearly every root call with generated data
names ids the sandbox does not hold, so few calls start a job, and a scenario picks among ~40 root
rules. Three things steer it, none of which edits the spec:

- every scenario opens with one job-starting call: a documented example (from the spec) of an
  operation with a `JobEvents` link, chosen among those the fresh sandbox answers 2xx;
- a link's values are always used when its transition runs (schemathesis otherwise swaps an
  optional parameter such as `job_id` for a generated value about half the time);
- while a started job's link can still be followed, no root call runs, so the next step follows
  one of the open links (the job link, or another link of an earlier response).

Every transition taken is counted by link; the test fails unless the job link was followed from
several operations that send events (the spec's event schemas name them in `x-operation`), and
each followed `job_id` named that job's own events (none for an operation no event names).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any, cast

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, initialize
from schemathesis.core.result import Ok
from schemathesis.engine.link_calibration import LinkCalibrationState
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.generation.stateful.control import TransitionController
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput
from schemathesis.python._constants.orchestrator import make_constants_value_source
from schemathesis.specs.openapi.stateful import OpenAPIStateMachine

from contract_tests import _registry, _spec
from contract_tests.conftest import ServedApp
from contract_tests.server import _schemas

JOB_LINK = "JobEvents"
JOB_TARGET = "GET /webhook-events"
SCENARIOS = 25
STEPS = 8

# Positive data only: in mode "all" schemathesis drew every job-link step as a negative case in our
# runs (the link's value then only feeds checks, never a lookup), and the run stopped being
# reproducible. Negative data runs per operation in test_sandbox (fuzzing and coverage phases).
STATEFUL = _schemas.build_schema(credentials=_schemas.SANDBOX_CREDENTIALS, mode="positive")
CALLS: Counter[tuple[str, int]] = Counter()
# (link name, source operation) -> transitions taken whose link values were used
LINKS: Counter[tuple[str, str]] = Counter()
# followed job links by outcome: True when the job_id named that job's events (and only those)
JOB_EVENTS: Counter[bool] = Counter()
MISSED: list[str] = []
# operations whose job the job link found with its own events, and how often
PROVEN: Counter[str] = Counter()
# Documented examples of job-starting operations that a fresh sandbox answers 2xx (set by the fixture).
SEEDS: list[st.SearchStrategy[Any]] = []


class _AlwaysUseLinks(LinkCalibrationState):
    """Link calibration that trusts every link: its extracted values are always used."""

    def use_probability(self, transition_id: str) -> float:
        return 1.0

    def is_calibrated(self, transition_id: str) -> bool:
        return True


class _OpenJobsFirst(TransitionController):
    """No root call while a job a response started can still be followed through the job link."""

    __slots__ = ("open_jobs",)

    def __init__(self, base: TransitionController) -> None:
        super().__init__(base.transitions, base.roots)
        self.open_jobs: dict[str, str] = {}  # case id of the job-starting call -> its operation

    def allow_root_transition(self, source: str, bundles: Any) -> bool:
        if any(self.allow_transition(label, JOB_TARGET) for label in self.open_jobs.values()):
            return False
        return bool(super().allow_root_transition(source, bundles))


BASE = cast(
    "type[OpenAPIStateMachine]",
    STATEFUL.build_state_machine(
        feedback=FeedbackSources(constants_value_source=make_constants_value_source(STATEFUL)),
        link_calibration=_AlwaysUseLinks(),
    ),
)
# transition id (`SOURCE -> [STATUS] NAME -> TARGET`) -> (link name, source operation)
LINK_OF = {
    link.full_name: (link.name, link.source.label)
    for ops in BASE._transitions.operations.values()
    for link in ops.outgoing
}
JOB_SOURCES = sorted({source for name, source in LINK_OF.values() if name == JOB_LINK})


def _operations_with_events() -> frozenset[str]:
    """Operations whose jobs send a webhook event: those an event schema names in `x-operation` or
    `x-also-operations` (POST /telephone-encounters/actions has a job but no documented event)."""
    named: set[str] = set()
    for schema in _spec.raw_spec()["components"]["schemas"].values():
        named.update([schema["x-operation"]] if "x-operation" in schema else [])
        named.update(schema.get("x-also-operations") or [])
    return frozenset(named)


WITH_EVENTS = _operations_with_events()


def _operation(label: str) -> Any:
    return next(r.ok() for r in STATEFUL.get_all_operations() if isinstance(r, Ok) and r.ok().label == label)


def _reset(base_url: str) -> None:
    httpx.post(f"{base_url.removesuffix('/v1')}/_sandbox/reset", timeout=10).raise_for_status()


def _starts_job(response: Any) -> bool:
    if not 200 <= int(response.status_code) < 300:
        return False
    try:
        return response.json().get("job_id") is not None
    except ValueError:
        return False


def _example_starts_job(example: st.SearchStrategy[Any], base_url: str) -> bool:
    answers: list[bool] = []

    @settings(max_examples=1, deadline=None, database=None, derandomize=True, phases=[Phase.generate])
    @given(example)
    def probe(case: Any) -> None:
        answers.append(_starts_job(case.call(base_url=base_url)))

    probe()
    return bool(answers) and all(answers)


def job_starting_examples(base_url: str) -> list[st.SearchStrategy[Any]]:
    """The spec's documented request examples of job-link operations that a fresh sandbox answers
    2xx with a `job_id` (most other examples name ids the seeded sandbox does not hold)."""
    found: list[st.SearchStrategy[Any]] = []
    for label in JOB_SOURCES:
        for example in _operation(label).get_strategies_from_examples():
            if _example_starts_job(example, base_url):
                found.append(example)
                _reset(base_url)  # a refused write changed nothing; an accepted one is undone
    return found


@pytest.fixture(scope="module")
def stateful_url() -> Iterator[str]:
    # A sandbox of its own: the per-operation run shares the session one, and its writes would
    # change what a reset scenario starts from.
    with ServedApp(_schemas.sandbox_app(job_delay=0.0)) as served:
        SEEDS[:] = job_starting_examples(served.url)
        yield served.url


class Workflow(BASE):  # type: ignore[misc,valid-type]
    base_url = ""
    control: _OpenJobsFirst

    def __init__(self) -> None:
        super().__init__()
        self.control = _OpenJobsFirst(self.control)

    def setup(self) -> None:
        _reset(self.base_url)

    @initialize(
        target=Bundle("catch_all"),
        input=st.deferred(lambda: st.one_of(SEEDS)).map(StepInput.initial),
    )
    def start_a_job(self, input: StepInput) -> StepOutput:
        # Recorded as a root call, the way schemathesis' own root rules record theirs.
        self.recorder.record_case(case=input.case)
        self.control.record_step(input, self.recorder)
        output: StepOutput = self.step(input)
        return output

    def get_call_kwargs(self, case: Any) -> dict[str, Any]:
        return {"base_url": self.base_url}

    def step(self, input: StepInput) -> StepOutput:
        output: StepOutput = super().step(input)
        label = input.case.operation.label
        open_jobs = self.control.open_jobs
        if label in JOB_SOURCES and _starts_job(output.response):
            open_jobs[input.case.id] = label
        transition = input.transition
        if transition is None or not input.is_applied:
            return output
        link, source = LINK_OF[transition.id]
        LINKS[(link, source)] += 1
        if link == JOB_LINK:
            open_jobs.pop(transition.parent_id, None)
            self._check_job_events(transition, input.case, output, source)
        return output

    def _check_job_events(self, transition: Any, case: Any, output: StepOutput, source: str) -> None:
        carried = transition.parameters["query"]["job_id"].value.ok()
        job_id = (case.query or {}).get("job_id")
        assert str(job_id) == str(carried), f"the job link sent job_id={job_id!r}, the job was {carried!r}"
        assert output.response.status_code == 200, output.response.text
        # The generated filters (dates, type, page) may hide its events; looked up by job_id alone,
        # the job must have events if its operation sends any, and only its own.
        lookup = httpx.get(
            f"{self.base_url}/webhook-events",
            params={"job_id": job_id},
            headers=_schemas.SANDBOX_CREDENTIALS,
            timeout=10,
        )
        events = lookup.json().get("webhook_events") or []
        owners = {str(e.get("job_id")) for e in events}
        found = owners == {str(job_id)} if source in WITH_EVENTS else owners <= {str(job_id)}
        JOB_EVENTS[found] += 1
        if found and source in WITH_EVENTS:
            PROVEN[source] += 1
        if not found:
            MISSED.append(f"job {job_id!r} of {source}: {lookup.text[:300]}")

    def after_call(self, response: Any, case: Any) -> None:
        super().after_call(response, case)
        operation_id = _schemas.operation_id_of(case)
        CALLS[(operation_id, int(response.status_code))] += 1
        _registry.record("server_stateful", operation_id)


def test_stateful_links(stateful_url: str) -> None:
    assert len(SEEDS) >= 3, f"too few documented examples start a job on a fresh sandbox: {len(SEEDS)}"
    Workflow.base_url = stateful_url
    Workflow.run(
        settings=settings(
            max_examples=SCENARIOS,
            stateful_step_count=STEPS,
            deadline=None,
            derandomize=True,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
    )
    summary = (
        f"calls {dict(CALLS)}; links {dict(LINKS)}; job events {dict(JOB_EVENTS)} proven {dict(PROVEN)},"
        f" missed {MISSED}"
    )
    answered = {op for (op, status) in CALLS if status in (200, 202)}
    print(summary)  # shown with `pytest -s`: which links the run followed, and how often
    assert len(answered) >= 10, f"too few operations answered 2xx: {summary}"
    # The job link was followed, in most scenarios and from several operations, and every job_id it
    # carried named that job's events.
    assert sum(PROVEN.values()) >= SCENARIOS // 2, summary
    assert len(PROVEN) >= 3, summary
    assert JOB_EVENTS[False] == 0, summary
    followed = sum(n for (link, _), n in LINKS.items() if link == JOB_LINK)
    assert JOB_EVENTS[True] == followed, summary
