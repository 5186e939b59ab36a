"""Clocks: the real wall clock and a fake one tests can advance by hand."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable
from typing import Protocol

FIXED_START = dt.datetime(2025, 1, 15, 9, 0, 0, tzinfo=dt.UTC)


class Clock(Protocol):
    """What the sandbox needs from a clock."""

    def now(self) -> float:
        """Seconds since the epoch (sandbox time)."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` of sandbox time."""
        ...

    def on_advance(self, callback: Callable[[], None]) -> None:
        """Register a callback run after the clock moves (fake clocks only)."""
        ...


class RealClock:
    """Wall-clock time; sleeping really sleeps."""

    def now(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    def on_advance(self, callback: Callable[[], None]) -> None:
        return None


class FakeClock:
    """Manually driven clock. ``sleep`` returns at once (and records the wait)."""

    def __init__(self, start: float | None = None) -> None:
        self._now = FIXED_START.timestamp() if start is None else start
        self._callbacks: list[Callable[[], None]] = []
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await asyncio.sleep(0)

    def advance(self, seconds: float) -> None:
        """Move time forward and let the sandbox finish whatever became due."""
        self._now += seconds
        for callback in list(self._callbacks):
            callback()

    def on_advance(self, callback: Callable[[], None]) -> None:
        self._callbacks.append(callback)


def iso(ts: float) -> str:
    """ISO 8601 UTC timestamp with milliseconds, e.g. 2025-10-21T14:30:00.000Z."""
    d = dt.datetime.fromtimestamp(ts, tz=dt.UTC)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"
