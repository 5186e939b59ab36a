"""The spec as openapi-python-client should read it: `python generator/prepare_spec.py IN OUT`.

openapi-python-client builds a parameter's property from its `schema` alone, so a description
written on the parameter (where OpenAPI puts it, and where our spec has it) would never reach the
generated docstrings. This copies each parameter's `description` into its schema when the schema
has none; nothing else changes. The result is JSON (a subset of YAML the generator reads).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _describe(parameter: Any) -> None:
    if not isinstance(parameter, dict) or not isinstance(parameter.get("schema"), dict):
        return
    schema, description = parameter["schema"], parameter.get("description")
    if description and "description" not in schema and "$ref" not in schema:
        schema["description"] = description


def prepare(doc: dict[str, Any]) -> dict[str, Any]:
    """`doc` with parameter descriptions copied into their schemas (in place; returned for chaining)."""
    for parameter in ((doc.get("components") or {}).get("parameters") or {}).values():
        _describe(parameter)
    for item in (doc.get("paths") or {}).values():
        for parameter in item.get("parameters") or []:
            _describe(parameter)
        for method in METHODS:
            for parameter in (item.get(method) or {}).get("parameters") or []:
                _describe(parameter)
    return doc


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: prepare_spec.py IN.yaml OUT.json", file=sys.stderr)
        return 2
    doc = YAML(typ="safe").load(Path(argv[1]).read_bytes())
    Path(argv[2]).write_text(json.dumps(prepare(doc), ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
