"""The SDK against a schema-driven mock server, the way Prism's dynamic mode serves the spec.

A small ASGI server on 127.0.0.1 answers every request with a 2xx body generated from the
operation's response schema in openapi.yaml (hypothesis strategies from schemathesis; no
documented examples, no patching of `success`). Every SDK operation is called over real HTTP and
every answer must parse into its typed result: the schemas' `success: const true` is what makes a
generated body a success, so none may raise.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from starlette.types import Receive, Scope, Send

from cobalt_sdk import Cobalt
from contract_tests import _registry, _spec
from contract_tests.client import _harness as H
from contract_tests.conftest import ServedApp

CALLS_PER_OPERATION = 8


class DynamicMock:
    """Answers each request with the body queued for it (drawn by the test from the schema)."""

    def __init__(self) -> None:
        self.status = 200
        self.body: Any = None
        self.media = "application/json"
        self.requests = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        more = True
        while more:
            more = bool((await receive()).get("more_body"))
        self.requests += 1
        content = self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()
        headers = [(b"content-type", self.media.encode()), (b"content-length", str(len(content)).encode())]
        if isinstance(self.body, bytes):
            headers.append((b"content-disposition", b'attachment; filename="x.pdf"'))
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send({"type": "http.response.body", "body": content})


@pytest.fixture(scope="module")
def mock() -> Iterator[tuple[DynamicMock, Cobalt]]:
    app = DynamicMock()
    with ServedApp(app) as served, H.sync_client(served.url) as cobalt:
        yield app, cobalt


def _generated(op: _spec.Operation) -> Any:
    if op.binary_response:
        return _spec.response_body(op)
    return _spec.generated_response_body(op)


@pytest.mark.parametrize("operation_id", _spec.operation_ids())
def test_generated_success_bodies_parse(operation_id: str, mock: tuple[DynamicMock, Cobalt]) -> None:
    server, cobalt = mock
    op = _spec.operation(operation_id)
    ran = 0

    @settings(
        max_examples=CALLS_PER_OPERATION,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=_spec.request_cases(op), body=_generated(op))
    def run(case: Any, body: Any) -> None:
        nonlocal ran
        server.status, server.body, server.media = op.success_status, body, op.response_media[0]
        before = server.requests
        call = H.build_call(op, case)
        result = call.invoke(cobalt)
        assert server.requests == before + 1, f"{operation_id}: {server.requests - before} requests"
        H.check_result(call, result)
        ran += 1

    run()
    assert ran == CALLS_PER_OPERATION
    _registry.record("server_dynamic_mock", operation_id, ran)
