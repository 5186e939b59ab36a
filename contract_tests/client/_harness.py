"""Turn a schemathesis `Case` into an SDK call, and check what the SDK put on the wire.

The mapping follows the resource layer's conventions: path parameters are positional (in template
order), query parameters are keyword arguments, and body properties are flattened into keyword
arguments of the same name. Values are converted to the Python types the SDK signature declares
(dates, enums, nested models, `File` uploads) by the generated models' own `from_dict` or by the
annotation of the parameter.
"""

from __future__ import annotations

import datetime
import email.parser
import email.policy
import enum
import importlib
import inspect
import io
import json
import time
import types
import typing
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import httpx

from cobalt_api_client import models
from cobalt_api_client.types import File, Unset
from contract_tests import _spec

BASE_URL = "https://cobalt.contract.test/v1"
CREDENTIALS = {"client_id": "ci_contract", "client_secret": "cs_contract", "access_token": "at_contract"}
BOOL_FORM = {True: "true", False: "false"}


def sync_client(base_url: str = BASE_URL, *, max_retries: int = 0, sleep: Callable[[float], None] | None = None) -> Any:
    from cobalt_sdk._client import Cobalt

    c = CREDENTIALS
    return Cobalt(
        client_id=c["client_id"],
        client_secret=c["client_secret"],
        access_token=c["access_token"],
        base_url=base_url,
        max_retries=max_retries,
        sleep=sleep or time.sleep,
    )


def async_client(max_retries: int = 0, sleep: Callable[[float], Awaitable[None]] | None = None) -> Any:
    from cobalt_sdk._client import AsyncCobalt

    c = CREDENTIALS
    return AsyncCobalt(
        client_id=c["client_id"],
        client_secret=c["client_secret"],
        access_token=c["access_token"],
        base_url=BASE_URL,
        max_retries=max_retries,
        sleep=sleep,
    )


def pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def resource_method(op: _spec.Operation, *, is_async: bool) -> Callable[..., Any]:
    module = importlib.import_module(f"cobalt_api_client.api.{op.tag}")
    cls = getattr(module, ("Async" if is_async else "") + pascal(op.tag) + "Resource")
    return typing.cast(Callable[..., Any], getattr(cls, op.sdk_method))


def _annotations(op: _spec.Operation) -> tuple[dict[str, Any], str]:
    """Evaluated parameter annotations of the sync resource method, and its return annotation text."""
    fn = resource_method(op, is_async=False)
    namespace = dict(vars(importlib.import_module(f"cobalt_api_client.api.{op.tag}")))
    out: dict[str, Any] = {}
    sig = inspect.signature(fn)
    for name, param in sig.parameters.items():
        if name in ("self", "timeout"):
            continue
        ann = param.annotation
        out[name] = eval(ann, namespace, _ModelNames()) if isinstance(ann, str) else ann
    ret = sig.return_annotation
    return out, ret if isinstance(ret, str) else repr(ret)


class _ModelNames(dict[str, Any]):
    """Locals for evaluating annotations: any model name resolves through the lazy models package."""

    def __missing__(self, key: str) -> Any:
        try:
            return getattr(models, key)
        except AttributeError:
            raise KeyError(key) from None


def python_name(name: str, annotations: Mapping[str, Any]) -> str:
    """The SDK's keyword for a spec name (the generator appends `_` to names that shadow builtins)."""
    if name in annotations:
        return name
    if name + "_" in annotations:
        return name + "_"
    raise KeyError(f"no SDK parameter for {name!r} (have {sorted(annotations)})")


def convert(value: Any, annotation: Any) -> Any:
    """Convert a JSON/query value to the Python type a signature annotation asks for."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not Unset and a is not type(None)]
        if value is None:
            return None
        errors: list[Exception] = []
        for member in members:
            try:
                return convert(value, member)
            except (TypeError, ValueError, KeyError) as exc:
                errors.append(exc)
        raise ValueError(f"cannot convert {value!r} to {annotation}: {errors}")
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [convert(v, item) for v in (value if isinstance(value, list) else [value])]
    if annotation is datetime.date:
        return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))
    if annotation is datetime.datetime:
        return datetime.datetime.fromisoformat(str(value))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation(value)
    if annotation is bool:
        if isinstance(value, bool):
            return value
        if str(value).lower() in BOOL_FORM.values():
            return str(value).lower() == "true"
        raise ValueError(value)
    if annotation is int:
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise TypeError(value)
        return int(value)
    if annotation is float:
        if isinstance(value, bool):
            raise TypeError(value)
        return float(value)
    if annotation is str:
        if not isinstance(value, str):
            raise TypeError(value)
        return value
    if annotation is File:
        return File(payload=io.BytesIO(_bytes(value)), file_name="upload.bin", mime_type="application/octet-stream")
    if hasattr(annotation, "from_dict"):
        return annotation.from_dict(value)
    return value


def _bytes(value: Any) -> bytes:
    data = getattr(value, "data", value)
    if isinstance(data, str):
        return data.encode()
    return bytes(data)


def wire_query_value(value: Any) -> str:
    if isinstance(value, bool):
        return BOOL_FORM[value]
    return str(value)


@dataclass
class Call:
    """One SDK call derived from a case, with what the request on the wire must then contain."""

    op: _spec.Operation
    args: list[Any]
    kwargs: dict[str, Any]
    path_values: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    returns: str
    files: dict[str, bytes] = field(default_factory=dict)

    def invoke(self, client: Any) -> Any:
        resource = getattr(client, self.op.tag)
        return getattr(resource, self.op.sdk_method)(*self.args, **self.kwargs)


def _clock_time(drawn: str) -> str:
    """A 12-hour time (`h:mm am/pm`, which the SDK sends as written) derived from a drawn string:
    an `x-sdk-type: time` field is any string to the schema, but the SDK refuses one that is not
    a time before sending (`tests/overlay/test_argument_shapes.py` covers that and the conversions)."""
    seed = sum(map(ord, drawn))
    return f"{seed % 12 + 1}:{seed % 60:02d} {'am' if seed % 2 else 'pm'}"


def build_call(op: _spec.Operation, case: Any) -> Call:
    annotations, returns = _annotations(op)
    path_values = {k: str(v) for k, v in (case.path_parameters or {}).items()}
    args = [convert(path_values[name], annotations[python_name(name, annotations)]) for name in op.path_params]
    kwargs: dict[str, Any] = {}
    query: dict[str, list[str]] = {}
    # Array parameters with `explode: false` travel as one comma-separated value (`a,b`); the SDK
    # takes them as a list.
    comma = {p.get("name") for p in op.raw.get("parameters") or [] if isinstance(p, dict) and p.get("explode") is False}
    for name, value in (case.query or {}).items():
        py = python_name(name, annotations)
        values = value if isinstance(value, list) else [value]
        if name in comma:
            values = (
                values if isinstance(value, list) else [part for v in values if str(v) for part in str(v).split(",")]
            )
            kwargs[py] = convert(values, annotations[py])
            query[name] = [",".join(wire_query_value(v) for v in values)]
            continue
        kwargs[py] = convert(value, annotations[py])
        query[name] = [wire_query_value(v) for v in values]
    body = case.body if op.body_schema is not None and isinstance(case.body, Mapping) else None
    files: dict[str, bytes] = {}
    if body is not None:
        body = dict(body)
        request_model = getattr(models, str(op.body_schema and op.body_schema["$ref"]).rsplit("/", 1)[-1])
        if op.body_media == "multipart/form-data":
            for name, value in body.items():
                py = python_name(name, annotations)
                if hasattr(value, "data") or annotations[py] is File:
                    files[name] = _bytes(value)
                    body[name] = files[name]
                    kwargs[py] = convert(value, File)
                else:
                    kwargs[py] = convert(value, annotations[py])
        else:
            props = _spec.resolve(op.body_schema).get("properties", {})
            for name, value in body.items():
                if _spec.resolve(props.get(name, {})).get("x-sdk-type") == "time" and isinstance(value, str):
                    body[name] = _clock_time(value)
            parsed = request_model.from_dict(body)
            for name in body:
                py = python_name(name, annotations)
                kwargs[py] = getattr(parsed, py)
    return Call(op, args, kwargs, path_values, query, body, returns, files)


def header_names_required(op: _spec.Operation) -> tuple[str, ...]:
    schemes = _spec.raw_spec()["components"]["securitySchemes"]
    return tuple(schemes[name]["name"] for name in op.security)


def check_request(call: Call, request: httpx.Request) -> None:
    """The request on the wire matches the operation and carries exactly what the caller passed."""
    op = call.op
    assert request.method == op.method, f"{op.operation_id}: method {request.method} != {op.method}"
    raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
    prefix = httpx.URL(BASE_URL).path.rstrip("/")
    assert raw_path.startswith(prefix + "/"), raw_path
    match = op.path_regex().match(raw_path[len(prefix) :])
    assert match, f"{op.operation_id}: path {raw_path!r} does not match {op.path}"
    for name, expected in call.path_values.items():
        assert unquote(match.group(name)) == expected, f"{op.operation_id}: path param {name}"

    # auth headers
    for header in header_names_required(op):
        assert request.headers.get(header) == CREDENTIALS[header], f"{op.operation_id}: missing {header} header"

    # query: what the caller passed is sent verbatim; everything sent is declared and valid
    declared = {p.name: p for p in op.params if p.location == "query"}
    sent = request.url.params
    for name, values in call.query.items():
        assert sent.get_list(name) == values, f"{op.operation_id}: query {name}={sent.get_list(name)} != {values}"
    for name in sent:
        assert name in declared, f"{op.operation_id}: undeclared query parameter {name!r}"
        for raw in sent.get_list(name):
            errors = _spec.validation_errors(declared[name].schema, _coerce_text(raw, declared[name].schema))
            assert not errors, f"{op.operation_id}: query {name}={raw!r}: {errors}"

    # body
    if op.body_schema is None:
        assert not request.content, f"{op.operation_id}: unexpected request body"
        return
    assert call.body is not None
    schema = _spec.resolve(op.body_schema)
    if op.body_media == "application/json":
        assert request.headers["content-type"].startswith("application/json")
        sent_body = json.loads(request.content)
        checked = sent_body
    else:
        assert request.headers["content-type"].startswith("multipart/form-data")
        sent_body = parse_multipart(request, schema)
        # a binary part is bytes on the wire; the schema says `type: string, format: binary`
        checked = {k: ("<binary>" if isinstance(v, bytes) else v) for k, v in sent_body.items()}
    errors = _spec.validation_errors(op.body_schema, checked)
    assert not errors, f"{op.operation_id}: request body does not validate: {errors}"
    props = schema.get("properties", {})
    for name, value in call.body.items():
        got = sent_body.get(name)
        if _spec.resolve(props.get(name, {})).get("format") == "date-time" and isinstance(value, str):
            # The SDK sends the datetime it parsed (`+00:00` for `Z`): the same instant, respelled.
            got, value = datetime.datetime.fromisoformat(str(got)), datetime.datetime.fromisoformat(value)
        assert got == value, f"{op.operation_id}: body {name}={got!r} != {value!r}"
    for name in set(sent_body) - set(call.body):
        default = _spec.resolve(props.get(name, {})).get("default", ...)
        assert sent_body[name] == default, f"{op.operation_id}: body has {name}={sent_body[name]!r} nobody passed"


def _coerce_text(raw: str, schema: Mapping[str, Any]) -> Any:
    """A form/query string read back as the JSON type its schema declares."""
    schema = _spec.resolve(schema)
    kinds = schema.get("type", "string")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "array" in kinds:  # comma-separated, the only form the spec allows (tools/spec_checks.py)
        return [_coerce_text(part, schema.get("items", {})) for part in raw.split(",")] if raw else []
    for kind in kinds:
        try:
            if kind == "integer":
                return int(raw)
            if kind == "number":
                return float(raw)
            if kind == "boolean" and raw in ("true", "false"):
                return raw == "true"
        except ValueError:
            continue
    return raw


def parse_multipart(request: httpx.Request, schema: Mapping[str, Any]) -> dict[str, Any]:
    head = f"Content-Type: {request.headers['content-type']}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    props = schema.get("properties", {})
    out: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        prop = _spec.resolve(props.get(name, {}))
        if prop.get("format") == "binary":
            out[name] = payload
        else:
            out[name] = _coerce_text(payload.decode(), prop)
    return out


def is_job(call: Call) -> bool:
    return call.returns.startswith("Job[")


def response_for(call: Call, body: Any) -> Any:
    """The body to answer with (as drawn; a job response without `job_id` is legal)."""
    return body


def http_response(op: _spec.Operation, status: int, body: Any) -> httpx.Response:
    if isinstance(body, bytes):
        return httpx.Response(
            status,
            content=body,
            headers={"content-type": op.response_media[0], "content-disposition": 'attachment; filename="x.pdf"'},
        )
    return httpx.Response(status, json=body)


def check_result(call: Call, result: Any) -> Any:
    """The SDK returned the typed model of the op's 2xx response (inside a Job/Pager where due)."""
    op = call.op
    if op.binary_response:
        assert isinstance(result, File), f"{op.operation_id}: returned {type(result).__name__}, expected File"
        return result
    model = getattr(models, op.response_model or "")
    kind = call.returns.split("[", 1)[0]
    if kind == "Job":
        assert type(result).__name__ in ("Job", "AsyncJob"), f"{op.operation_id}: {type(result)}"
        inner = result.response
        expected = None if isinstance(inner.job_id, Unset) or inner.job_id is None else str(inner.job_id)
        assert result.job_id == expected
    elif kind == "Pager":
        assert type(result).__name__ in ("Pager", "AsyncPager"), f"{op.operation_id}: {type(result)}"
        inner = result.page
    else:
        inner = result
    assert isinstance(inner, model), f"{op.operation_id}: returned {type(inner).__name__}, expected {model.__name__}"
    return inner
