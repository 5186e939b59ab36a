"""Every `x-server-rules` entry of openapi.yaml is enforced by the sandbox.

The rules are what no JSON Schema can state (ids that must exist, date order, range limits); the
contract suite lets a schema-valid request fail only by one of them. Each entry carries an example
request: it must be valid against the operation's schemas (or the rule would be a schema rule) and
the sandbox must reject it with the rule's status and message.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from contract_tests import _spec
from contract_tests.server._schemas import ServerRule, server_rules

RULES = server_rules()


def _label(rule: ServerRule) -> str:
    return f"{rule.operation_id}:{rule.rule[:40]}"


def test_rules_are_listed() -> None:
    assert len(RULES) >= 20
    assert len({r.operation_id for r in RULES}) >= 15


def _schema_errors(op: _spec.Operation, example: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    for param in op.params:
        value = example.get(param.location, {}).get(param.name)
        if value is None:
            assert not (param.required and param.location != "path"), f"{param.name} is required"
            continue
        errors += _spec.validation_errors(param.schema, value)
    if op.body_schema is not None:
        body = dict(example.get("body", {}))
        if op.body_media == "multipart/form-data":
            body = {k: v for k, v in body.items() if k != "document"}
            assert "document" in example.get("body", {})
            schema = dict(_spec.resolve(op.body_schema))
            schema["required"] = [f for f in schema.get("required", []) if f != "document"]
            return errors + _spec.validation_errors(schema, body)
        errors += _spec.validation_errors(op.body_schema, body)
    return errors


def _send(client: httpx.AsyncClient, op: _spec.Operation, example: dict[str, Any]) -> Any:
    path = op.path.format(**example.get("path", {}))
    kwargs: dict[str, Any] = {"params": example.get("query") or None}
    body = example.get("body")
    if body is not None and op.body_media == "multipart/form-data":
        fields = {k: str(v) for k, v in body.items() if k != "document"}
        kwargs["files"] = {"document": ("doc.pdf", str(body["document"]).encode(), "application/pdf")}
        kwargs["data"] = fields
    elif body is not None:
        kwargs["json"] = body
    return client.request(op.method, path, **kwargs)


@pytest.mark.parametrize("rule", RULES, ids=_label)
async def test_sandbox_enforces_rule(rule: ServerRule, client: httpx.AsyncClient) -> None:
    op = _spec.operation(rule.operation_id)
    assert not _schema_errors(op, rule.request), "the rule's example must be schema-valid"
    resp = await _send(client, op, rule.request)
    assert resp.status_code == rule.status, resp.text
    message = resp.json()["message"]
    assert rule.message.search(message), message
