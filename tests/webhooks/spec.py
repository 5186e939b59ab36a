"""The spec's webhook event schemas and a small Hypothesis generator for them.

The event schemas use only `type` (incl. `["string", "null"]`), `const`, `required`,
`properties`, `items`, `$ref` and `oneOf`, so a few lines cover them; anything else fails loudly.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"

Json = Any

# Text that stresses the JS serialisation: unicode, slashes, quotes, controls, U+2028.
_ALPHABET = st.characters(codec="utf-8") | st.sampled_from(list('/\\"\u2028\u2029\x00\x1f\x7f é😀</script>'))
TEXT = st.text(_ALPHABET, max_size=12)
NUMBERS = (
    st.integers(min_value=-(2**64), max_value=2**64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([0.1, 1e21, 1.5e-7, -0.0, 1e-7, 123e19, 5e-324])
)


_ANNOTATIONS = {"description", "deprecated", "title", "examples", "example"}


@cache
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.safe_load(fh)
    return loaded


def schemas() -> dict[str, Any]:
    result: dict[str, Any] = spec()["components"]["schemas"]
    return result


def webhook_event_schema_names() -> list[str]:
    """The component schema behind each entry of the spec's `webhooks:` section."""
    names = []
    for item in spec()["webhooks"].values():
        ref = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        names.append(ref.rsplit("/", 1)[-1])
    return sorted(set(names))


def event_examples() -> list[tuple[str, int, dict[str, Any]]]:
    """(schema name, index, example) for every `examples:` entry of every webhook event schema."""
    out = []
    for name in webhook_event_schema_names():
        for i, example in enumerate(schemas()[name].get("examples") or []):
            out.append((name, i, example))
    return out


def from_schema(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Json]:
    """A strategy for JSON values valid against `schema` (the subset the event schemas use)."""
    if "$ref" in schema:
        return st.deferred(lambda: from_schema(schemas()[schema["$ref"].rsplit("/", 1)[-1]], depth + 1))
    if "const" in schema:
        return st.just(schema["const"])
    if "oneOf" in schema:
        return st.one_of([from_schema(s, depth + 1) for s in schema["oneOf"]])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": k}, depth) for k in kind])
    if kind == "string":
        return TEXT
    if kind == "integer":
        return st.integers(min_value=-(2**60), max_value=2**60)
    if kind == "number":
        return NUMBERS
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        return st.lists(from_schema(schema.get("items", {"type": "string"}), depth + 1), max_size=3)
    if kind == "object" or "properties" in schema:
        return _object(schema, depth)
    if not {k for k in schema if not k.startswith("x-") and k not in _ANNOTATIONS}:
        return st.none() | st.booleans() | TEXT | NUMBERS
    raise NotImplementedError(f"schema keyword not covered: {sorted(schema)}")


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[Json]:
    props: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    fields = {k: from_schema(v, depth + 1) for k, v in props.items() if k in required}
    optional = {k: from_schema(v, depth + 1) for k, v in props.items() if k not in required}
    return st.fixed_dictionaries(fields, optional=optional)


def event_payloads() -> st.SearchStrategy[dict[str, Any]]:
    """Any webhook event the spec defines."""
    return st.sampled_from(webhook_event_schema_names()).flatmap(lambda n: from_schema(schemas()[n]))
