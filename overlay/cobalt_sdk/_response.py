"""`RawResponse`: what `with_raw_response` calls return (status, headers, body, and `parse()`)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Generic, ParamSpec, TypeVar, cast

import httpx

from . import _constants as C

T = TypeVar("T")
P = ParamSpec("P")


class RawResponse(Generic[T]):
    """An API response as received; `parse()` returns what the method returns without raw access.

    Error statuses still raise their `APIStatusError` (which carries the same headers, request id
    and body). The request itself is not exposed: its headers hold the client's credentials.
    """

    __slots__ = ("_finish", "_http", "_parsed", "operation")

    def __init__(self, response: httpx.Response, operation: str, finish: Callable[[httpx.Response], T]) -> None:
        self._http, self._finish = response, finish
        self._parsed: tuple[T] | None = None
        #: The operation id, e.g. `"appointments_get"`.
        self.operation = operation

    @property
    def status_code(self) -> int:
        return self._http.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._http.headers

    @property
    def request_id(self) -> str | None:
        """Cobalt's id for the request (the `x-request-id` header), if it sent one."""
        value: str | None = self._http.headers.get(C.REQUEST_ID_HEADER)
        return value

    @property
    def content(self) -> bytes:
        """The body as received (decompressed)."""
        return self._http.content

    @property
    def text(self) -> str:
        return self._http.text

    def json(self) -> object:
        """The body decoded as JSON."""
        return json.loads(self._http.content)

    @property
    def elapsed(self) -> float:
        """Seconds from sending the request to reading the whole response."""
        return self._http.elapsed.total_seconds()

    def parse(self) -> T:
        """The typed result (model, `Job` or `Pager`); parsed once, then cached."""
        if self._parsed is None:
            self._parsed = (self._finish(self._http),)
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse {self.operation} HTTP {self.status_code}>"


def raw_method(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """The type of a resource method bound to a raw runner (`with_raw_response`).

    At run time the method itself: its runner returns a `RawResponse` in place of the result.
    """
    return cast("Callable[P, RawResponse[T]]", method)


def async_raw_method(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The asyncio twin of `raw_method`."""
    return cast("Callable[P, Awaitable[RawResponse[T]]]", method)
