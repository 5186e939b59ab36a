"""Client settings: explicit arguments first, then `COBALT_*` environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import httpx

from . import _constants as C
from ._errors import ConfigurationError


@dataclass(frozen=True)
class Credentials:
    """The three Cobalt headers. Their values never appear in a repr."""

    client_id: str
    client_secret: str = field(repr=False)
    access_token: str | None = field(repr=False, default=None)

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
    url = base_url or os.environ.get(C.ENV_BASE_URL) or C.DEFAULT_BASE_URL
    try:
        scheme = httpx.URL(url).scheme
    except httpx.InvalidURL:
        raise ConfigurationError("base_url is not a valid URL") from None
    if scheme not in ("http", "https"):
        raise ConfigurationError(f"base_url must be an http:// or https:// URL (got scheme {scheme!r})")
    return url.rstrip("/")


def resolve_log_filter(log_filter: bool | None) -> bool:
    """Whether to filter transport logs: the argument, else `COBALT_LOG_FILTER`, else on."""
    if log_filter is not None:
        return log_filter
    value = os.environ.get(C.ENV_LOG_FILTER, "").strip().lower()
    return value not in ("0", "false", "no", "off")


def make_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(C.DEFAULT_TIMEOUT, connect=C.DEFAULT_CONNECT_TIMEOUT)
    return httpx.Timeout(timeout, connect=min(timeout, C.DEFAULT_CONNECT_TIMEOUT))


def make_limits() -> httpx.Limits:
    return httpx.Limits(max_connections=C.MAX_CONNECTIONS, max_keepalive_connections=C.MAX_KEEPALIVE_CONNECTIONS)
