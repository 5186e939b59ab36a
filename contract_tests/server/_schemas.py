"""The spec as schemathesis loads it for the server suites (sandbox in-process, over HTTP, live).

It is `openapi.yaml` as written, with only `servers` pointing at `/v1` on whatever host the test
targets. Every check runs on every operation; a schema-valid request must get a 2xx, and the only
allowances are derived from the spec itself (`accepted_statuses`): the 401/403 an operation
declares for credentials and an expired link, and its `x-server-rules` (rules no JSON Schema can
state: ids that must exist, date order, state-dependent updates), which let a schema-valid request
be rejected with the rule's status; the `server_rule_message` check then requires the answer to name
one of those rules.
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


# The suite's only exceptions, all derived from the spec. `positive_data_acceptance` accepts, for a
# schema-valid request, a 2xx and nothing else but:
# - the auth refusals an operation declares, which no request data can avoid: 401 (credentials that
#   do not resolve) and 403 (`login_required`: the EHR link behind the token expired);
# - the statuses of the operation's `x-server-rules` (ids that must exist answer 404, other rules
#   400); the `server_rule_message` check below then requires such an answer to name one of them;
# - 429, only against live Cobalt (rate limits belong to the real service, declared as
#   `TooManyRequests`; the sandbox has no limiter, so a 429 from it is a defect).
# schemathesis' own default would also accept 3xx, 404, 409, 429 and 5xx on every operation.
AUTH_REFUSALS = (401, 403)


def accepted_statuses(operation_id: str, *, live: bool = False) -> list[str]:
    """The statuses `positive_data_acceptance` accepts for a schema-valid request to the operation."""
    op = _spec.operation(operation_id)
    statuses = {s for s in op.error_statuses if s in AUTH_REFUSALS}
    statuses |= {r.status for r in rules_by_operation().get(operation_id, [])}
    if live and 429 in op.error_statuses:
        statuses.add(429)
    return ["2xx", *(str(s) for s in sorted(statuses))]


@schemathesis.check
def server_rule_message(ctx: Any, response: Any, case: Any) -> bool | None:
    """A schema-valid request rejected with a rule's status must be rejected by one of the operation's rules."""
    meta = getattr(case, "meta", None)
    if meta is None or not meta.generation.mode.is_positive:
        return None
    rules = rules_by_operation().get(operation_id_of(case), [])
    status = int(response.status_code)
    if not rules or status not in {r.status for r in rules} or status in AUTH_REFUSALS:
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
    live: bool = False,
) -> SchemathesisConfig:
    operations: list[dict[str, Any]] = [
        {
            "include-operation-id": op_id,
            "checks": {"positive_data_acceptance": {"expected-statuses": accepted_statuses(op_id, live=live)}},
        }
        for op_id in _spec.operation_ids()
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
