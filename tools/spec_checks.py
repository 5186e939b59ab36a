"""Structural checks on openapi.yaml that the generator, the SDK and the docs rely on.

Usage: python tools/spec_checks.py openapi.yaml

Prints one line per problem, `FILE:LINE: #/json/pointer: message`, and exits 1 if there is any
(0 when the spec passes, 2 on usage errors). See SPEC_CONVENTIONS.md for the conventions checked:

* operations: `operationId` (unique, snake_case, `<tag>_...`), exactly one declared tag, `summary`,
  `description`, a 2xx response with a JSON schema (or a binary media type), at least one 4xx/5xx
  response using the `ErrorResponse` envelope, and `security` (when present) exactly
  `[{client_id: [], client_secret: []}]`;
* webhooks: a request body `$ref` to a components schema whose `type` property has `const` equal to
  the webhook key, and the `WebhookEvent` oneOf + discriminator mapping cover every webhook;
* every `$ref` resolves inside the document;
* every example (media-type `example`/`examples`, parameter and header examples, schema
  `example`/`examples`) validates against its schema (JSON Schema 2020-12, refs resolved against
  the document, `format` asserted), except a named example object that carries `x-doc-conflict`:
  that note says the documented example breaks the schema (a template placeholder, a value the text
  contradicts), so it must NOT validate (a stale note is reported).
"""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
TWO_HEADER_SECURITY: list[dict[str, list[str]]] = [{"client_id": [], "client_secret": []}]
ERROR_ENVELOPE = "#/components/schemas/ErrorResponse"
WEBHOOK_UNION = "WebhookEvent"
DOC_URI = "urn:cobalt:openapi"
JSON_MEDIA = re.compile(r"^application/(?:[\w.+-]+\+)?json$")
# Keywords whose value is a schema / a map of schemas / a list of schemas (JSON Schema 2020-12).
SCHEMA_KEYS = (
    "items",
    "contains",
    "additionalProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "propertyNames",
    "not",
    "if",
    "then",
    "else",
    "contentSchema",
)
SCHEMA_MAP_KEYS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SCHEMA_LIST_KEYS = ("allOf", "anyOf", "oneOf", "prefixItems")
RFC3339_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$")


@dataclass(frozen=True)
class Problem:
    pointer: str
    message: str


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape(str(t)) for t in tokens)


class Spec:
    """The loaded document plus helpers to resolve local references."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def lookup(self, ref: str) -> Any:
        """Resolve a local `#/...` reference; raises KeyError with a reason when it does not resolve."""
        if not ref.startswith("#"):
            raise KeyError(f"only local references ('#/...') are allowed in this single-file spec, got {ref!r}")
        node: Any = self.doc
        fragment = ref[1:]
        if fragment in ("", "/"):
            return node
        if not fragment.startswith("/"):
            raise KeyError(f"{ref!r} is not a JSON pointer")
        walked = "#"
        for raw in fragment[1:].split("/"):
            token = unescape(raw)
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise KeyError(f"{ref!r} does not resolve: {walked} has no {token!r}")
            walked += "/" + raw
        return node

    def deref(self, node: Any) -> Any:
        """Follow `$ref` chains of OpenAPI objects (response, parameter, example...); KeyError if broken."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise KeyError(f"circular reference {ref!r}")
            seen.add(ref)
            node = self.lookup(ref)
        return node

    def safe_deref(self, node: Any) -> Any:
        try:
            return self.deref(node)
        except KeyError:
            return None  # reported by check_refs

    def operations(self) -> Iterator[tuple[str, str, str, dict[str, Any], dict[str, Any]]]:
        """(pointer, path/webhook key, method, operation, path item) for every path operation."""
        for path, item in (self.doc.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    yield join("#", "paths", path, method), path, method, op, item


# --------------------------------------------------------------------------------------------------
# operations


def _media_ok_for_success(spec: Spec, content: dict[str, Any]) -> bool:
    for media_type, media in content.items():
        if not isinstance(media, dict):
            continue
        if JSON_MEDIA.match(media_type.split(";")[0].strip()) and isinstance(media.get("schema"), dict):
            return True
        schema = spec.safe_deref(media.get("schema"))
        binary_schema = (
            isinstance(schema, dict)
            and schema.get("type") == "string"
            and (schema.get("format") == "binary" or "contentMediaType" in schema)
        )
        if not JSON_MEDIA.match(media_type) and not media_type.startswith("text/") and binary_schema:
            return True
    return False


def _uses_error_envelope(spec: Spec, response: dict[str, Any]) -> bool:
    for media_type, media in (response.get("content") or {}).items():
        if not (JSON_MEDIA.match(media_type) and isinstance(media, dict)):
            continue
        schema = media.get("schema")
        if not isinstance(schema, dict):
            continue
        if schema.get("$ref") == ERROR_ENVELOPE:
            return True
        if any(isinstance(s, dict) and s.get("$ref") == ERROR_ENVELOPE for s in schema.get("allOf") or []):
            return True
    return False


def check_operations(spec: Spec) -> list[Problem]:
    problems: list[Problem] = []
    declared_tags = {t.get("name") for t in spec.doc.get("tags") or [] if isinstance(t, dict)}
    seen_ids: dict[str, str] = {}

    all_ops: list[tuple[str, dict[str, Any]]] = [(p, op) for p, _, _, op, _ in spec.operations()]
    for key, item in (spec.doc.get("webhooks") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                all_ops.append((join("#", "webhooks", key, method), item[method]))
    for pointer, op in all_ops:  # operationId uniqueness spans paths and webhooks
        op_id = op.get("operationId")
        if isinstance(op_id, str):
            if op_id in seen_ids:
                problems.append(
                    Problem(
                        join(pointer, "operationId"), f"duplicate operationId {op_id!r} (also at {seen_ids[op_id]})"
                    )
                )
            else:
                seen_ids[op_id] = pointer

    for pointer, _path, _method, op, _item in spec.operations():
        op_id = op.get("operationId")
        tags = op.get("tags")
        if not isinstance(tags, list) or len(tags) != 1 or not isinstance(tags[0], str):
            problems.append(Problem(join(pointer, "tags"), f"operation must have exactly one tag, has {tags!r}"))
            tag = None
        else:
            tag = tags[0]
            if tag not in declared_tags:
                problems.append(Problem(join(pointer, "tags", 0), f"tag {tag!r} is not declared in the top-level tags"))
        if not isinstance(op_id, str) or not op_id:
            problems.append(Problem(pointer, "operation has no operationId"))
        else:
            if not SNAKE_CASE.match(op_id):
                problems.append(Problem(join(pointer, "operationId"), f"operationId {op_id!r} is not snake_case"))
            if tag is not None and not op_id.startswith(tag + "_"):
                problems.append(
                    Problem(
                        join(pointer, "operationId"), f"operationId {op_id!r} must start with its tag {tag + '_'!r}"
                    )
                )
        for field in ("summary", "description"):
            value = op.get(field)
            if not isinstance(value, str) or not value.strip():
                problems.append(Problem(pointer, f"operation {op_id or '?'} has no {field}"))
        if "security" in op and op["security"] != TWO_HEADER_SECURITY:
            problems.append(
                Problem(
                    join(pointer, "security"),
                    f"per-operation security must be exactly [{{client_id: [], client_secret: []}}] "
                    f"(or omitted for the three-header default), got {op['security']!r}",
                )
            )

        responses = op.get("responses")
        if not isinstance(responses, dict):
            problems.append(Problem(pointer, f"operation {op_id or '?'} has no responses"))
            continue
        success = [c for c in responses if str(c).startswith("2")]
        if not success:
            problems.append(Problem(join(pointer, "responses"), f"operation {op_id or '?'} has no 2xx response"))
        for code in success:
            response = spec.safe_deref(responses[code])
            if not isinstance(response, dict):
                continue
            if not _media_ok_for_success(spec, response.get("content") or {}):
                problems.append(
                    Problem(
                        join(pointer, "responses", code),
                        "2xx response needs application/json content with a schema (or a binary media type "
                        "with `type: string, format: binary`)",
                    )
                )
        errors = [c for c in responses if str(c)[:1] in ("4", "5")]
        if not any(_uses_error_envelope(spec, r) for r in map(spec.safe_deref, map(responses.get, errors)) if r):
            problems.append(
                Problem(
                    join(pointer, "responses"),
                    f"operation {op_id or '?'} has no 4xx/5xx response using the ErrorResponse envelope "
                    f"({ERROR_ENVELOPE})",
                )
            )
    return problems


# --------------------------------------------------------------------------------------------------
# links

JOB_EVENTS_OPERATION = "webhook_events_list"
JOB_ID_EXPRESSION = "$response.body#/job_id"


def _has_job_id(spec: Spec, response: dict[str, Any]) -> bool:
    for media in (response.get("content") or {}).values():
        schema = spec.safe_deref(media.get("schema")) if isinstance(media, dict) else None
        if isinstance(schema, dict) and "job_id" in (schema.get("properties") or {}):
            return True
    return False


def check_links(spec: Spec) -> list[Problem]:
    """Links name an existing operation and its parameters; every response carrying a `job_id`
    links to the job's events (`GET /webhook-events?job_id=`), the way results are polled."""
    problems: list[Problem] = []
    params: dict[str, set[str]] = {}
    for _, _, _, op, item in spec.operations():
        names = {
            p.get("name")
            for p in map(spec.safe_deref, [*(item.get("parameters") or []), *(op.get("parameters") or [])])
            if isinstance(p, dict)
        }
        params[str(op.get("operationId"))] = {n for n in names if isinstance(n, str)}
    for pointer, _, _, op, _ in spec.operations():
        for code, raw in (op.get("responses") or {}).items():
            response = spec.safe_deref(raw)
            if not isinstance(response, dict):
                continue
            links = response.get("links") or {}
            for name, link in links.items():
                where = join(pointer, "responses", code, "links", name)
                target = link.get("operationId") if isinstance(link, dict) else None
                if target not in params:
                    problems.append(Problem(where, f"link {name!r} names unknown operationId {target!r}"))
                    continue
                for param in (link.get("parameters") or {}) if isinstance(link, dict) else {}:
                    if param not in params[target]:
                        problems.append(
                            Problem(join(where, "parameters", param), f"{target} has no parameter {param!r}")
                        )
            if str(code).startswith("2") and _has_job_id(spec, response):
                polls = any(
                    isinstance(link, dict)
                    and link.get("operationId") == JOB_EVENTS_OPERATION
                    and (link.get("parameters") or {}).get("job_id") == JOB_ID_EXPRESSION
                    for link in links.values()
                )
                if not polls:
                    problems.append(
                        Problem(
                            join(pointer, "responses", code),
                            f"response with a job_id needs a link to {JOB_EVENTS_OPERATION} with "
                            f"job_id: {JOB_ID_EXPRESSION}",
                        )
                    )
    return problems


# --------------------------------------------------------------------------------------------------
# webhooks


def check_webhooks(spec: Spec) -> list[Problem]:
    problems: list[Problem] = []
    webhooks = spec.doc.get("webhooks") or {}
    schemas = (spec.doc.get("components") or {}).get("schemas") or {}
    event_refs: dict[str, str] = {}
    for key, item in webhooks.items():
        base = join("#", "webhooks", key)
        ops = [(m, item[m]) for m in HTTP_METHODS if isinstance(item, dict) and isinstance(item.get(m), dict)]
        if not ops:
            problems.append(Problem(base, f"webhook {key!r} has no operation (expected `post`)"))
            continue
        method, op = ops[0]
        body_pointer = join(base, method, "requestBody")
        body = spec.safe_deref(op.get("requestBody"))
        schema = None
        if isinstance(body, dict):
            schema = ((body.get("content") or {}).get("application/json") or {}).get("schema")
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
            problems.append(
                Problem(
                    body_pointer,
                    f"webhook {key!r} needs requestBody.content.application/json.schema "
                    f"as a $ref to '#/components/schemas/<Event>'",
                )
            )
            continue
        name = unescape(ref.removeprefix("#/components/schemas/"))
        target = schemas.get(name)
        if not isinstance(target, dict):
            continue  # broken $ref, reported by check_refs
        event_refs[key] = ref
        const = ((target.get("properties") or {}).get("type") or {}).get("const")
        if const != key:
            problems.append(
                Problem(
                    join("#", "components", "schemas", name, "properties", "type"),
                    f"schema {name} (webhook {key!r}) needs property `type` with const {key!r}, has const {const!r}",
                )
            )

    union_pointer = join("#", "components", "schemas", WEBHOOK_UNION)
    union = schemas.get(WEBHOOK_UNION)
    if not isinstance(union, dict):
        if webhooks:
            message = f"schema {WEBHOOK_UNION} (union of all webhooks) is missing"
            problems.append(Problem("#/components/schemas", message))
        return problems
    one_of = {s.get("$ref") for s in union.get("oneOf") or [] if isinstance(s, dict)}
    discriminator = union.get("discriminator") or {}
    if discriminator.get("propertyName") != "type":
        problems.append(Problem(join(union_pointer, "discriminator"), "discriminator.propertyName must be 'type'"))
    mapping: dict[str, str] = discriminator.get("mapping") or {}
    for key, ref in event_refs.items():
        if ref not in one_of:
            problems.append(Problem(join(union_pointer, "oneOf"), f"webhook {key!r}: {ref} is missing from oneOf"))
        if key not in mapping:
            problems.append(
                Problem(join(union_pointer, "discriminator", "mapping"), f"webhook {key!r} is missing from the mapping")
            )
        elif mapping[key] != ref:
            problems.append(
                Problem(
                    join(union_pointer, "discriminator", "mapping", key),
                    f"maps webhook {key!r} to {mapping[key]}, but the webhook's body is {ref}",
                )
            )
    for key in mapping:
        if key not in webhooks:
            problems.append(
                Problem(join(union_pointer, "discriminator", "mapping", key), f"{key!r} is not a key of `webhooks:`")
            )
    for ref in sorted(r for r in one_of if isinstance(r, str)):
        if ref not in event_refs.values():
            problems.append(Problem(join(union_pointer, "oneOf"), f"{ref} is in oneOf but no webhook delivers it"))
    return problems


# --------------------------------------------------------------------------------------------------
# $ref


def _walk_refs(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield join(pointer, key), value
            elif key == "example" or (key == "examples" and isinstance(value, list)):
                continue  # example data, not part of the description
            elif key == "examples" and isinstance(value, dict):
                for name, example in value.items():
                    if isinstance(example, dict):
                        # Example object: `$ref` to components/examples is a reference, `value` is data.
                        yield from _walk_refs(
                            {k: v for k, v in example.items() if k != "value"}, join(pointer, key, name)
                        )
            else:
                yield from _walk_refs(value, join(pointer, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk_refs(value, join(pointer, i))


def check_refs(spec: Spec) -> list[Problem]:
    problems: list[Problem] = []
    for pointer, ref in _walk_refs(spec.doc, "#"):
        try:
            spec.lookup(ref)
        except KeyError as exc:
            problems.append(Problem(pointer, f"broken $ref: {exc.args[0]}"))
    return problems


# --------------------------------------------------------------------------------------------------
# examples


def _format_checker() -> FormatChecker:
    checker = FormatChecker()

    # Strict RFC 3339 regardless of whether the optional rfc3339-validator package is installed.
    def _date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not RFC3339_DATE_TIME.match(value):
            return False
        datetime.datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
        return True

    def _date(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return False
        datetime.date.fromisoformat(value)
        return True

    checker.checks("date-time", raises=ValueError)(_date_time)
    checker.checks("date", raises=ValueError)(_date)
    return checker


def _schemas(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object at or below a schema position (not following $ref)."""
    if not isinstance(node, dict):
        return
    yield pointer, node
    for key in SCHEMA_KEYS:
        if isinstance(node.get(key), dict):
            yield from _schemas(node[key], join(pointer, key))
    for key in SCHEMA_MAP_KEYS:
        if isinstance(node.get(key), dict):
            for name, sub in node[key].items():
                yield from _schemas(sub, join(pointer, key, name))
    for key in SCHEMA_LIST_KEYS:
        if isinstance(node.get(key), list):
            for i, sub in enumerate(node[key]):
                yield from _schemas(sub, join(pointer, key, i))


def _example_holders(spec: Spec) -> Iterator[tuple[str, str, Any, bool]]:
    """(schema pointer, example pointer, example value, marked as conflicting) for every example in the spec."""
    doc = spec.doc
    components = doc.get("components") or {}

    def media_holders(content: Any, pointer: str) -> Iterator[tuple[str, str, Any, bool]]:
        for media_type, media in (content or {}).items():
            yield from with_schema(media, join(pointer, media_type))

    def with_schema(holder: Any, pointer: str) -> Iterator[tuple[str, str, Any, bool]]:
        """Media type, parameter or header object: `schema` + `example` / `examples`."""
        if not isinstance(holder, dict):
            return
        if "content" in holder:  # parameter/header with content instead of schema
            yield from media_holders(holder["content"], join(pointer, "content"))
        if not isinstance(holder.get("schema"), dict):
            return
        schema_ptr = join(pointer, "schema")
        yield from schema_holders(holder["schema"], schema_ptr)
        if "example" in holder:
            yield schema_ptr, join(pointer, "example"), holder["example"], False
        for name, example in (holder.get("examples") or {}).items():
            example_ptr = join(pointer, "examples", name)
            resolved = spec.safe_deref(example)
            if isinstance(example, dict) and "$ref" in example:
                example_ptr = example["$ref"]
            if isinstance(resolved, dict) and "value" in resolved:
                yield schema_ptr, join(example_ptr, "value"), resolved["value"], "x-doc-conflict" in resolved

    def schema_holders(schema: Any, pointer: str) -> Iterator[tuple[str, str, Any, bool]]:
        for sub_ptr, sub in _schemas(schema, pointer):
            if "example" in sub:
                yield sub_ptr, join(sub_ptr, "example"), sub["example"], False
            if isinstance(sub.get("examples"), list):
                for i, value in enumerate(sub["examples"]):
                    yield sub_ptr, join(sub_ptr, "examples", i), value, False

    def response_holders(response: Any, pointer: str) -> Iterator[tuple[str, str, Any, bool]]:
        if not isinstance(response, dict) or "$ref" in response:
            return
        yield from media_holders(response.get("content"), join(pointer, "content"))
        for name, header in (response.get("headers") or {}).items():
            yield from with_schema(header, join(pointer, "headers", name))

    def operation_holders(op: dict[str, Any], pointer: str) -> Iterator[tuple[str, str, Any, bool]]:
        for i, param in enumerate(op.get("parameters") or []):
            yield from with_schema(param, join(pointer, "parameters", i))
        body = op.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            yield from media_holders(body.get("content"), join(pointer, "requestBody", "content"))
        for code, response in (op.get("responses") or {}).items():
            yield from response_holders(response, join(pointer, "responses", code))

    for section in ("paths", "webhooks"):
        for key, item in (doc.get(section) or {}).items():
            if not isinstance(item, dict):
                continue
            for i, param in enumerate(item.get("parameters") or []):
                yield from with_schema(param, join("#", section, key, "parameters", i))
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield from operation_holders(item[method], join("#", section, key, method))
    for name, schema in (components.get("schemas") or {}).items():
        yield from schema_holders(schema, join("#", "components", "schemas", name))
    for name, response in (components.get("responses") or {}).items():
        yield from response_holders(response, join("#", "components", "responses", name))
    for kind in ("parameters", "headers"):
        for name, holder in (components.get(kind) or {}).items():
            yield from with_schema(holder, join("#", "components", kind, name))
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict):
            yield from media_holders(body.get("content"), join("#", "components", "requestBodies", name, "content"))


def check_examples(spec: Spec) -> list[Problem]:
    problems: list[Problem] = []
    registry: Registry[Any] = Registry().with_resource(
        DOC_URI, Resource.from_contents(spec.doc, default_specification=DRAFT202012)
    )
    checker = _format_checker()
    validators: dict[str, Draft202012Validator] = {}
    for schema_ptr, example_ptr, value, conflicting in _example_holders(spec):
        validator = validators.get(schema_ptr)
        if validator is None:
            validator = Draft202012Validator({"$ref": DOC_URI + schema_ptr}, registry=registry, format_checker=checker)
            validators[schema_ptr] = validator
        try:
            errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        except Exception as exc:  # an unresolvable $ref inside the schema: reported by check_refs too
            problems.append(Problem(example_ptr, f"example could not be validated against {schema_ptr}: {exc}"))
            continue
        if conflicting:
            if not errors:
                problems.append(
                    Problem(example_ptr, f"example is marked x-doc-conflict but matches {schema_ptr}: drop the note")
                )
            continue
        for error in errors[:5]:
            where = "".join(f"/{escape(str(p))}" for p in error.absolute_path) or "(root)"
            problems.append(
                Problem(example_ptr, f"example does not match schema {schema_ptr}: at {where}: {error.message}")
            )
    return problems


# --------------------------------------------------------------------------------------------------
# driver


# --------------------------------------------------------------------------------------------------
# iterable list responses (`x-items`: the generated model iterates that list)


def _items_problem(spec: Spec, schema: dict[str, Any], target: Any) -> str | None:
    if not isinstance(target, str) or not target:
        return "x-items must be a property name or a dotted path of them"
    node: Any = schema
    steps = target.split(".")
    for number, step in enumerate(steps, start=1):
        properties = node.get("properties") if isinstance(node, dict) else None
        if not isinstance(properties, dict) or step not in properties:
            return f"x-items {target!r}: no property {step!r}"
        if number < len(steps) and step not in (node.get("required") or []):
            return f"x-items {target!r}: {step!r} must be required (a step of the path cannot be absent)"
        node = spec.safe_deref(properties[step])
    if not isinstance(node, dict) or node.get("type") != "array":
        return f"x-items {target!r} must name an array"
    return None


def check_items(spec: Spec) -> list[Problem]:
    """`x-items` names an array (through required properties); every `*_list` response carries one."""
    problems: list[Problem] = []
    schemas = (spec.doc.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        if isinstance(schema, dict) and "x-items" in schema:
            problem = _items_problem(spec, schema, schema["x-items"])
            if problem:
                problems.append(Problem(join("#", "components", "schemas", name, "x-items"), problem))
    for pointer, _path, _method, op, _item in spec.operations():
        if not str(op.get("operationId", "")).endswith("_list"):
            continue
        for code, response in (op.get("responses") or {}).items():
            media = ((spec.safe_deref(response) or {}).get("content") or {}).get("application/json") or {}
            schema = spec.safe_deref(media.get("schema"))
            if str(code).startswith("2") and isinstance(schema, dict) and "x-items" not in schema:
                problems.append(
                    Problem(
                        join(pointer, "responses", str(code)),
                        f"list operation {op['operationId']}: its response schema needs x-items (the list to iterate)",
                    )
                )
    return problems


def check_arguments(spec: Spec) -> list[Problem]:
    """Array query parameters are comma-separated (`style: form, explode: false`, what the generated
    code sends); `x-sdk-type: integer` only on string fields of digits (the SDK sends an int's digits),
    `x-sdk-type: time` only on plain string fields (a time of day the SDK sends as `h:mm am/pm`)."""
    problems: list[Problem] = []
    for pointer, _path, _method, op, _item in spec.operations():
        for number, raw in enumerate(op.get("parameters") or []):
            parameter = spec.safe_deref(raw) or {}
            schema = spec.safe_deref(parameter.get("schema")) or {}
            repeated = parameter.get("style", "form") != "form" or parameter.get("explode", True) is not False
            if parameter.get("in") == "query" and schema.get("type") == "array" and repeated:
                name = parameter.get("name")
                message = f"array query parameter {name!r} must be comma-separated (style: form, explode: false)"
                problems.append(Problem(join(pointer, "parameters", number), message))
    named = ((spec.doc.get("components") or {}).get("schemas") or {}).items()
    for pointer, schema in (found for n, s in named for found in _schemas(s, join("#/components/schemas", n))):
        digits = (schema.get("x-sdk-type"), schema.get("type"), schema.get("pattern")) == (
            "integer",
            "string",
            "^[0-9]+$",
        )
        clock = schema.get("x-sdk-type") == "time"
        if clock and (schema.get("type") != "string" or "format" in schema or "pattern" in schema):
            message = "x-sdk-type: time is for a plain `type: string` (no format or pattern) only"
            problems.append(Problem(join(pointer, "x-sdk-type"), message))
        elif schema.get("x-sdk-type") is not None and not digits and not clock:
            message = "x-sdk-type: integer is for `type: string, pattern: ^[0-9]+$` only"
            problems.append(Problem(join(pointer, "x-sdk-type"), message))
    return problems


def check_spec(doc: dict[str, Any]) -> list[Problem]:
    spec = Spec(doc)
    problems = (
        check_refs(spec) + check_operations(spec) + check_links(spec) + check_webhooks(spec) + check_examples(spec)
    )
    return problems + check_items(spec) + check_arguments(spec)


def line_map(text: str) -> dict[str, int]:
    """JSON pointer -> 1-based line for every node of the YAML text."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    root = yaml.compose(text, Loader=loader)
    lines: dict[str, int] = {}
    stack: list[tuple[yaml.Node, str]] = [(root, "#")] if root is not None else []
    while stack:
        node, pointer = stack.pop()
        lines.setdefault(pointer, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = join(pointer, str(key.value))
                lines[child] = key.start_mark.line + 1
                stack.append((value, child))
        elif isinstance(node, yaml.SequenceNode):
            for i, value in enumerate(node.value):
                stack.append((value, join(pointer, i)))
    return lines


def locate(lines: dict[str, int], pointer: str) -> int:
    """Line of the pointer, or of its nearest existing ancestor."""
    while pointer not in lines and "/" in pointer:
        pointer = pointer.rsplit("/", 1)[0]
    return lines.get(pointer, 1)


def load(path: Path) -> tuple[str, dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    doc = yaml.load(text, Loader=loader)  # a safe loader (C or pure Python)
    if not isinstance(doc, dict):
        raise ValueError(f"{path}: not a YAML mapping")
    return text, doc


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tools/spec_checks.py openapi.yaml", file=sys.stderr)
        return 2
    path = Path(argv[0])
    try:
        text, doc = load(path)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"{path}: cannot load: {exc}", file=sys.stderr)
        return 2
    problems = check_spec(doc)
    if not problems:
        n_ops = sum(1 for _ in Spec(doc).operations())
        print(f"{path}: OK ({n_ops} operations, {len(doc.get('webhooks') or {})} webhooks)")
        return 0
    lines = line_map(text)
    for problem in problems:
        print(f"{path}:{locate(lines, problem.pointer)}: {problem.pointer}: {problem.message}")
    print(f"{path}: {len(problems)} problem(s)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
