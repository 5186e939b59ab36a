"""What the contract suites actually exercised in this session (for the coverage guard and summary).

Tests call `record(kind, name)` only after a case passed its assertions, so a name is "covered"
only if at least one real exchange for it ran cleanly.
"""

from __future__ import annotations

from collections import defaultdict

EXERCISED: defaultdict[str, set[str]] = defaultdict(set)
CASES: defaultdict[str, int] = defaultdict(int)


def record(kind: str, name: str, cases: int = 1) -> None:
    EXERCISED[kind].add(name)
    CASES[kind] += cases


def count(kind: str, cases: int = 1) -> None:
    CASES[kind] += cases
