"""Client behaviour the contract suite once found broken, kept as regression tests.

- A write whose 2xx body has no `job_id` (the spec allows it; several documented examples have none)
  returns a job handle whose `wait()` explains that only a webhook can report the outcome.
- multipart/form-data booleans are sent as `true`/`false`, not Python's `True`/`False`.
"""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
import respx

from cobalt_api_client.types import File
from cobalt_sdk._errors import JobError
from contract_tests import _registry, _spec
from contract_tests.client import _harness as H


def _job_ops_with_optional_job_id() -> list[str]:
    out = []
    for op in _spec.operations():
        _, returns = H._annotations(op)
        schema = _spec.resolve(op.response_schema or {})
        if returns.startswith("Job[") and "job_id" not in schema.get("required", []):
            out.append(op.operation_id)
    return out


def _body_without_job_id(op: _spec.Operation) -> dict[str, Any]:
    for example in op.response_examples:
        if isinstance(example, dict) and "job_id" not in example:
            return example
    base = next(e for e in op.response_examples if isinstance(e, dict))
    return {k: v for k, v in base.items() if k != "job_id"}


def _required_only(schema: Any) -> dict[str, Any]:
    schema = _spec.resolve(schema)
    simple = {"string": "x1", "integer": 1, "number": 1.0, "boolean": True}
    out: dict[str, Any] = {}
    for name in schema.get("required", []):
        prop = _spec.resolve(schema["properties"][name])
        kind = prop.get("type", "string")
        kind = kind[0] if isinstance(kind, list) else kind
        out[name] = prop["enum"][0] if "enum" in prop else simple[kind]
    return out


def _minimal_call(op: _spec.Operation) -> H.Call:
    """A call with only the required arguments, from the spec's request examples or schema."""
    annotations, returns = H._annotations(op)
    args = ["x1" for _ in op.path_params]
    body: dict[str, Any] = {}
    if op.body_schema is not None:
        media = _spec.resolve(op.raw["requestBody"])["content"][op.body_media]
        documented = [_spec.resolve(e) for e in (media.get("examples") or {}).values()]
        # An example marked x-doc-conflict breaks the schema on purpose (a template placeholder).
        examples = [e["value"] for e in documented if "x-doc-conflict" not in e]
        required = _spec.resolve(op.body_schema).get("required", [])
        body = next((e for e in examples if all(k in e for k in required)), {}) or _required_only(op.body_schema)
    kwargs: dict[str, Any] = {}
    if body:
        from cobalt_api_client import models

        model = getattr(models, str(op.body_schema and op.body_schema["$ref"]).rsplit("/", 1)[-1])
        parsed = model.from_dict(body)
        kwargs = {H.python_name(k, annotations): getattr(parsed, H.python_name(k, annotations)) for k in body}
    return H.Call(op, args, kwargs, {}, {}, body, returns)


@pytest.mark.parametrize("operation_id", _job_ops_with_optional_job_id())
def test_job_response_without_job_id_is_accepted(operation_id: str) -> None:
    op = _spec.operation(operation_id)
    call = _minimal_call(op)
    body = _body_without_job_id(op)
    assert not _spec.validation_errors(op.response_schema or {}, body)
    _registry.count("client_known_issues")
    with respx.mock(base_url=H.BASE_URL) as router:
        router.route().mock(return_value=httpx.Response(op.success_status, json=body))
        with H.sync_client() as cobalt:
            result = call.invoke(cobalt)
            assert result.job_id is None and type(result.response).__name__ == op.response_model
            with pytest.raises(JobError, match="no job_id"):
                result.wait(timeout=1)


def test_multipart_booleans_are_lowercase() -> None:
    _registry.count("client_known_issues")
    with respx.mock(base_url=H.BASE_URL) as router:
        ok = _spec.operation("documents_create").response_examples[0]
        route = router.route().mock(return_value=httpx.Response(200, json=ok))
        with H.sync_client() as cobalt:
            cobalt.documents.create(
                folder_name="Labs",
                patient_mrn="123",
                document=File(payload=io.BytesIO(b"%PDF-1.4"), file_name="a.pdf", mime_type="application/pdf"),
                is_reviewed=True,
                is_high_priority=False,
            )
        schema = _spec.resolve(_spec.operation("documents_create").body_schema)
        sent = H.parse_multipart(route.calls.last.request, schema)
    assert sent["is_reviewed"] is True
    assert sent["is_high_priority"] is False
