"""Compare two generated trees: which files differ (used by `nox -s generate -- --check`)."""

from __future__ import annotations

import filecmp
import sys
from pathlib import Path

IGNORED_PARTS = {"__pycache__", ".ruff_cache"}


def files(root: Path) -> set[str]:
    return {
        str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and not IGNORED_PARTS.intersection(p.parts)
    }


def tree_diff(committed: Path, fresh: Path) -> list[str]:
    """Relative paths added, removed or changed between the two trees, sorted."""
    a, b = files(committed), files(fresh)
    changed = set(a ^ b)
    changed.update(f for f in a & b if not filecmp.cmp(committed / f, fresh / f, shallow=False))
    return sorted(changed)


if __name__ == "__main__":
    diff = tree_diff(Path(sys.argv[1]), Path(sys.argv[2]))
    print("\n".join(diff))
    raise SystemExit(1 if diff else 0)
