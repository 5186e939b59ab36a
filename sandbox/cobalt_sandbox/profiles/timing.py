"""How long a job takes: fast (``job_delay`` plus jitter, the default for tests) or realistic.

Realistic durations are drawn, seeded, from each operation's documented range: about 5-25 s for
the RPA writes, 30-90 s for clinical notes (the newer note pages; the oldest said 5-25 s). Live
fetches read the EHR "within seconds up to a couple of minutes" (the polling guide); 10-90 s is
assumed, below the guide's 2-minute timeouts. The docs give no per-EHR figures, so every profile
uses the same ranges.
"""

from __future__ import annotations

import random

FAST = "fast"
REALISTIC = "realistic"
LATENCIES = (FAST, REALISTIC)

RPA_WRITE = (5.0, 25.0)
NOTE = (30.0, 90.0)
LIVE_FETCH = (10.0, 90.0)
_NOTES = frozenset({"notes_create"})


def seconds_range(op_id: str) -> tuple[float, float]:
    """The documented (or assumed) duration range of ``op_id``'s job, in seconds."""
    if op_id in _NOTES:
        return NOTE
    if op_id.endswith("_fetch"):
        return LIVE_FETCH
    return RPA_WRITE


def duration(latency: str, op_id: str, job_delay: float, jitter: float, rng: random.Random) -> float:
    """Seconds from submission until the job finishes."""
    if latency == REALISTIC:
        low, high = seconds_range(op_id)
        return rng.uniform(low, high)
    return job_delay + (rng.uniform(0.0, jitter) if jitter > 0 else 0.0)
