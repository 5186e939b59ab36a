"""Deliver recorded events to every registered webhook URL: signed POST, one retry on 5xx/429/network error.

Only to hosts `egress` allows (loopback unless the user allows more); a refused delivery is recorded as an
attempt with its reason and never retried.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from typing import Any
from urllib.parse import urlsplit

import httpx

from cobalt_sandbox.clock import Clock, iso
from cobalt_sandbox.config import SandboxConfig
from cobalt_sandbox.egress import DeliveryRefused, delivery_target, is_loopback_literal
from cobalt_sandbox.signing import compact_json, sign
from cobalt_sandbox.store import Store

log = logging.getLogger("cobalt_sandbox.delivery")


# Characters of a receiver's answer kept per attempt for the inspector (not part of the API's records).
RESPONSE_EXCERPT = 300
# The most of a receiver's answer body the loopback client reads; past it the connection is dropped
# (only RESPONSE_EXCERPT bytes are recorded, and a receiver's endless answer must not grow memory).
MAX_ANSWER_BYTES = 64 * 1024
MAX_TRAILER_LINES = 32


class _Answer:
    """What the loopback client read back: the status and the start of the body."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code, self.content = status_code, content


class _StaleConnection(Exception):
    """A kept-alive connection the receiver had closed: nothing was answered, send again on a new one."""


async def _read_chunked(reader: asyncio.StreamReader) -> tuple[bytes, bool]:
    """A chunked body, at most MAX_ANSWER_BYTES of it; whether it was read to its last chunk."""
    content = bytearray()
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
        if size < 0:
            raise httpx.RemoteProtocolError("negative chunk size")
        if size == 0:  # the trailer section, ended by an empty line
            for _ in range(MAX_TRAILER_LINES):
                if await reader.readuntil(b"\r\n") == b"\r\n":
                    return bytes(content), True
            return bytes(content), False
        if len(content) + size > MAX_ANSWER_BYTES:
            content += await reader.readexactly(MAX_ANSWER_BYTES - len(content))
            return bytes(content), False
        content += (await reader.readexactly(size + 2))[:-2]


async def _read_to_end(reader: asyncio.StreamReader) -> bytes:
    """A close-delimited body, at most MAX_ANSWER_BYTES of it."""
    content = bytearray()
    while len(content) < MAX_ANSWER_BYTES:
        part = await reader.read(MAX_ANSWER_BYTES - len(content))
        if not part:
            break
        content += part
    return bytes(content)


class LoopbackHTTP:
    """A minimal HTTP/1.1 keep-alive client for plain-http deliveries to loopback literals.

    httpx spent about 45% of the sandbox's CPU on deliveries at 100 jobs/s (its pool and its
    request/response models); a POST to 127.0.0.1 needs none of that. Idle connections are kept per
    (host, port) and reused; at most `delivery_concurrency` are in use at once (the caller's
    semaphore). Anything else (https, allowed non-loopback hosts, an injected transport) goes
    through httpx. Errors are httpx's exception types, so the attempt records do not change.
    """

    def __init__(self) -> None:
        self.idle: dict[tuple[str, int], list[tuple[asyncio.StreamReader, asyncio.StreamWriter]]] = {}
        self.closed = False

    async def post(self, url: str, body: bytes, headers: dict[str, str], timeout: float) -> _Answer:
        parts = urlsplit(url)
        host, port = parts.hostname or "127.0.0.1", parts.port or 80
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        lines = [f"POST {path} HTTP/1.1", f"host: {headers.get('host') or parts.netloc}"]
        lines += [f"{k}: {v}" for k, v in headers.items() if k != "host"]
        lines.append(f"content-length: {len(body)}")
        request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
        try:
            async with asyncio.timeout(timeout):
                while True:
                    pooled = self._take((host, port))
                    try:
                        return await self._exchange((host, port), pooled, request)
                    except _StaleConnection:  # only a pooled connection is stale: take another, or a new one
                        continue
        except TimeoutError:
            raise httpx.ReadTimeout("delivery timed out") from None

    def _take(self, key: tuple[str, int]) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        idle = self.idle.get(key)
        while idle:
            reader, writer = idle.pop()
            if not writer.is_closing() and not reader.at_eof():
                return reader, writer
            writer.close()
        return None

    async def _exchange(
        self,
        key: tuple[str, int],
        pooled: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None,
        request: bytes,
    ) -> _Answer:
        if pooled is None:
            try:
                reader, writer = await asyncio.open_connection(key[0], key[1])
            except OSError as exc:
                raise httpx.ConnectError(str(exc)) from None
            # (asyncio's transports set TCP_NODELAY themselves: a POST written while the previous ACK
            # is delayed does not wait ~40 ms for Nagle's algorithm)
        else:
            reader, writer = pooled
        try:
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            writer.close()
            if pooled is not None and not getattr(exc, "partial", b""):
                raise _StaleConnection from None
            raise httpx.RemoteProtocolError(f"the receiver closed the connection ({type(exc).__name__})") from None
        except BaseException:
            writer.close()
            raise
        try:
            answer, keep = await self._read_answer(reader, head)
        except BaseException:
            writer.close()
            raise
        if keep and not self.closed:
            self.idle.setdefault(key, []).append((reader, writer))
        else:
            writer.close()
        return answer

    @staticmethod
    async def _read_answer(reader: asyncio.StreamReader, head: bytes) -> tuple[_Answer, bool]:
        status_line, *header_lines = head[:-4].decode("latin-1").split("\r\n")
        version, _, rest = status_line.partition(" ")
        try:
            status = int(rest.partition(" ")[0])
        except ValueError:
            raise httpx.RemoteProtocolError("malformed status line") from None
        fields: dict[str, str] = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            fields[name.strip().lower()] = value.strip()
        keep = version == "HTTP/1.1" and "close" not in fields.get("connection", "").lower()
        try:
            if "chunked" in fields.get("transfer-encoding", "").lower():
                content, complete = await _read_chunked(reader)
                keep = keep and complete
            elif "content-length" in fields:
                length = int(fields["content-length"])
                if length < 0:
                    raise httpx.RemoteProtocolError("negative content-length")
                content = await reader.readexactly(min(length, MAX_ANSWER_BYTES))
                keep = keep and length <= MAX_ANSWER_BYTES
            elif status in (204, 304) or 100 <= status < 200:
                content = b""
            else:
                content, keep = await _read_to_end(reader), False
        except (asyncio.IncompleteReadError, ConnectionError, ValueError) as exc:
            raise httpx.RemoteProtocolError(f"incomplete answer ({type(exc).__name__})") from None
        return _Answer(status, content), keep

    def close(self) -> None:
        self.closed = True
        for connections in self.idle.values():
            for _, writer in connections:
                # a connection of an event loop that has ended cannot be closed through it: drop it
                with contextlib.suppress(RuntimeError):
                    writer.close()
        self.idle.clear()


class Delivery:
    """Queue of events awaiting delivery and the async workers that send them.

    Reads recorded events and registered webhooks from the store; the clock paces the retry.
    """

    def __init__(self, store: Store, clock: Clock, config: SandboxConfig) -> None:
        self.store = store
        self.clock = clock
        self.config = config
        self.outbox: list[str] = []
        self.tasks: set[asyncio.Task[None]] = set()
        self.transport: httpx.AsyncBaseTransport | None = None  # tests may inject one
        self._client: httpx.AsyncClient | None = None
        self._client_loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        self._loopback: LoopbackHTTP | None = None

    def loopback(self) -> LoopbackHTTP:
        """The keep-alive client for plain-http loopback deliveries, one per event loop like `client()`."""
        self.client()
        assert self._loopback is not None
        return self._loopback

    def client(self) -> httpx.AsyncClient:
        """One pooled client per event loop (building TLS contexts per delivery is expensive)."""
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop or self._client.is_closed:
            concurrency = self.config.delivery_concurrency
            limits = httpx.Limits(max_connections=concurrency)
            # TCP_NODELAY: a POST is written as headers then body; without it Nagle's algorithm holds
            # the body back until the receiver's delayed ACK (about 40 ms per delivery).
            transport = self.transport or httpx.AsyncHTTPTransport(
                limits=limits, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
            )
            self._client = httpx.AsyncClient(transport=transport)  # the transport holds the limits
            self._client_loop = loop
            if self._loopback is not None:
                self._loopback.close()  # its connections belong to the previous loop
            self._loopback = LoopbackHTTP()
            self._slots = asyncio.Semaphore(concurrency)
        return self._client

    def slots(self) -> asyncio.Semaphore:
        """Bounds deliveries in flight, so a burst of events waits here rather than timing out in the pool."""
        self.client()
        assert self._slots is not None
        return self._slots

    async def close(self) -> None:
        """Close the pooled client (closing twice is harmless); the next delivery opens a new one."""
        if self._client is not None:
            await self._client.aclose()
        if self._loopback is not None:
            self._loopback.close()
            self._loopback = None

    def enqueue(self, event_id: str) -> None:
        self.outbox.append(event_id)
        self.kick()

    def kick(self) -> None:
        """Start tasks for queued events if we are inside an event loop (otherwise they wait)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        while self.outbox:
            task = loop.create_task(self._deliver(self.outbox.pop(0)))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def drain(self) -> None:
        """Wait until every queued delivery (including retries) has finished. Cancelling the wait
        leaves the deliveries running."""
        self.kick()
        while self.tasks:
            tasks = list(self.tasks)
            await asyncio.wait(tasks)  # unlike gather, never cancels them when this wait is cancelled
            self.tasks.difference_update(tasks)  # not left to the done callbacks (see the receiver's drain)
            for task in tasks:  # a delivery's failure is its event's record; retrieved, as gather did
                if not task.cancelled():
                    task.exception()
            self.kick()

    async def _deliver(self, event_id: str) -> None:
        record = self.store.get("webhook_events", event_id)
        if record is None:
            return
        hooks = self.store.all("webhooks")
        results = await asyncio.gather(*(self._deliver_one(record, hook) for hook in hooks))
        if hooks:
            record["delivery_status"] = "success" if all(results) else "failed"
        self.store.touch("webhook_events", event_id)
        self.store.flush()

    async def _deliver_one(self, record: dict[str, Any], hook: dict[str, Any]) -> bool:
        cfg = self.config
        try:
            target = delivery_target(str(hook["url"]), cfg.delivery_allow_hosts)
        except DeliveryRefused as refused:
            record["_deliveries"].append(
                {
                    "url": hook["url"],
                    "attempt": 1,
                    "at": iso(self.clock.now()),
                    "error": "refused",
                    "reason": str(refused),
                }
            )
            log.warning("refused delivery of event %s: %s", record["event_id"], refused)
            return False
        payload = record["_envelope"]
        body = compact_json(payload).encode()
        parts = urlsplit(target.url)
        fast = self.transport is None and parts.scheme == "http" and is_loopback_literal(parts.hostname or "")
        for attempt, timeout in ((1, cfg.delivery_timeout), (2, cfg.retry_timeout)):
            if attempt == 2:
                await self.clock.sleep(cfg.retry_delay)
            headers = {
                **target.headers,
                "content-type": "application/json",
                "cobalt-verification": sign(hook["secret"], payload),
                "webhook-id": record["event_id"],
                "webhook-timestamp": record["created_at"],
                "webhook-attempt": str(attempt),
            }
            entry: dict[str, Any] = {"url": hook["url"], "attempt": attempt, "at": iso(self.clock.now())}
            detail: dict[str, Any] = {"headers": {k: v for k, v in headers.items() if k != "host"}}
            retry = False
            started = time.perf_counter()
            try:
                async with self.slots():
                    resp: _Answer | httpx.Response
                    if fast:
                        resp = await self.loopback().post(target.url, body, headers, timeout)
                    else:
                        resp = await self.client().post(
                            target.url, content=body, headers=headers, timeout=timeout, extensions=target.extensions
                        )
                entry["status_code"] = resp.status_code
                detail["response_excerpt"] = resp.content[:RESPONSE_EXCERPT].decode("utf-8", "replace")
                ok = 200 <= resp.status_code < 300
                retry = resp.status_code >= 500 or resp.status_code == 429
            except httpx.TimeoutException:
                entry["error"] = "timeout"
                ok = False
            except httpx.HTTPError as exc:
                entry["error"] = type(exc).__name__
                ok, retry = False, True
            detail["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
            # what the inspector shows beside the attempt: the headers sent, the latency, the answer's start
            record.setdefault("_delivery_details", {})[str(len(record["_deliveries"]))] = detail
            record["_deliveries"].append(entry)
            log.info(
                "delivered event %s attempt %d -> %s",
                record["event_id"],
                attempt,
                entry.get("status_code", entry.get("error")),
            )
            if ok or not retry:
                return ok
        return False
