"""Client contract: every operation of the spec, called through the SDK against respx.

For each operation, hypothesis draws schema-valid request data (schemathesis strategies from the
spec) and a schema-valid 2xx body (the documented examples, or generated from the response
schema). The SDK must put exactly that request on the wire and return the typed model; every
declared error status must raise the matching exception class with Cobalt's message.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import respx
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from cobalt_sdk._errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    LoginRequiredError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from contract_tests import _registry, _spec
from contract_tests.client import _harness as H

MAX_EXAMPLES_SYNC = 12
MAX_EXAMPLES_ASYNC = 4
SETTINGS = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "phases": [Phase.explicit, Phase.generate],  # no shrinking: a failure prints its case as drawn
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
}
ERROR_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
    500: InternalServerError,
}


def _sync_client() -> Any:
    return H.sync_client()


def _async_client() -> Any:
    return H.async_client()


def _exchange_sync(call: H.Call, status: int, body: Any) -> tuple[Any, httpx.Request]:
    with respx.mock(base_url=H.BASE_URL, assert_all_called=True) as router:
        route = router.route().mock(return_value=H.http_response(call.op, status, body))
        with _sync_client() as cobalt:
            try:
                result: Any = call.invoke(cobalt)
            finally:
                assert route.call_count == 1, f"{call.op.operation_id}: {route.call_count} requests sent"
        return result, route.calls.last.request


async def _exchange_async(call: H.Call, status: int, body: Any) -> tuple[Any, httpx.Request]:
    with respx.mock(base_url=H.BASE_URL, assert_all_called=True) as router:
        route = router.route().mock(return_value=H.http_response(call.op, status, body))
        async with _async_client() as cobalt:
            result: Any = await call.invoke(cobalt)
        assert route.call_count == 1
        return result, route.calls.last.request


@pytest.mark.parametrize("operation_id", _spec.operation_ids())
def test_operation_sync(operation_id: str) -> None:
    op = _spec.operation(operation_id)
    ran = 0

    @settings(max_examples=MAX_EXAMPLES_SYNC, **SETTINGS)  # type: ignore[arg-type]
    @given(case=_spec.request_cases(op), body=_spec.response_body(op))
    def run(case: Any, body: Any) -> None:
        nonlocal ran
        call = H.build_call(op, case)
        result, request = _exchange_sync(call, op.success_status, H.response_for(call, body))
        H.check_request(call, request)
        inner = H.check_result(call, result)
        if isinstance(body, bytes):
            assert inner.payload.read() == body
        ran += 1

    run()
    _registry.record("client_sync", operation_id, ran)


@pytest.mark.parametrize("operation_id", _spec.operation_ids())
def test_operation_async(operation_id: str) -> None:
    op = _spec.operation(operation_id)
    ran = 0

    @settings(max_examples=MAX_EXAMPLES_ASYNC, **SETTINGS)  # type: ignore[arg-type]
    @given(case=_spec.request_cases(op), body=_spec.response_body(op))
    def run(case: Any, body: Any) -> None:
        nonlocal ran
        call = H.build_call(op, case)
        result, request = asyncio.run(_exchange_async(call, op.success_status, H.response_for(call, body)))
        H.check_request(call, request)
        H.check_result(call, result)
        ran += 1

    run()
    _registry.record("client_async", operation_id, ran)


@pytest.mark.parametrize("operation_id", _spec.operation_ids())
def test_response_examples(operation_id: str) -> None:
    """Every documented 2xx example parses into the typed model."""
    op = _spec.operation(operation_id)
    examples = op.response_examples
    ran = 0

    @settings(max_examples=1, **SETTINGS)  # type: ignore[arg-type]
    @given(case=_spec.request_cases(op))
    def run(case: Any) -> None:
        nonlocal ran
        call = H.build_call(op, case)
        for example in examples:
            result, request = _exchange_sync(call, op.success_status, H.response_for(call, example))
            H.check_request(call, request)
            H.check_result(call, result)
            ran += 1

    run()
    _registry.record("client_examples", operation_id, ran)


def _error_bodies(op: _spec.Operation, status: int) -> list[dict[str, Any]]:
    documented = [e for e in op.error_examples.get(status, ()) if isinstance(e, dict) and e.get("message")]
    return documented or [{"success": False, "message": f"contract test error {status} for {op.operation_id}"}]


@pytest.mark.parametrize("operation_id", _spec.operation_ids())
def test_error_statuses(operation_id: str) -> None:
    """Each declared error status raises its exception class carrying Cobalt's message."""
    op = _spec.operation(operation_id)
    ran = 0

    @settings(max_examples=1, **SETTINGS)  # type: ignore[arg-type]
    @given(case=_spec.request_cases(op), use_async=st.booleans())
    def run(case: Any, use_async: bool) -> None:
        nonlocal ran
        call = H.build_call(op, case)
        for status in op.error_statuses:
            for body in _error_bodies(op, status):
                with pytest.raises(APIStatusError) as info:
                    if use_async:
                        asyncio.run(_exchange_async(call, status, body))
                    else:
                        _exchange_sync(call, status, body)
                err = info.value
                expected = ERROR_CLASSES[status]
                if status == 403 and body.get("error") == "login_required":
                    expected = LoginRequiredError  # the documented expired-link body
                assert type(err) is expected, f"{operation_id} {status}: {type(err).__name__}"
                assert err.status_code == status
                assert err.message == body["message"]
                assert err.operation == operation_id
                ran += 1

    run()
    _registry.record("client_errors", operation_id, ran)
