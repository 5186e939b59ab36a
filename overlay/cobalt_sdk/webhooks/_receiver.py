"""Framework-agnostic webhook endpoints: verify, parse, dedupe, acknowledge, hand off.

Cobalt waits at most 5 seconds for an answer and retries once after a 5xx, so `handle()` does
only the cheap part inline (signature, parsing, the duplicate check, feeding a job waiter) and
hands the event to a thread pool, a caller-supplied `dispatch` callback (put it on a queue) or,
for asyncio, a task. Answers mirror Cobalt's documented example:

=========================================  ======  =========================
situation                                  status  text
=========================================  ======  =========================
body over ``max_body_bytes`` (not parsed)    413    ``Payload too large``
signature missing, malformed or wrong       401    ``Invalid signature``
signed ``created`` outside ``tolerance``    401    ``Invalid signature``
body not JSON / no ``id`` / breaks schema   400    ``Invalid payload``
event ``id`` seen before                    200    ``Already processed``
accepted and handed off                     200    ``Webhook received``
the hand-off itself failed (queue full)     503    ``Temporarily unavailable``
the shared dedupe store is unreachable      503    ``Temporarily unavailable``
=========================================  ======  =========================

Duplicates are recognised by the signed envelope `id`, not the unsigned `webhook-id` header. A
413 is not retried by Cobalt (a 4xx), which is right: the same body would be refused again.
A 503 forgets the event `id` again, so Cobalt's retry is processed. Bodies, secrets and event
contents are never logged; log lines carry the event type, event `id` and `webhook-id` only.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, Literal, NamedTuple, Protocol

from .._constants import WEBHOOK_MAX_BODY_BYTES, WEBHOOK_TOLERANCE
from .._errors import WebhookBodyTooLargeError, WebhookPayloadError, WebhookVerificationError
from ._construct import Headers, WebhookDelivery, construct_event
from ._dedupe import AsyncDedupeStore, AsyncDeduplicator, DedupeStore, Deduplicator
from ._replay import Clock
from ._signature import Secrets, secret_keys

logger = logging.getLogger("cobalt_sdk.webhooks")

DEFAULT_MAX_WORKERS = 4

Handler = Callable[[Any], object]
ReplayOutcome = Literal["processed", "duplicate", "busy"]
Dispatch = Callable[[WebhookDelivery], object]
SecretsSource = Secrets | Callable[[], Secrets]


class EventWaiter(Protocol):
    """What the receiver needs of a job waiter (`cobalt_sdk.JobWaiter`): a `feed(event)` method."""

    def feed(self, event: Any) -> object: ...


class WebhookResponse(NamedTuple):
    """The answer to send back to Cobalt; unpacks as `status, text = ...`."""

    status: int
    text: str


INVALID_SIGNATURE = WebhookResponse(401, "Invalid signature")
INVALID_PAYLOAD = WebhookResponse(400, "Invalid payload")
TOO_LARGE = WebhookResponse(413, "Payload too large")
ALREADY_PROCESSED = WebhookResponse(200, "Already processed")
RECEIVED = WebhookResponse(200, "Webhook received")
UNAVAILABLE = WebhookResponse(503, "Temporarily unavailable")


class _SecretsHolder:
    """Keeps the secrets (or a callable returning the current ones) out of every repr."""

    __slots__ = ("_source",)

    def __init__(self, source: SecretsSource) -> None:
        self._source = source
        if not callable(source):
            secret_keys(source)  # fail fast (ConfigurationError) on an empty configuration

    def get(self) -> Secrets:
        source = self._source
        return source() if callable(source) else source

    def __repr__(self) -> str:
        return "<secrets hidden>"


def _describe(delivery: WebhookDelivery) -> str:
    return f"{delivery.type or '?'} (event {delivery.event_id}, webhook-id {delivery.webhook_id or '-'})"


class _ReceiverBase:
    def __init__(
        self,
        secrets: SecretsSource,
        waiter: EventWaiter | None,
        tolerance: float | None,
        max_body_bytes: int | None,
        clock: Clock | None,
    ) -> None:
        self._secrets = _SecretsHolder(secrets)
        self.waiter = waiter
        self.tolerance = tolerance
        self.max_body_bytes = max_body_bytes
        self._clock = clock

    def _construct(self, body: bytes | str, headers: Headers) -> WebhookDelivery | WebhookResponse:
        try:
            return construct_event(
                body,
                headers,
                self._secrets.get(),
                tolerance=self.tolerance,
                max_body_bytes=self.max_body_bytes,
                clock=self._clock,
            )
        except WebhookBodyTooLargeError as exc:
            logger.warning("rejected webhook delivery: %s", exc)
            return TOO_LARGE
        except WebhookVerificationError as exc:
            logger.warning("rejected webhook delivery: %s", exc)
            return INVALID_SIGNATURE
        except WebhookPayloadError as exc:
            logger.warning("rejected webhook delivery: invalid payload (field %s)", exc.field or "-")
            return INVALID_PAYLOAD

    def _feed(self, delivery: WebhookDelivery) -> object:
        if self.waiter is None:
            return None
        try:
            return self.waiter.feed(delivery.event)
        except Exception:
            logger.exception("job waiter failed on webhook %s", _describe(delivery))
            return None


class WebhookReceiver(_ReceiverBase):
    """A synchronous webhook endpoint, independent of any web framework.

    `handler(event)` runs on a thread pool (yours via `executor=`, else a private one of
    `max_workers` threads). Pass `dispatch(delivery)` instead to hand the whole
    `WebhookDelivery` to your own queue; it must return quickly, and if it raises the delivery
    is answered 503 so Cobalt retries it. `waiter.feed(event)` (a `JobWaiter`) is called inline
    for every new event. `dedupe` is a `Deduplicator` (default: in-memory LRU), a bare
    `DedupeStore`, or None/False to turn deduplication off; its key is the signed event `id`.
    `secrets` may be a callable that returns the current secrets (rotation without a restart).
    `tolerance` (seconds, default 300; None: off), `max_body_bytes` and `clock` are passed to
    `construct_event`.
    """

    def __init__(
        self,
        secrets: SecretsSource,
        handler: Handler | None = None,
        *,
        dedupe: Deduplicator | DedupeStore | bool | None = True,
        executor: Executor | None = None,
        dispatch: Dispatch | None = None,
        waiter: EventWaiter | None = None,
        max_workers: int = DEFAULT_MAX_WORKERS,
        tolerance: float | None = WEBHOOK_TOLERANCE,
        max_body_bytes: int | None = WEBHOOK_MAX_BODY_BYTES,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(secrets, waiter, tolerance, max_body_bytes, clock)
        if dispatch is not None and (handler is not None or executor is not None):
            raise ValueError("pass either dispatch or handler/executor, not both")
        self.handler = handler
        self.dedupe: Deduplicator | None = _sync_dedupe(dedupe)
        self._dispatch_cb = dispatch
        self._executor = executor
        self._own_executor = executor is None
        self._max_workers = max_workers

    def handle(self, body: bytes | str, headers: Headers) -> WebhookResponse:
        """Process one delivery and return the answer for Cobalt (never raises for bad input)."""
        result = self._construct(body, headers)
        if isinstance(result, WebhookResponse):
            return result
        delivery = result
        key = delivery.dedupe_key
        combined = getattr(self.dedupe.store, "seen_or_publish", None) if self.dedupe is not None and key else None
        try:
            # a store and bus on one Redis claim and publish in one atomic round trip (None: not combinable)
            published = combined(key, delivery.event, self.waiter) if callable(combined) else None
            if published is None:
                duplicate = self.dedupe is not None and self.dedupe.is_duplicate(key)
            else:
                duplicate = bool(published)
        except Exception as exc:  # the shared store is down: Cobalt retries, or `catch_up` replays it
            logger.warning("dedupe store failed on webhook %s (%s)", _describe(delivery), type(exc).__name__)
            return UNAVAILABLE
        if duplicate:
            logger.info("duplicate webhook %s ignored", _describe(delivery))
            return ALREADY_PROCESSED
        if published is None:
            self._feed(delivery)
        try:
            self._hand_off(delivery)
        except Exception:
            logger.exception("could not hand off webhook %s", _describe(delivery))
            if self.dedupe is not None:
                with contextlib.suppress(Exception):
                    self.dedupe.forget(key)
            return UNAVAILABLE
        if self.dedupe is not None:
            try:
                self.dedupe.confirm(key)
            except Exception:  # the claim lease expires; a redelivery or replay may run it again
                logger.exception("dedupe store could not confirm webhook %s", _describe(delivery))
        return RECEIVED

    __call__ = handle

    def replay(self, delivery: WebhookDelivery) -> ReplayOutcome:
        """Process a recovered event (`catch_up`) through the same dedupe, waiter and handler, inline.

        Returns "processed", "duplicate" (handled before), or "busy" (another receiver claimed it
        and has not confirmed its hand-off yet). The handler (or `dispatch`) runs in this thread,
        so its exception propagates, after the claim is forgotten (the event is replayed again).
        """
        key = delivery.dedupe_key
        if self.dedupe is not None and self.dedupe.is_duplicate(key):
            return "busy" if self.dedupe.status(key) == "leased" else "duplicate"
        self._feed(delivery)
        try:
            if self._dispatch_cb is not None:
                self._dispatch_cb(delivery)
            elif self.handler is not None:
                self.handler(delivery.event)
        except BaseException:
            if self.dedupe is not None:
                self.dedupe.forget(key)
            raise
        if self.dedupe is not None:
            self.dedupe.confirm(key)
        return "processed"

    def _hand_off(self, delivery: WebhookDelivery) -> None:
        if self._dispatch_cb is not None:
            self._dispatch_cb(delivery)
            return
        if self.handler is None:
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self._max_workers, thread_name_prefix="cobalt-webhook")
        future = self._executor.submit(self.handler, delivery.event)
        future.add_done_callback(lambda f: _log_failure(f, delivery))

    def close(self, wait: bool = True) -> None:
        """Shut down the private thread pool (waiting for running handlers by default)."""
        if self._own_executor and self._executor is not None:
            self._executor.shutdown(wait=wait)
            self._executor = None

    def __enter__(self) -> WebhookReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"WebhookReceiver(handler={self.handler!r}, dedupe={self.dedupe!r})"


def _log_failure(future: Future[object], delivery: WebhookDelivery) -> None:
    exc = future.exception() if not future.cancelled() else None
    if exc is not None:
        logger.error("webhook handler failed on %s", _describe(delivery), exc_info=exc)


def _sync_dedupe(dedupe: Deduplicator | DedupeStore | bool | None) -> Deduplicator | None:
    if dedupe is None or dedupe is False:
        return None
    if dedupe is True:
        return Deduplicator()
    if isinstance(dedupe, Deduplicator):
        return dedupe
    return Deduplicator(dedupe)


class AsyncWebhookReceiver(_ReceiverBase):
    """The asyncio webhook endpoint: `await receiver.handle(body, headers)`.

    A coroutine `handler` is scheduled as a task; a plain function runs in a worker thread
    (`asyncio.to_thread`). `dispatch(delivery)` (sync or async, e.g. `queue.put`) replaces the
    handler. `waiter.feed(event)` may be sync or async. `dedupe` is an `AsyncDeduplicator`, a
    `Deduplicator`, a store (sync or async), or None/False. Call `drain()` (or `aclose()`) to
    wait for the scheduled handlers, e.g. at shutdown. `tolerance`, `max_body_bytes` and `clock`
    as for `WebhookReceiver`.
    """

    def __init__(
        self,
        secrets: SecretsSource,
        handler: Handler | None = None,
        *,
        dedupe: AsyncDeduplicator | Deduplicator | AsyncDedupeStore | DedupeStore | bool | None = True,
        dispatch: Callable[[WebhookDelivery], object] | None = None,
        waiter: EventWaiter | None = None,
        tolerance: float | None = WEBHOOK_TOLERANCE,
        max_body_bytes: int | None = WEBHOOK_MAX_BODY_BYTES,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(secrets, waiter, tolerance, max_body_bytes, clock)
        if dispatch is not None and handler is not None:
            raise ValueError("pass either dispatch or handler, not both")
        self.handler = handler
        self.dedupe: AsyncDeduplicator | None = _async_dedupe(dedupe)
        self._dispatch_cb = dispatch
        self._tasks: set[asyncio.Task[None]] = set()

    async def handle(self, body: bytes | str, headers: Headers) -> WebhookResponse:
        """Process one delivery and return the answer for Cobalt (never raises for bad input)."""
        result = self._construct(body, headers)
        if isinstance(result, WebhookResponse):
            return result
        delivery = result
        key = delivery.dedupe_key
        combined = getattr(self.dedupe.store, "seen_or_publish", None) if self.dedupe is not None and key else None
        try:
            # a store and bus on one Redis claim and publish in one atomic round trip (None: not combinable)
            published = combined(key, delivery.event, self.waiter) if callable(combined) else None
            if inspect.isawaitable(published):
                published = await published
            if published is None:
                duplicate = self.dedupe is not None and await self.dedupe.is_duplicate(key)
            else:
                duplicate = bool(published)
        except Exception as exc:  # the shared store is down: Cobalt retries, or `catch_up` replays it
            logger.warning("dedupe store failed on webhook %s (%s)", _describe(delivery), type(exc).__name__)
            return UNAVAILABLE
        if duplicate:
            logger.info("duplicate webhook %s ignored", _describe(delivery))
            return ALREADY_PROCESSED
        fed = self._feed(delivery) if published is None else None
        if inspect.isawaitable(fed):
            try:
                await fed
            except Exception:
                logger.exception("job waiter failed on webhook %s", _describe(delivery))
        try:
            await self._hand_off(delivery)
        except Exception:
            logger.exception("could not hand off webhook %s", _describe(delivery))
            if self.dedupe is not None:
                with contextlib.suppress(Exception):
                    await self.dedupe.forget(key)
            return UNAVAILABLE
        if self.dedupe is not None:
            try:
                await self.dedupe.confirm(key)
            except Exception:  # the claim lease expires; a redelivery or replay may run it again
                logger.exception("dedupe store could not confirm webhook %s", _describe(delivery))
        return RECEIVED

    __call__ = handle

    async def replay(self, delivery: WebhookDelivery) -> ReplayOutcome:
        """The asyncio twin of `WebhookReceiver.replay`: the handler is awaited (or run in a thread)."""
        key = delivery.dedupe_key
        if self.dedupe is not None and await self.dedupe.is_duplicate(key):
            status = getattr(self.dedupe.store, "status", None)
            state = status(key) if callable(status) else "done"
            if inspect.isawaitable(state):
                state = await state
            return "busy" if state == "leased" else "duplicate"
        fed = self._feed(delivery)
        if inspect.isawaitable(fed):
            await fed
        try:
            if self._dispatch_cb is not None:
                result = self._dispatch_cb(delivery)
                if inspect.isawaitable(result):
                    await result
            elif self.handler is not None:
                if _is_async_callable(self.handler):
                    result = self.handler(delivery.event)
                    if inspect.isawaitable(result):
                        await result
                else:
                    await asyncio.to_thread(self.handler, delivery.event)
        except BaseException:
            if self.dedupe is not None:
                await self.dedupe.forget(key)
            raise
        if self.dedupe is not None:
            await self.dedupe.confirm(key)
        return "processed"

    async def _hand_off(self, delivery: WebhookDelivery) -> None:
        if self._dispatch_cb is not None:
            result = self._dispatch_cb(delivery)
            if inspect.isawaitable(result):
                await result
            return
        if self.handler is not None:
            task = asyncio.get_running_loop().create_task(self._run(self.handler, delivery))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _run(handler: Handler, delivery: WebhookDelivery) -> None:
        try:
            if _is_async_callable(handler):
                result = handler(delivery.event)
                if inspect.isawaitable(result):
                    await result
            else:
                await asyncio.to_thread(handler, delivery.event)
        except Exception:
            logger.exception("webhook handler failed on %s", _describe(delivery))

    @property
    def pending(self) -> int:
        """How many scheduled handlers have not finished."""
        return len(self._tasks)

    async def drain(self) -> None:
        """Wait until every scheduled handler has finished, including those scheduled meanwhile.
        Cancelling the wait (a shutdown timeout) leaves the handlers running: each event they hold
        was already answered 200, so cancelling them would lose it."""
        while self._tasks:
            tasks = list(self._tasks)
            await asyncio.wait(tasks)  # unlike gather, never cancels them when this wait is cancelled
            # Not left to their done callbacks: on 3.12+ awaiting tasks that have all finished may not
            # yield to the loop, so the callbacks would never run and this loop would never end.
            self._tasks.difference_update(tasks)

    async def aclose(self) -> None:
        await self.drain()

    async def __aenter__(self) -> AsyncWebhookReceiver:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncWebhookReceiver(handler={self.handler!r}, dedupe={self.dedupe!r})"


def _is_async_callable(func: Callable[..., object]) -> bool:
    return inspect.iscoroutinefunction(func) or inspect.iscoroutinefunction(getattr(func, "__call__", None))  # noqa: B004


def _async_dedupe(
    dedupe: AsyncDeduplicator | Deduplicator | AsyncDedupeStore | DedupeStore | bool | None,
) -> AsyncDeduplicator | None:
    if dedupe is None or dedupe is False:
        return None
    if dedupe is True:
        return AsyncDeduplicator()
    if isinstance(dedupe, AsyncDeduplicator):
        return dedupe
    if isinstance(dedupe, Deduplicator):
        return AsyncDeduplicator(dedupe.store)
    return AsyncDeduplicator(dedupe)


__all__ = [
    "AsyncWebhookReceiver",
    "EventWaiter",
    "WebhookReceiver",
    "WebhookResponse",
]
