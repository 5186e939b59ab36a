"""The retry policy: one predicate (`should_retry`) and one delay function (`retry_delay`).

Reads (GET, DELETE, HEAD) are retried on connection errors, timeouts, 429 and 502/503/504.
Writes (POST, PATCH, PUT) are retried only when the connection was never established, because
Cobalt has no idempotency keys: a create that reached the server and is sent again duplicates a
patient or an appointment in the EHR. Nothing is retried that would fail the same way again: any
other status (every other 4xx, 500), a response that arrived but cannot be read
(`APIResponseValidationError`), a URL scheme no transport handles, a request httpx refuses to
write (`LocalProtocolError`), or a request body stream that cannot be sent twice.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable

import httpx

from . import _constants as C
from ._errors import APIStatusError

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})

# Errors raised before a single byte of the request can have reached the server.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Transport errors that a second attempt would meet again.
_DETERMINISTIC = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.StreamError)


def should_retry(method: str, error: BaseException, attempt: int, max_retries: int) -> bool:
    """Whether a request that failed with `error` on try number `attempt` (0-based) is sent again."""
    if attempt >= max_retries:
        return False
    cause = error.__cause__ if error.__cause__ is not None else error
    if isinstance(cause, _DETERMINISTIC):
        return False
    if isinstance(cause, _NEVER_SENT):
        return True
    if method.upper() not in SAFE_METHODS:
        return False
    if isinstance(error, APIStatusError):
        return error.status_code in C.RETRYABLE_STATUSES
    return isinstance(cause, httpx.TransportError)


def parse_retry_after(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), capped."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = float(when.timestamp() - now())
    if seconds != seconds or seconds < 0:  # NaN or in the past
        return 0.0
    return min(seconds, C.MAX_RETRY_AFTER)


def retry_delay(attempt: int, retry_after: float | None = None, rand: Callable[[], float] = random.random) -> float:
    """Delay before retry number `attempt + 1`: Retry-After if given, else capped backoff with jitter."""
    if retry_after is not None:
        return retry_after
    base: float = min(C.INITIAL_RETRY_DELAY * float(2**attempt), C.MAX_RETRY_DELAY)
    return base * (0.75 + 0.25 * rand())
