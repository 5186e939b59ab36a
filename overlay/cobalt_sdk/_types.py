"""Small shared types: operation descriptors, per-call options, the NOT_GIVEN sentinel."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, Protocol, TypeAlias

import httpx

from ._frozen import Frozen


class NotGiven:
    """Sentinel for "argument not passed" where `None` is itself meaningful."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

#: A per-call timeout: seconds, an `httpx.Timeout`, or NOT_GIVEN for the client's default.
TimeoutArg: TypeAlias = "float | httpx.Timeout | NotGiven"
#: Extra request headers, query parameters and JSON body fields of a call (`extra_headers=`, ...).
Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]


class Operation(Frozen):
    """What the runner needs to know about one spec operation."""

    _fields = ("name", "method", "path", "requires_access_token")
    __slots__ = _fields
    name: str
    method: str
    path: str
    requires_access_token: bool

    def __init__(self, name: str, method: str, path: str, requires_access_token: bool = True) -> None:
        self._assign(name=name, method=method, path=path, requires_access_token=requires_access_token)


def timeout_extension(timeout: float | httpx.Timeout) -> dict[str, float | None]:
    t = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    return t.as_dict()


class CallOptions:
    """The per-call options every resource method takes after its API arguments.

    `timeout` applies to each attempt; `deadline` (seconds) bounds the whole call, retries and
    their back-off included. NOT_GIVEN / None mean the client's setting.
    """

    __slots__ = ("deadline", "extra_body", "extra_headers", "extra_query", "max_retries", "timeout")

    def __init__(
        self,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        self.timeout, self.max_retries, self.deadline = timeout, max_retries, deadline
        self.extra_headers, self.extra_query, self.extra_body = extra_headers, extra_query, extra_body


#: The options of a call that passes none.
DEFAULT_CALL: Final = CallOptions()


class Endpoint(Protocol):
    """One generated endpoint module: the runner builds the request and parses the response with it."""

    @property
    def _get_kwargs(self) -> Callable[..., dict[str, Any]]: ...

    @property
    def _parse_response(self) -> Callable[..., object]: ...
