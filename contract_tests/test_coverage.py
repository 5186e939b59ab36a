"""Coverage guard: every operation and webhook event of the spec was exercised by this session.

Runs last (conftest orders it). For each suite that was selected in this run, every operation (or
event) must have at least one exchange recorded in `_registry` after passing its checks. An
operation whose test item carries a strict xfail (a known sandbox failure) counts as exercised.
"""

from __future__ import annotations

import pytest

from contract_tests import _registry, _spec

_OPS = "operations"
_EVENTS = "events"
# registry kind -> (what it must cover, node id prefix of the tests that record it)
SUITES: dict[str, tuple[str, str]] = {
    "client_sync": (_OPS, "contract_tests/client/test_operations.py::test_operation_sync"),
    "client_async": (_OPS, "contract_tests/client/test_operations.py::test_operation_async"),
    "client_examples": (_OPS, "contract_tests/client/test_operations.py::test_response_examples"),
    "client_errors": (_OPS, "contract_tests/client/test_operations.py::test_error_statuses"),
    "client_retries": (_OPS, "contract_tests/client/test_retries.py::test_retry_policy"),
    "webhooks": (_EVENTS, "contract_tests/client/test_webhooks.py::test_webhook_event"),
    "server_http": (_OPS, "contract_tests/server/test_sandbox.py::test_http"),
    "server_coverage": (_OPS, "contract_tests/server/test_sandbox.py::test_http"),
    "server_examples": (_OPS, "contract_tests/server/test_sandbox.py::test_http"),
    "server_fuzzing": (_OPS, "contract_tests/server/test_sandbox.py::test_http"),
    "server_dynamic_mock": (_OPS, "contract_tests/server/test_dynamic_mock.py::test_generated_success_bodies_parse"),
}


def _label_to_id() -> dict[str, str]:
    return {f"{op.method} {op.path}": op.operation_id for op in _spec.operations()}


@pytest.mark.coverage_guard
@pytest.mark.parametrize("kind", SUITES)
def test_everything_exercised(kind: str, request: pytest.FixtureRequest) -> None:
    what, prefix = SUITES[kind]
    items = [item for item in request.session.items if item.nodeid.startswith(prefix)]
    if not items:
        pytest.skip(f"{prefix} was not selected in this run")
    expected = set(_spec.operation_ids()) if what == _OPS else set(_spec.webhook_event_types())
    if kind == "server_examples":  # an operation with no example anywhere has nothing to replay
        expected = {op.operation_id for op in _spec.operations() if op.has_request_examples}
    labels = _label_to_id()
    known_failing = set()
    for item in items:
        if item.get_closest_marker("xfail") is not None and "[" in item.name:
            param = item.name.split("[", 1)[1].rstrip("]")
            known_failing.add(labels.get(param, param))
    missing = sorted(expected - _registry.EXERCISED[kind] - known_failing)
    assert not missing, f"{kind}: not exercised: {missing}"


@pytest.mark.coverage_guard
def test_parametrisation_covers_spec(request: pytest.FixtureRequest) -> None:
    """The client tests are parametrised over exactly the spec's operations and events."""
    from contract_tests.client import test_operations, test_webhooks  # noqa: F401 - imported for collection

    ids = {
        item.name.split("[", 1)[1].rstrip("]")
        for item in request.session.items
        if item.nodeid.startswith(SUITES["client_sync"][1] + "[")
    }
    if ids:
        assert ids == set(_spec.operation_ids())
