"""tools/mutation_map.py names every module of both packages, and only test files that exist."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from mutation_map import TESTS  # noqa: E402


def test_every_module_is_mapped() -> None:
    modules = {
        str(p.relative_to(ROOT))
        for pkg in ("overlay/cobalt_sdk", "sandbox/cobalt_sandbox")
        for p in (ROOT / pkg).rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert modules == set(TESTS), "add the new module to tools/mutation_map.py (or drop the removed one)"


def test_mapped_test_files_exist() -> None:
    missing = {m: t for m, tests in TESTS.items() for t in tests if not (ROOT / t).is_file()}
    assert not missing
