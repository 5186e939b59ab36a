"""Drop duplicate deliveries by the signed event `id`.

Cobalt retries a delivery once (after a 5xx, a 429 or a network error). The receivers key on the
envelope `id` inside the signed body: the `webhook-id` header is not signed, so a replay could
change it. `Deduplicator` remembers recent ids in a pluggable store: the default keeps the
last `DEDUPE_CAPACITY` ids in memory (per process); for several workers, plug a shared store
implementing `seen_or_add` (`cobalt_sdk.bus.RedisDedupeStore`: `SET key NX EX` on the signed id).
A store may also offer `confirm(key)` (the hand-off succeeded: a short claim becomes a long
memory), `discard(key)` (forget, so a redelivery is processed) and `status(key)` ("new", "leased"
or "done"; `catch_up` stops at an id another instance is still handing off).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable
from typing import Protocol, runtime_checkable

from .._constants import DEDUPE_CAPACITY


@runtime_checkable
class DedupeStore(Protocol):
    """Atomically: return True if `key` was already recorded, else record it and return False."""

    def seen_or_add(self, key: str) -> bool: ...


@runtime_checkable
class AsyncDedupeStore(Protocol):
    """The asyncio flavour of `DedupeStore`."""

    def seen_or_add(self, key: str) -> Awaitable[bool]: ...


class InMemoryDedupeStore:
    """A thread-safe, bounded LRU set of recently seen keys (a hit refreshes the key)."""

    def __init__(self, capacity: int = DEDUPE_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def seen_or_add(self, key: str) -> bool:
        with self._lock:
            if key in self._keys:
                self._keys.move_to_end(key)
                return True
            self._keys[key] = None
            if len(self._keys) > self.capacity:
                self._keys.popitem(last=False)
            return False

    def discard(self, key: str) -> None:
        """Forget a key (so a redelivery is processed, e.g. after the hand-off failed)."""
        with self._lock:
            self._keys.pop(key, None)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._keys

    def __len__(self) -> int:
        with self._lock:
            return len(self._keys)

    def __repr__(self) -> str:
        return f"InMemoryDedupeStore(capacity={self.capacity}, size={len(self)})"


class Deduplicator:
    """Decides whether a delivery id was seen before; backed by a `DedupeStore`."""

    def __init__(self, store: DedupeStore | None = None, *, capacity: int = DEDUPE_CAPACITY) -> None:
        self.store: DedupeStore = store if store is not None else InMemoryDedupeStore(capacity)

    def is_duplicate(self, key: str | None) -> bool:
        """True if `key` was seen before; records it otherwise. A None/empty key is never a duplicate."""
        if not key:
            return False
        return bool(self.store.seen_or_add(key))

    def forget(self, key: str | None) -> None:
        """Undo `is_duplicate` for `key` if the store supports it (a `discard(key)` method)."""
        discard = getattr(self.store, "discard", None)
        if key and callable(discard):
            discard(key)

    def confirm(self, key: str | None) -> None:
        """The event was handed off: tell a store with a claim lease (a `confirm(key)` method)."""
        confirm = getattr(self.store, "confirm", None)
        if key and callable(confirm):
            confirm(key)

    def status(self, key: str) -> str:
        """ "new", "leased" (claimed, hand-off not confirmed) or "done"; stores without leases say "done"."""
        status = getattr(self.store, "status", None)
        if callable(status):
            return str(status(key))
        return "done"

    def __repr__(self) -> str:
        return f"Deduplicator(store={self.store!r})"


class AsyncDeduplicator:
    """`Deduplicator` over an `AsyncDedupeStore` (or a plain `DedupeStore`, called inline)."""

    def __init__(self, store: AsyncDedupeStore | DedupeStore | None = None, *, capacity: int = DEDUPE_CAPACITY) -> None:
        self.store: AsyncDedupeStore | DedupeStore = store if store is not None else InMemoryDedupeStore(capacity)

    async def is_duplicate(self, key: str | None) -> bool:
        if not key:
            return False
        result = self.store.seen_or_add(key)
        if isinstance(result, bool):
            return result
        return bool(await result)

    async def forget(self, key: str | None) -> None:
        await self._call("discard", key)

    async def confirm(self, key: str | None) -> None:
        await self._call("confirm", key)

    async def _call(self, name: str, key: str | None) -> None:
        method = getattr(self.store, name, None)
        if key and callable(method):
            result = method(key)
            if isinstance(result, Awaitable):
                await result

    def __repr__(self) -> str:
        return f"AsyncDeduplicator(store={self.store!r})"


__all__ = ["AsyncDedupeStore", "AsyncDeduplicator", "DedupeStore", "Deduplicator", "InMemoryDedupeStore"]
