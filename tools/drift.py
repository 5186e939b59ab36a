"""Compare two generated trees: which files differ (used by `nox -s generate -- --check`).

Also the manifest of the committed tree (`generated/cobalt_api_client.sha256`, sha256sum format),
written by `nox -s generate`: contract_tests compares the tree against it, so a hand edit of
generated code fails that session too, at the cost of hashing a few hundred files.
"""

from __future__ import annotations

import filecmp
import hashlib
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


def manifest(root: Path) -> str:
    """One `<sha256>  <relative path>` line per file of the tree, sorted by path."""
    return "".join(f"{hashlib.sha256((root / f).read_bytes()).hexdigest()}  {f}\n" for f in sorted(files(root)))


def manifest_diff(root: Path, committed: str) -> list[str]:
    """Relative paths whose hash differs from the committed manifest (or that only one side has), sorted."""

    def entries(text: str) -> set[tuple[str, str]]:
        return {(path, digest) for digest, _, path in (line.partition("  ") for line in text.splitlines())}

    return sorted({path for path, _ in entries(manifest(root)) ^ entries(committed)})


if __name__ == "__main__":
    diff = tree_diff(Path(sys.argv[1]), Path(sys.argv[2]))
    print("\n".join(diff))
    raise SystemExit(1 if diff else 0)
