"""Lazy iteration over `page`/`page_size` list endpoints, sync and async side by side.

A pager holds the first page (with its pagination metadata) as `.page`; iterating it yields the
items of every page, requesting the next page only when the previous one is used up. It stops at
`pagination.total_pages` when the server reports it, otherwise at the first short or empty page.
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
    """All items of a paginated list, fetched page by page on demand."""

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

    def pages(self) -> Iterator[P]:
        """Every page, starting with the first."""
        page, number, kwargs = self.page, _page_number(self._kwargs), self._kwargs
        yield page
        while _has_next(page, self._attr, number, kwargs):
            number += 1
            kwargs = {**kwargs, "page": number}
            page = self._runner.request(self._fn, kwargs, op=self._op, expect=self._expect, options=self._options)
            yield page

    def __iter__(self) -> Iterator[I]:
        for page in self.pages():
            yield from _items(page, self._attr)

    @property
    def items(self) -> list[I]:
        """The items of the first page only."""
        return _items(self.page, self._attr)


class AsyncPager(Generic[P, I]):
    """The asyncio twin of `Pager`: `async for item in pager`."""

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
        self.page = first

    async def pages(self) -> AsyncIterator[P]:
        page, number, kwargs = self.page, _page_number(self._kwargs), self._kwargs
        yield page
        while _has_next(page, self._attr, number, kwargs):
            number += 1
            kwargs = {**kwargs, "page": number}
            page = await self._runner.request(self._fn, kwargs, op=self._op, expect=self._expect, options=self._options)
            yield page

    async def __aiter__(self) -> AsyncIterator[I]:
        async for page in self.pages():
            for item in _items(page, self._attr):
                yield item

    @property
    def items(self) -> list[I]:
        return _items(self.page, self._attr)
