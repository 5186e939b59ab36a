"""The spec as schemathesis loads it for the server suites (sandbox in-process, over HTTP, live).

It is a copy of `openapi.yaml` (the file itself is never edited) with:
- `servers` pointing at `/v1` on whatever host the test targets;
- `SPEC_FIXES`: constraints the docs state but the spec does not encode yet (each is a proposed
  spec change, listed with its reason);
Per-operation check exceptions live in `CHECK_EXCEPTIONS`, each with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.config._output import DEFAULT_KEYS_TO_SANITIZE
from schemathesis.schemas import BaseSchema

from contract_tests import _spec

SANDBOX_CREDENTIALS = {"client_id": "ci_sandbox", "client_secret": "cs_sandbox", "access_token": "at_sandbox"}

# Hypothesis budget per operation (positive + negative); keeps the whole suite well under 5 minutes.
MAX_EXAMPLES = 12


def _require_one_webhook_url(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["WebhooksCreateRequest"]
    schema["anyOf"] = [{"required": ["webhook_url"]}, {"required": ["url"]}]


def _appointment_datetimes(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    schemas["AppointmentsCreateRequest"]["properties"]["datetime"]["format"] = "date-time"
    schemas["AppointmentsCreateRequest"]["properties"]["date"]["format"] = "date"
    for name in ("datetime", "appointment_datetime"):
        schemas["AppointmentsUpdateRequest"]["properties"][name]["format"] = "date-time"


def _availability_dates(spec: dict[str, Any]) -> None:
    for param in spec["paths"]["/availability"]["get"]["parameters"]:
        if param.get("name") in ("start_date", "end_date"):
            param["schema"] = {"type": "string", "anyOf": [{"format": "date"}, {"format": "date-time"}]}


# Proposed spec changes, applied to the server-side copy only: (what, reason, patch).
SPEC_FIXES: list[tuple[str, str, Callable[[dict[str, Any]], None]]] = [
    (
        "components/schemas/WebhooksCreateRequest: add anyOf [{required: [webhook_url]}, {required: [url]}]",
        "The x-doc-conflict says exactly one of webhook_url/url must be sent, but neither is required, so `{}` "
        "is schema-valid; Cobalt (and the sandbox) answer it with 400 'Missing required field: webhook_url'.",
        _require_one_webhook_url,
    ),
    (
        "AppointmentsCreateRequest.datetime, AppointmentsUpdateRequest.datetime/appointment_datetime: "
        "format: date-time; AppointmentsCreateRequest.date: format: date",
        "The descriptions require ISO 8601 with offset (YYYY-MM-DDTHH:mm:ss±HH:MM) and YYYY-MM-DD, and Cobalt "
        "answers anything else with 400 'Invalid datetime format'; the schema only says `type: string`.",
        _appointment_datetimes,
    ),
    (
        "GET /availability start_date/end_date: anyOf [format: date, format: date-time]",
        "The x-doc-conflict accepts YYYY-MM-DD and full ISO 8601 timestamps; other strings are rejected with "
        "400 'Invalid date format', but the schema is a bare string.",
        _availability_dates,
    ),
]


# Checks switched off per operation, each with its reason. `positive_data_acceptance` expects a
# schema-valid request to succeed; these operations validate references and ranges that no JSON
# schema can express (documented 400 answers), so random schema-valid data is rightly rejected.
_REFERENTIAL = "positive_data_acceptance"
CHECK_EXCEPTIONS: dict[str, dict[str, str]] = {
    "link_exchange_token": {_REFERENTIAL: "public_token must come from a real Link session (documented 400)."},
    "appointments_create": {_REFERENTIAL: "provider/location/type must exist in the EHR (documented 400)."},
    "appointments_update": {_REFERENTIAL: "provider/location/type/mrn must exist in the EHR (documented 400)."},
    "appointments_list": {_REFERENTIAL: "end_date must be after start_date (documented 400)."},
    "appointments_fetch": {_REFERENTIAL: "end_date must be after start_date (documented 400)."},
    "availability_list": {_REFERENTIAL: "end_date must be after start_date, within 31 days (documented 400)."},
    "availability_fetch": {_REFERENTIAL: "the date range may not exceed 5 days (documented 400)."},
    "claims_list": {_REFERENTIAL: "end_date must be after start_date (documented 400)."},
    "referrals_list": {_REFERENTIAL: "end_date must be after start_date (documented 400)."},
    "referrals_create": {_REFERENTIAL: "patient_mrn and provider ids must exist (documented 400)."},
    "notes_create": {_REFERENTIAL: "appointment_id must exist (documented 400 'Appointment not found.')."},
    "patient_notes_create": {_REFERENTIAL: "patient_mrn and location_id must exist (documented 400)."},
    "documents_create": {_REFERENTIAL: "patient_mrn must exist and folder_name be a known folder (documented 400)."},
    "messages_create": {_REFERENTIAL: "provider must be a known EHR provider id (documented 400)."},
    "tasks_create": {_REFERENTIAL: "patient_mrn must exist (documented 400)."},
    "tasks_create_note": {_REFERENTIAL: "the task must exist (documented 400)."},
    "telephone_encounters_create": {_REFERENTIAL: "patient_mrn must exist (documented 400)."},
    "telephone_encounters_add_action": {_REFERENTIAL: "the encounter must exist (documented 400)."},
    "patients_fetch": {
        _REFERENTIAL: "a search needs at least one criterion (dob, name, phone or mrn); documented 400 "
        "'At least one of the following parameters must be provided: ...'."
    },
}


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

    return {
        "provider": get("/providers", "providers", "ehr_id"),
        "location": get("/locations", "locations", "ehr_id"),
        "type": get("/visit-types", "visit_types", "code"),
        "mrn": get("/patients?page_size=20", "patients", "mrn"),
    }


def with_test_data(spec: dict[str, Any], seeded: dict[str, list[str]]) -> dict[str, Any]:
    """Narrow the stateful run's inputs: appointment bodies to records that exist (so creates succeed
    and links resolve), job lookups to the job_id the link carries."""
    schemas = spec["components"]["schemas"]
    for name in ("AppointmentsCreateRequest", "AppointmentsUpdateRequest"):
        props = schemas[name]["properties"]
        for field_name, values in seeded.items():
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
    spec = _spec.spec_copy()
    spec["servers"] = [{"url": "/v1"}]
    for _, _, patch in SPEC_FIXES:
        patch(spec)
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
        {"include-operation-id": op_id, "checks": {check: {"enabled": False} for check in checks}}
        for op_id, checks in CHECK_EXCEPTIONS.items()
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
