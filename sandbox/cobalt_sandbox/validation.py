"""Request validation driven by the spec's parameter and requestBody schemas, with Cobalt's messages."""

from __future__ import annotations

import email.parser
import email.policy
import json
from typing import Any

from jsonschema import ValidationError  # type: ignore[import-untyped]

from cobalt_sandbox.config import MAX_BODY_BYTES
from cobalt_sandbox.errors import bad_request
from cobalt_sandbox.spec import JSON, Operation, Param, Spec

DATE_MESSAGE = "Invalid date format. Use ISO format (YYYY-MM-DD)."
DATETIME_MESSAGE = "Invalid datetime format. Use ISO 8601, e.g. 2025-01-15T10:00:00-05:00."
AT_LEAST_ONE = "At least one of the following parameters must be provided: "


def _coerce(raw: list[str], schema: JSON) -> Any:
    """Turn query-string text into the JSON type the parameter schema asks for."""
    typ = schema.get("type")
    if isinstance(typ, list):
        typ = next((t for t in typ if t != "null"), None)
    if typ == "array":
        items: list[str] = []
        for value in raw:
            items.extend(v for v in value.split(",") if v != "")
        return [_coerce([v], schema.get("items", {})) for v in items]
    value = raw[-1]
    if typ == "integer":
        try:
            return int(value)
        except ValueError:
            return value
    if typ == "number":
        try:
            return float(value)
        except ValueError:
            return value
    if typ == "boolean":
        return {"true": True, "false": False}.get(value.lower(), value)
    return value


def validate_params(
    spec: Spec, op: Operation, query: dict[str, list[str]], path_params: dict[str, str]
) -> dict[str, Any]:
    """Validated, typed parameter values (defaults filled in); raises ApiError(400)."""
    out: dict[str, Any] = {}
    missing: list[str] = []
    for param in op.params:
        if param.location == "path":
            raw = [path_params.get(param.name, "")]
        elif param.location == "query":
            raw = query.get(param.name, [])
        else:
            continue
        if not raw or (param.location == "path" and raw == [""]):
            if param.required:
                missing.append(param.name)
            elif "default" in param.schema:
                out[param.name] = param.schema["default"]
            continue
        value = _coerce(raw, spec.resolve(param.schema))
        _check_param(spec, param, value)
        out[param.name] = value
    if missing:
        raise bad_request(f"Missing required parameters: {', '.join(missing)}.")
    return out


def _check_param(spec: Spec, param: Param, value: Any) -> None:
    schema = spec.resolve(param.schema)
    error = next(iter(spec.validator(param.schema).iter_errors(value)), None)
    if error is None:
        return
    if schema.get("format") == "date" or (schema.get("items", {}) or {}).get("format") == "date":
        raise bad_request(DATE_MESSAGE)
    if error.validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        raise bad_request(f"Invalid value for {param.name}. Must be one of: {allowed}")
    raise bad_request(f"Invalid value for parameter '{param.name}'.")


def parse_body(op: Operation, raw: bytes, content_type: str) -> JSON:
    """Decode a JSON or multipart body into a dict; raises ApiError(400) on anything malformed."""
    if len(raw) > MAX_BODY_BYTES:
        raise bad_request("Request body too large.")
    if op.body_content_type == "multipart/form-data":
        return _parse_multipart(raw, content_type)
    if not raw.strip():
        if op.body_required:
            raise bad_request("Request body is required.")
        return {}
    try:
        value = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise bad_request("Invalid JSON in request body.") from None
    if not isinstance(value, dict):
        raise bad_request("Request body must be a JSON object.")
    return value


def _parse_multipart(raw: bytes, content_type: str) -> JSON:
    if "multipart/form-data" not in content_type.lower() or "boundary=" not in content_type:
        raise bad_request("Request body must be multipart/form-data.")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    try:
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + raw)
    except Exception:
        raise bad_request("Malformed multipart body.") from None
    if not msg.is_multipart():
        raise bad_request("Malformed multipart body.")
    out: JSON = {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        if part.get_filename() is not None:
            out[name] = {"filename": part.get_filename(), "content": data, "content_type": part.get_content_type()}
        else:
            text = data.decode("utf-8", errors="replace")
            out[name] = {"true": True, "false": False}.get(text, text) if name.startswith("is_") else text
    return out


def validate_body(spec: Spec, op: Operation, body: JSON) -> None:
    """Check a decoded body against the operation's request schema; raises ApiError(400)."""
    if op.body_schema is None:
        return
    schema = spec.schemas[op.body_schema]
    if op.body_content_type == "multipart/form-data":
        props = schema.get("properties", {})
        body = {
            k: ("<file>" if isinstance(v, dict) and props.get(k, {}).get("format") == "binary" else v)
            for k, v in body.items()
        }
    errors = list(spec.validator(op.body_schema).iter_errors(body))
    if not errors:
        return
    raise bad_request(message_for(errors, body, op.error_examples.get(400, [])))


def message_for(errors: list[ValidationError], body: JSON, documented: list[str] | None = None) -> str:
    """Pick the error Cobalt would report first and phrase it the documented way."""
    top = [e for e in errors if not e.path]
    for err in top:
        if err.validator == "required":
            missing = str(err.message).split("'")[1] if "'" in err.message else str(err.message)
            if f"'{missing}' is required." in (documented or []):
                return f"'{missing}' is required."
            return f"Missing required field: {missing}"
    for err in top:
        if err.validator == "anyOf":
            message = _required_set_message(err, body, documented or [])
            if message is not None:
                return message
    for err in top:
        if err.validator == "additionalProperties":
            allowed = set(err.schema.get("properties", {}))
            unexpected = sorted(k for k in body if k not in allowed)
            return f"Unexpected fields in request body: {', '.join(unexpected)}"
    err = min(errors, key=lambda e: len(e.path))
    field = str(err.path[0]) if err.path else "body"
    if err.validator in ("minLength", "maxLength") and {"minLength", "maxLength"} <= set(err.schema):
        bounds = f"between {err.schema['minLength']} and {err.schema['maxLength']} characters"
        ranged = next((m for m in documented or [] if bounds in m), None)
        if ranged is not None:
            return ranged
    if err.validator == "maxLength":
        return f"{field.capitalize()} exceeds maximum length of {err.validator_value} characters"
    if err.validator == "enum":
        choices = ", ".join(str(v) for v in err.validator_value)
        return f"Invalid value for {field}. Must be one of: {choices}"
    if err.validator == "type":
        return f"Invalid type for field: {field}."
    if err.validator == "format" and err.validator_value == "date":
        return DATE_MESSAGE
    if err.validator == "format" and err.validator_value == "date-time":
        return DATETIME_MESSAGE
    if err.validator == "required":
        inner = str(err.message).split("'")[1] if "'" in err.message else ""
        return f"Missing required field: {field}.{inner}"
    return f"Invalid value for field: {field}."


def _required_set_message(err: ValidationError, body: JSON, documented: list[str]) -> str | None:
    """Phrase a failed `anyOf` of required sets (the spec's "one of these fields" rules).

    Branches may pin `search_by` with `const`: when the body names a mode, the fields that mode
    needs are reported; otherwise the documented message for the whole rule ("At least one of ...",
    or one naming a branch's fields), else the first branch's field (the branches then name
    alternatives of one field). None when the body names a
    mode no branch knows (the enum error on `search_by` says more).
    """
    branches: list[JSON] = [b for b in err.validator_value if isinstance(b, dict)]

    def mode(branch: JSON) -> Any:
        return branch.get("properties", {}).get("search_by", {}).get("const")

    chosen = body.get("search_by")
    picked = [b for b in branches if chosen is not None and mode(b) == chosen]
    if chosen is not None and not picked:
        return None
    if picked:
        missing = [[f for f in b.get("required", []) if f not in body and f != "search_by"] for b in picked]
        if len(missing) == 1:
            return f"Missing required parameters: {', '.join(missing[0])}."
        return AT_LEAST_ONE + ", ".join(f for fields in missing for f in fields) + "."
    named = [f"Missing required parameters: {', '.join(b.get('required', []))}." for b in branches]
    doc = next((m for m in documented if m.startswith(AT_LEAST_ONE) or m in named), None)
    if doc is not None:
        return doc
    first = branches[0].get("required", ["body"]) if branches else ["body"]
    return f"Missing required field: {first[0]}"
