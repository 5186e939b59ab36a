"""The spec as schemathesis loads it for the server suites (sandbox in-process, over HTTP, live).

It is `openapi.yaml` as written, with only `servers` pointing at `/v1` on whatever host the test
targets. Every check runs on every operation; the one allowance is derived from the spec itself:
an operation's `x-server-rules` (rules no JSON Schema can state: ids that must exist, date order,
state-dependent updates) let a schema-valid request be rejected with the rule's status, and the
`server_rule_message` check then requires the answer to name one of those rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.config._output import DEFAULT_KEYS_TO_SANITIZE
from schemathesis.schemas import BaseSchema

from contract_tests import _spec

SANDBOX_CREDENTIALS = {"client_id": "ci_sandbox", "client_secret": "cs_sandbox", "access_token": "at_sandbox"}

# Hypothesis budget per operation for the fuzzing phase (positive + negative). The examples and
# coverage phases add their own cases on top (about 75 per operation), so 8 keeps `nox -s contract`
# within twice its time before those phases ran over HTTP.
MAX_EXAMPLES = 8


@dataclass(frozen=True)
class ServerRule:
    """One `x-server-rules` entry of an operation: a rule no JSON Schema states, enforced by the server."""

    operation_id: str
    rule: str
    status: int
    message: re.Pattern[str]
    request: dict[str, Any]


def server_rules() -> list[ServerRule]:
    """Every operation's `x-server-rules`, read from openapi.yaml (the one place they are listed)."""
    out: list[ServerRule] = []
    for op in _spec.operations():
        for entry in op.raw.get("x-server-rules") or []:
            out.append(
                ServerRule(
                    op.operation_id,
                    str(entry["rule"]),
                    int(entry["status"]),
                    re.compile(str(entry["message"]), re.DOTALL),  # ids in messages may hold newlines
                    dict(entry["example"]),
                )
            )
    return out


def rules_by_operation() -> dict[str, list[ServerRule]]:
    out: dict[str, list[ServerRule]] = {}
    for rule in server_rules():
        out.setdefault(rule.operation_id, []).append(rule)
    return out


# The suite's only exceptions, derived from the spec: on an operation with `x-server-rules`, a
# schema-valid request may also be answered with a rule's status (`positive_data_acceptance` accepts
# those statuses), and the `server_rule_message` check below requires that such an answer names one
# of the operation's rules.
ACCEPTED_STATUSES = ["2xx", "401", "403", "404"]


def _rule_statuses(rules: list[ServerRule]) -> list[str]:
    return sorted({*ACCEPTED_STATUSES, *(str(r.status) for r in rules)})


@schemathesis.check
def server_rule_message(ctx: Any, response: Any, case: Any) -> bool | None:
    """A schema-valid request rejected with a rule's status must be rejected by one of the operation's rules."""
    meta = getattr(case, "meta", None)
    if meta is None or not meta.generation.mode.is_positive:
        return None
    rules = rules_by_operation().get(operation_id_of(case), [])
    status = int(response.status_code)
    if not rules or status not in {r.status for r in rules} or status in (401, 403, 404):
        return None
    try:
        message = str(response.json().get("message", ""))
    except ValueError:
        message = ""
    if not any(r.status == status and r.message.search(message) for r in rules):
        raise AssertionError(
            f"{operation_id_of(case)}: schema-valid request answered {status} {message!r}, "
            "which matches none of the operation's x-server-rules"
        )
    return None


def conflicting_examples(operation_id: str) -> list[Any]:
    """Request examples of the operation that the spec marks `x-doc-conflict` (they break the schema
    on purpose: a template placeholder, a value the text contradicts), as request bodies or values."""
    op = _spec.operation(operation_id)
    holders: list[Any] = [_spec.resolve(p) for p in op.raw.get("parameters", [])]
    if op.body_media is not None:
        holders.append(_spec.resolve(op.raw["requestBody"])["content"][op.body_media])
    return [
        _spec.resolve(example).get("value")
        for holder in holders
        for example in (holder.get("examples") or {}).values()
        if "x-doc-conflict" in _spec.resolve(example)
    ]


def replays_conflicting_example(case: Any) -> bool:
    """Whether a case sends one of its operation's conflicting examples (as the body or a parameter)."""
    sent = [case.body, *(case.query or {}).values(), *(case.path_parameters or {}).values()]
    return any(value in sent for value in conflicting_examples(operation_id_of(case)))


def sandbox_config(job_delay: float = 0.05, credentials: dict[str, str] | None = None) -> Any:
    """The sandbox under test: default credentials, jobs finishing fast so their events exist."""
    from cobalt_sandbox.config import SandboxConfig

    config = SandboxConfig(job_delay=job_delay)
    if credentials:
        config.client_id = credentials["client_id"]
        config.client_secret = credentials["client_secret"]
        config.access_token = credentials["access_token"]
    return config


def sandbox_app(job_delay: float = 0.05, credentials: dict[str, str] | None = None) -> Any:
    """A sandbox app whose webhook deliveries go to an in-memory sink (generated webhook URLs are
    random public hosts; resolving them would stall the run without a network)."""
    import httpx

    from cobalt_sandbox.app import create_app

    app = create_app(sandbox_config(job_delay, credentials))
    app.state.sandbox.delivery.transport = httpx.MockTransport(lambda request: httpx.Response(200))
    return app


def seeded_values(app: Any) -> dict[str, list[str]]:
    """Ids that exist in a sandbox, read through its public API (for the stateful runs' test data)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    client = TestClient(app, base_url="http://testserver/v1", headers=SANDBOX_CREDENTIALS)

    def get(path: str, key: str, field: str) -> list[str]:
        body = client.get(path).json()
        return sorted({str(item[field]) for item in body.get(key, []) if item.get(field)})

    required = client.get("/settings").json()["data"].get("required_patient_fields") or []
    return {
        "required_patient_fields": sorted(str(f) for f in required),
        "provider": get("/providers", "providers", "ehr_id"),
        "location": get("/locations", "locations", "ehr_id"),
        "type": get("/visit-types", "visit_types", "code"),
        "mrn": get("/patients?page_size=20", "patients", "mrn"),
    }


def with_test_data(spec: dict[str, Any], seeded: dict[str, list[str]]) -> dict[str, Any]:
    """Narrow the stateful run's inputs: appointment bodies to records that exist (so creates succeed
    and links resolve), job lookups to the job_id the link carries."""
    schemas = spec["components"]["schemas"]
    # Patients the account would refuse (its required_patient_fields missing) never reach the list.
    patient = schemas["PatientsCreateRequest"]
    patient["required"] = sorted({*patient.get("required", []), *seeded.get("required_patient_fields", [])})
    for field_name in seeded.get("required_patient_fields", []):
        if patient["properties"].get(field_name, {}).get("type") == "string":
            patient["properties"][field_name] = {"minLength": 1, **patient["properties"][field_name]}
    for name in ("AppointmentsCreateRequest", "AppointmentsUpdateRequest"):
        props = schemas[name]["properties"]
        for field_name, values in seeded.items():
            if field_name not in props:
                continue
            props[field_name] = {**props[field_name], "enum": values}
        for field_name in ("date", "time", "patient_name", "secondary_provider"):
            props.pop(field_name, None)
    create = schemas["AppointmentsCreateRequest"]
    create["required"] = sorted({*create.get("required", []), "mrn", "datetime"})
    # A job's events are looked up by job_id alone: random date/type/status filters or a far page
    # would hide them, and whether the lookup finds them is what the stateful run checks.
    events = spec["paths"]["/webhook-events"]["get"]
    events["parameters"] = [p for p in events["parameters"] if p.get("name") == "job_id"]
    return spec


def only_operations(spec: dict[str, Any], operation_ids: set[str]) -> dict[str, Any]:
    """Drop every operation not listed (the stateful machine would otherwise start anywhere)."""
    for path in list(spec["paths"]):
        item = spec["paths"][path]
        for method in _spec.HTTP_METHODS:
            if method in item and item[method]["operationId"] not in operation_ids:
                del item[method]
        if not any(m in item for m in _spec.HTTP_METHODS):
            del spec["paths"][path]
    return spec


def server_spec() -> dict[str, Any]:
    """openapi.yaml as it is, with `servers` pointing at `/v1` on whatever host the test targets."""
    spec = _spec.spec_copy()
    spec["servers"] = [{"url": "/v1"}]
    return spec


def build_config(
    *,
    credentials: dict[str, str],
    base_url: str | None = None,
    max_examples: int = MAX_EXAMPLES,
    mode: str = "all",
    rate_limit: str | None = None,
    read_only: bool = False,
    coverage_phase: bool = True,
) -> SchemathesisConfig:
    operations: list[dict[str, Any]] = [
        {
            "include-operation-id": op_id,
            "checks": {"positive_data_acceptance": {"expected-statuses": _rule_statuses(rules)}},
        }
        for op_id, rules in rules_by_operation().items()
    ]
    if read_only:
        operations.append({"exclude-method": "GET", "enabled": False})
    raw: dict[str, Any] = {
        "auth": {"openapi": {name: {"api_key": value} for name, value in credentials.items()}},
        "generation": {"mode": mode, "max-examples": max_examples, "deterministic": True, "no-shrink": True},
        "operations": operations,
    }
    if base_url is not None:
        raw["base-url"] = base_url
    if not coverage_phase:
        raw["phases"] = {"coverage": {"enabled": False}}
    # Keep every credential out of failure reports (client_id is not filtered by default).
    raw["output"] = {"sanitization": {"keys-to-sanitize": [*DEFAULT_KEYS_TO_SANITIZE, *credentials]}}
    if rate_limit is not None:
        raw["rate-limit"] = rate_limit
    return SchemathesisConfig.from_dict(raw)


def build_schema(*, spec: dict[str, Any] | None = None, **kwargs: Any) -> BaseSchema:
    return schemathesis.openapi.from_dict(spec or server_spec(), config=build_config(**kwargs))


def operation_id_of(case: Any) -> str:
    return str(case.operation.definition.raw.get("operationId", case.operation.label))
