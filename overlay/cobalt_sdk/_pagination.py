"""Lazy iteration over `page`/`page_size` list endpoints, sync and async side by side.

A pager holds the first page (with its pagination metadata) as `.page`; iterating it yields the
items of every page, requesting the next page only when the previous one is used up. It stops at
`pagination.total_pages` when the server reports it, otherwise at the first short or empty page.

Page by page, as openai-python and stripe-python users expect: `has_next_page()` says (without a
request) whether another page follows `.page`, `next_page()` fetches it as a new pager (None after
the last page), and `pages()` yields every page model from `.page` on. A pager is immutable: walking
it again repeats the requests, and `next_page()` never changes the pager it was called on.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._types import CallOptions, Endpoint, Operation

if TYPE_CHECKING:
    from ._runner import AsyncRunner, SyncRunner

P = TypeVar("P")
I = TypeVar("I")


def _items(page: Any, attr: str) -> list[Any]:
    items = getattr(page, attr, None)
    return items if isinstance(items, list) else []


def _page_number(kwargs: dict[str, Any]) -> int:
    value = kwargs.get("page")
    return value if isinstance(value, int) and not isinstance(value, bool) else 1


def _has_next(page: Any, attr: str, number: int, kwargs: dict[str, Any]) -> bool:
    items = _items(page, attr)
    if not items:
        return False
    pagination = getattr(page, "pagination", None)
    total = getattr(pagination, "total_pages", None)
    if isinstance(total, int) and not isinstance(total, bool):
        return number < total
    size = kwargs.get("page_size")
    if isinstance(size, int) and not isinstance(size, bool):
        return len(items) >= size
    return True


class Pager(Generic[P, I]):
    """All items of a paginated list, fetched page by page on demand.

    `for item in pager` yields the items of every page; `.page` is the first page (the response
    model, with its `pagination`), `.items` its items.
    """

    def __init__(
        self,
        runner: SyncRunner,
        fn: Endpoint,
        kwargs: dict[str, Any],
        op: Operation,
        expect: type[P],
        items_attr: str,
        options: CallOptions,
        first: P,
    ) -> None:
        self._runner, self._fn, self._kwargs, self._op = runner, fn, kwargs, op
        self._expect, self._attr, self._options = expect, items_attr, options
        #: The first page, as returned by the API (with its `pagination` metadata).
        self.page = first

    @property
    def page_number(self) -> int:
        """The number of `.page` (the `page` argument it was requested with; 1 by default)."""
        return _page_number(self._kwargs)

    def has_next_page(self) -> bool:
        """Whether a page follows `.page` (decided from `.page` alone, without a request)."""
        return _has_next(self.page, self._attr, self.page_number, self._kwargs)

    def next_page(self) -> Pager[P, I] | None:
        """The pager of the page after `.page` (one request), or None when `.page` is the last."""
        if not self.has_next_page():
            return None
        kwargs = {**self._kwargs, "page": self.page_number + 1}
        page = self._runner.request(self._fn, kwargs, op=self._op, expect=self._expect, options=self._options)
        return Pager(self._runner, self._fn, kwargs, self._op, self._expect, self._attr, self._options, page)

    def pages(self) -> Iterator[P]:
        """Every page model, starting with `.page`; each next one is requested when reached."""
        pager: Pager[P, I] | None = self
        while pager is not None:
            yield pager.page
            pager = pager.next_page()

    def __iter__(self) -> Iterator[I]:
        for page in self.pages():
            yield from _items(page, self._attr)

    @property
    def items(self) -> list[I]:
        """The items of the first page only."""
        return _items(self.page, self._attr)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._op.name} page={self.page_number} items={len(self.items)}>"


class AsyncPager(Generic[P, I]):
    """The asyncio twin of `Pager`: `async for item in pager`, `await pager.next_page()`."""

    def __init__(
        self,
        runner: AsyncRunner,
        fn: Endpoint,
        kwargs: dict[str, Any],
        op: Operation,
        expect: type[P],
        items_attr: str,
        options: CallOptions,
        first: P,
    ) -> None:
        self._runner, self._fn, self._kwargs, self._op = runner, fn, kwargs, op
        self._expect, self._attr, self._options = expect, items_attr, options
        #: The first page, as returned by the API (with its `pagination` metadata).
        self.page = first

    @property
    def page_number(self) -> int:
        """The number of `.page` (the `page` argument it was requested with; 1 by default)."""
        return _page_number(self._kwargs)

    def has_next_page(self) -> bool:
        """Whether a page follows `.page` (decided from `.page` alone, without a request)."""
        return _has_next(self.page, self._attr, self.page_number, self._kwargs)

    async def next_page(self) -> AsyncPager[P, I] | None:
        """The pager of the page after `.page` (one request), or None when `.page` is the last."""
        if not self.has_next_page():
            return None
        kwargs = {**self._kwargs, "page": self.page_number + 1}
        page = await self._runner.request(self._fn, kwargs, op=self._op, expect=self._expect, options=self._options)
        return AsyncPager(self._runner, self._fn, kwargs, self._op, self._expect, self._attr, self._options, page)

    async def pages(self) -> AsyncIterator[P]:
        """Every page model, starting with `.page`; each next one is requested when reached."""
        pager: AsyncPager[P, I] | None = self
        while pager is not None:
            yield pager.page
            pager = await pager.next_page()

    async def __aiter__(self) -> AsyncIterator[I]:
        async for page in self.pages():
            for item in _items(page, self._attr):
                yield item

    @property
    def items(self) -> list[I]:
        """The items of the first page only."""
        return _items(self.page, self._attr)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._op.name} page={self.page_number} items={len(self.items)}>"
