"""`Cobalt` and `AsyncCobalt`: the clients users construct.

Each owns one connection pool (an httpx client with the auth headers, timeouts and the runner's
event hooks) wrapped in the generated `Client`, and exposes every resource of the spec through the
generated, typed resource registry. `with_options()` returns a client that shares the pool but
uses other timeout/retry settings.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any

import httpx

from cobalt_api_client.api import AsyncResources, SyncResources
from cobalt_api_client.client import Client

from . import _constants as C
from . import _logfilter
from ._config import (
    Credentials,
    make_limits,
    make_timeout,
    resolve_base_url,
    resolve_credentials,
    resolve_log_filter,
)
from ._jobs import AsyncJobSource, JobSource
from ._runner import ASYNC_HOOKS, SYNC_HOOKS, AsyncRunner, SyncRunner


def _generated_client(base_url: str, timeout: httpx.Timeout) -> Client:
    return Client(base_url=base_url, timeout=timeout, raise_on_unexpected_status=False)


def _log_filter(log_filter: bool | None) -> bool:
    enabled = resolve_log_filter(log_filter)
    if enabled:
        _logfilter.install()
    return enabled


class Cobalt(SyncResources):
    """Synchronous Cobalt API client.

    Credentials come from the arguments or the `COBALT_CLIENT_ID`, `COBALT_CLIENT_SECRET` and
    `COBALT_ACCESS_TOKEN` environment variables; `base_url` from `COBALT_BASE_URL` or the public
    API. Use it as a context manager, or call `close()`.

    `log_filter` (default on; `COBALT_LOG_FILTER=0` turns the default off) keeps query strings,
    path parameter values and secrets of this client's requests out of the `httpx` and
    `httpcore` loggers; pass `log_filter=False` to leave their records as httpx writes them.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        log_filter: bool | None = None,
        _shared: tuple[Credentials, str, Client] | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if _shared is None:
            creds = resolve_credentials(client_id, client_secret, access_token)
            url = resolve_base_url(base_url)
            t = make_timeout(timeout)
            generated = _generated_client(url, t)
            generated.set_httpx_client(
                httpx.Client(
                    base_url=url,
                    headers=creds.headers(),
                    timeout=t,
                    limits=make_limits(),
                    transport=transport,
                    event_hooks=SYNC_HOOKS,
                )
            )
        else:
            creds, url, generated = _shared
        self._credentials, self.base_url, self._generated = creds, url, generated
        self.max_retries = max_retries
        self._log_filter = _log_filter(log_filter)
        self._sleep, self._clock = sleep, clock
        self._runner = SyncRunner(
            generated, credentials=creds, max_retries=max_retries, sleep=sleep, mask_transport_logs=self._log_filter
        )
        self._runner.owner = self

    @property
    def job_source(self) -> JobSource:
        """What job handles and waiters need of this client: event pages, its clock and sleep."""
        return JobSource(lambda **query: self.webhook_events.list(**query).page, self._clock, self._sleep)

    def with_options(self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None) -> Cobalt:
        """A client sharing this one's connection pool, with other retry/timeout defaults."""
        clone = Cobalt(
            max_retries=self.max_retries if max_retries is None else max_retries,
            sleep=self._sleep,
            clock=self._clock,
            log_filter=self._log_filter,
            _shared=(self._credentials, self.base_url, self._generated),
        )
        clone._runner.default_timeout = self._runner.default_timeout if timeout is None else timeout
        return clone

    def __repr__(self) -> str:
        return f"Cobalt(base_url={self.base_url!r}, client_id={self._credentials.client_id!r})"

    def close(self) -> None:
        """Close the connection pool."""
        self._generated.get_httpx_client().close()

    def __enter__(self) -> Cobalt:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncCobalt(AsyncResources):
    """Asynchronous Cobalt API client (`async with AsyncCobalt() as cobalt: ...`)."""

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        log_filter: bool | None = None,
        _shared: tuple[Credentials, str, Client] | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if _shared is None:
            creds = resolve_credentials(client_id, client_secret, access_token)
            url = resolve_base_url(base_url)
            t = make_timeout(timeout)
            generated = _generated_client(url, t)
            generated.set_async_httpx_client(
                httpx.AsyncClient(
                    base_url=url,
                    headers=creds.headers(),
                    timeout=t,
                    limits=make_limits(),
                    transport=transport,
                    event_hooks=ASYNC_HOOKS,
                )
            )
        else:
            creds, url, generated = _shared
        self._credentials, self.base_url, self._generated = creds, url, generated
        self.max_retries = max_retries
        self._log_filter = _log_filter(log_filter)
        if sleep is None:
            import asyncio  # imported here so that `import cobalt_sdk` does not pay for asyncio

            sleep = asyncio.sleep
        self._sleep, self._clock = sleep, clock
        self._runner = AsyncRunner(
            generated, credentials=creds, max_retries=max_retries, sleep=sleep, mask_transport_logs=self._log_filter
        )
        self._runner.owner = self

    @property
    def job_source(self) -> AsyncJobSource:
        """What async job handles and waiters need of this client: event pages, its clock and sleep."""

        async def list_events(**query: Any) -> Any:
            return (await self.webhook_events.list(**query)).page

        return AsyncJobSource(list_events, self._clock, self._sleep)

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> AsyncCobalt:
        """A client sharing this one's connection pool, with other retry/timeout defaults."""
        clone = AsyncCobalt(
            max_retries=self.max_retries if max_retries is None else max_retries,
            sleep=self._sleep,
            clock=self._clock,
            log_filter=self._log_filter,
            _shared=(self._credentials, self.base_url, self._generated),
        )
        clone._runner.default_timeout = self._runner.default_timeout if timeout is None else timeout
        return clone

    def __repr__(self) -> str:
        return f"AsyncCobalt(base_url={self.base_url!r}, client_id={self._credentials.client_id!r})"

    async def close(self) -> None:
        await self._generated.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncCobalt:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
