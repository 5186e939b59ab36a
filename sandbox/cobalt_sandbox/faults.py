"""Injected faults for /v1 requests: latency, 5xx, 429 with Retry-After, dropped connections."""

from __future__ import annotations

import asyncio
import random
import time

from cobalt_sandbox.config import Faults
from cobalt_sandbox.errors import ApiError


class DroppedConnection(Exception):
    """Raised after the response has started, so the server aborts the connection mid-response."""


class FaultInjector:
    def __init__(self, faults: Faults, seed: int) -> None:
        self.faults = faults
        self.rng = random.Random(f"faults:{seed}")
        self._window: list[float] = []

    def update(self, **values: float | int) -> Faults:
        for key, value in values.items():
            if not hasattr(self.faults, key):
                raise KeyError(key)
            current = getattr(self.faults, key)
            setattr(self.faults, key, type(current)(value))
        return self.faults

    def clear(self) -> None:
        self.faults.__init__()  # type: ignore[misc]

    async def before(self) -> bool:
        """Apply latency and decide errors; returns True when the connection must be dropped."""
        f = self.faults
        if f.latency > 0:
            await asyncio.sleep(f.latency)
        if f.force_drop > 0:
            f.force_drop -= 1
            return True
        if f.force_429 > 0:
            f.force_429 -= 1
            raise self._too_many()
        if f.force_500 > 0:
            f.force_500 -= 1
            raise ApiError(500, "Internal server error (injected by the sandbox).")
        if f.rate_limit > 0:
            now = time.monotonic()
            self._window = [t for t in self._window if now - t < 1.0]
            if len(self._window) >= f.rate_limit:
                raise self._too_many()
            self._window.append(now)
        if f.drop_rate and self.rng.random() < f.drop_rate:
            return True
        if f.error_rate and self.rng.random() < f.error_rate:
            raise ApiError(500, "Internal server error (injected by the sandbox).")
        return False

    def _too_many(self) -> ApiError:
        return ApiError(429, "Too many requests. Retry later.", headers={"Retry-After": str(self.faults.retry_after)})
