"""Mark every generated Python file: `python generator/stamp.py OUTPUT_DIR` (run by tools/generate.sh).

Each `.py` file under OUTPUT_DIR gets `HEADER` as its first line (after the generator and its ruff
post-hooks have run, so nothing reformats it), saying where it comes from and how to remake it.
tests/pipeline/test_runtime_interface.py checks that every generated file carries it.
"""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

HEADER = (
    "# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client {version}"
    " with generator/); do not edit."
)


def header() -> str:
    return HEADER.format(version=importlib.metadata.version("openapi-python-client"))


def stamp(root: Path) -> int:
    """Prefix every `.py` file under `root` with the header; returns how many files were stamped."""
    line = header() + "\n"
    count = 0
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith(line):
            path.write_text(line + text, encoding="utf-8")
            count += 1
    return count


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: stamp.py OUTPUT_DIR", file=sys.stderr)
        return 2
    stamp(Path(argv[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
