"""Metadata the generated registry does not carry, read from the spec shipped in the wheel.

The wheel ships `openapi.yaml` as `cobalt_sandbox/openapi.yaml`; a checkout has it at the root.
The CLI reads it only for help text, for the description in a "missing argument" error and for
`cobalt trigger` (which operation produces which event), never on the plain call path. Loading
needs PyYAML (in the `cli` extra).
"""

from __future__ import annotations

import functools
import importlib.util
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SPEC_NAME = "openapi.yaml"


def spec_path() -> Path | None:
    explicit = os.environ.get("COBALT_SPEC")
    if explicit:
        return Path(explicit)
    found = importlib.util.find_spec("cobalt_sandbox")
    for location in (found.submodule_search_locations or []) if found else []:
        candidate = Path(location) / SPEC_NAME
        if candidate.is_file():
            return candidate
    for parent in Path(__file__).resolve().parents:
        candidate = parent / SPEC_NAME
        if candidate.is_file():
            return candidate
    return None


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed spec, or {} when it (or PyYAML) is not available."""
    path = spec_path()
    if path is None:
        return {}
    try:
        import yaml
    except ImportError:
        return {}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=loader)
    return data if isinstance(data, dict) else {}


def _resolve(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 20:
        ref = str(node["$ref"])
        target: Any = spec
        for part in ref.lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, seen = target, seen + 1
    return node if isinstance(node, dict) else {}


def _first_line(text: object) -> str:
    if not isinstance(text, str):
        return ""
    return " ".join(text.strip().split("\n\n", 1)[0].split())


@dataclass
class OperationDocs:
    """Descriptions and required names of one operation's parameters and body fields."""

    summary: str = ""
    description: str = ""
    method: str = ""
    path: str = ""
    params: dict[str, str] = field(default_factory=dict)  # JSON name -> description
    required: set[str] = field(default_factory=set)


def _python_name(name: str) -> str:
    return name.replace("-", "_")


@functools.cache
def operations() -> dict[str, OperationDocs]:
    """operationId -> docs, keyed also by the Python names of parameters."""
    spec = load_spec()
    out: dict[str, OperationDocs] = {}
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method, op in item.items():
            if method not in {"get", "post", "put", "patch", "delete"} or not isinstance(op, dict):
                continue
            docs = OperationDocs(_first_line(op.get("summary")), str(op.get("description") or ""), method.upper(), path)
            for raw in [*shared, *(op.get("parameters") or [])]:
                param = _resolve(spec, raw)
                name = _python_name(str(param.get("name", "")))
                docs.params[name] = _first_line(param.get("description"))
                if param.get("required"):
                    docs.required.add(name)
            content = _resolve(spec, op.get("requestBody")).get("content") or {}
            for media in content.values():
                schema = _resolve(spec, (media or {}).get("schema"))
                for prop, sub in (schema.get("properties") or {}).items():
                    docs.params.setdefault(_python_name(prop), _first_line(_resolve(spec, sub).get("description")))
                docs.required.update(_python_name(r) for r in schema.get("required") or [])
                break
            out[str(op.get("operationId", ""))] = docs
    return out


@dataclass(frozen=True)
class EventSpec:
    """What the spec says about one webhook event type."""

    type: str
    kind: str  # operation, sync, live_fetch, account
    operation: str | None  # "POST /patients"
    outcome: str | None  # success, failure, None
    sync: bool


@functools.cache
def events() -> dict[str, EventSpec]:
    spec = load_spec()
    out: dict[str, EventSpec] = {}
    for name, item in (spec.get("webhooks") or {}).items():
        body = _resolve(spec, ((item or {}).get("post") or {}).get("requestBody"))
        schema: dict[str, Any] = {}
        for media in (body.get("content") or {}).values():
            schema = _resolve(spec, (media or {}).get("schema"))
            break
        out[str(name)] = EventSpec(
            type=str(name),
            kind=str(schema.get("x-event-kind", "operation")),
            operation=schema.get("x-operation"),
            outcome=schema.get("x-outcome"),
            sync=bool(schema.get("x-sync-event")),
        )
    return out


def operation_id_for(method_path: str) -> str | None:
    """`POST /patients` -> `patients_create`."""
    method, _, path = method_path.partition(" ")
    for op_id, docs in operations().items():
        if docs.method == method and docs.path == path:
            return op_id
    return None
