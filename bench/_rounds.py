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


def print_table(times: Mapping[str, list[float]], base: str, label: str, width: int = 10) -> None:
    """One line per variant: its median time and its median ratio to `base`."""
    for name, values in times.items():
        ratio = median_ratio(times, name, base)
        print(f"  {name:{width}s} {statistics.median(values) * 1000:7.1f} ms  ({ratio:.2f}x {label})")
