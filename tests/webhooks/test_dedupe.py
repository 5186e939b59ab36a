"""Deduplicators and the in-memory store: what a receiver relies on to drop Cobalt's redeliveries."""

from __future__ import annotations

from typing import Any

import pytest

from cobalt_sdk.webhooks import AsyncDeduplicator, Deduplicator, InMemoryDedupeStore


class LeaseStore:
    """A shared store with claim leases (the shape of `RedisDedupeStore`), sync methods."""

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}
        self.calls: list[tuple[str, str]] = []

    def seen_or_add(self, key: str) -> bool:
        self.calls.append(("seen_or_add", key))
        if key in self.keys:
            return True
        self.keys[key] = "leased"
        return False

    def confirm(self, key: str) -> None:
        self.calls.append(("confirm", key))
        self.keys[key] = "done"

    def discard(self, key: str) -> None:
        self.calls.append(("discard", key))
        self.keys.pop(key, None)

    def status(self, key: str) -> str:
        return self.keys.get(key, "new")


class AsyncLeaseStore(LeaseStore):
    """The same store with coroutine methods."""

    async def seen_or_add(self, key: str) -> bool:  # type: ignore[override]
        return LeaseStore.seen_or_add(self, key)

    async def confirm(self, key: str) -> None:  # type: ignore[override]
        LeaseStore.confirm(self, key)

    async def discard(self, key: str) -> None:  # type: ignore[override]
        LeaseStore.discard(self, key)


# InMemoryDedupeStore ----------------------------------------------------------------------


def test_capacity_of_one_remembers_the_last_key_only() -> None:
    store = InMemoryDedupeStore(capacity=1)
    assert not store.seen_or_add("a")
    assert store.seen_or_add("a")
    assert not store.seen_or_add("b")  # evicts a
    assert list(_keys(store)) == ["b"] and len(store) == 1
    assert not store.seen_or_add("a")


@pytest.mark.parametrize("capacity", [0, -1])
def test_capacity_below_one_is_refused_with_a_clear_message(capacity: int) -> None:
    with pytest.raises(ValueError, match=r"^capacity must be at least 1$"):
        InMemoryDedupeStore(capacity)


def test_eviction_drops_the_least_recently_seen_key() -> None:
    store = InMemoryDedupeStore(capacity=3)
    for key in "abc":
        store.seen_or_add(key)
    store.seen_or_add("a")  # a hit refreshes it: b is now the oldest
    store.seen_or_add("d")
    assert "b" not in store and {"a", "c", "d"} == set(_keys(store))
    store.seen_or_add("e")  # then c
    assert "c" not in store and len(store) == 3


def test_discarding_an_unknown_key_is_a_no_op() -> None:
    store = InMemoryDedupeStore(capacity=2)
    store.seen_or_add("a")
    store.discard("never-seen")
    assert "a" in store and len(store) == 1
    assert "never-seen" not in store and 42 not in store


def test_repr_shows_capacity_and_size_not_keys() -> None:
    store = InMemoryDedupeStore(capacity=5)
    store.seen_or_add("evt_secret_id")
    assert repr(store) == "InMemoryDedupeStore(capacity=5, size=1)"
    assert repr(Deduplicator(store)) == "Deduplicator(store=InMemoryDedupeStore(capacity=5, size=1))"
    assert repr(AsyncDeduplicator(store)) == "AsyncDeduplicator(store=InMemoryDedupeStore(capacity=5, size=1))"


def _keys(store: InMemoryDedupeStore) -> list[str]:
    return [k for k in ("a", "b", "c", "d", "e") if k in store]


# Deduplicator -----------------------------------------------------------------------------


def test_deduplicator_default_store_is_bounded_by_capacity() -> None:
    dedupe = Deduplicator(capacity=2)
    assert isinstance(dedupe.store, InMemoryDedupeStore) and dedupe.store.capacity == 2
    for key in "abc":
        assert not dedupe.is_duplicate(key)
    assert not dedupe.is_duplicate("a")  # evicted: processed again


def test_deduplicator_uses_the_store_it_is_given() -> None:
    store = LeaseStore()
    dedupe = Deduplicator(store)
    assert dedupe.store is store
    assert not dedupe.is_duplicate("k") and dedupe.is_duplicate("k")
    assert dedupe.status("k") == "leased"
    dedupe.confirm("k")
    assert dedupe.status("k") == "done" and dedupe.status("other") == "new"
    dedupe.forget("k")
    assert dedupe.status("k") == "new" and not dedupe.is_duplicate("k")
    assert store.calls == [
        ("seen_or_add", "k"),
        ("seen_or_add", "k"),
        ("confirm", "k"),
        ("discard", "k"),
        ("seen_or_add", "k"),
    ]


def test_deduplicator_ignores_empty_keys_everywhere() -> None:
    store = LeaseStore()
    dedupe = Deduplicator(store)
    for key in (None, ""):
        assert not dedupe.is_duplicate(key) and not dedupe.is_duplicate(key)
        dedupe.confirm(key)
        dedupe.forget(key)
    assert store.calls == []


def test_deduplicator_forget_uses_the_in_memory_discard() -> None:
    dedupe = Deduplicator()
    assert not dedupe.is_duplicate("k")
    dedupe.forget("k")
    assert not dedupe.is_duplicate("k")  # a redelivery after a failed hand-off is processed
    dedupe.confirm("k")  # the in-memory store has no leases: nothing to confirm
    assert dedupe.is_duplicate("k") and dedupe.status("k") == "done"


def test_deduplicator_status_reads_a_store_answer_as_text() -> None:
    class Store:
        def seen_or_add(self, key: str) -> bool:
            return False

        def status(self, key: str) -> Any:
            return _Leased()

    class _Leased:
        def __str__(self) -> str:
            return "leased"

    assert Deduplicator(Store()).status("k") == "leased"


# AsyncDeduplicator ------------------------------------------------------------------------


async def test_async_deduplicator_default_store_is_bounded_by_capacity() -> None:
    dedupe = AsyncDeduplicator(capacity=1)
    assert isinstance(dedupe.store, InMemoryDedupeStore) and dedupe.store.capacity == 1
    assert not await dedupe.is_duplicate("a")
    assert await dedupe.is_duplicate("a")
    assert not await dedupe.is_duplicate("b")
    assert not await dedupe.is_duplicate("a")


@pytest.mark.parametrize("store_type", [LeaseStore, AsyncLeaseStore])
async def test_async_deduplicator_over_sync_and_async_stores(store_type: type[LeaseStore]) -> None:
    store = store_type()
    dedupe = AsyncDeduplicator(store)
    assert dedupe.store is store
    assert await dedupe.is_duplicate("k") is False
    assert await dedupe.is_duplicate("k") is True
    await dedupe.confirm("k")
    assert store.keys == {"k": "done"}
    await dedupe.forget("k")
    assert store.keys == {}
    for key in (None, ""):
        assert await dedupe.is_duplicate(key) is False
        await dedupe.confirm(key)
        await dedupe.forget(key)
    assert store.calls == [("seen_or_add", "k"), ("seen_or_add", "k"), ("confirm", "k"), ("discard", "k")]


async def test_async_deduplicator_store_answers_read_as_bools() -> None:
    class CountingStore:
        def __init__(self) -> None:
            self.count = 0

        async def seen_or_add(self, key: str) -> int:
            self.count += 1
            return self.count - 1  # 0 the first time, then 1, 2...

    dedupe = AsyncDeduplicator(CountingStore())  # type: ignore[arg-type]
    assert await dedupe.is_duplicate("k") is False
    assert await dedupe.is_duplicate("k") is True


async def test_async_deduplicator_store_without_confirm_or_discard() -> None:
    class Bare:
        def __init__(self) -> None:
            self.keys: set[str] = set()

        def seen_or_add(self, key: str) -> bool:
            hit = key in self.keys
            self.keys.add(key)
            return hit

    store = Bare()
    dedupe = AsyncDeduplicator(store)
    assert not await dedupe.is_duplicate("k")
    await dedupe.confirm("k")
    await dedupe.forget("k")  # nothing to forget with: the key stays
    assert await dedupe.is_duplicate("k")


def test_deduplicator_store_answers_read_as_bools() -> None:
    class CountingStore:
        def __init__(self) -> None:
            self.count = 0

        def seen_or_add(self, key: str) -> int:
            self.count += 1
            return self.count - 1

    dedupe = Deduplicator(CountingStore())  # type: ignore[arg-type]
    assert dedupe.is_duplicate("k") is False
    assert dedupe.is_duplicate("k") is True
