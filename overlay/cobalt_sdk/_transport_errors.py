"""Names the cause of a transport failure in the error's message: refused, DNS, TLS, timeout.

httpx reports all of these as `ConnectError` (or a `TimeoutException`), with the operating
system's reason only deep in the exception chain. `connection_error` walks the chain and says in
words what failed and what to check; the httpx exception stays the `__cause__`.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator

import httpx

from ._errors import APIConnectionError, APITimeoutError

_TIMEOUTS: dict[type[httpx.TimeoutException], str] = {
    httpx.ConnectTimeout: "connecting took longer than the connect timeout",
    httpx.ReadTimeout: "no response within the read timeout",
    httpx.WriteTimeout: "sending the request took longer than the write timeout",
    httpx.PoolTimeout: "no free connection in the pool within the pool timeout",
}
_TIMEOUT_NOTE = "`timeout` applies to each attempt; pass deadline=... to bound the whole call"

_DNS_WORDS = (
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "temporary failure in name resolution",
    "no address associated",
    "name resolution",
)
_TLS_WORDS = ("ssl", "tls", "certificate")
_REFUSED_WORDS = ("connection refused", "errno 111", "errno 61", "actively refused")


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ if current.__cause__ is not None else current.__context__


def _reason(exc: BaseException) -> str | None:
    """What failed, from the exception types in the chain first, then from their messages."""
    chain = list(_chain(exc))
    for e in chain:
        if isinstance(e, socket.gaierror):
            return "dns"
        if isinstance(e, (ssl.SSLError, ssl.CertificateError)):
            return "tls"
        if isinstance(e, ConnectionRefusedError):
            return "refused"
    text = " ".join(str(e) for e in chain).lower()
    for reason, words in (("dns", _DNS_WORDS), ("refused", _REFUSED_WORDS), ("tls", _TLS_WORDS)):
        if any(w in text for w in words):
            return reason
    return None


_MESSAGES = {
    "dns": "DNS lookup failed: the base_url's host name does not resolve (check its spelling and the network)",
    "refused": "connection refused: nothing listens at the base_url's host and port (check base_url, and "
    "that the server or sandbox is running)",
    "tls": "TLS handshake failed (certificate not trusted, wrong host name, or an http:// server behind "
    "https://; check base_url and your CA bundle)",
}


def connection_error(operation: str, exc: BaseException) -> APIConnectionError:
    """The SDK error for an httpx failure to get a response, with its cause named."""
    if isinstance(exc, httpx.TimeoutException):
        what = next((m for cls, m in _TIMEOUTS.items() if isinstance(exc, cls)), "timed out")
        return APITimeoutError(
            f"{operation}: request timed out: {what} ({type(exc).__name__}; {_TIMEOUT_NOTE})", operation=operation
        )
    reason = _reason(exc) if isinstance(exc, (httpx.ConnectError, httpx.ProxyError)) else None
    if reason is not None:
        return APIConnectionError(f"{operation}: {_MESSAGES[reason]} ({type(exc).__name__})", operation=operation)
    if isinstance(exc, (httpx.TransportError, httpx.StreamError)):
        return APIConnectionError(f"{operation}: connection failed ({type(exc).__name__})", operation=operation)
    return APIConnectionError(f"{operation}: request failed ({type(exc).__name__})", operation=operation)
