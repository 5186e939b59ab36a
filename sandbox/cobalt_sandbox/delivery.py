"""Deliver recorded events to every registered webhook URL: signed POST, one retry on 5xx/429/network error.

Only to hosts `egress` allows (loopback unless the user allows more); a refused delivery is recorded as an
attempt with its reason and never retried.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from typing import Any

import httpx

from cobalt_sandbox.clock import Clock, iso
from cobalt_sandbox.config import SandboxConfig
from cobalt_sandbox.egress import DeliveryRefused, delivery_target
from cobalt_sandbox.signing import compact_json, sign
from cobalt_sandbox.store import Store

log = logging.getLogger("cobalt_sandbox.delivery")


# Characters of a receiver's answer kept per attempt for the inspector (not part of the API's records).
RESPONSE_EXCERPT = 300


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
        """Wait until every queued delivery (including retries) has finished."""
        self.kick()
        while self.tasks:
            await asyncio.gather(*list(self.tasks), return_exceptions=True)
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
