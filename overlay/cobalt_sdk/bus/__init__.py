"""Job results across a fleet: one result bus, two backends, shared dedupe and replay cursors.

    bus = RedisBus("redis://127.0.0.1:6379/0")              # or InProcessBus() in one process
    receiver = WebhookReceiver(secret, handler, waiter=bus, dedupe=RedisDedupeStore(bus.redis))
    waiter = JobWaiter(cobalt, bus=bus)                      # on any instance

A webhook verified by any instance resolves the waiter on any instance; the dedupe store is
shared, so one delivery is handled once across the fleet; a waiter that misses bus messages
(Redis restarted, a network blip) is told so and scans `GET /webhook-events` itself.
`InProcessBus`, `InMemoryCursorStore` and `FileCursorStore` need nothing; the Redis classes need
`pip install "cobalt-sdk[redis]"` and are imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from ._memory import FileCursorStore, InMemoryCursorStore, InProcessBus
    from ._redis import AsyncRedisBus, AsyncRedisDedupeStore, RedisBus, RedisCursorStore, RedisDedupeStore

_LAZY = {
    "FileCursorStore": "._memory",
    "InMemoryCursorStore": "._memory",
    "InProcessBus": "._memory",
    "AsyncRedisBus": "._redis",
    "AsyncRedisDedupeStore": "._redis",
    "RedisBus": "._redis",
    "RedisCursorStore": "._redis",
    "RedisDedupeStore": "._redis",
}

__all__ = [
    "AsyncRedisBus",
    "AsyncRedisDedupeStore",
    "FileCursorStore",
    "InMemoryCursorStore",
    "InProcessBus",
    "RedisBus",
    "RedisCursorStore",
    "RedisDedupeStore",
]

__getattr__ = lazy_exports(__name__, globals(), _LAZY)
