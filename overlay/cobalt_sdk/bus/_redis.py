"""The Redis backend (`pip install "cobalt-sdk[redis]"`): result bus, shared dedupe, replay cursor.

Why a stream and not pub/sub. Pub/sub delivers a message only to the connections subscribed at
that instant: a waiter whose connection blipped, or that subscribed a moment after a fast job's
webhook, never sees the message, and nothing tells it so. A stream (`XADD` with an approximate
`MAXLEN`, read with blocking `XREAD` from the last id seen) keeps recent messages: a reader that
reconnects resumes where it stopped, a waiter that starts reads back `lookback` seconds (so an
event that beat the POST's response is still found), and the cost is one bounded key. Every
waiter reads the whole stream (no consumer group): each must see every event to find its own
jobs, and events of other waiters' jobs are held only briefly (bounded) by each waiter.

What a stream cannot save: messages published while Redis is down (the receiver's `XADD`
fails) or lost with a restart of a Redis without persistence. Both are reported to the waiter as
a gap (on every failed read, and once when reading works again), and the waiter then scans
`GET /webhook-events` itself, so a message lost on the bus costs a poll, never a job.

Dedupe is `SET key NX EX lease` on the signed event id: the first receiver to claim an id wins
for `lease` seconds; once the hand-off succeeded the key is confirmed for `ttl` seconds. A
receiver killed between verify and hand-off leaves only a lease, which expires, so the event is
processed again by the next delivery or replay (`catch_up`) instead of being lost.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import TYPE_CHECKING, Any, Literal

try:
    import redis
    import redis.asyncio as aredis
    from redis.asyncio.retry import Retry as AsyncRetry
    from redis.backoff import NoBackoff
    from redis.retry import Retry
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError('the Redis backend needs the redis package: pip install "cobalt-sdk[redis]"') from exc

from .._errors import WebhookPayloadError
from .._waiter import BusListener
from ._codec import decode, encode

if TYPE_CHECKING:
    from ..webhooks._event_union import Event

logger = logging.getLogger("cobalt_sdk.bus")

DEFAULT_STREAM = "cobalt:events"
DEFAULT_MAXLEN = 100_000
DEFAULT_LOOKBACK = 60.0
DEDUPE_PREFIX = "cobalt:webhook:"
DEDUPE_TTL = 86_400
DEDUPE_LEASE = 30
FIELD = b"e"
READ_BLOCK_MS = 1000
READ_COUNT = 1000
RETRY_MIN, RETRY_MAX = 0.05, 1.0

Status = Literal["new", "leased", "done"]

# Claim the signed event id (the lease) and publish the event in one round trip: either both happen
# or neither (a script's writes are not undone on error, so a failed XADD releases the claim itself
# and the error reaches the receiver, which answers 503 for Cobalt's retry). redis-py's Script sends
# EVALSHA and loads the script on NOSCRIPT (a Redis restarted or flushed since). Confirming ("done")
# stays a separate step after the hand-off, so a receiver killed between verify and hand-off leaves
# only a lease that expires: nothing is lost.
CLAIM_AND_PUBLISH = """
if redis.call('SET', KEYS[1], 'leased', 'NX', 'EX', ARGV[1]) then
  local entry = redis.pcall('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*', ARGV[3], ARGV[4])
  if type(entry) == 'table' and entry.err then
    redis.call('DEL', KEYS[1])
  end
  return entry
end
return false
"""


def _server(client: redis.Redis | aredis.Redis) -> tuple[object, ...]:
    kwargs = client.connection_pool.connection_kwargs
    return (kwargs.get("host"), kwargs.get("port"), kwargs.get("path"), kwargs.get("db", 0))


# Clients built from a URL fail fast: a receiver has 5 s to answer Cobalt, and a waiter polls
# meanwhile, so one immediate retry (a stale pooled connection) beats redis-py's default of ten
# with exponential backoff. A client you pass keeps its own settings.
SOCKET_TIMEOUT, CONNECT_TIMEOUT = 5.0, 1.0


def _sync_client(target: redis.Redis | str) -> redis.Redis:
    if isinstance(target, str):
        return redis.Redis.from_url(
            target,
            socket_timeout=SOCKET_TIMEOUT,
            socket_connect_timeout=CONNECT_TIMEOUT,
            retry=Retry(NoBackoff(), 1),
        )
    return target


def _async_client(target: aredis.Redis | str) -> aredis.Redis:
    if isinstance(target, str):
        return aredis.Redis.from_url(
            target,
            socket_timeout=SOCKET_TIMEOUT,
            socket_connect_timeout=CONNECT_TIMEOUT,
            retry=AsyncRetry(NoBackoff(), 1),
        )
    return target


def _reader_kwargs(client: redis.Redis | aredis.Redis, retry: type[Any] = Retry) -> dict[str, Any]:
    kwargs = dict(client.connection_pool.connection_kwargs)
    kwargs["retry"] = retry(NoBackoff(), 0)
    return kwargs


def _start_id(lookback: float) -> str:
    return f"{max(0, int((time.time() - lookback) * 1000))}-0"


def _deliver(listener: BusListener, fields: dict[bytes, bytes]) -> None:
    try:
        event = decode(fields.get(FIELD, b""))
    except WebhookPayloadError:
        logger.warning("skipping a bus message that is not an event")
        return
    try:
        listener.feed(event)
    except Exception:
        logger.exception("a job waiter failed on a bus event")


class _Outage:
    """A reader's connection state: every failed read is a gap (the waiter polls), and so is recovery."""

    def __init__(self, listener: BusListener) -> None:
        self.listener, self.down, self.delay = listener, False, RETRY_MIN

    def failed(self, exc: Exception) -> float:
        """Seconds to wait before the next read."""
        if not self.down:
            logger.warning("result bus: Redis unreachable (%s); waiters poll meanwhile", type(exc).__name__)
        self.down = True
        self.listener.gap()
        delay, self.delay = self.delay, min(self.delay * 2, RETRY_MAX)
        return delay

    def read(self, response: Any) -> list[tuple[str, dict[bytes, bytes]]]:
        if self.down:
            logger.info("result bus: Redis reachable again")
            self.down, self.delay = False, RETRY_MIN
            self.listener.gap()
        out = []
        for _stream, entries in response or []:
            for entry_id, fields in entries:
                out.append((entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id), fields))
        return out


class _ThreadSubscription:
    def __init__(self, bus: RedisBus, listener: BusListener) -> None:
        self._bus, self._listener = bus, listener
        self._stop = threading.Event()
        self.last_id = _start_id(bus.lookback)
        self._thread = threading.Thread(target=self._run, name="cobalt-bus", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        outage, client = _Outage(self._listener), self._bus.reader
        while not self._stop.is_set():
            try:
                response = client.xread({self._bus.stream: self.last_id}, count=READ_COUNT, block=READ_BLOCK_MS)
            except redis.RedisError as exc:
                self._stop.wait(outage.failed(exc))
                continue
            for self.last_id, fields in outage.read(response):
                _deliver(self._listener, fields)

    def close(self, wait: bool = False) -> None:
        """Stop reading; the thread ends within one blocking read (`wait=True` joins it)."""
        self._stop.set()
        if wait:
            self._thread.join(timeout=READ_BLOCK_MS / 1000 + 5)


class RedisBus:
    """A result bus over a Redis stream (threads): receivers `feed()`, waiters subscribe (`bus=`).

    `redis_client` is a `redis.Redis` or a URL. `stream` is the key (one per environment),
    `maxlen` bounds it (approximately), `lookback` seconds are read back when a waiter starts.
    """

    def __init__(
        self,
        redis_client: redis.Redis | str,
        *,
        stream: str = DEFAULT_STREAM,
        maxlen: int = DEFAULT_MAXLEN,
        lookback: float = DEFAULT_LOOKBACK,
    ) -> None:
        self.redis = _sync_client(redis_client)
        # Blocking reads get their own pool, so a publisher never waits behind a reader, and never
        # retry silently: a reconnect to a restarted (empty) Redis must be reported as a gap.
        self.reader = redis.Redis(connection_pool=redis.ConnectionPool(**_reader_kwargs(self.redis)))
        self.stream, self.maxlen, self.lookback = stream, maxlen, lookback

    def feed(self, event: Event) -> str:
        """Publish an event to every waiter of every instance; returns the stream entry id."""
        entry_id = self.redis.xadd(self.stream, {FIELD: encode(event)}, maxlen=self.maxlen, approximate=True)
        return entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)

    publish = feed

    def subscribe(self, listener: BusListener) -> _ThreadSubscription:
        return _ThreadSubscription(self, listener)

    def __repr__(self) -> str:
        return f"RedisBus(stream={self.stream!r})"


class _TaskSubscription:
    def __init__(self, bus: AsyncRedisBus, listener: BusListener) -> None:
        self._bus, self._listener = bus, listener
        self.last_id = _start_id(bus.lookback)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            raise RuntimeError("create an AsyncJobWaiter with an AsyncRedisBus inside the event loop") from None
        self._task = loop.create_task(self._run())

    async def _run(self) -> None:
        outage, client = _Outage(self._listener), self._bus.reader
        while True:
            try:
                response = await client.xread({self._bus.stream: self.last_id}, count=READ_COUNT, block=READ_BLOCK_MS)
            except redis.RedisError as exc:
                await asyncio.sleep(outage.failed(exc))
                continue
            for self.last_id, fields in outage.read(response):
                _deliver(self._listener, fields)

    def close(self) -> None:
        self._task.cancel()


class AsyncRedisBus:
    """The asyncio twin of `RedisBus` (`redis.asyncio`): `await bus.feed(event)`."""

    def __init__(
        self,
        redis_client: aredis.Redis | str,
        *,
        stream: str = DEFAULT_STREAM,
        maxlen: int = DEFAULT_MAXLEN,
        lookback: float = DEFAULT_LOOKBACK,
    ) -> None:
        self.redis = _async_client(redis_client)
        self.reader = aredis.Redis(connection_pool=aredis.ConnectionPool(**_reader_kwargs(self.redis, AsyncRetry)))
        self.stream, self.maxlen, self.lookback = stream, maxlen, lookback

    async def feed(self, event: Event) -> str:
        entry_id = await self.redis.xadd(self.stream, {FIELD: encode(event)}, maxlen=self.maxlen, approximate=True)
        return entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)

    publish = feed

    def subscribe(self, listener: BusListener) -> _TaskSubscription:
        return _TaskSubscription(self, listener)

    async def aclose(self) -> None:
        await self.redis.aclose()
        await self.reader.aclose()

    def __repr__(self) -> str:
        return f"AsyncRedisBus(stream={self.stream!r})"


def _status(value: object) -> Status:
    if value is None:
        return "new"
    return "done" if value in (b"done", "done") else "leased"


class RedisDedupeStore:
    """Shared dedupe for every receiver: `SET prefix+id leased NX EX lease`, then confirmed for `ttl`."""

    def __init__(
        self,
        redis_client: redis.Redis | str,
        *,
        prefix: str = DEDUPE_PREFIX,
        ttl: int = DEDUPE_TTL,
        lease: int = DEDUPE_LEASE,
    ) -> None:
        self.redis = _sync_client(redis_client)
        self.prefix, self.ttl, self.lease = prefix, ttl, lease
        self._claim_and_publish = self.redis.register_script(CLAIM_AND_PUBLISH)

    def seen_or_add(self, key: str) -> bool:
        return self.redis.set(self.prefix + key, "leased", nx=True, ex=self.lease) is None

    def seen_or_publish(self, key: str, event: Event, bus: object) -> bool | None:
        """`seen_or_add(key)` and, if new, `bus.feed(event)`, in one atomic round trip (a Lua script).

        Returns True for a duplicate (nothing published), False when claimed and published, and
        None when `bus` is not a `RedisBus` on this store's server (the caller does the two steps).
        """
        if not isinstance(bus, RedisBus) or _server(bus.redis) != _server(self.redis):
            return None
        entry = self._claim_and_publish(
            keys=[self.prefix + key, bus.stream], args=[self.lease, bus.maxlen, FIELD, encode(event)]
        )
        return entry is None

    def confirm(self, key: str) -> None:
        """The hand-off succeeded: keep the id for `ttl` seconds."""
        self.redis.set(self.prefix + key, "done", ex=self.ttl)

    def discard(self, key: str) -> None:
        self.redis.delete(self.prefix + key)

    def status(self, key: str) -> Status:
        return _status(self.redis.get(self.prefix + key))

    def __repr__(self) -> str:
        return f"RedisDedupeStore(prefix={self.prefix!r}, ttl={self.ttl})"


class AsyncRedisDedupeStore:
    """The asyncio twin of `RedisDedupeStore`."""

    def __init__(
        self,
        redis_client: aredis.Redis | str,
        *,
        prefix: str = DEDUPE_PREFIX,
        ttl: int = DEDUPE_TTL,
        lease: int = DEDUPE_LEASE,
    ) -> None:
        self.redis = _async_client(redis_client)
        self.prefix, self.ttl, self.lease = prefix, ttl, lease
        self._claim_and_publish = self.redis.register_script(CLAIM_AND_PUBLISH)

    async def seen_or_add(self, key: str) -> bool:
        return await self.redis.set(self.prefix + key, "leased", nx=True, ex=self.lease) is None

    async def seen_or_publish(self, key: str, event: Event, bus: object) -> bool | None:
        """The asyncio twin of `RedisDedupeStore.seen_or_publish` (`bus`: an `AsyncRedisBus`)."""
        if not isinstance(bus, AsyncRedisBus) or _server(bus.redis) != _server(self.redis):
            return None
        entry = await self._claim_and_publish(
            keys=[self.prefix + key, bus.stream], args=[self.lease, bus.maxlen, FIELD, encode(event)]
        )
        return entry is None

    async def confirm(self, key: str) -> None:
        await self.redis.set(self.prefix + key, "done", ex=self.ttl)

    async def discard(self, key: str) -> None:
        await self.redis.delete(self.prefix + key)

    async def status(self, key: str) -> Status:
        return _status(await self.redis.get(self.prefix + key))

    def __repr__(self) -> str:
        return f"AsyncRedisDedupeStore(prefix={self.prefix!r}, ttl={self.ttl})"


class RedisCursorStore:
    """The replay cursor under one Redis key (shared by the instances that run `catch_up`)."""

    def __init__(self, redis_client: redis.Redis | str, key: str = "cobalt:webhook-cursor") -> None:
        self.redis = _sync_client(redis_client)
        self.key = key

    def get(self) -> str | None:
        value = self.redis.get(self.key)
        return value.decode() if isinstance(value, bytes) else value

    def set(self, value: str) -> None:
        self.redis.set(self.key, value)


__all__ = [
    "AsyncRedisBus",
    "AsyncRedisDedupeStore",
    "RedisBus",
    "RedisCursorStore",
    "RedisDedupeStore",
]
