"""Write SPEC.md: every `x-assumption` and `x-doc-conflict` of openapi.yaml in one place.

python tools/spec_notes.py           # rewrite SPEC.md
python tools/spec_notes.py --check   # exit 1 if SPEC.md is out of date
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
HEADER = """# openapi.yaml: assumptions and doc conflicts

Generated from `openapi.yaml` by `python tools/spec_notes.py` (a test fails when it is stale).
Cobalt's public docs are incomplete and disagree with themselves in places. Each entry names the
place in the spec (a JSON pointer) and what we chose. Someone with access to the real API should
confirm the **assumptions** first (they are guesses where the docs are silent); the **conflicts**
record where documented versions differ and what the spec accepts.
"""


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("x-assumption", "x-doc-conflict") and isinstance(value, str):
                yield key, pointer or "/", " ".join(value.split())
            else:
                yield from walk(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{pointer}/{i}")


def render(spec: dict[str, Any]) -> str:
    notes = list(walk(spec))
    out = [HEADER]
    for kind, title in (("x-assumption", "Assumptions"), ("x-doc-conflict", "Doc conflicts")):
        rows = [(p, text) for k, p, text in notes if k == kind]
        out.append(f"\n## {title} ({len(rows)})\n")
        out += [f"- `{p}`: {text}" for p, text in rows]
    return "\n".join(out) + "\n"


def main() -> int:
    text = render(yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8")))
    target = ROOT / "SPEC.md"
    if "--check" in sys.argv:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print("SPEC.md is out of date: run `python tools/spec_notes.py`", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
