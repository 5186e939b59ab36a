"""tools/spec_checks.py: passes on the real openapi.yaml and fails clearly on small broken copies of it."""

from __future__ import annotations

import copy
import importlib.util
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
SCRIPT = ROOT / "tools" / "spec_checks.py"
Doc = dict[str, Any]


def _load_checks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cobalt_spec_checks", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is created
    spec.loader.exec_module(module)
    return module


checks = _load_checks()


@pytest.fixture(scope="module")
def real_doc() -> Doc:
    _text, doc = checks.load(SPEC)
    assert isinstance(doc, dict)
    return doc


@pytest.fixture
def doc(real_doc: Doc) -> Doc:
    return copy.deepcopy(real_doc)


@dataclass
class Run:
    returncode: int
    out: str
    path: Path

    def line_of(self, needle: str) -> int:
        """1-based line of the first occurrence of `needle` in the checked file."""
        for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), start=1):
            if needle in line:
                return number
        raise AssertionError(f"{needle!r} not in {self.path}")


def run_checks(path: Path) -> Run:
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    return Run(proc.returncode, proc.stdout + proc.stderr, path)


def dump(doc: Doc, tmp_path: Path) -> Path:
    path = tmp_path / "openapi.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(doc, Dumper=dumper, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    return path


def first_op(doc: Doc, path: str, method: str) -> dict[str, Any]:
    op = doc["paths"][path][method]
    assert isinstance(op, dict)
    return op


# ------------------------------------------------------------------------------------------------
# the real spec


def test_real_spec_passes() -> None:
    result = run_checks(SPEC)
    assert result.returncode == 0, result.out
    assert "OK" in result.out


def test_real_spec_has_no_problems_in_process(real_doc: Doc) -> None:
    assert checks.check_spec(real_doc) == []


def test_real_spec_examples_are_checked(real_doc: Doc) -> None:
    holders = list(checks._example_holders(checks.Spec(real_doc)))
    assert len(holders) > 100  # the walk really finds the documented examples
    pointers = {example for _schema, example, _value, _conflicting in holders}
    assert any("/examples/" in p and p.startswith("#/paths/") for p in pointers)
    assert any(p.startswith("#/components/schemas/") for p in pointers)


# ------------------------------------------------------------------------------------------------
# the five required failure modes, through the CLI (exit code, message, file location)


def test_broken_ref_names_file_location(doc: Doc, tmp_path: Path) -> None:
    first_op(doc, "/account/activate", "post")["responses"]["401"] = {"$ref": "#/components/responses/NoSuchThing"}
    result = run_checks(dump(doc, tmp_path))
    assert result.returncode == 1
    line = result.line_of("NoSuchThing")
    expected = f":{line}: #/paths/~1account~1activate/post/responses/401/$ref: broken $ref:"
    assert expected in result.out, result.out
    assert "#/components/responses has no 'NoSuchThing'" in result.out


def test_duplicate_operation_id(doc: Doc, tmp_path: Path) -> None:
    first_op(doc, "/account/deactivate", "post")["operationId"] = first_op(doc, "/account/activate", "post")[
        "operationId"
    ]
    result = run_checks(dump(doc, tmp_path))
    assert result.returncode == 1
    assert "#/paths/~1account~1deactivate/post/operationId: duplicate operationId 'account_activate'" in result.out
    assert "(also at #/paths/~1account~1activate/post)" in result.out


def test_mismatching_example(doc: Doc, tmp_path: Path) -> None:
    media = doc["components"]["responses"]["LoginRequired"]["content"]["application/json"]
    media["examples"]["login_required"]["value"]["success"] = "nope"
    result = run_checks(dump(doc, tmp_path))
    assert result.returncode == 1
    pointer = "#/components/responses/LoginRequired/content/application~1json/examples/login_required/value"
    assert f"{pointer}: example does not match schema" in result.out, result.out
    assert "at /success:" in result.out


def test_conflicting_example_must_really_conflict(doc: Doc, tmp_path: Path) -> None:
    """An example marked x-doc-conflict may break its schema, but a stale mark is reported."""
    examples = first_op(doc, "/availability", "get")["parameters"][0]["examples"]
    assert "x-doc-conflict" in examples["timestamp"]
    examples["date"]["x-doc-conflict"] = "stale: this one is a valid date"
    result = run_checks(dump(doc, tmp_path))
    assert result.returncode == 1
    assert "examples/date/value: example is marked x-doc-conflict but matches" in result.out, result.out
    assert "examples/timestamp" not in result.out


def test_missing_2xx(doc: Doc, tmp_path: Path) -> None:
    responses = first_op(doc, "/account/activate", "post")["responses"]
    for code in [c for c in responses if str(c).startswith("2")]:
        del responses[code]
    result = run_checks(dump(doc, tmp_path))
    assert result.returncode == 1
    assert "#/paths/~1account~1activate/post/responses: operation account_activate has no 2xx response" in result.out


def test_webhook_without_schema(doc: Doc, tmp_path: Path) -> None:
    del doc["webhooks"]["appointment.created"]["post"]["requestBody"]
    result = run_checks(dump(doc, tmp_path))
    assert result.returncode == 1
    assert "#/webhooks/appointment.created/post/requestBody: webhook 'appointment.created' needs" in result.out


# ------------------------------------------------------------------------------------------------
# the other rules, in process (faster; the messages carry the pointer)


def _msgs(doc: Doc) -> list[str]:
    return [f"{p.pointer}: {p.message}" for p in checks.check_spec(doc)]


def _set_security(doc: Doc) -> None:
    first_op(doc, "/account/activate", "post")["security"] = [{"client_id": [], "access_token": []}]


def _two_tags(doc: Doc) -> None:
    first_op(doc, "/account/activate", "post")["tags"] = ["account", "settings"]


def _wrong_prefix(doc: Doc) -> None:
    first_op(doc, "/account/activate", "post")["operationId"] = "settings_activate"


def _camel_case(doc: Doc) -> None:
    first_op(doc, "/account/activate", "post")["operationId"] = "account_activateNow"


def _no_summary(doc: Doc) -> None:
    del first_op(doc, "/account/activate", "post")["summary"]


def _no_description(doc: Doc) -> None:
    first_op(doc, "/account/activate", "post")["description"] = " "


def _no_error_envelope(doc: Doc) -> None:
    responses = first_op(doc, "/account/activate", "post")["responses"]
    for code in [c for c in responses if str(c)[:1] in "45"]:
        del responses[code]


def _non_json_success(doc: Doc) -> None:
    responses = first_op(doc, "/account/activate", "post")["responses"]
    code = next(c for c in responses if str(c).startswith("2"))
    responses[code]["content"] = {"text/plain": {"schema": {"type": "string"}}}


def _webhook_const(doc: Doc) -> None:
    doc["components"]["schemas"]["AppointmentCreatedEvent"]["properties"]["type"]["const"] = "appointment.made"


def _union_missing(doc: Doc) -> None:
    union = doc["components"]["schemas"]["WebhookEvent"]
    union["oneOf"] = [s for s in union["oneOf"] if s["$ref"] != "#/components/schemas/TaskFailedEvent"]
    del union["discriminator"]["mapping"]["task.failed"]


def _schema_example(doc: Doc) -> None:
    doc["components"]["schemas"]["Pagination"]["examples"] = [{"current_page": 1}]


def _parameter_example(doc: Doc) -> None:
    for item in doc["paths"].values():
        for op in item.values():
            for param in op.get("parameters", []) if isinstance(op, dict) else []:
                if param.get("schema", {}).get("type") == "integer":
                    param["example"] = "not-a-number"
                    return
    raise AssertionError("no integer parameter in the spec")


def _bad_date_time(doc: Doc) -> None:
    doc["components"]["schemas"]["Pagination"]["properties"]["when"] = {"type": "string", "format": "date-time"}
    doc["components"]["schemas"]["Pagination"]["examples"] = [
        {"current_page": 1, "total_pages": 1, "total_count": 1, "page_size": 1, "when": "2025-01-01T10:00"}
    ]


def _job_events_link(doc: Doc) -> dict[str, Any]:
    links: dict[str, Any] = first_op(doc, "/telephone-encounters", "post")["responses"]["200"]["links"]
    return links


def _no_job_link(doc: Doc) -> None:
    del _job_events_link(doc)["JobEvents"]


def _link_to_nowhere(doc: Doc) -> None:
    _job_events_link(doc)["JobEvents"]["operationId"] = "webhook_events_lst"


def _link_bad_parameter(doc: Doc) -> None:
    _job_events_link(doc)["JobEvents"]["parameters"] = {"job": "$response.body#/job_id"}


# ------------------------------------------------------------------------------------------------
# x-items, comma-separated query arrays, x-sdk-type (issue 14)


def _no_items(doc: Doc) -> None:
    del doc["components"]["schemas"]["ProvidersListResponse"]["x-items"]


def _items_not_a_list(doc: Doc) -> None:
    doc["components"]["schemas"]["ProvidersListResponse"]["x-items"] = "success"


def _items_unknown(doc: Doc) -> None:
    doc["components"]["schemas"]["AvailabilityListResponse"]["x-items"] = "results.windows"


def _items_through_optional(doc: Doc) -> None:
    doc["components"]["schemas"]["AvailabilityListResponse"]["required"].remove("results")


def _repeated_query_array(doc: Doc) -> None:
    first_op(doc, "/availability", "get")["parameters"][10]["explode"] = True


def _sdk_type_on_a_number(doc: Doc) -> None:
    doc["components"]["schemas"]["AppointmentsCreateRequest"]["properties"]["duration"]["pattern"] = "^[0-9]*$"


def _time_with_a_format(doc: Doc) -> None:
    doc["components"]["schemas"]["AppointmentsCreateRequest"]["properties"]["time"]["format"] = "time"


SURFACE_MUTATIONS: list[tuple[str, Callable[[Doc], None], str]] = [
    (
        "sdk time",
        _time_with_a_format,
        "#/components/schemas/AppointmentsCreateRequest/properties/time/x-sdk-type: x-sdk-type: time is for",
    ),
    ("query array", _repeated_query_array, "array query parameter 'provider_ids' must be comma-separated"),
    (
        "sdk type",
        _sdk_type_on_a_number,
        "#/components/schemas/AppointmentsCreateRequest/properties/duration/x-sdk-type: x-sdk-type: integer is for",
    ),
    (
        "missing",
        _no_items,
        "#/paths/~1providers/get/responses/200: list operation providers_list: its response schema needs x-items",
    ),
    ("not a list", _items_not_a_list, "#/components/schemas/ProvidersListResponse/x-items: x-items 'success' must"),
    ("unknown", _items_unknown, "x-items 'results.windows': no property 'windows'"),
    ("optional step", _items_through_optional, "x-items 'results.availability': 'results' must be required"),
]


MUTATIONS: list[tuple[str, Callable[[Doc], None], str]] = [
    (
        "security",
        _set_security,
        "#/paths/~1account~1activate/post/security: per-operation security must be exactly",
    ),
    ("two tags", _two_tags, "#/paths/~1account~1activate/post/tags: operation must have exactly one tag"),
    ("tag prefix", _wrong_prefix, "operationId 'settings_activate' must start with its tag 'account_'"),
    ("snake_case", _camel_case, "operationId 'account_activateNow' is not snake_case"),
    ("summary", _no_summary, "#/paths/~1account~1activate/post: operation account_activate has no summary"),
    ("description", _no_description, "operation account_activate has no description"),
    ("error envelope", _no_error_envelope, "has no 4xx/5xx response using the ErrorResponse envelope"),
    ("json success", _non_json_success, "2xx response needs application/json content with a schema"),
    (
        "webhook const",
        _webhook_const,
        "#/components/schemas/AppointmentCreatedEvent/properties/type: schema AppointmentCreatedEvent "
        "(webhook 'appointment.created') needs property `type` with const 'appointment.created'",
    ),
    ("union", _union_missing, "webhook 'task.failed' is missing from the mapping"),
    ("schema example", _schema_example, "#/components/schemas/Pagination/examples/0: example does not match"),
    ("parameter example", _parameter_example, "/example: example does not match schema"),
    ("date-time format", _bad_date_time, "'2025-01-01T10:00' is not a 'date-time'"),
    (
        "job link",
        _no_job_link,
        "#/paths/~1telephone-encounters/post/responses/200: response with a job_id needs a link to webhook_events_list",
    ),
    ("link target", _link_to_nowhere, "link 'JobEvents' names unknown operationId 'webhook_events_lst'"),
    ("link parameter", _link_bad_parameter, "/links/JobEvents/parameters/job: webhook_events_list has no parameter"),
    *SURFACE_MUTATIONS,
]


@pytest.mark.parametrize(("mutate", "expected"), [(m, e) for _, m, e in MUTATIONS], ids=[n for n, _, _ in MUTATIONS])
def test_rule_reports_problem(doc: Doc, mutate: Callable[[Doc], None], expected: str) -> None:
    mutate(doc)
    messages = _msgs(doc)
    assert any(expected in m for m in messages), "\n".join(messages) or "no problem reported"


def test_usage_error() -> None:
    proc = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 2
    assert "usage:" in proc.stderr
