"""The receivers' answers, log lines, dedupe wiring, hand-off and `replay`, case by case.

Complements `test_receiver.py` (the main flows): each case here is one promise of the answer table
in `cobalt_sdk.webhooks._receiver` or of `replay()`, for the sync and the asyncio receiver.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from cobalt_sdk.webhooks import (
    AsyncDeduplicator,
    AsyncWebhookReceiver,
    Deduplicator,
    InMemoryDedupeStore,
    UnknownEvent,
    WebhookDelivery,
    WebhookReceiver,
    construct_event,
    sign,
)
from tests.task_sets import CheckedTasks

from .test_dedupe import AsyncLeaseStore, LeaseStore
from .test_receiver import BODY, CLOCK, EXAMPLE, SECRET, event_body, headers

TYPE = EXAMPLE["type"]
EVENT_ID = EXAMPLE["id"]
LOGGER = "cobalt_sdk.webhooks"


def delivery(event_id: str = EVENT_ID) -> WebhookDelivery:
    body = event_body(event_id)
    return construct_event(body, headers(body), SECRET, clock=CLOCK)


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER]


class Broken:
    """A store that is down: every call raises."""

    def seen_or_add(self, key: str) -> bool:
        raise ConnectionError("store down")


class Recorder:
    def __init__(self) -> None:
        self.events: list[Any] = []

    def __call__(self, item: Any) -> None:
        self.events.append(item)


# rejections and their log lines ----------------------------------------------------------


def test_body_over_the_cap_is_413_before_the_signature(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, LOGGER)
    receiver = WebhookReceiver(SECRET, dispatch=Recorder(), max_body_bytes=len(BODY) - 1, clock=CLOCK)
    assert receiver.handle(BODY, headers()) == (413, "Payload too large")
    assert receiver.handle(BODY, {}) == (413, "Payload too large")  # no signature either: still 413
    too_large = f"rejected webhook delivery: webhook body is {len(BODY)} bytes, over the {len(BODY) - 1}-byte limit"
    assert [m.split(" (")[0] for m in messages(caplog)] == [too_large, too_large]
    assert WebhookReceiver(SECRET, dispatch=Recorder(), max_body_bytes=len(BODY), clock=CLOCK).handle(
        BODY, headers()
    ) == (200, "Webhook received")


async def test_async_body_over_the_cap_is_413() -> None:
    receiver = AsyncWebhookReceiver(SECRET, dispatch=Recorder(), max_body_bytes=len(BODY) - 1, clock=CLOCK)
    assert await receiver.handle(BODY, headers()) == (413, "Payload too large")
    assert receiver.max_body_bytes == len(BODY) - 1


def test_stale_event_is_401_unless_tolerance_is_off(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, LOGGER)
    late = lambda: CLOCK() + 1000  # noqa: E731
    assert WebhookReceiver(SECRET, dispatch=Recorder(), clock=late).handle(BODY, headers()) == (
        401,
        "Invalid signature",
    )
    assert any(m.startswith("rejected webhook delivery: webhook delivery is too old") for m in messages(caplog))
    tight = WebhookReceiver(SECRET, dispatch=Recorder(), tolerance=5, clock=CLOCK)  # the event is 10 s old
    assert tight.handle(BODY, headers()).status == 401
    off = WebhookReceiver(SECRET, dispatch=Recorder(), tolerance=None, clock=late)
    assert off.handle(BODY, headers()) == (200, "Webhook received")


async def test_async_tolerance_and_clock_are_used() -> None:
    late = lambda: CLOCK() + 1000  # noqa: E731
    assert (await AsyncWebhookReceiver(SECRET, dispatch=Recorder(), clock=late).handle(BODY, headers())).status == 401
    assert (
        await AsyncWebhookReceiver(SECRET, dispatch=Recorder(), tolerance=5, clock=CLOCK).handle(BODY, headers())
    ).status == 401
    off = AsyncWebhookReceiver(SECRET, dispatch=Recorder(), tolerance=None, clock=late)
    assert await off.handle(BODY, headers()) == (200, "Webhook received")


def test_invalid_payload_log_names_the_field_only(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, LOGGER)
    receiver = WebhookReceiver(SECRET, dispatch=Recorder(), clock=CLOCK)
    no_id = json.dumps({k: v for k, v in EXAMPLE.items() if k != "id"}).encode()
    assert receiver.handle(no_id, headers(no_id)) == (400, "Invalid payload")
    not_json = b"[1, 2]"  # signed, but not an object
    assert receiver.handle(not_json, headers(not_json)) == (400, "Invalid payload")
    assert messages(caplog) == [
        "rejected webhook delivery: invalid payload (field id)",
        "rejected webhook delivery: invalid payload (field -)",
    ]


def test_wrong_signature_log_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, LOGGER)
    receiver = WebhookReceiver(SECRET, dispatch=Recorder(), clock=CLOCK)
    assert receiver.handle(BODY, {"cobalt-verification": sign(BODY, "whsec_other")}) == (401, "Invalid signature")
    [line] = messages(caplog)
    assert line.startswith("rejected webhook delivery: ") and "whsec" not in line


# duplicates, the store, the hand-off ----------------------------------------------------


def test_duplicate_log_line_names_type_event_and_webhook_id(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, LOGGER)
    receiver = WebhookReceiver(SECRET, dispatch=Recorder(), clock=CLOCK)
    receiver.handle(BODY, headers())
    assert receiver.handle(BODY, headers(webhook_id="wh_9")) == (200, "Already processed")
    assert receiver.handle(BODY, headers(webhook_id=None)) == (200, "Already processed")
    assert messages(caplog) == [
        f"duplicate webhook {TYPE} (event {EVENT_ID}, webhook-id wh_9) ignored",
        f"duplicate webhook {TYPE} (event {EVENT_ID}, webhook-id -) ignored",
    ]


@pytest.mark.parametrize("async_receiver", [False, True])
async def test_store_down_is_503_and_nothing_is_handed_off(
    async_receiver: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, LOGGER)
    out = Recorder()
    if async_receiver:
        answer = await AsyncWebhookReceiver(SECRET, dispatch=out, dedupe=Broken(), clock=CLOCK).handle(BODY, headers())
    else:
        answer = WebhookReceiver(SECRET, dispatch=out, dedupe=Broken(), clock=CLOCK).handle(BODY, headers())
    assert answer == (503, "Temporarily unavailable") and out.events == []
    assert messages(caplog) == [
        f"dedupe store failed on webhook {TYPE} (event {EVENT_ID}, webhook-id wh_1) (ConnectionError)"
    ]


def test_hand_off_confirms_the_claim_after_success() -> None:
    store = LeaseStore()
    order: list[str] = []
    receiver = WebhookReceiver(
        SECRET,
        dispatch=lambda d: order.append(f"dispatch {d.event_id} {store.status(d.event_id)}"),
        dedupe=store,
        clock=CLOCK,
    )
    assert receiver.handle(BODY, headers()) == (200, "Webhook received")
    assert order == [f"dispatch {EVENT_ID} leased"] and store.status(EVENT_ID) == "done"
    assert store.calls == [("seen_or_add", EVENT_ID), ("confirm", EVENT_ID)]


async def test_async_hand_off_confirms_the_claim_after_success() -> None:
    store = AsyncLeaseStore()
    receiver = AsyncWebhookReceiver(SECRET, dispatch=Recorder(), dedupe=store, clock=CLOCK)
    assert await receiver.handle(BODY, headers()) == (200, "Webhook received")
    assert store.calls == [("seen_or_add", EVENT_ID), ("confirm", EVENT_ID)]


class FlakyStore(LeaseStore):
    def __init__(self, fail: str) -> None:
        super().__init__()
        self.fail = fail

    def confirm(self, key: str) -> None:
        super().confirm(key)
        if self.fail == "confirm":
            raise ConnectionError("store down")

    def discard(self, key: str) -> None:
        super().discard(key)
        if self.fail == "discard":
            raise ConnectionError("store down")


def test_failed_hand_off_forgets_the_claim_even_if_the_store_fails(caplog: pytest.LogCaptureFixture) -> None:
    def full(d: WebhookDelivery) -> None:
        raise RuntimeError("queue full")

    store = FlakyStore("discard")
    receiver = WebhookReceiver(SECRET, dispatch=full, dedupe=store, clock=CLOCK)
    assert receiver.handle(BODY, headers()) == (503, "Temporarily unavailable")
    assert store.calls == [("seen_or_add", EVENT_ID), ("discard", EVENT_ID)]
    assert f"could not hand off webhook {TYPE} (event {EVENT_ID}, webhook-id wh_1)" in messages(caplog)
    no_dedupe = WebhookReceiver(SECRET, dispatch=full, dedupe=False, clock=CLOCK)
    assert no_dedupe.handle(BODY, headers()) == (503, "Temporarily unavailable")


async def test_async_failed_hand_off_forgets_the_claim_even_if_the_store_fails(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def full(d: WebhookDelivery) -> None:
        raise RuntimeError("queue full")

    store = FlakyStore("discard")
    receiver = AsyncWebhookReceiver(SECRET, dispatch=full, dedupe=store, clock=CLOCK)
    assert await receiver.handle(BODY, headers()) == (503, "Temporarily unavailable")
    assert store.calls == [("seen_or_add", EVENT_ID), ("discard", EVENT_ID)]
    assert f"could not hand off webhook {TYPE} (event {EVENT_ID}, webhook-id wh_1)" in messages(caplog)
    no_dedupe = AsyncWebhookReceiver(SECRET, dispatch=full, dedupe=None, clock=CLOCK)
    assert await no_dedupe.handle(BODY, headers()) == (503, "Temporarily unavailable")


def test_confirm_failure_still_answers_received(caplog: pytest.LogCaptureFixture) -> None:
    receiver = WebhookReceiver(SECRET, dispatch=Recorder(), dedupe=FlakyStore("confirm"), clock=CLOCK)
    assert receiver.handle(BODY, headers()) == (200, "Webhook received")
    assert f"dedupe store could not confirm webhook {TYPE} (event {EVENT_ID}, webhook-id wh_1)" in messages(caplog)


async def test_async_confirm_failure_still_answers_received(caplog: pytest.LogCaptureFixture) -> None:
    receiver = AsyncWebhookReceiver(SECRET, dispatch=Recorder(), dedupe=FlakyStore("confirm"), clock=CLOCK)
    assert await receiver.handle(BODY, headers()) == (200, "Webhook received")
    assert f"dedupe store could not confirm webhook {TYPE} (event {EVENT_ID}, webhook-id wh_1)" in messages(caplog)


# the dedupe argument ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("receiver_type", "dedupe_type", "store_type"),
    [(WebhookReceiver, Deduplicator, LeaseStore), (AsyncWebhookReceiver, AsyncDeduplicator, AsyncLeaseStore)],
)
def test_dedupe_argument_forms(receiver_type: Any, dedupe_type: Any, store_type: Any) -> None:
    mine = dedupe_type(InMemoryDedupeStore(3))
    assert receiver_type(SECRET, dedupe=mine).dedupe is mine
    store = store_type()
    wrapped = receiver_type(SECRET, dedupe=store).dedupe
    assert isinstance(wrapped, dedupe_type) and wrapped.store is store
    default = receiver_type(SECRET).dedupe
    assert isinstance(default, dedupe_type) and isinstance(default.store, InMemoryDedupeStore)
    assert receiver_type(SECRET, dedupe=None).dedupe is None
    assert receiver_type(SECRET, dedupe=False).dedupe is None


def test_async_receiver_shares_a_sync_deduplicators_store() -> None:
    sync = Deduplicator(InMemoryDedupeStore(3))
    shared = AsyncWebhookReceiver(SECRET, dedupe=sync).dedupe
    assert isinstance(shared, AsyncDeduplicator) and shared.store is sync.store


def test_dispatch_with_handler_or_executor_is_refused() -> None:
    with (
        ThreadPoolExecutor(1) as pool,
        pytest.raises(ValueError, match=r"^pass either dispatch or handler/executor, not both$"),
    ):
        WebhookReceiver(SECRET, dispatch=Recorder(), executor=pool)
    with pytest.raises(ValueError, match=r"^pass either dispatch or handler, not both$"):
        AsyncWebhookReceiver(SECRET, Recorder(), dispatch=Recorder())
    assert WebhookReceiver(SECRET, dispatch=Recorder()).handler is None


def test_repr_hides_secrets_and_callable_secrets_are_read_per_delivery() -> None:
    calls: list[int] = []

    def current() -> list[str]:
        calls.append(1)
        return [SECRET]

    receiver = WebhookReceiver(current, dispatch=Recorder(), clock=CLOCK)
    assert calls == []  # a callable is not called up front
    assert receiver.handle(BODY, headers()).status == 200 and len(calls) == 1
    assert SECRET not in repr(receiver) and repr(receiver._secrets) == "<secrets hidden>"
    assert repr(receiver).startswith("WebhookReceiver(handler=None, dedupe=Deduplicator(")
    assert repr(AsyncWebhookReceiver(SECRET, dedupe=False)) == "AsyncWebhookReceiver(handler=None, dedupe=None)"


# handlers, executors, waiters -------------------------------------------------------------


def test_handler_runs_on_the_given_executor_which_close_leaves_open() -> None:
    threads: list[str] = []
    done = threading.Event()

    def handler(event: Any) -> None:
        threads.append(threading.current_thread().name)
        done.set()

    with ThreadPoolExecutor(1, thread_name_prefix="mine") as pool:
        receiver = WebhookReceiver(SECRET, handler, executor=pool, clock=CLOCK)
        assert receiver.handle(BODY, headers()).status == 200
        assert done.wait(5)
        receiver.close()
        assert pool.submit(lambda: 1).result(5) == 1  # still usable: not the receiver's to shut
    assert threads[0].startswith("mine")


def test_private_pool_threads_are_named_and_closed() -> None:
    threads: list[str] = []
    receiver = WebhookReceiver(
        SECRET, lambda e: threads.append(threading.current_thread().name), max_workers=1, clock=CLOCK
    )
    assert receiver.handle(BODY, headers()).status == 200
    receiver.close()  # waits for the handler
    assert threads and threads[0].startswith("cobalt-webhook")
    receiver.close()  # twice is fine
    other = event_body("evt_next")
    assert receiver.handle(other, headers(other)).status == 200  # a new pool after close
    receiver.close(wait=True)
    assert len(threads) == 2


def test_no_handler_and_no_dispatch_still_acknowledges_and_feeds_the_waiter() -> None:
    fed = Recorder()

    class Waiter:
        def feed(self, event: Any) -> bool:
            fed(event)
            return True

    receiver = WebhookReceiver(SECRET, waiter=Waiter(), clock=CLOCK)
    assert receiver.handle(BODY, headers()) == (200, "Webhook received")
    assert [e.id for e in fed.events] == [EVENT_ID]


def test_handler_failure_is_logged_with_its_traceback(caplog: pytest.LogCaptureFixture) -> None:
    def handler(event: Any) -> None:
        raise ValueError("handler bug")

    with WebhookReceiver(SECRET, handler, clock=CLOCK) as receiver:
        assert receiver.handle(BODY, headers()).status == 200
    [record] = [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.ERROR]
    assert record.getMessage() == f"webhook handler failed on {TYPE} (event {EVENT_ID}, webhook-id wh_1)"
    assert record.exc_info is not None and isinstance(record.exc_info[1], ValueError)


def test_waiter_failure_is_logged_and_the_handler_still_runs(caplog: pytest.LogCaptureFixture) -> None:
    class BadWaiter:
        def feed(self, event: Any) -> None:
            raise RuntimeError("boom")

    out = Recorder()
    receiver = WebhookReceiver(SECRET, dispatch=out, waiter=BadWaiter(), clock=CLOCK)
    assert receiver.handle(BODY, headers()).status == 200 and len(out.events) == 1
    assert f"job waiter failed on webhook {TYPE} (event {EVENT_ID}, webhook-id wh_1)" in messages(caplog)


async def test_async_waiter_may_be_a_coroutine_and_its_failure_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    fed: list[Any] = []

    class AsyncWaiter:
        async def feed(self, event: Any) -> None:
            fed.append(event)
            if len(fed) == 2:
                raise RuntimeError("boom")

    out = Recorder()
    receiver = AsyncWebhookReceiver(SECRET, dispatch=out, waiter=AsyncWaiter(), clock=CLOCK)
    assert (await receiver.handle(BODY, headers())).status == 200
    other = event_body("evt_two")
    assert (await receiver.handle(other, headers(other))).status == 200
    assert len(fed) == 2 and len(out.events) == 2
    assert f"job waiter failed on webhook {TYPE} (event evt_two, webhook-id wh_1)" in messages(caplog)


async def test_async_handler_kinds_and_drain(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[str] = []
    given: list[Any] = []

    class CallableObject:
        async def __call__(self, event: Any) -> None:
            await asyncio.sleep(0)
            seen.append("object " + threading.current_thread().name)

    def plain(event: Any) -> None:
        seen.append("plain " + threading.current_thread().name)
        given.append(event)  # checked below: an assert here would only be logged by the receiver

    async def failing(event: Any) -> None:
        raise ValueError("handler bug")

    main = threading.current_thread().name
    for handler in (CallableObject(), plain, failing):
        receiver = AsyncWebhookReceiver(SECRET, handler, dedupe=False, clock=CLOCK)
        assert (await receiver.handle(BODY, headers())).status == 200
        await receiver.drain()
        assert receiver.pending == 0
    assert seen[0] == f"object {main}"  # awaited in the loop
    assert seen[1].startswith("plain ") and seen[1] != f"plain {main}"  # run in a worker thread
    assert [event.id for event in given] == [EVENT_ID]  # the plain handler got the event itself
    assert f"webhook handler failed on {TYPE} (event {EVENT_ID}, webhook-id wh_1)" in messages(caplog)


async def test_async_dispatch_may_be_a_coroutine() -> None:
    queue: asyncio.Queue[WebhookDelivery] = asyncio.Queue()
    receiver = AsyncWebhookReceiver(SECRET, dispatch=queue.put, clock=CLOCK)
    assert await receiver.handle(BODY, headers()) == (200, "Webhook received")
    assert queue.get_nowait().event_id == EVENT_ID


async def test_drain_waits_for_handlers_scheduled_while_draining() -> None:
    seen: list[str] = []
    receiver: AsyncWebhookReceiver

    async def handler(event: Any) -> None:
        await asyncio.sleep(0)
        seen.append(event.id)
        if event.id == "evt_a":
            body = event_body("evt_b")
            await receiver.handle(body, headers(body))

    receiver = AsyncWebhookReceiver(SECRET, handler, clock=CLOCK)
    body = event_body("evt_a")
    await receiver.handle(body, headers(body))
    await receiver.drain()
    assert seen == ["evt_a", "evt_b"] and receiver.pending == 0


async def test_drain_ends_when_a_finished_handler_is_still_listed() -> None:
    """On 3.12+ awaiting tasks that have all finished may not yield to the loop, so their done callbacks
    (which take them off the list) have not run: drain itself must not wait for those callbacks (it
    spun forever on 3.13, in test_drain_waits_for_handlers_scheduled_while_draining)."""
    receiver = AsyncWebhookReceiver(SECRET, lambda event: None, clock=CLOCK)
    finished = asyncio.get_running_loop().create_task(asyncio.sleep(0))
    await finished
    receiver._tasks = CheckedTasks({finished})  # finished, and its callback would never take it off
    await receiver.drain()
    assert receiver.pending == 0


async def test_a_cancelled_drain_leaves_the_handlers_running() -> None:
    """A shutdown that gives up waiting (`wait_for(receiver.drain(), timeout)`) must not cancel the
    handlers: each event was answered 200 already, and a cancelled handler would lose it."""
    release = asyncio.Event()
    done: list[str] = []

    async def handler(event: Any) -> None:
        await release.wait()
        done.append(event.id)

    receiver = AsyncWebhookReceiver(SECRET, handler, clock=CLOCK)
    assert (await receiver.handle(BODY, headers())).status == 200
    waiting = asyncio.get_running_loop().create_task(receiver.drain())
    for _ in range(3):  # the handler and the drain both start waiting
        await asyncio.sleep(0)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert receiver.pending == 1 and done == []  # still running
    release.set()
    await receiver.drain()
    assert done == [EVENT_ID] and receiver.pending == 0


# replay -----------------------------------------------------------------------------------


def test_replay_outcomes_and_handler_forms() -> None:
    store = LeaseStore()
    seen = Recorder()
    receiver = WebhookReceiver(SECRET, seen, dedupe=store, clock=CLOCK)
    assert receiver.replay(delivery("a")) == "processed"
    assert [e.id for e in seen.events] == ["a"]  # inline, on this thread
    assert store.status("a") == "done"
    assert receiver.replay(delivery("a")) == "duplicate"
    store.seen_or_add("b")  # another receiver claimed b and has not confirmed
    assert receiver.replay(delivery("b")) == "busy"
    out = Recorder()
    by_dispatch = WebhookReceiver(SECRET, dispatch=out, dedupe=False, clock=CLOCK)
    assert by_dispatch.replay(delivery("c")) == "processed" and by_dispatch.replay(delivery("c")) == "processed"
    assert [d.event_id for d in out.events] == ["c", "c"]
    assert WebhookReceiver(SECRET, clock=CLOCK).replay(delivery("d")) == "processed"  # nothing to run


def test_replay_handler_failure_forgets_the_claim_and_propagates() -> None:
    store = LeaseStore()
    fed: list[Any] = []

    class Waiter:
        def feed(self, event: Any) -> None:
            fed.append(event.id)

    def handler(event: Any) -> None:
        raise RuntimeError("crash")

    receiver = WebhookReceiver(SECRET, handler, dedupe=store, waiter=Waiter(), clock=CLOCK)
    with pytest.raises(RuntimeError, match="crash"):
        receiver.replay(delivery("a"))
    assert store.status("a") == "new" and fed == ["a"]
    with pytest.raises(RuntimeError):
        WebhookReceiver(SECRET, handler, dedupe=False, clock=CLOCK).replay(delivery("a"))


async def test_async_replay_outcomes_and_handler_forms() -> None:
    store = AsyncLeaseStore()
    seen: list[str] = []

    async def handler(event: Any) -> None:
        seen.append(event.id)

    receiver = AsyncWebhookReceiver(SECRET, handler, dedupe=store, clock=CLOCK)
    assert await receiver.replay(delivery("a")) == "processed"
    assert seen == ["a"] and store.status("a") == "done" and receiver.pending == 0  # awaited inline
    assert await receiver.replay(delivery("a")) == "duplicate"
    await store.seen_or_add("b")
    assert await receiver.replay(delivery("b")) == "busy"

    threads: list[str] = []
    in_thread = AsyncWebhookReceiver(
        SECRET, lambda e: threads.append(f"{threading.current_thread().name} {e.id}"), clock=CLOCK
    )
    assert await in_thread.replay(delivery("c")) == "processed"
    assert threads and threads[0].endswith(" c") and not threads[0].startswith(threading.current_thread().name + " ")

    queue: asyncio.Queue[WebhookDelivery] = asyncio.Queue()
    by_dispatch = AsyncWebhookReceiver(SECRET, dispatch=queue.put, dedupe=False, clock=CLOCK)
    assert await by_dispatch.replay(delivery("d")) == "processed"
    assert queue.get_nowait().event_id == "d"
    sync_out = Recorder()
    assert await AsyncWebhookReceiver(SECRET, dispatch=sync_out, clock=CLOCK).replay(delivery("e")) == "processed"
    assert [d.event_id for d in sync_out.events] == ["e"]
    assert await AsyncWebhookReceiver(SECRET, clock=CLOCK).replay(delivery("f")) == "processed"


async def test_async_replay_status_from_stores_of_each_kind() -> None:
    class AsyncStatusStore(AsyncLeaseStore):
        async def status(self, key: str) -> str:  # type: ignore[override]
            return LeaseStore.status(self, key)

    store = AsyncStatusStore()
    await store.seen_or_add("b")
    receiver = AsyncWebhookReceiver(SECRET, Recorder(), dedupe=store, clock=CLOCK)
    assert await receiver.replay(delivery("b")) == "busy"
    plain = AsyncWebhookReceiver(SECRET, Recorder(), clock=CLOCK)  # the in-memory store has no leases
    assert await plain.replay(delivery("b")) == "processed"
    assert await plain.replay(delivery("b")) == "duplicate"


async def test_async_replay_failure_forgets_the_claim_and_propagates() -> None:
    store = AsyncLeaseStore()
    fed: list[str] = []

    class AsyncWaiter:
        async def feed(self, event: Any) -> None:
            fed.append(event.id)

    async def handler(event: Any) -> None:
        raise RuntimeError("crash")

    receiver = AsyncWebhookReceiver(SECRET, handler, dedupe=store, waiter=AsyncWaiter(), clock=CLOCK)
    with pytest.raises(RuntimeError, match="crash"):
        await receiver.replay(delivery("a"))
    assert store.status("a") == "new" and fed == ["a"]
    with pytest.raises(RuntimeError):
        await AsyncWebhookReceiver(SECRET, handler, dedupe=False, clock=CLOCK).replay(delivery("a"))


def test_async_duplicate_log_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, LOGGER)

    async def run() -> None:
        receiver = AsyncWebhookReceiver(SECRET, dispatch=Recorder(), clock=CLOCK)
        await receiver.handle(BODY, headers())
        assert await receiver.handle(BODY, headers(webhook_id="wh_9")) == (200, "Already processed")

    asyncio.run(run())
    assert messages(caplog) == [f"duplicate webhook {TYPE} (event {EVENT_ID}, webhook-id wh_9) ignored"]


def test_close_waits_for_running_handlers_by_default() -> None:
    release, finished = threading.Event(), threading.Event()

    def handler(event: Any) -> None:
        release.wait(5)
        finished.set()

    receiver = WebhookReceiver(SECRET, handler, clock=CLOCK)
    receiver.handle(BODY, headers())
    threading.Timer(0.1, release.set).start()
    receiver.close()
    assert finished.is_set()


def test_the_private_pool_has_max_workers_threads() -> None:
    running, peak, lock = [0], [0], threading.Lock()

    def handler(event: Any) -> None:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1

    with WebhookReceiver(SECRET, handler, dedupe=False, max_workers=1, clock=CLOCK) as receiver:
        for _ in range(3):
            receiver.handle(BODY, headers())
    assert peak[0] == 1


def test_a_cancelled_hand_off_is_not_logged_as_a_failure(caplog: pytest.LogCaptureFixture) -> None:
    release = threading.Event()
    pool = ThreadPoolExecutor(1)
    receiver = WebhookReceiver(SECRET, lambda e: release.wait(5), dedupe=False, executor=pool, clock=CLOCK)
    receiver.handle(BODY, headers())
    receiver.handle(BODY, headers())  # queued behind the first
    pool.shutdown(wait=False, cancel_futures=True)
    release.set()
    pool.shutdown(wait=True)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_drain_survives_a_handler_that_was_cancelled() -> None:
    async def handler(event: Any) -> None:
        raise asyncio.CancelledError

    receiver = AsyncWebhookReceiver(SECRET, handler, clock=CLOCK)
    await receiver.handle(BODY, headers())
    await receiver.drain()
    assert receiver.pending == 0


def test_a_replayed_event_without_a_type_is_described_with_a_question_mark(caplog: pytest.LogCaptureFixture) -> None:
    class BadWaiter:
        def feed(self, event: Any) -> None:
            raise RuntimeError("boom")

    untyped = WebhookDelivery(UnknownEvent("", {}), None, None, 1, b"{}", "evt_u")
    WebhookReceiver(SECRET, dispatch=Recorder(), waiter=BadWaiter(), clock=CLOCK).replay(untyped)
    assert "job waiter failed on webhook ? (event evt_u, webhook-id -)" in messages(caplog)
