"""Load openapi.yaml and index its operations, schemas and webhook events."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:cobalt-openapi"
FORMATS = FormatChecker()
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[!-~]+")


def _is_uri(value: object) -> bool:
    """RFC 3986-ish: a scheme, a colon, then printable ASCII only (the default checker needs rfc3987)."""
    return not isinstance(value, str) or _URI.fullmatch(value) is not None


FORMATS.checks("uri")(_is_uri)
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})")


def _is_date_time(value: object) -> bool:
    """RFC 3339 (offset required) whether or not jsonschema's optional date-time dependency is installed."""
    if not isinstance(value, str):
        return True
    if _RFC3339.fullmatch(value) is None:
        return False
    dt.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True


FORMATS.checks("date-time", raises=ValueError)(_is_date_time)


HTTP_METHODS = ("get", "post", "put", "patch", "delete")
MATCH_MEMO = 4096  # (method, path) pairs whose operation lookup is remembered

JSON = dict[str, Any]


@dataclass
class Param:
    name: str
    location: str
    required: bool
    schema: JSON


@dataclass
class Operation:
    op_id: str
    method: str
    path: str
    regex: re.Pattern[str]
    path_params: list[str]
    needs_access_token: bool
    params: list[Param]
    body_schema: str | None
    body_content_type: str | None
    body_required: bool
    statuses: set[int]
    success_status: int
    success_schema: str | None
    success_examples: list[Any]
    error_examples: dict[int, list[str]] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def declares(self, status: int) -> bool:
        return status in self.statuses

    @functools.cached_property
    def job_id_int(self) -> bool:
        """True when the docs show this operation's job_id as a number."""
        kinds = {type(ex.get("job_id")) for ex in self.success_examples if isinstance(ex, dict) and "job_id" in ex}
        return int in kinds or str not in kinds

    def job_id_is_int(self) -> bool:
        return self.job_id_int

    def example_message(self) -> str | None:
        """The first concrete (non-template) success message from the examples."""
        for ex in self.success_examples:
            if isinstance(ex, dict):
                msg = ex.get("message")
                if isinstance(msg, str) and "<" not in msg:
                    return msg
        return None


@dataclass
class EventType:
    name: str
    schema: str
    data_schema: str | None
    kind: str | None
    operation: str | None
    outcome: str | None
    examples: list[Any]


def accepted_schema(param: JSON) -> JSON:
    """The parameter's schema, widened to the formats of its documented examples that break it.

    A documented example marked `x-doc-conflict` (e.g. a timestamp where the text says `format:
    date`) is still accepted, as Cobalt accepts it; the spec keeps the stricter format for clients.
    """
    schema: JSON = param.get("schema", {})
    extra: list[JSON] = []
    for example in (param.get("examples") or {}).values():
        if isinstance(example, dict) and "x-doc-conflict" in example:
            for fmt in ("date-time", "date"):
                if fmt != schema.get("format") and FORMATS.conforms(example.get("value"), fmt):
                    extra.append({"type": "string", "format": fmt})
                    break
    return {"anyOf": [schema, *extra]} if extra else schema


def find_spec(explicit: Path | None = None) -> Path:
    """Locate openapi.yaml: explicit path, $COBALT_SANDBOX_SPEC, or a parent of this package."""
    if explicit is not None:
        return explicit
    env = os.environ.get("COBALT_SANDBOX_SPEC")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "openapi.yaml"
        if cand.is_file():
            return cand
    raise FileNotFoundError("openapi.yaml not found; set COBALT_SANDBOX_SPEC")


class Spec:
    """Parsed spec with helpers to validate against its component schemas."""

    def __init__(self, doc: JSON) -> None:
        self.doc = doc
        self.schemas: dict[str, JSON] = doc["components"]["schemas"]
        resource: Resource[Any] = Resource.from_contents(doc, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._matches: dict[tuple[str, str], tuple[Operation | None, dict[str, str], bool]] = {}
        self._validators: dict[str | int, tuple[JSON | str, Draft202012Validator]] = {}
        self.operations = self._index_operations()
        self.events = self._index_events()

    @classmethod
    def load(cls, path: Path | None = None) -> Spec:
        with open(find_spec(path), encoding="utf-8") as fh:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            return cls(yaml.load(fh, Loader=loader))

    # -- schemas -------------------------------------------------------------
    def resolve(self, schema: JSON) -> JSON:
        """Follow a local $ref (one level at a time, until none is left)."""
        while "$ref" in schema:
            node: Any = self.doc
            for part in str(schema["$ref"]).lstrip("#/").split("/"):
                node = node[part]
            schema = node
        return schema

    def validator(self, schema: JSON | str) -> Draft202012Validator:
        # keyed by name, or by identity for a schema dict (kept alive beside its validator, so the id stays its)
        key = schema if isinstance(schema, str) else id(schema)
        cached = self._validators.get(key)
        if cached is not None:
            return cached[1]
        wrapped: JSON = {"$ref": f"#/components/schemas/{schema}"} if isinstance(schema, str) else schema
        val = Draft202012Validator(self.inline(wrapped), registry=self.registry, format_checker=FORMATS)
        self._validators[key] = (schema, val)
        return val

    def inline(self, schema: Any, active: tuple[str, ...] = ()) -> Any:
        """A copy of ``schema`` with each bare local ``$ref`` replaced by its target, so validating looks
        nothing up per request (a resolver lookup per ``$ref`` was most of a request's validation time).
        A recursive ``$ref``, or one with sibling keywords, stays a reference, made absolute."""
        if isinstance(schema, list):
            return [self.inline(item, active) for item in schema]
        if not isinstance(schema, dict):
            return schema
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            bare = all(k in ("$ref", "description") for k in schema)
            if bare and ref not in active:
                return self.inline(self.resolve({"$ref": ref}), (*active, ref))
            return {**{k: self.inline(v, active) for k, v in schema.items() if k != "$ref"}, "$ref": SPEC_URI + ref}
        return {
            k: (v if k in ("examples", "example", "enum", "const") else self.inline(v, active))
            for k, v in schema.items()
        }

    def is_valid(self, schema_name: str, value: Any) -> bool:
        return bool(self.validator(schema_name).is_valid(value))

    # -- indexing --------------------------------------------------------------
    def _index_operations(self) -> list[Operation]:
        ops: list[Operation] = []
        for path, item in self.doc["paths"].items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                ops.append(self._operation(path, method, raw, shared))
        # literal segments win over templated ones (/webhook/rotate-secret vs /webhook/{id})
        ops.sort(key=lambda o: (o.path.count("{"), -len(o.path)))
        return ops

    def _operation(self, path: str, method: str, raw: JSON, shared: list[JSON]) -> Operation:
        names = re.findall(r"{(\w+)}", path)
        pattern = "^" + re.sub(r"{(\w+)}", r"(?P<\1>[^/]+)", path) + "$"
        params = [self.resolve(p) for p in [*shared, *raw.get("parameters", [])]]
        plist = [Param(p["name"], p["in"], bool(p.get("required")), accepted_schema(p)) for p in params]
        body_schema = body_ct = None
        if "requestBody" in raw:
            for ct, media in raw["requestBody"]["content"].items():
                body_ct = ct
                body_schema = str(media["schema"]["$ref"]).rsplit("/", 1)[-1]
                break
        statuses: set[int] = set()
        success_status = 200
        success_schema: str | None = None
        success_examples: list[Any] = []
        errors: dict[int, list[str]] = {}
        for code, resp in raw["responses"].items():
            status = int(code)
            statuses.add(status)
            resp = self.resolve(resp) if "$ref" in resp else resp
            media = resp.get("content", {}).get("application/json", {})
            examples = [e.get("value") for e in media.get("examples", {}).values()]
            if 200 <= status < 300:
                success_status = status
                ref = media.get("schema", {}).get("$ref")
                success_schema = str(ref).rsplit("/", 1)[-1] if ref else None
                success_examples = examples
            else:
                errors[status] = [e["message"] for e in examples if isinstance(e, dict) and "message" in e]
        security = raw.get("security", self.doc.get("security", []))
        needs_token = any("access_token" in s for s in security) if security else False
        return Operation(
            op_id=raw["operationId"],
            method=method,
            path=path,
            regex=re.compile(pattern),
            path_params=names,
            needs_access_token=needs_token,
            params=plist,
            body_schema=body_schema,
            body_content_type=body_ct,
            body_required=bool(raw.get("requestBody", {}).get("required")),
            statuses=statuses,
            success_status=success_status,
            success_schema=success_schema,
            success_examples=success_examples,
            error_examples=errors,
        )

    def _index_events(self) -> dict[str, EventType]:
        out: dict[str, EventType] = {}
        for name, item in self.doc.get("webhooks", {}).items():
            ref = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            schema_name = str(ref).rsplit("/", 1)[-1]
            schema = self.schemas[schema_name]
            data_ref = schema.get("properties", {}).get("data", {}).get("$ref")
            out[name] = EventType(
                name=name,
                schema=schema_name,
                data_schema=str(data_ref).rsplit("/", 1)[-1] if data_ref else None,
                kind=schema.get("x-event-kind"),
                operation=schema.get("x-operation"),
                outcome=schema.get("x-outcome"),
                examples=list(schema.get("examples", [])),
            )
        return out

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """Find the operation for a request: (op, path params, path exists with another method).

        Remembered per (method, path), up to MATCH_MEMO entries: the regex scan over every operation was a
        visible share of a request."""
        key = (method, path)
        hit = self._matches.get(key)
        if hit is None:
            if len(self._matches) >= MATCH_MEMO:
                self._matches.clear()
            hit = self._matches[key] = self._match(method, path)
        return hit[0], dict(hit[1]), hit[2]

    def _match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        path_exists = False
        for op in self.operations:
            m = op.regex.match(path)
            if m is None:
                continue
            if op.method == method.lower():
                return op, m.groupdict(), True
            path_exists = True
        return None, {}, path_exists

    def allowed_methods(self, path: str) -> list[str]:
        matching = [op for op in self.operations if op.regex.match(path)]
        if not matching:
            return []
        best = min(op.path.count("{") for op in matching)
        return sorted({op.method.upper() for op in matching if op.path.count("{") == best})

    def events_for(self, op_key: str, outcome: str | None) -> list[EventType]:
        return [e for e in self.events.values() if e.operation == op_key and e.outcome == outcome]

    def job_operations(self) -> list[Operation]:
        """Operations that start a job: their success answer carries a ``job_id`` (schema or example), or
        an event's ``x-operation`` names them (the event is what finishing their job sends)."""
        triggers = {e.operation for e in self.events.values()}
        out: list[Operation] = []
        for op in self.operations:
            schema = self.resolve({"$ref": f"#/components/schemas/{op.success_schema}"}) if op.success_schema else {}
            in_examples = any(isinstance(ex, dict) and "job_id" in ex for ex in op.success_examples)
            if "job_id" in schema.get("properties", {}) or in_examples or op.key in triggers:
                out.append(op)
        return out
