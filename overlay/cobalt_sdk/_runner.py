"""Runs one generated operation: credentials check, per-call timeout, retries, errors, logging.

The generated functions (`sync_detailed` / `asyncio_detailed`) do the HTTP call and parse the
body. The runner wraps them: httpx event hooks installed on the client's connection pool see
every response first, so an error status is raised as a typed `CobaltError` before the generated
parser runs, and a per-call timeout is applied to the outgoing request. `SyncRunner` and
`AsyncRunner` are twins and live side by side so they cannot drift apart.
"""

from __future__ import annotations

import datetime
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _retry
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConfigurationError,
    InvalidArgumentError,
    status_error_class,
)
from ._jobs import AsyncJob, Job
from ._pagination import AsyncPager, Pager
from ._types import NotGiven, Operation, TimeoutArg, timeout_extension

if TYPE_CHECKING:
    from cobalt_api_client.client import AuthenticatedClient, Client
    from cobalt_api_client.types import Response

logger = logging.getLogger("cobalt_sdk")

T = TypeVar("T")
E = TypeVar("E")
I = TypeVar("I")


@dataclass(slots=True)
class _CallState:
    op: Operation
    timeout: TimeoutArg
    kwargs: dict[str, Any]
    response: httpx.Response | None = field(default=None)
    #: Set when httpx is about to send the request: an error before that came from the arguments.
    sent: bool = field(default=False)


_current: ContextVar[_CallState | None] = ContextVar("cobalt_sdk_call", default=None)


def _sent_values(value: Any) -> Iterator[str]:
    """Every string the caller sent, so Cobalt's echo of it can be kept out of error text."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (datetime.date, datetime.datetime)):
        yield value.isoformat()
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield str(value)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _sent_values(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _sent_values(v)
    elif hasattr(value, "to_dict"):
        try:
            yield from _sent_values(value.to_dict())
        except Exception:  # a model that cannot serialise has nothing on the wire to redact
            return


def _status_error(state: _CallState, response: httpx.Response) -> APIStatusError:
    message, code = "", None
    try:
        body = json.loads(response.content)
        if isinstance(body, dict):
            if isinstance(body.get("message"), str):
                message = body["message"]
            if isinstance(body.get("error"), str):
                code = body["error"]
    except ValueError:
        pass
    if not message:
        message = response.reason_phrase or "error"
    retry_after = _retry.parse_retry_after(response.headers.get("retry-after"))
    cls = status_error_class(response.status_code)
    return cls(
        status_code=response.status_code,
        message=message,
        operation=state.op.name,
        redact=_sent_values(state.kwargs),
        retry_after=retry_after,
        code=code,
    )


def _on_request(request: httpx.Request) -> None:
    state = _current.get()
    if state is None:
        return
    state.sent = True
    if not isinstance(state.timeout, NotGiven):
        request.extensions["timeout"] = timeout_extension(state.timeout)


def _on_response(response: httpx.Response) -> None:
    state = _current.get()
    if state is None:
        return
    state.response = response
    if response.status_code >= 400:
        response.read()
        raise _status_error(state, response)


async def _on_request_async(request: httpx.Request) -> None:
    _on_request(request)


async def _on_response_async(response: httpx.Response) -> None:
    state = _current.get()
    if state is None:
        return
    state.response = response
    if response.status_code >= 400:
        await response.aread()
        raise _status_error(state, response)


SYNC_HOOKS: dict[str, list[Callable[..., Any]]] = {"request": [_on_request], "response": [_on_response]}
ASYNC_HOOKS: dict[str, list[Callable[..., Any]]] = {
    "request": [_on_request_async],
    "response": [_on_response_async],
}


def _translate(state: _CallState, exc: BaseException) -> BaseException:
    """Map an exception from one attempt to the SDK's hierarchy."""
    if isinstance(exc, APIStatusError):
        return exc
    name = state.op.name
    if isinstance(exc, httpx.TimeoutException):
        err: BaseException = APITimeoutError(f"{name}: request timed out ({type(exc).__name__})", operation=name)
    elif isinstance(exc, httpx.TransportError):
        err = APIConnectionError(f"{name}: connection failed ({type(exc).__name__})", operation=name)
    elif isinstance(exc, (KeyError, ValueError, TypeError, AttributeError)):
        # Before httpx sends, only the arguments can be at fault; after, only the response.
        err = _parse_failure(state, exc) if state.sent else _argument_failure(name, exc)
    else:
        return exc
    err.__cause__ = exc
    return err


def _argument_failure(name: str, exc: BaseException) -> InvalidArgumentError:
    return InvalidArgumentError(
        f"{name}: the arguments cannot be sent ({type(exc).__name__} while building the request; "
        "check the argument types against the method's signature)",
        operation=name,
    )


def _parse_failure(state: _CallState, exc: BaseException) -> APIResponseValidationError | APIStatusError:
    response = state.response
    if response is not None:
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
        if isinstance(body, dict) and body.get("success") is False:
            return BadRequestError(
                status_code=response.status_code,
                message=str(body.get("message") or "request failed"),
                operation=state.op.name,
                redact=_sent_values(state.kwargs),
            )
        if body is None:
            return APIResponseValidationError(
                f"{state.op.name}: HTTP {response.status_code} response is not valid JSON", operation=state.op.name
            )
    what = f"missing field {exc.args[0]!r}" if isinstance(exc, KeyError) and exc.args else type(exc).__name__
    return APIResponseValidationError(
        f"{state.op.name}: response does not match the spec ({what})", operation=state.op.name
    )


def _finish(state: _CallState, response: Response[Any], expect: type[T]) -> T:
    parsed = response.parsed
    if isinstance(parsed, expect):
        if getattr(parsed, "success", None) is False:
            raise BadRequestError(
                status_code=int(response.status_code),
                message=str(getattr(parsed, "message", "") or "request failed"),
                operation=state.op.name,
                redact=_sent_values(state.kwargs),
            )
        return parsed
    raise APIResponseValidationError(
        f"{state.op.name}: unexpected HTTP {int(response.status_code)} response (not {expect.__name__})",
        operation=state.op.name,
    )


def _log_attempt(state: _CallState, started: float, err: BaseException | None) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        outcome = _outcome(state, err)
        logger.debug(
            "%s %s -> %s in %.1f ms", state.op.method, state.op.path, outcome, (time.perf_counter() - started) * 1000
        )


def _outcome(state: _CallState, exc: BaseException | None) -> str:
    if isinstance(exc, APIStatusError):
        return str(exc.status_code)
    if exc is not None:
        return type(exc).__name__
    return str(state.response.status_code) if state.response is not None else "?"


def _log_retry(state: _CallState, err: BaseException, delay: float, attempt: int, max_retries: int) -> None:
    logger.info(
        "retrying %s %s in %.2f s (retry %d of %d) after %s",
        state.op.method,
        state.op.path,
        delay,
        attempt + 1,
        max_retries,
        _outcome(state, err),
    )


class _RunnerBase:
    def __init__(
        self,
        client: AuthenticatedClient | Client,
        *,
        has_access_token: bool,
        max_retries: int,
    ) -> None:
        self.client = client
        self.has_access_token = has_access_token
        self.max_retries = max_retries
        #: Used for calls that pass no `timeout` (set by `with_options(timeout=...)`); NOT_GIVEN means
        #: the connection pool's own default.
        self.default_timeout: TimeoutArg = NotGiven()

    def _check(self, op: Operation) -> None:
        if op.requires_access_token and not self.has_access_token:
            raise ConfigurationError(
                f"{op.name} needs an access token: pass access_token=... or set the COBALT_ACCESS_TOKEN "
                "environment variable"
            )

    def _delay(self, state: _CallState, err: BaseException, attempt: int) -> float | None:
        if not _retry.should_retry(state.op.method, err, attempt, self.max_retries):
            return None
        retry_after = err.retry_after if isinstance(err, APIStatusError) else None
        delay = _retry.retry_delay(attempt, retry_after)
        _log_retry(state, err, delay, attempt, self.max_retries)
        return delay


class SyncRunner(_RunnerBase):
    """Executes generated operations for `Cobalt` (blocking)."""

    def __init__(
        self,
        client: AuthenticatedClient | Client,
        *,
        has_access_token: bool,
        max_retries: int,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(client, has_access_token=has_access_token, max_retries=max_retries)
        self.sleep = sleep
        self.owner: Any = None  # the Cobalt client, for job handles

    def request(
        self,
        fn: Callable[..., Response[Any]],
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        timeout: TimeoutArg,
    ) -> T:
        self._check(op)
        if isinstance(timeout, NotGiven):
            timeout = self.default_timeout
        attempt = 0
        while True:
            state = _CallState(op, timeout, kwargs)
            token = _current.set(state)
            started = time.perf_counter()
            try:
                response = fn(client=self.client, **kwargs)
            except Exception as exc:  # translated below; anything unknown re-raises as is
                err = _translate(state, exc)
                _log_attempt(state, started, err)
                if err is exc and not isinstance(exc, (httpx.HTTPError, APIStatusError)):
                    raise
                delay = self._delay(state, err, attempt)
                if delay is None:
                    raise err from exc
            else:
                _log_attempt(state, started, None)
                return _finish(state, response, expect)
            finally:
                _current.reset(token)
            self.sleep(delay)
            attempt += 1

    def job(
        self,
        fn: Callable[..., Response[Any]],
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        event: type[E],
        timeout: TimeoutArg,
    ) -> Job[T, E]:
        return Job(self.request(fn, kwargs, op=op, expect=expect, timeout=timeout), self.owner, op, event)

    def paginate(
        self,
        fn: Callable[..., Response[Any]],
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        item: type[I],
        items_attr: str,
        timeout: TimeoutArg,
    ) -> Pager[T, I]:
        first = self.request(fn, kwargs, op=op, expect=expect, timeout=timeout)
        return Pager(self, fn, kwargs, op, expect, items_attr, timeout, first)


class AsyncRunner(_RunnerBase):
    """Executes generated operations for `AsyncCobalt` (asyncio)."""

    def __init__(
        self,
        client: AuthenticatedClient | Client,
        *,
        has_access_token: bool,
        max_retries: int,
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        super().__init__(client, has_access_token=has_access_token, max_retries=max_retries)
        self.sleep = sleep
        self.owner: Any = None

    async def request(
        self,
        fn: Callable[..., Awaitable[Response[Any]]],
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        timeout: TimeoutArg,
    ) -> T:
        self._check(op)
        if isinstance(timeout, NotGiven):
            timeout = self.default_timeout
        attempt = 0
        while True:
            state = _CallState(op, timeout, kwargs)
            token = _current.set(state)
            started = time.perf_counter()
            try:
                response = await fn(client=self.client, **kwargs)
            except Exception as exc:
                err = _translate(state, exc)
                _log_attempt(state, started, err)
                if err is exc and not isinstance(exc, (httpx.HTTPError, APIStatusError)):
                    raise
                delay = self._delay(state, err, attempt)
                if delay is None:
                    raise err from exc
            else:
                _log_attempt(state, started, None)
                return _finish(state, response, expect)
            finally:
                _current.reset(token)
            await self.sleep(delay)
            attempt += 1

    async def job(
        self,
        fn: Callable[..., Awaitable[Response[Any]]],
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        event: type[E],
        timeout: TimeoutArg,
    ) -> AsyncJob[T, E]:
        return AsyncJob(await self.request(fn, kwargs, op=op, expect=expect, timeout=timeout), self.owner, op, event)

    async def paginate(
        self,
        fn: Callable[..., Awaitable[Response[Any]]],
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        item: type[I],
        items_attr: str,
        timeout: TimeoutArg,
    ) -> AsyncPager[T, I]:
        first = await self.request(fn, kwargs, op=op, expect=expect, timeout=timeout)
        return AsyncPager(self, fn, kwargs, op, expect, items_attr, timeout, first)
