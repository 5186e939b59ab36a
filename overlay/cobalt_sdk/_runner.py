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
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import _retry
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    InvalidArgumentError,
    redact_exception,
    status_error_class,
)
from ._jobs import AsyncJob, Job
from ._pagination import AsyncPager, Pager
from ._types import NotGiven, Operation, TimeoutArg, timeout_extension

if TYPE_CHECKING:
    from cobalt_api_client.client import AuthenticatedClient, Client
    from cobalt_api_client.types import Response

    from ._config import Credentials

logger = logging.getLogger("cobalt_sdk")

T = TypeVar("T")
E = TypeVar("E")
I = TypeVar("I")


@dataclass(slots=True)
class _CallState:
    op: Operation
    timeout: TimeoutArg
    kwargs: dict[str, Any]
    runner: _RunnerBase[Any]
    response: httpx.Response | None = field(default=None)
    #: Set when httpx is about to send the request: an error before that came from the arguments.
    sent: bool = field(default=False)
    _sensitive: tuple[str, ...] | None = field(default=None)

    def sensitive(self) -> tuple[str, ...]:
        """The client's secrets and every value this call sends (computed on first use only)."""
        if self._sensitive is None:
            self._sensitive = (*self.runner.secrets, *_sent_values(self.kwargs))
        return self._sensitive


_current: ContextVar[_CallState | None] = ContextVar("cobalt_sdk_call", default=None)


def current_call() -> _CallState | None:
    """The call being run in this thread or task, if any (read by the transport log filter)."""
    return _current.get()


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


def _status_error(state: _CallState, response: httpx.Response, content: bytes) -> APIStatusError:
    """The typed error for an error status; `content` is the body (empty if it could not be read)."""
    message, code = "", None
    try:
        body = json.loads(content) if content else None
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
    return _api_status_error(state, response.status_code, message, code, retry_after)


def _api_status_error(
    state: _CallState, status: int, message: str, code: str | None, retry_after: float | None = None
) -> APIStatusError:
    cls = status_error_class(status, code)
    return cls(
        status_code=status,
        message=message,
        operation=state.op.name,
        redact=_sent_values(state.kwargs),
        secrets=state.runner.secrets,
        retry_after=retry_after,
        code=code,
    )


def _error_content(response: httpx.Response) -> bytes:
    """The body of an error response; empty when it cannot be decoded (the status still counts)."""
    try:
        response.read()
    except httpx.DecodingError:
        return b""
    return response.content


async def _error_content_async(response: httpx.Response) -> bytes:
    try:
        await response.aread()
    except httpx.DecodingError:
        return b""
    return response.content


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
        raise _status_error(state, response, _error_content(response))


async def _on_request_async(request: httpx.Request) -> None:
    _on_request(request)


async def _on_response_async(response: httpx.Response) -> None:
    state = _current.get()
    if state is None:
        return
    state.response = response
    if response.status_code >= 400:
        raise _status_error(state, response, await _error_content_async(response))


SYNC_HOOKS: dict[str, list[Callable[..., Any]]] = {"request": [_on_request], "response": [_on_response]}
ASYNC_HOOKS: dict[str, list[Callable[..., Any]]] = {
    "request": [_on_request_async],
    "response": [_on_response_async],
}


def _translate(state: _CallState, exc: BaseException) -> BaseException | None:
    """Map an exception from one attempt to the SDK's hierarchy; None for one that is not ours to map.

    Every httpx failure becomes a `CobaltError`: timeouts `APITimeoutError`; other transport
    failures, and a request body that cannot be re-sent, `APIConnectionError`; a response that
    arrived but cannot be used (an undecodable compressed body, endless redirects)
    `APIResponseValidationError`; a URL that cannot be built from the arguments
    `InvalidArgumentError`.
    """
    if isinstance(exc, APIStatusError):
        return exc
    name = state.op.name
    err: BaseException
    if isinstance(exc, httpx.TimeoutException):
        err = APITimeoutError(f"{name}: request timed out ({type(exc).__name__})", operation=name)
    elif isinstance(exc, (httpx.TransportError, httpx.StreamError)):
        err = APIConnectionError(f"{name}: connection failed ({type(exc).__name__})", operation=name)
    elif isinstance(exc, (httpx.DecodingError, httpx.TooManyRedirects)):
        err = _unusable_response(state, exc)
    elif isinstance(exc, (KeyError, ValueError, TypeError, AttributeError, httpx.InvalidURL)):
        # Before httpx sends, only the arguments can be at fault; after, only the response.
        err = _parse_failure(state, exc) if state.sent else _argument_failure(name, exc)
    elif isinstance(exc, httpx.HTTPError):
        err = APIConnectionError(f"{name}: request failed ({type(exc).__name__})", operation=name)
    else:
        return None
    err.__cause__ = exc
    return err


def _unusable_response(state: _CallState, exc: BaseException) -> APIResponseValidationError:
    status = f"HTTP {state.response.status_code} " if state.response is not None else ""
    return APIResponseValidationError(
        f"{state.op.name}: the {status}response cannot be read ({type(exc).__name__})", operation=state.op.name
    )


def _argument_failure(name: str, exc: BaseException) -> InvalidArgumentError:
    return InvalidArgumentError(
        f"{name}: the arguments cannot be sent ({type(exc).__name__} while building the request; "
        "check the argument types against the method's signature)",
        operation=name,
    )


def _body_code(body: dict[str, Any]) -> str | None:
    code = body.get("error")
    return code if isinstance(code, str) else None


def _parse_failure(state: _CallState, exc: BaseException) -> APIResponseValidationError | APIStatusError:
    response = state.response
    if response is not None:
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
        if isinstance(body, dict) and body.get("success") is False:
            message = body.get("message")
            return _api_status_error(state, response.status_code, str(message or "request failed"), _body_code(body))
        if body is None:
            return APIResponseValidationError(
                f"{state.op.name}: HTTP {response.status_code} response is not valid JSON", operation=state.op.name
            )
    what = f"missing field {exc.args[0]!r}" if isinstance(exc, KeyError) and exc.args else type(exc).__name__
    return APIResponseValidationError(
        f"{state.op.name}: response does not match the spec ({what})", operation=state.op.name
    )


def _model_text(model: Any, name: str) -> str | None:
    """A text field of a parsed body, declared or not (undeclared ones sit in additional_properties)."""
    value = getattr(model, name, None)
    if not isinstance(value, str):
        extra = getattr(model, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, dict) else None
    return value if isinstance(value, str) else None


def _finish(state: _CallState, response: Response[Any], expect: type[T]) -> T:
    parsed = response.parsed
    if isinstance(parsed, expect):
        if getattr(parsed, "success", None) is False:
            message = _model_text(parsed, "message")
            code = _model_text(parsed, "error")
            raise _api_status_error(state, int(response.status_code), message or "request failed", code)
        return parsed
    raise APIResponseValidationError(
        f"{state.op.name}: unexpected HTTP {int(response.status_code)} response (not {expect.__name__})",
        operation=state.op.name,
    )


def _failed(state: _CallState, exc: BaseException, started: float) -> BaseException | None:
    """The SDK error for a failed attempt, logged and with the client's secrets redacted from its
    whole chain; None for an exception that is not the SDK's to translate (re-raised as is)."""
    err = _translate(state, exc)
    _log_attempt(state, started, err if err is not None else exc)
    if err is not None:
        redact_exception(err, state.runner.secrets)
    return err


def _log_attempt(state: _CallState, started: float, err: BaseException | None) -> None:
    """One DEBUG line per attempt: method, path template, outcome, duration (never values)."""
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


S = TypeVar("S")


class _RunnerBase(Generic[S]):
    """What both runners share; `S` is the type of their injected sleep function."""

    def __init__(
        self,
        client: AuthenticatedClient | Client,
        *,
        credentials: Credentials,
        max_retries: int,
        sleep: S,
        mask_transport_logs: bool = True,
    ) -> None:
        self.client = client
        self.has_access_token = bool(credentials.access_token)
        self.max_retries = max_retries
        self.sleep = sleep
        self.owner: Any = None  # the client, for job handles
        #: The client's credentials to keep out of every error text (redacted only when one is built).
        self.secrets = credentials.secrets()
        #: Whether the transport log filter rewrites this client's httpx/httpcore records.
        self.mask_transport_logs = mask_transport_logs
        #: The base URL's path (`/v1`): the transport log filter shows it before the path template.
        self.base_path = httpx.URL(client._base_url).path.rstrip("/")
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


class SyncRunner(_RunnerBase[Callable[[float], None]]):
    """Executes generated operations for `Cobalt` (blocking)."""

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
            state = _CallState(op, timeout, kwargs, self)
            token = _current.set(state)
            started = time.perf_counter()
            try:
                response = fn(client=self.client, **kwargs)
            except Exception as exc:  # translated below; anything unknown re-raises as is
                err = _failed(state, exc, started)
                if err is None:
                    raise
                delay = self._delay(state, err, attempt)
                if delay is None:
                    if err is exc:
                        raise
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


class AsyncRunner(_RunnerBase[Callable[[float], Awaitable[None]]]):
    """Executes generated operations for `AsyncCobalt` (asyncio)."""

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
            state = _CallState(op, timeout, kwargs, self)
            token = _current.set(state)
            started = time.perf_counter()
            try:
                response = await fn(client=self.client, **kwargs)
            except Exception as exc:
                err = _failed(state, exc, started)
                if err is None:
                    raise
                delay = self._delay(state, err, attempt)
                if delay is None:
                    if err is exc:
                        raise
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
