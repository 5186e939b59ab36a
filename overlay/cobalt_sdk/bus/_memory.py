"""The in-process result bus (the default) and the cursor stores that need no server.

`InProcessBus` joins the receivers and waiters of one process: `feed(event)` (what a
`WebhookReceiver` calls on its `waiter=`) hands the event to every subscribed waiter at once.
It never loses a message while the process lives, so it never reports a gap.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from .._waiter import BusListener

if TYPE_CHECKING:
    from ..webhooks._event_union import Event

logger = logging.getLogger("cobalt_sdk.bus")


class _Subscription:
    def __init__(self, bus: InProcessBus, listener: BusListener) -> None:
        self._bus, self._listener = bus, listener

    def close(self) -> None:
        self._bus._remove(self._listener)


class InProcessBus:
    """Fan webhook events out to the job waiters of this process (threads or asyncio)."""

    def __init__(self) -> None:
        self._listeners: list[BusListener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: BusListener) -> _Subscription:
        with self._lock:
            self._listeners.append(listener)
        return _Subscription(self, listener)

    def _remove(self, listener: BusListener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def feed(self, event: Event) -> int:
        """Publish an event; returns how many waiters it was handed to."""
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener.feed(event)
            except Exception:
                logger.exception("a job waiter failed on a bus event")
        return len(listeners)

    publish = feed

    def __repr__(self) -> str:
        return f"InProcessBus(listeners={len(self._listeners)})"


class InMemoryCursorStore:
    """A replay cursor kept in memory (tests, or an app whose restarts replay from `since`)."""

    def __init__(self, value: str | None = None) -> None:
        self._value = value

    def get(self) -> str | None:
        return self._value

    def set(self, value: str) -> None:
        self._value = value


class FileCursorStore:
    """A replay cursor kept in a file, replaced atomically (a crash leaves the old or the new one)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def get(self) -> str | None:
        try:
            return self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def set(self, value: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".cursor-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(value)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def __repr__(self) -> str:
        return f"FileCursorStore({str(self.path)!r})"


__all__ = ["FileCursorStore", "InMemoryCursorStore", "InProcessBus"]
