"""Client contract with retries on: what every operation of the spec sends again, and what never.

The other client contract tests run with `max_retries=0`. Here each operation runs with the
default policy (`max_retries=2`, a recorded fake sleep): every 4xx but 429 is sent exactly once;
a 503 is sent again for reads only (a repeated write duplicates records in the EHR); a refused
connection (nothing reached the server) is retried for every method.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx
from hypothesis import given, settings

from cobalt_sdk._errors import APIStatusError, InternalServerError
from contract_tests import _registry, _spec
from contract_tests.client import _harness as H
from contract_tests.client.test_operations import SETTINGS

MAX_RETRIES = 2
#: Client errors every operation is tried with, declared or not (plus the ones it declares).
CLIENT_ERRORS = (400, 401, 403, 404, 409, 422)
READS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})


def _client_errors(op: _spec.Operation) -> list[int]:
    return sorted({*CLIENT_ERRORS, *(s for s in op.error_statuses if 400 <= s < 500 and s != 429)})


def _run(call: H.Call, responses: list[Any]) -> tuple[Any, int, list[float]]:
    """Invoke the call against the given responses in turn; (result or error, requests sent, sleeps)."""
    sleeps: list[float] = []
    with respx.mock(base_url=H.BASE_URL, assert_all_called=False) as router:
        route = router.route().mock(side_effect=responses)
        with H.sync_client(max_retries=MAX_RETRIES, sleep=sleeps.append) as cobalt:
            try:
                outcome: Any = call.invoke(cobalt)
            except APIStatusError as exc:
                outcome = exc
        return outcome, route.call_count, sleeps


def _refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


@pytest.mark.parametrize("operation_id", _spec.operation_ids())
def test_retry_policy(operation_id: str) -> None:
    op = _spec.operation(operation_id)
    ran = 0

    @settings(max_examples=1, **SETTINGS)  # type: ignore[arg-type]
    @given(case=_spec.request_cases(op), body=_spec.response_body(op))
    def run(case: Any, body: Any) -> None:
        nonlocal ran
        call = H.build_call(op, case)
        ok = H.http_response(op, op.success_status, H.response_for(call, body))

        for status in _client_errors(op):
            error = H.http_response(op, status, {"success": False, "message": f"refused with {status}"})
            outcome, sent, sleeps = _run(call, [error, ok, ok])
            assert isinstance(outcome, APIStatusError) and outcome.status_code == status, (operation_id, status)
            assert sent == 1 and sleeps == [], f"{operation_id}: a {status} was sent {sent} times"

        busy = H.http_response(op, 503, {"success": False, "message": "busy"})
        outcome, sent, sleeps = _run(call, [busy, ok, ok])
        if op.method in READS:
            assert sent == 2 and len(sleeps) == 1, f"{operation_id}: read after 503 sent {sent} times"
            H.check_result(call, outcome)
        else:
            assert sent == 1 and isinstance(outcome, InternalServerError), f"{operation_id}: write resent"

        outcome, sent, sleeps = _run(call, [_refused, ok])
        assert sent == 2 and len(sleeps) == 1, f"{operation_id}: never-connected request sent {sent} times"
        H.check_result(call, outcome)
        ran += 1

    run()
    _registry.record("client_retries", operation_id, ran)
