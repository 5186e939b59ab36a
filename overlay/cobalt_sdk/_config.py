"""Client settings: explicit arguments first, then `COBALT_*` environment variables.

`ClientConfig` is the one options object both clients are built from; `copy()` and
`with_options()` derive a new one with `replace`.
"""

from __future__ import annotations

import logging
import os
import platform
from collections.abc import Mapping
from types import MappingProxyType

import httpx

from . import _constants as C
from ._errors import ConfigurationError
from ._frozen import Frozen
from ._version import __version__


class Credentials(Frozen):
    """The three Cobalt headers. Their values never appear in a repr."""

    _fields = ("client_id", "client_secret", "access_token")
    __slots__ = _fields
    _hidden = frozenset({"client_secret", "access_token"})
    client_id: str
    client_secret: str
    access_token: str | None

    def __init__(self, client_id: str, client_secret: str, access_token: str | None = None) -> None:
        self._assign(client_id=client_id, client_secret=client_secret, access_token=access_token)

    def headers(self) -> dict[str, str]:
        h = {"client_id": self.client_id, "client_secret": self.client_secret}
        if self.access_token:
            h["access_token"] = self.access_token
        return h

    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.client_secret, self.access_token) if s)


def _pick(value: str | None, env: str, arg: str, *, required: bool) -> str | None:
    if value is None:
        value = os.environ.get(env) or None
    if required and not value:
        raise ConfigurationError(f"missing credential: pass {arg}=... or set the {env} environment variable")
    return value


def resolve_credentials(client_id: str | None, client_secret: str | None, access_token: str | None) -> Credentials:
    cid = _pick(client_id, C.ENV_CLIENT_ID, "client_id", required=True)
    secret = _pick(client_secret, C.ENV_CLIENT_SECRET, "client_secret", required=True)
    token = _pick(access_token, C.ENV_ACCESS_TOKEN, "access_token", required=False)
    assert cid is not None and secret is not None
    return Credentials(cid, secret, token)


def resolve_base_url(base_url: str | None) -> str:
    """The base URL, checked now rather than on the first call: an http(s) scheme and a host."""
    url = base_url or os.environ.get(C.ENV_BASE_URL) or C.DEFAULT_BASE_URL
    example = f" (for example {C.DEFAULT_BASE_URL!r})"
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        raise ConfigurationError(f"base_url is not a valid URL{example}") from None
    if not parsed.scheme and "." in url.split("/", 1)[0]:
        raise ConfigurationError(f"base_url has no scheme: write it with https:// in front{example}")
    if parsed.scheme not in ("http", "https"):
        raise ConfigurationError(f"base_url must be an http:// or https:// URL (got scheme {parsed.scheme!r}){example}")
    if not parsed.host:
        raise ConfigurationError(f"base_url has no host{example}")
    return url.rstrip("/")


def user_agent() -> str:
    """`cobalt-sdk/<version> python/<version> httpx/<version>`."""
    return f"cobalt-sdk/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


_LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging() -> None:
    """`COBALT_LOG=info|debug` switches the `cobalt_sdk` logger on (to stderr) without code.

    Idempotent; does nothing when the variable is unset, unknown, or the application already
    gave the logger a handler of its own.
    """
    level = _LOG_LEVELS.get(os.environ.get(C.ENV_LOG, "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("cobalt_sdk")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)


_EMPTY: Mapping[str, str] = MappingProxyType({})


class ClientConfig(Frozen):
    """Everything a client is built from except its connection pool, sleep and clock.

    `deadline`: seconds one call may take in total (attempts, back-off); None: no limit beyond
    `timeout`."""

    _fields = (
        "credentials",
        "base_url",
        "timeout",
        "max_retries",
        "deadline",
        "default_headers",
        "default_query",
        "log_filter",
    )
    __slots__ = _fields
    credentials: Credentials
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    deadline: float | None
    default_headers: Mapping[str, str]
    default_query: Mapping[str, object]
    log_filter: bool

    def __init__(
        self,
        credentials: Credentials,
        base_url: str,
        timeout: httpx.Timeout,
        max_retries: int,
        deadline: float | None = None,
        default_headers: Mapping[str, str] = _EMPTY,
        default_query: Mapping[str, object] = _EMPTY,
        log_filter: bool = True,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if deadline is not None and not deadline > 0:
            raise ValueError("deadline must be > 0 seconds")
        self._assign(
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
            default_query=default_query,
            log_filter=log_filter,
        )

    def headers(self) -> dict[str, str]:
        """The headers every request carries: User-Agent, credentials, then `default_headers`."""
        return {"User-Agent": user_agent(), **self.credentials.headers(), **self.default_headers}


def resolve_log_filter(log_filter: bool | None) -> bool:
    """Whether to filter transport logs: the argument, else `COBALT_LOG_FILTER`, else on."""
    if log_filter is not None:
        return log_filter
    value = os.environ.get(C.ENV_LOG_FILTER, "").strip().lower()
    return value not in ("0", "false", "no", "off")


def make_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """A timeout for each attempt: seconds (connect capped at 5 s), an `httpx.Timeout`, or the default."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(C.DEFAULT_TIMEOUT, connect=C.DEFAULT_CONNECT_TIMEOUT)
    return httpx.Timeout(timeout, connect=min(timeout, C.DEFAULT_CONNECT_TIMEOUT))


def make_limits() -> httpx.Limits:
    return httpx.Limits(max_connections=C.MAX_CONNECTIONS, max_keepalive_connections=C.MAX_KEEPALIVE_CONNECTIONS)
