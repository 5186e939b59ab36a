"""The spec as the contract suites see it: operations, webhook events, validators, generators.

Everything is derived from `openapi.yaml` at import time; nothing here edits the spec. The
"generation spec" is an in-memory copy that lists every 2xx response schema and every webhook
payload schema as the JSON body of a pseudo-operation, so schemathesis (which fuzzes neither
responses nor the `webhooks:` section) produces hypothesis strategies for them too.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import schemathesis
import yaml
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from schemathesis.schemas import BaseSchema

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "patch", "delete")
SPEC_URI = "urn:cobalt:openapi"


@functools.cache
def raw_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        return cast(dict[str, Any], yaml.safe_load(fh))


def spec_copy() -> dict[str, Any]:
    """A deep copy of the spec that a test may change freely."""
    return copy.deepcopy(raw_spec())


def resolve(node: Any) -> Any:
    """Follow one local `$ref` (`#/components/...`)."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = raw_spec()
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the suites need to know about it."""

    operation_id: str
    method: str  # upper case
    path: str
    params: tuple[Param, ...]
    body_media: str | None
    body_schema: dict[str, Any] | None  # as written (usually a $ref)
    success_status: int
    response_schema: dict[str, Any] | None  # as written
    response_examples: tuple[Any, ...]
    error_statuses: tuple[int, ...]
    error_examples: dict[int, tuple[Any, ...]] = field(hash=False, compare=False)
    security: tuple[str, ...] = ()
    response_media: tuple[str, ...] = ("application/json",)
    raw: dict[str, Any] = field(default_factory=dict, hash=False, compare=False, repr=False)

    @property
    def tag(self) -> str:
        return str(self.raw["tags"][0])

    @property
    def sdk_method(self) -> str:
        return self.operation_id.removeprefix(self.tag + "_")

    @property
    def path_params(self) -> tuple[str, ...]:
        return tuple(re.findall(r"{([^}]+)}", self.path))

    @property
    def response_model(self) -> str | None:
        ref = (self.response_schema or {}).get("$ref")
        return str(ref).rsplit("/", 1)[-1] if ref else None

    @property
    def has_request_examples(self) -> bool:
        """Whether the spec gives any example for this operation's parameters or request body."""
        for p in self.params:
            if p.schema.get("example") is not None or p.schema.get("examples"):
                return True
        for p in [*self.raw.get("parameters", [])]:
            p = resolve(p)
            if "example" in p or p.get("examples"):
                return True
        if self.body_media is not None:
            media = resolve(self.raw["requestBody"])["content"][self.body_media]
            body = resolve(self.body_schema or {})
            if "example" in media or media.get("examples") or body.get("examples") or "example" in body:
                return True
        return False

    @property
    def binary_response(self) -> bool:
        return "application/json" not in self.response_media

    @property
    def is_read_only(self) -> bool:
        return self.method == "GET"

    def path_regex(self) -> re.Pattern[str]:
        pattern = re.sub(
            r"{([^}]+)}",
            lambda m: f"(?P<{m.group(1)}>[^/]+)",
            re.escape(self.path).replace(r"\{", "{").replace(r"\}", "}"),
        )
        return re.compile(f"^{pattern}$")


def _examples(media: Mapping[str, Any]) -> tuple[Any, ...]:
    out: list[Any] = []
    for ex in (media.get("examples") or {}).values():
        ex = resolve(ex)
        if "value" in ex:
            out.append(ex["value"])
    if "example" in media:
        out.append(media["example"])
    return tuple(out)


@functools.cache
def operations() -> tuple[Operation, ...]:
    spec = raw_spec()
    global_security = [name for req in spec.get("security", []) for name in req]
    ops: list[Operation] = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params: list[Param] = []
            for p in [*item.get("parameters", []), *op.get("parameters", [])]:
                p = resolve(p)
                params.append(Param(p["name"], p["in"], bool(p.get("required")), p.get("schema", {})))
            body_media = body_schema = None
            if "requestBody" in op:
                content = resolve(op["requestBody"])["content"]
                body_media = next(iter(content))
                body_schema = content[body_media]["schema"]
            success = [int(s) for s in op["responses"] if str(s).startswith("2")]
            assert len(success) == 1, f"{op['operationId']}: expected one 2xx response"
            ok = resolve(op["responses"][str(success[0])])
            ok_content = ok.get("content") or {}
            ok_media = ok_content.get("application/json", {})
            errors: dict[int, tuple[Any, ...]] = {}
            for status, resp in op["responses"].items():
                if str(status)[0] in "45":
                    resp = resolve(resp)
                    errors[int(status)] = _examples((resp.get("content") or {}).get("application/json", {}))
            security = [name for req in op["security"] for name in req] if "security" in op else global_security
            ops.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    params=tuple(params),
                    body_media=body_media,
                    body_schema=body_schema,
                    success_status=success[0],
                    response_schema=ok_media.get("schema"),
                    response_examples=_examples(ok_media),
                    error_statuses=tuple(sorted(errors)),
                    error_examples=errors,
                    security=tuple(security),
                    response_media=tuple(ok_content),
                    raw=op,
                )
            )
    return tuple(ops)


def operation(operation_id: str) -> Operation:
    for op in operations():
        if op.operation_id == operation_id:
            return op
    raise KeyError(operation_id)


def operation_ids() -> list[str]:
    return [op.operation_id for op in operations()]


@dataclass(frozen=True)
class WebhookEvent:
    event_type: str
    schema_name: str
    examples: tuple[Any, ...]


@functools.cache
def webhook_events() -> tuple[WebhookEvent, ...]:
    out: list[WebhookEvent] = []
    schemas = raw_spec()["components"]["schemas"]
    for name, item in raw_spec().get("webhooks", {}).items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        schema_name = str(media["schema"]["$ref"]).rsplit("/", 1)[-1]
        examples = list(_examples(media))
        examples += list(schemas[schema_name].get("examples", []))
        out.append(WebhookEvent(name, schema_name, tuple(examples)))
    return tuple(out)


def webhook_event_types() -> list[str]:
    return [e.event_type for e in webhook_events()]


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(raw_spec(), default_specification=DRAFT202012)
    return cast(Registry[Any], Registry().with_resource(SPEC_URI, resource))


def validator(schema: Mapping[str, Any]) -> Draft202012Validator:
    """A Draft 2020-12 validator whose `#/components/...` refs resolve against the spec."""
    rebased = _rebase_refs(schema)
    return Draft202012Validator(rebased, registry=_registry(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _rebase_refs(node: Any) -> Any:
    if isinstance(node, Mapping):
        return {
            k: (f"{SPEC_URI}{v}" if k == "$ref" and isinstance(v, str) and v.startswith("#") else _rebase_refs(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase_refs(v) for v in node]
    return node


def validation_errors(schema: Mapping[str, Any], instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in validator(schema).iter_errors(instance)
    ]


# --- generation spec: responses and webhook payloads as pseudo-operation bodies -------------------


def _pseudo_op(schema: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "operationId": None,
        "security": [],
        "requestBody": {"required": True, "content": {"application/json": {"schema": dict(schema)}}},
        "responses": {"200": {"description": "ok"}},
    }


def _response_key(op: Operation) -> str:
    return f"/__response/{op.operation_id}"


def _webhook_key(event: WebhookEvent) -> str:
    return "/__webhook/" + event.event_type.replace(".", "_")


@functools.cache
def generation_schema() -> BaseSchema:
    spec = spec_copy()
    paths: dict[str, Any] = {}
    for op in operations():
        if op.response_schema is not None and not op.binary_response:
            paths[_response_key(op)] = {
                "post": {**_pseudo_op(op.response_schema), "operationId": f"gen_{op.operation_id}"}
            }
    for ev in webhook_events():
        ref = {"$ref": f"#/components/schemas/{ev.schema_name}"}
        paths[_webhook_key(ev)] = {"post": {**_pseudo_op(ref), "operationId": f"gen_{ev.schema_name}"}}
    spec["paths"] = paths
    spec.pop("webhooks", None)
    spec["security"] = []
    return schemathesis.openapi.from_dict(spec)


@functools.cache
def api_schema() -> BaseSchema:
    """The spec loaded by schemathesis (positive request data for the client suite)."""
    return schemathesis.openapi.from_dict(spec_copy())


def _body_strategy(key: str) -> st.SearchStrategy[Any]:
    strategy = generation_schema()[key]["POST"].as_strategy()
    return strategy.map(lambda case: case.body)


def generated_response_body(op: Operation) -> st.SearchStrategy[Any]:
    """Bodies drawn from the op's 2xx JSON schema as written. `success` is `const: true` on every
    2xx schema, so a generated body is a success (as Prism's dynamic mode serves it)."""
    return _body_strategy(_response_key(op)) if op.response_schema is not None else st.just({})


def response_body(op: Operation) -> st.SearchStrategy[Any]:
    """Bodies valid against the op's 2xx schema: its documented examples, then generated ones."""
    if op.binary_response:
        return st.binary(max_size=256)
    generated = generated_response_body(op)
    if op.response_examples:
        return st.one_of(st.sampled_from(op.response_examples), generated)
    return generated


def webhook_body(event: WebhookEvent) -> st.SearchStrategy[Any]:
    return _body_strategy(_webhook_key(event))


def request_cases(op: Operation) -> st.SearchStrategy[Any]:
    """schemathesis `Case`s with positive (schema-valid) request data for the operation."""
    return api_schema()[op.path][op.method].as_strategy()


def all_ops_iter() -> Iterator[Operation]:
    yield from operations()
