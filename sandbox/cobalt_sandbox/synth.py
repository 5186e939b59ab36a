"""Deterministic, schema-driven value synthesis (for seeding records and filling event payloads)."""

from __future__ import annotations

import random
from typing import Any

from cobalt_sandbox.spec import JSON, Spec

_STRING_HINTS: dict[str, str] = {
    "phone": "555-010-{n:04d}",
    "fax": "555-020-{n:04d}",
    "email": "sandbox{n}@example.test",
    "zip": "9{n:04d}",
    "state": "CA",
    "city": "Sunnyvale",
    "timezone": "America/New_York",
    "npi": "1{n:09d}",
    "status": "active",
    "name": "Sandbox {n}",
    "url": "https://example.test/{n}",
}


def _pick_type(schema: JSON) -> str | None:
    t = schema.get("type")
    if isinstance(t, list):
        non_null = [x for x in t if x != "null"]
        return str(non_null[0]) if non_null else "null"
    return str(t) if t is not None else None


def synthesize(spec: Spec, schema: JSON, rng: random.Random, name: str = "", depth: int = 0) -> Any:
    """A value that validates against ``schema`` (best effort, deterministic for a given rng state)."""
    schema = spec.resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return rng.choice(list(schema["enum"]))
    examples = schema.get("examples")
    if isinstance(examples, list) and examples and depth > 0 and not isinstance(examples[0], dict | list):
        return examples[0]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return synthesize(spec, schema[key][0], rng, name, depth)
    typ = _pick_type(schema)
    if typ is None and "properties" in schema:
        typ = "object"
    if typ == "object":
        if depth > 4:
            return {}
        props: dict[str, JSON] = schema.get("properties", {})
        return {k: synthesize(spec, v, rng, k, depth + 1) for k, v in props.items()}
    if typ == "array":
        if depth > 4 or "items" not in schema:
            return []
        return [synthesize(spec, schema["items"], rng, name, depth + 1)]
    if typ == "integer":
        lo = int(schema.get("minimum", 1))
        hi = int(schema.get("maximum", max(lo, 100)))
        return rng.randint(lo, hi)
    if typ == "number":
        return float(rng.randint(1, 200))
    if typ == "boolean":
        return rng.random() < 0.5
    if typ == "null":
        return None
    if typ == "string" or typ is None:
        return _string(schema, rng, name)
    return None


def _string(schema: JSON, rng: random.Random, name: str) -> str:
    fmt = schema.get("format")
    n = rng.randint(1, 9999)
    if fmt == "date" or name.endswith("_date") or name in ("dob", "date"):
        if "dob" in name:
            return f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        return f"2025-01-{rng.randint(1, 28):02d}"
    if fmt == "date-time" or name.endswith("_at"):
        return f"2025-01-{rng.randint(1, 28):02d}T{rng.randint(8, 17):02d}:00:00Z"
    if fmt == "uri":
        return f"https://example.test/{n}"
    pattern = schema.get("pattern")
    if pattern == r"^\d{3}-\d{3}-\d{4}$":
        return f"555-010-{n:04d}"
    if pattern == "^[0-9]+$":
        return str(n)
    for hint, template in _STRING_HINTS.items():
        if name.endswith(hint):
            return template.format(n=n)
    if name.endswith("id"):
        return f"{n:06d}"
    return f"{name or 'value'}-{n}"


def concrete(value: Any) -> bool:
    """True unless the value is a docs template placeholder like "<string>"."""
    if isinstance(value, str):
        return not (value.startswith("<") and value.endswith(">"))
    if isinstance(value, dict):
        return all(concrete(v) for v in value.values())
    if isinstance(value, list):
        return all(concrete(v) for v in value)
    return True


# key layout of a record -> its public keys, or None when it has no private one (records share a few layouts)
_PUBLIC_KEYS: dict[tuple[str, ...], tuple[str, ...] | None] = {}
_LAYOUTS = 1024


def strip_private(record: JSON) -> JSON:
    """Drop sandbox-internal keys (leading underscore) before a record goes on the wire.

    Lists answer many records per request, so the per-key test is made once per key layout and a record
    without private keys is copied whole."""
    layout = tuple(record)
    if layout not in _PUBLIC_KEYS:
        if len(_PUBLIC_KEYS) >= _LAYOUTS:
            _PUBLIC_KEYS.clear()
        public = tuple(k for k in layout if k[:1] != "_")
        _PUBLIC_KEYS[layout] = None if public == layout else public
    keys = _PUBLIC_KEYS[layout]
    if keys is None:
        return dict(record)
    return {k: record[k] for k in keys}
