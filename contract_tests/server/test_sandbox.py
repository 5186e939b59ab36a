"""Server contract: schemathesis against the sandbox, in-process (ASGI) and over real HTTP.

Every operation gets positive and negative cases with all of schemathesis' default checks
(not_a_server_error, status_code_conformance, content_type_conformance,
response_schema_conformance, response_headers_conformance, positive_data_acceptance,
negative_data_rejection, ignored_auth, missing_required_header, ...). Exceptions are per operation
with a reason (`_schemas.CHECK_EXCEPTIONS`). A separate run replays every example of the spec.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, Phase, settings

from contract_tests import _registry
from contract_tests.server import _schemas

_SETTINGS: dict[str, Any] = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "suppress_health_check": list(HealthCheck),
}

ASGI = _schemas.build_schema(credentials=_schemas.SANDBOX_CREDENTIALS)
ASGI.app = _schemas.sandbox_app()

HTTP = _schemas.build_schema(credentials=_schemas.SANDBOX_CREDENTIALS)

EXAMPLES = _schemas.build_schema(credentials=_schemas.SANDBOX_CREDENTIALS, mode="positive", coverage_phase=False)
EXAMPLES.app = _schemas.sandbox_app()


@ASGI.parametrize()
@settings(max_examples=_schemas.MAX_EXAMPLES, phases=[Phase.generate], **_SETTINGS)
def test_asgi(case: Any) -> None:
    case.call_and_validate()
    _registry.record("server_asgi", _schemas.operation_id_of(case))


@HTTP.parametrize()
@settings(max_examples=_schemas.MAX_EXAMPLES, phases=[Phase.generate], **_SETTINGS)
def test_http(case: Any, sandbox_url: str) -> None:
    case.call_and_validate(base_url=sandbox_url)
    _registry.record("server_http", _schemas.operation_id_of(case))


@EXAMPLES.parametrize()
@settings(phases=[Phase.explicit], **_SETTINGS)
def test_examples(case: Any) -> None:
    case.call_and_validate()
    _registry.record("server_examples", _schemas.operation_id_of(case))
