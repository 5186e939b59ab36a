"""Interleaved rounds for the start-up benchmarks: every variant once per round, ratios per round."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping


def interleaved(variants: Mapping[str, Callable[[], float]], runs: int) -> dict[str, list[float]]:
    """Time each variant once to warm caches, then `runs` rounds of every variant in turn."""
    for measure in variants.values():  # writes the bytecode caches
        measure()
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, measure in variants.items():
            times[name].append(measure())
    return times


def median_ratio(times: Mapping[str, list[float]], name: str, base: str) -> float:
    """The median of per-round ratios name/base (robust to a round that was slow for both)."""
    return statistics.median(a / b for a, b in zip(times[name], times[base], strict=True))
