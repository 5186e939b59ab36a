"""`Cobalt` and `AsyncCobalt`: the clients users construct.

Both are built the same way from one `ClientConfig` (credentials, base URL, timeout, retries,
deadline, default headers and query, log filtering) by `_ClientBase`; they differ only in the
httpx client and the runner they hold. Each owns one connection pool (an httpx client, ours or
the one passed as `http_client=`; our headers, timeouts and retries are applied per request, so a
client of your own keeps its proxies, certificates and hooks). `copy()` / `with_options()` return
a client with any option changed that shares the connection pool unless `http_client` is given.
`with_raw_response` gives every resource method returning a `RawResponse` instead.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from cobalt_api_client.api import AsyncResources, SyncResources

from . import _constants as C
from . import _logfilter
from ._config import (
    ClientConfig,
    Credentials,
    make_limits,
    make_timeout,
    resolve_base_url,
    resolve_credentials,
    resolve_log_filter,
    setup_logging,
)
from ._jobs import AsyncJobSource, JobSource
from ._runner import AsyncRunner, SyncRunner
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from cobalt_api_client.api import AsyncRawResources, SyncRawResources
    from cobalt_api_client.client import Client

H = TypeVar("H", httpx.Client, httpx.AsyncClient)
R = TypeVar("R", SyncRunner, AsyncRunner)

#: httpx's own default timeout: a client passed as `http_client=` with any other keeps its own.
_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


def _config(
    creds: Credentials,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    deadline: float | None,
    headers: Mapping[str, str] | None,
    query: Mapping[str, object] | None,
    log_filter: bool | None,
    http_client: httpx.Client | httpx.AsyncClient | None,
) -> ClientConfig:
    """The one options object of a client, from its constructor's arguments."""
    if timeout is None and http_client is not None and http_client.timeout != _HTTPX_DEFAULT_TIMEOUT:
        timeout = http_client.timeout
    return ClientConfig(
        credentials=creds,
        base_url=resolve_base_url(base_url),
        timeout=make_timeout(timeout),
        max_retries=max_retries,
        deadline=deadline,
        default_headers=MappingProxyType(dict(headers or {})),
        default_query=MappingProxyType(dict(query or {})),
        log_filter=resolve_log_filter(log_filter),
    )


def _check_kind(name: str, value: object, expected: type, twin: str) -> None:
    """A sync transport or client for the async client (or the reverse) is refused at once."""
    if value is not None and not isinstance(value, expected):
        raise TypeError(
            f"{name} must be an {expected.__module__}.{expected.__qualname__} for this client "
            f"(got {type(value).__name__}); use {twin} for the other kind"
        )


def _check_pool(http_client: object, client_cls: type, transport: object, transport_cls: type, twin: str) -> None:
    _check_kind("transport", transport, transport_cls, twin)
    _check_kind("http_client", http_client, client_cls, twin)
    if http_client is not None and transport is not None:
        raise ValueError("pass transport= or http_client=, not both (give the transport to your httpx client)")


class _ClientBase(Generic[H, R]):
    """Construction, options and copies, shared by `Cobalt` and `AsyncCobalt`."""

    _runner: R
    _raw_runner: R
    _runner_class: Callable[..., R]  # SyncRunner or AsyncRunner
    _http: H
    _sleep: Any
    _clock: Callable[[], float]

    def _setup(self, config: ClientConfig, http: H, sleep: Any, clock: Callable[[], float], *, owns_http: bool) -> None:
        """`owns_http`: `http` is the pool this client built (no `http_client=` was given)."""
        if config.log_filter:
            _logfilter.install()
        setup_logging()
        self._config, self._http, self._sleep, self._clock = config, http, sleep, clock
        self._owns_http = owns_http
        self._runner = self._make_runner(raw=False)
        self._raw_runner = self._make_runner(raw=True)
        self._raw_runner.plain = self._runner
        self._runner.owner = self._raw_runner.owner = self

    @cached_property
    def _generated(self) -> Client:
        """The generated package's client over this client's connection pool, built on first use:
        the SDK's calls need none (the runner builds and parses requests itself), and building it
        would import its attrs classes on the first call."""
        from cobalt_api_client.client import Client

        generated = Client(
            base_url=self._config.base_url, timeout=self._config.timeout, raise_on_unexpected_status=False
        )
        self._set_http(generated, self._http)
        return generated

    def _set_http(self, generated: Client, http: H) -> None:
        raise NotImplementedError

    def _make_runner(self, *, raw: bool) -> R:
        return self._runner_class(
            self._config,
            self._http,
            sleep=self._sleep,
            clock=self._clock,
            raw=raw,
            owns_http=self._owns_http,
        )

    @property
    def _credentials(self) -> Credentials:
        return self._config.credentials

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of each attempt (a call with retries can take longer: see `deadline`)."""
        return self._config.timeout

    @property
    def deadline(self) -> float | None:
        """Seconds one call may take in total, retries included (None: no bound)."""
        return self._config.deadline

    @property
    def default_headers(self) -> Mapping[str, str]:
        return self._config.default_headers

    @property
    def default_query(self) -> Mapping[str, object]:
        return self._config.default_query

    def copy(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: H | None = None,
        log_filter: bool | None = None,
    ) -> Self:
        """A client with the given options changed and every other one kept.

        It shares this client's connection pool unless `http_client` is given. `default_headers`
        and `default_query` replace this client's (merge them yourself to add to them).
        """
        config = self._config
        creds = config.credentials
        if client_id is not None or client_secret is not None or access_token is not None:
            creds = Credentials(
                client_id if client_id is not None else creds.client_id,
                client_secret if client_secret is not None else creds.client_secret,
                access_token if access_token is not None else creds.access_token,
            )
        changes: dict[str, Any] = {"credentials": creds}
        if base_url is not None:
            changes["base_url"] = resolve_base_url(base_url)
        if timeout is not None:
            changes["timeout"] = make_timeout(timeout)
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if not isinstance(deadline, NotGiven):
            changes["deadline"] = deadline
        if default_headers is not None:
            changes["default_headers"] = MappingProxyType(dict(default_headers))
        if default_query is not None:
            changes["default_query"] = MappingProxyType(dict(default_query))
        if log_filter is not None:
            changes["log_filter"] = log_filter
        http = self._http if http_client is None else self._checked(http_client)
        owns_http = self._owns_http and http_client is None
        clone = object.__new__(type(self))
        clone._setup(config.replace(**changes), http, self._sleep, self._clock, owns_http=owns_http)
        return clone

    #: openai-python's name for `copy`.
    with_options = copy

    def _checked(self, http_client: H) -> H:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, client_id={self._config.credentials.client_id!r})"


class Cobalt(_ClientBase[httpx.Client, SyncRunner], SyncResources):
    """Synchronous Cobalt API client.

    Credentials come from the arguments or the `COBALT_CLIENT_ID`, `COBALT_CLIENT_SECRET` and
    `COBALT_ACCESS_TOKEN` environment variables; `base_url` from `COBALT_BASE_URL` or the public
    API (checked now: an http(s) URL with a host). Use it as a context manager, or call `close()`.

    `timeout` applies to each attempt (connect, read, write, pool); a call that is retried can
    take several. `deadline` bounds a whole call, retries and back-off included. Both, and
    `max_retries`, can also be passed to any method. `http_client` takes a ready `httpx.Client`
    (proxies, mTLS, hooks of your own); our headers, timeouts and retries are applied to each
    request sent through it. `default_headers` and `default_query` go with every request.

    `log_filter` (default on; `COBALT_LOG_FILTER=0` turns the default off) keeps query strings,
    path parameter values and secrets of this client's requests out of the `httpx` and
    `httpcore` loggers; pass `log_filter=False` to leave their records as httpx writes them.
    `COBALT_LOG=info` or `debug` writes the `cobalt_sdk` logger to stderr.
    """

    _runner_class = SyncRunner

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        log_filter: bool | None = None,
    ) -> None:
        _check_pool(http_client, httpx.Client, transport, httpx.BaseTransport, "AsyncCobalt")
        creds = resolve_credentials(client_id, client_secret, access_token)
        config = _config(
            creds, base_url, timeout, max_retries, deadline, default_headers, default_query, log_filter, http_client
        )
        owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(timeout=config.timeout, limits=make_limits(), transport=transport)
        self._setup(config, http_client, sleep, clock, owns_http=owns_http)

    def _set_http(self, generated: Client, http: httpx.Client) -> None:
        generated.set_httpx_client(http)

    @property
    def job_source(self) -> JobSource:
        """What job handles and waiters need of this client: event pages, its clock and sleep."""
        return JobSource(lambda **query: self.webhook_events.list(**query).page, self._clock, self._sleep)

    def _checked(self, http_client: httpx.Client) -> httpx.Client:
        _check_kind("http_client", http_client, httpx.Client, "AsyncCobalt")
        return http_client

    @cached_property
    def with_raw_response(self) -> SyncRawResources:
        """Every resource, its methods returning a `RawResponse` (status, headers, body, `parse()`)."""
        from cobalt_api_client.api import SyncRawResources

        return SyncRawResources(self._raw_runner)

    def close(self) -> None:
        """Close the connection pool (shared with the client's copies)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncCobalt(_ClientBase[httpx.AsyncClient, AsyncRunner], AsyncResources):
    """Asynchronous Cobalt API client (`async with AsyncCobalt() as cobalt: ...`).

    The same options as `Cobalt`; `http_client` takes an `httpx.AsyncClient`, `transport` an
    `httpx.AsyncBaseTransport`, and `sleep` a coroutine function (default `asyncio.sleep`).
    """

    _runner_class = AsyncRunner

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        log_filter: bool | None = None,
    ) -> None:
        _check_pool(http_client, httpx.AsyncClient, transport, httpx.AsyncBaseTransport, "Cobalt")
        creds = resolve_credentials(client_id, client_secret, access_token)
        config = _config(
            creds, base_url, timeout, max_retries, deadline, default_headers, default_query, log_filter, http_client
        )
        if sleep is None:
            import asyncio  # imported here so that `import cobalt_sdk` does not pay for asyncio

            sleep = asyncio.sleep
        owns_http = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(timeout=config.timeout, limits=make_limits(), transport=transport)
        self._setup(config, http_client, sleep, clock, owns_http=owns_http)

    def _set_http(self, generated: Client, http: httpx.AsyncClient) -> None:
        generated.set_async_httpx_client(http)

    @property
    def job_source(self) -> AsyncJobSource:
        """What async job handles and waiters need of this client: event pages, its clock and sleep."""

        async def list_events(**query: Any) -> Any:
            return (await self.webhook_events.list(**query)).page

        return AsyncJobSource(list_events, self._clock, self._sleep)

    def _checked(self, http_client: httpx.AsyncClient) -> httpx.AsyncClient:
        _check_kind("http_client", http_client, httpx.AsyncClient, "Cobalt")
        return http_client

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """Every resource, its methods returning a `RawResponse` (status, headers, body, `parse()`)."""
        from cobalt_api_client.api import AsyncRawResources

        return AsyncRawResources(self._raw_runner)

    async def close(self) -> None:
        """Close the connection pool (shared with the client's copies)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
