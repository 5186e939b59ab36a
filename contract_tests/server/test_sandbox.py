"""Server contract: schemathesis runs openapi.yaml itself against the sandbox over real HTTP.

One run per operation, served by uvicorn on 127.0.0.1, with every phase: the spec's examples, the
coverage phase (boundary and invalid values derived from each schema) and fuzzing, positive and
negative, under all of schemathesis' default checks (not_a_server_error, status_code_conformance,
content_type_conformance, response_schema_conformance, response_headers_conformance,
positive_data_acceptance, negative_data_rejection, ignored_auth, missing_required_header, ...) plus
`server_rule_message`. The only allowances come from the spec: an operation's `x-server-rules`
(see `_schemas`), and documented examples it marks `x-doc-conflict`.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import CHECKS, load_all_checks, positive_data_acceptance
from schemathesis.core.result import Ok
from schemathesis.generation import GenerationMode
from schemathesis.generation.meta import TestPhase

from contract_tests import _registry, _spec
from contract_tests.server import _schemas

_SETTINGS: dict[str, Any] = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "suppress_health_check": list(HealthCheck),
}

HTTP = _schemas.build_schema(credentials=_schemas.SANDBOX_CREDENTIALS)
PHASES = ("examples", "coverage", "fuzzing", "stateful")
# Every check schemathesis registers (its 14 built-in ones) plus ours; `max_response_time` is not
# among them: it is a limit the user sets, off unless given one.
CHECK_NAMES = {
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
    "object_level_authorization",
    "server_rule_message",
}


def test_every_check_and_phase_is_on() -> None:
    """Every registered check is enabled on every operation in every phase, and every phase is on
    (the stateful one runs in test_stateful), with positive and negative data outside it."""
    load_all_checks()
    registered = {check.__name__ for check in CHECKS.get_all()}
    assert registered == CHECK_NAMES, sorted(registered ^ CHECK_NAMES)
    operations = [r.ok() for r in HTTP.get_all_operations() if isinstance(r, Ok)]
    assert len(operations) == len(_spec.operations())
    for operation in operations:
        phases = HTTP.config.phases_for(operation=operation)
        assert all(getattr(phases, name).enabled for name in PHASES), operation.label
        for phase in PHASES:
            checks = HTTP.config.checks_config_for(operation=operation, phase=phase)
            off = sorted(name for name in registered if not checks.get_by_name(name=name).enabled)
            assert not off, f"{operation.label} {phase}: {off}"
        modes = HTTP.config.generation_for(operation=operation, phase="fuzzing").modes
        assert set(modes) == {GenerationMode.POSITIVE, GenerationMode.NEGATIVE}, operation.label


def test_positive_data_allowances_come_from_the_spec() -> None:
    """A schema-valid request must get a 2xx; the only other statuses accepted are the 401/403 the
    operation declares and the statuses of its `x-server-rules` (404 for ids that must exist), never
    schemathesis' wider default (3xx, 404, 409, 429, 5xx); 429 only in live mode."""
    rules = _schemas.rules_by_operation()
    operations = [r.ok() for r in HTTP.get_all_operations() if isinstance(r, Ok)]
    for operation in operations:
        op_id = str(operation.definition.raw["operationId"])
        op = _spec.operation(op_id)
        checks = HTTP.config.checks_config_for(operation=operation, phase="fuzzing")
        expected = checks.positive_data_acceptance.expected_statuses
        assert expected == _schemas.accepted_statuses(op_id), op_id
        rule_statuses = {r.status for r in rules.get(op_id, [])}
        for status in expected[1:]:
            assert int(status) in op.error_statuses, f"{op_id}: {status} accepted but not declared"
            assert int(status) in _schemas.AUTH_REFUSALS or int(status) in rule_statuses, f"{op_id}: {status}"
        assert expected[0] == "2xx" and "429" not in expected, op_id
        if 404 in op.error_statuses and op.path_params:
            # an id in the path that must exist is one of the operation's rules, with its 404
            assert 404 in rule_statuses, f"{op_id}: its 404 has no x-server-rules entry"
    live = _schemas.accepted_statuses("appointments_list", live=True)
    assert live == sorted({*_schemas.accepted_statuses("appointments_list"), "429"}, key=lambda s: (s != "2xx", s))


@HTTP.parametrize()
@settings(max_examples=_schemas.MAX_EXAMPLES, phases=[Phase.explicit, Phase.generate], **_SETTINGS)
def test_http(case: Any, sandbox_url: str) -> None:
    excluded = []
    if _schemas.replays_conflicting_example(case):
        # The spec marks this documented example as breaking its schema; the server may refuse it.
        excluded.append(positive_data_acceptance)
    case.call_and_validate(base_url=sandbox_url, excluded_checks=excluded)
    operation_id = _schemas.operation_id_of(case)
    _registry.record("server_http", operation_id)
    phase = case.meta.phase.name if case.meta is not None else None
    # Which phases reached the operation (the cases are counted once, under server_http).
    if phase is TestPhase.EXAMPLES:
        _registry.EXERCISED["server_examples"].add(operation_id)
    elif phase is TestPhase.COVERAGE:
        _registry.EXERCISED["server_coverage"].add(operation_id)
    elif phase is TestPhase.FUZZING:
        _registry.EXERCISED["server_fuzzing"].add(operation_id)
