"""The generated package is marked and walled off: it imports from the SDK only the declared
`cobalt_sdk.runtime_interface`, only names of its pinned `__all__`, and every file says it is generated."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

import cobalt_api_client
from cobalt_sdk import runtime_interface

GENERATED = Path(cobalt_api_client.__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "cobalt_stamp", Path(__file__).resolve().parents[2] / "generator" / "stamp.py"
)
assert _SPEC is not None and _SPEC.loader is not None
STAMP = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(STAMP)
HEADER: str = STAMP.header()

PINNED = [
    "INTERFACE_VERSION",
    "NOT_GIVEN",
    "AsyncJob",
    "AsyncPager",
    "AsyncRunner",
    "Body",
    "CallOptions",
    "Headers",
    "Job",
    "NotGiven",
    "Operation",
    "Pager",
    "Query",
    "SyncRunner",
    "TimeoutArg",
    "as_date",
    "as_datetime",
    "as_digits",
    "as_ids",
    "as_time",
    "async_raw_method",
    "raw_method",
    "require_interface",
]
FILES = sorted(GENERATED.rglob("*.py"))


def test_the_interface_is_pinned() -> None:
    """Changing the seam is a decision: update this list, and bump INTERFACE_VERSION if incompatible."""
    assert runtime_interface.__all__ == PINNED
    assert all(hasattr(runtime_interface, name) for name in PINNED)
    assert runtime_interface.INTERFACE_VERSION == 1


def _sdk_imports(path: Path) -> list[tuple[str, list[str]]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "cobalt_sdk":
            found.append((node.module or "", [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names if a.name.split(".")[0] == "cobalt_sdk"]
    return found


def test_generated_code_imports_only_the_runtime_interface() -> None:
    assert len(FILES) > 300
    used: set[str] = set()
    for path in FILES:
        for module, names in _sdk_imports(path):
            where = path.relative_to(GENERATED)
            assert module == "cobalt_sdk.runtime_interface", f"{where} imports {module}"
            assert set(names) <= set(PINNED), f"{where} imports {set(names) - set(PINNED)}"
            used.update(names)
    assert {"SyncRunner", "AsyncRunner", "Operation", "as_date", "as_ids", "require_interface"} <= used


def test_every_generated_file_says_it_is_generated() -> None:
    first_lines = {path.relative_to(GENERATED): path.read_text(encoding="utf-8").split("\n", 1)[0] for path in FILES}
    assert {p: line for p, line in first_lines.items() if line != HEADER} == {}
    assert "openapi.yaml" in HEADER and "nox -s generate" in HEADER and "do not edit" in HEADER


def test_a_package_generated_for_another_interface_fails_at_import() -> None:
    with pytest.raises(
        ImportError, match="generated for cobalt_sdk runtime interface 2, but this cobalt_sdk implements 1"
    ):
        runtime_interface.require_interface(2, "cobalt_api_client.api.providers")
    runtime_interface.require_interface(1, "cobalt_api_client.api.providers")
