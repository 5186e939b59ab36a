"""Runs one generated operation on one request path with explicit phases.

    check    the operation's credentials are there (`ConfigurationError`)
    build    the generated `_get_kwargs` gives method, path, query and body; the client's headers,
             `default_query` and the call's `extra_*` are merged in; httpx builds the request
             (through the pool the client built itself, the runner builds it with the httpx
             client's headers merged in once per runner; anything wrong here is the arguments'
             fault: `InvalidArgumentError`, nothing sent)
    send     one attempt, with the per-attempt timeout (clipped to what is left of `deadline`);
             transport failures become `APIConnectionError` / `APITimeoutError` naming the cause
    status   an error status becomes its typed `APIStatusError` (headers, request id, body)
    parse    the generated `_parse_response` builds the model; a body that does not fit is an
             `APIResponseValidationError`, a `success: false` body an `UnsuccessfulResponseError`

Retries (`_retry.should_retry` / `_retry.retry_delay`) wrap build+send+status; each attempt and
each retry is logged (method, path template, outcome, never values). The generated code only
supplies `_get_kwargs` and `_parse_response`; nothing runs in httpx event hooks. A context
variable marks the send phase so that the transport log filter (`_logfilter`) can recognise the
records httpx writes during it; it plays no part in classifying errors.

`SyncRunner` and `AsyncRunner` are twins and live side by side; everything that does not wait on
I/O is shared in `_RunnerBase`.
"""

from __future__ import annotations

import datetime
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from . import _constants as C
from . import _retry, _telemetry
from ._config import make_timeout
from ._errors import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    CobaltError,
    ConfigurationError,
    InvalidArgumentError,
    redact_exception,
    status_error_class,
)
from ._jobs import AsyncJob, Job
from ._pagination import AsyncPager, Pager
from ._response import RawResponse
from ._transport_errors import connection_error
from ._types import DEFAULT_CALL, CallOptions, Endpoint, NotGiven, Operation

if TYPE_CHECKING:
    from cobalt_api_client.client import Client

    from ._config import ClientConfig

logger = logging.getLogger("cobalt_sdk")


class _ParseOptions:
    """What a generated `_parse_response` reads of the generated client it is given: only whether
    an undocumented status raises. The runner passes this instead of a generated `Client`, whose
    attrs classes a call would otherwise build on import (a status outside the spec comes back as
    None and is refused by `_parse`)."""

    __slots__ = ()
    raise_on_unexpected_status = False


_PARSE_OPTIONS = cast("Client", _ParseOptions())

T = TypeVar("T")
E = TypeVar("E")
I = TypeVar("I")
S = TypeVar("S")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)


class _Call:
    """One call of one operation, across its attempts."""

    __slots__ = (
        "_sensitive",
        "attempts",
        "deadline_at",
        "endpoint",
        "kwargs",
        "max_retries",
        "op",
        "options",
        "runner",
        "started_ns",
        "timeout",
    )

    def __init__(
        self,
        runner: _RunnerBase[Any, Any],
        endpoint: Endpoint,
        kwargs: dict[str, Any],
        op: Operation,
        options: CallOptions,
    ) -> None:
        self.runner, self.endpoint, self.kwargs, self.op, self.options = runner, endpoint, kwargs, op, options
        self.max_retries = runner.max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries
        if self.max_retries < 0:
            raise InvalidArgumentError(
                f"{op.name}: max_retries must be >= 0", operation=op.name, argument="max_retries"
            )
        self.timeout = runner.timeout if isinstance(options.timeout, NotGiven) else make_timeout(options.timeout)
        deadline = runner.deadline if isinstance(options.deadline, NotGiven) else options.deadline
        self.deadline_at = None if deadline is None else runner.clock() + deadline
        self.attempts = 0
        self.started_ns = time.time_ns()  # when the call began (a job's span starts here)
        self._sensitive: tuple[str, ...] | None = None

    def sensitive(self) -> tuple[str, ...]:
        """The client's secrets and every value this call sends (computed on first use only)."""
        if self._sensitive is None:
            self._sensitive = (*self.runner.secrets, *_sent_values(self.kwargs))
        return self._sensitive


_current: ContextVar[_Call | None] = ContextVar("cobalt_sdk_call", default=None)


def current_call() -> _Call | None:
    """The call whose send phase runs in this thread or task, if any (read by the transport log filter)."""
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


# --- status phase ------------------------------------------------------------------------------


def _status_error(call: _Call, response: httpx.Response, content: bytes) -> APIStatusError:
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
    return _api_status_error(call, response, message, code, retry_after, content)


def _api_status_error(
    call: _Call,
    response: httpx.Response,
    message: str,
    code: str | None,
    retry_after: float | None = None,
    content: bytes | None = None,
) -> APIStatusError:
    status = response.status_code
    cls = status_error_class(status, code)
    return cls(
        status_code=status,
        message=message,
        operation=call.op.name,
        redact=_sent_values(call.kwargs),
        secrets=call.runner.secrets,
        retry_after=retry_after,
        code=code,
        headers=response.headers,
        request_id=response.headers.get(C.REQUEST_ID_HEADER),
        body=(response.content if content is None else content).decode("utf-8", "replace"),
        hint=_status_hint(call, status),
    )


def _status_hint(call: _Call, status: int) -> str:
    if status == 404 and not call.runner.base_path.endswith("/v1"):
        return (
            f" (the client's base_url has no /v1 path: Cobalt serves its API under /v1, "
            f"for example {C.DEFAULT_BASE_URL!r})"
        )
    return ""


# --- parse phase -------------------------------------------------------------------------------


def _unusable_response(call: _Call, response: httpx.Response | None, exc: BaseException) -> APIResponseValidationError:
    status = f"HTTP {response.status_code} " if response is not None else ""
    return APIResponseValidationError(
        f"{call.op.name}: the {status}response cannot be read ({type(exc).__name__})", operation=call.op.name
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


def _parse_failure(call: _Call, response: httpx.Response, exc: BaseException) -> CobaltError:
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    if isinstance(body, dict) and body.get("success") is False:
        message = body.get("message")
        return _api_status_error(call, response, str(message or "request failed"), _body_code(body))
    if body is None:
        return APIResponseValidationError(
            f"{call.op.name}: HTTP {response.status_code} response is not valid JSON", operation=call.op.name
        )
    what = f"missing field {exc.args[0]!r}" if isinstance(exc, KeyError) and exc.args else type(exc).__name__
    return APIResponseValidationError(
        f"{call.op.name}: response does not match the spec ({what})", operation=call.op.name
    )


def _model_text(model: Any, name: str) -> str | None:
    """A text field of a parsed body, declared or not (undeclared ones sit in additional_properties)."""
    value = getattr(model, name, None)
    if not isinstance(value, str):
        extra = getattr(model, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, dict) else None
    return value if isinstance(value, str) else None


# --- logging -----------------------------------------------------------------------------------


def _outcome(result: BaseException | int) -> str:
    if isinstance(result, APIStatusError):
        return str(result.status_code)
    if isinstance(result, BaseException):
        return type(result).__name__
    return str(result)


def _log_attempt(call: _Call, started: float, result: BaseException | int) -> None:
    """One DEBUG line per attempt: method, path template, outcome, duration (never values)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.1f ms",
            call.op.method,
            call.op.path,
            _outcome(result),
            (time.perf_counter() - started) * 1000,
        )


def _log_retry(call: _Call, err: BaseException, delay: float, attempt: int) -> None:
    logger.info(
        "retrying %s %s in %.2f s (retry %d of %d) after %s",
        call.op.method,
        call.op.path,
        delay,
        attempt + 1,
        call.max_retries,
        _outcome(err),
    )


class _RunnerBase(Generic[S, H]):
    """What both runners share: everything but waiting on I/O. `S` is the sleep function's type,
    `H` the httpx client's."""

    def __init__(
        self,
        config: ClientConfig,
        http: H,
        *,
        sleep: S,
        clock: Callable[[], float],
        raw: bool,
        owns_http: bool,
    ) -> None:
        self.http: H = http
        #: Whether `http` is the pool the client built itself (not an `http_client=` of the user's):
        #: then nothing but this SDK sets its base URL, params, auth or headers, and a request is
        #: built with the client's headers merged in once per runner (`_request`), not per request.
        self.owns_http = owns_http
        self.sleep, self.clock = sleep, clock
        self.base_url = config.base_url
        self.has_access_token = bool(config.credentials.access_token)
        self.max_retries = config.max_retries
        self.timeout = config.timeout
        self.deadline = config.deadline
        #: The headers every request carries (User-Agent, credentials, `default_headers`).
        self.headers = config.headers()
        #: The same, normalised on first use (a value httpx cannot encode fails that call, as it
        #: did per request) and reused: httpx copies an `httpx.Headers`, a dict it re-encodes per request.
        #: With `owns_http`, the httpx client's own headers (Accept, ...) are merged in as well.
        self._send_headers: httpx.Headers | None = None
        #: Those with a body's `Content-Type`, per content type (`_with_op_headers`).
        self._typed_headers: dict[str, httpx.Headers] = {}
        self.default_query = dict(config.default_query)
        self.owner: Any = None  # the client, for job handles
        #: The client's credentials to keep out of every error text (redacted only when one is built).
        self.secrets = config.credentials.secrets()
        #: Whether the transport log filter rewrites this client's httpx/httpcore records.
        self.mask_transport_logs = config.log_filter
        #: The base URL's path (`/v1`): the transport log filter shows it before the path template.
        self.base_path = httpx.URL(config.base_url).path.rstrip("/")
        #: `with_raw_response`: calls return a `RawResponse` whose `parse()` gives the usual result.
        self.raw = raw
        self.plain: Any = self  # the runner that pagers of raw calls fetch their later pages with

    # --- check and build phases

    def _start(self, endpoint: Endpoint, kwargs: dict[str, Any], op: Operation, options: CallOptions) -> _Call:
        if op.requires_access_token and not self.has_access_token:
            raise ConfigurationError(
                f"{op.name} needs an access token: pass access_token=... or set the COBALT_ACCESS_TOKEN "
                "environment variable"
            )
        return _Call(self, endpoint, kwargs, op, options)

    def _build(self, call: _Call) -> httpx.Request:
        """The request of one attempt, with that attempt's timeout (raises before anything is sent)."""
        try:
            request = self._request(call)
        except (KeyError, ValueError, TypeError, AttributeError, httpx.InvalidURL) as exc:
            raise _argument_failure(call.op.name, exc) from exc
        request.extensions["timeout"] = self._attempt_timeout(call)
        return request

    def _request(self, call: _Call) -> httpx.Request:
        kw = call.endpoint._get_kwargs(**call.kwargs)
        options = call.options
        headers: Mapping[str, str]
        if options.extra_headers:
            headers = {**self.headers, **kw.get("headers", {}), **options.extra_headers}
        elif "headers" in kw:
            headers = self._with_op_headers(kw["headers"])
        else:
            headers = self._send_headers or self._normalised_headers()
        params = kw.get("params")
        if self.default_query or options.extra_query:
            params = {**self.default_query, **(params or {}), **(options.extra_query or {})}
        body = kw.get("json")
        if options.extra_body:
            if (body is not None and not isinstance(body, dict)) or {"content", "data", "files"} & kw.keys():
                raise TypeError("extra_body needs an operation whose body is a JSON object")
            body = {**(body or {}), **options.extra_body}
        direct = self.owns_http and not options.extra_headers and "cookies" not in kw and not self.http.cookies
        # Directly: what `build_request` would give (the httpx client's headers are merged in
        # already, and it has no base URL, params or cookies of its own), without merging the
        # headers again on every request.
        build: Callable[..., httpx.Request] = httpx.Request if direct else self.http.build_request
        return build(
            kw["method"],
            self.base_url + kw["url"],
            params=params,
            headers=headers,
            json=body,
            content=kw.get("content"),
            data=kw.get("data"),
            files=kw.get("files"),
            cookies=kw.get("cookies"),
        )

    def _normalised_headers(self) -> httpx.Headers:
        self._send_headers = self._merged_headers(self.headers)
        return self._send_headers

    def _merged_headers(self, headers: Mapping[str, str]) -> httpx.Headers:
        """`headers` as sent: over the httpx client's own when this runner builds the request itself."""
        if not self.owns_http:
            return httpx.Headers(headers)
        merged = httpx.Headers(self.http.headers)
        merged.update(headers)
        return merged

    def _with_op_headers(self, op_headers: dict[str, str]) -> Mapping[str, str]:
        """The client's headers with those the generated operation sets; a body's lone `Content-Type`
        (the usual case) is merged once per runner, anything else per call."""
        if len(op_headers) == 1 and "Content-Type" in op_headers:
            content_type = op_headers["Content-Type"]
            merged = self._typed_headers.get(content_type)
            if merged is None:
                merged = self._typed_headers[content_type] = self._merged_headers({**self.headers, **op_headers})
            return merged
        return self._merged_headers({**self.headers, **op_headers})

    def _attempt_timeout(self, call: _Call) -> dict[str, float | None]:
        timeout = call.timeout.as_dict()
        if call.deadline_at is None:
            return timeout
        left = call.deadline_at - self.clock()
        if left <= 0:
            raise APITimeoutError(
                f"{call.op.name}: the call's deadline passed after {call.attempts - 1} attempt(s) "
                "(`deadline` bounds the whole call, retries included; `timeout` each attempt)",
                operation=call.op.name,
            )
        return {k: left if v is None else min(v, left) for k, v in timeout.items()}

    # --- status phase (after the body was read)

    def _read_failure(self, call: _Call, response: httpx.Response, exc: Exception) -> CobaltError:
        """The error for a response whose body could not be read."""
        if isinstance(exc, httpx.DecodingError):
            if response.status_code >= 400:  # the status still counts
                return _status_error(call, response, b"")
            return _unusable_response(call, response, exc)
        return connection_error(call.op.name, exc)

    def _sent_error(self, call: _Call, exc: Exception) -> CobaltError:
        if isinstance(exc, (httpx.TooManyRedirects, httpx.DecodingError)):  # the server answered
            return _unusable_response(call, None, exc)
        return connection_error(call.op.name, exc)

    def _check_status(self, call: _Call, response: httpx.Response) -> httpx.Response:
        if response.status_code >= 400:
            raise _status_error(call, response, response.content)
        return response

    # --- after each attempt

    def _failed(self, call: _Call, err: CobaltError, started: float) -> float | None:
        """Log a failed attempt and redact secrets from its error chain; the delay before the next
        attempt, or None when the error is final."""
        _log_attempt(call, started, err)
        redact_exception(err, self.secrets)
        if not isinstance(err, APIError):  # the arguments, or the deadline: final
            return None
        attempt = call.attempts - 1
        if not _retry.should_retry(call.op.method, err, attempt, call.max_retries):
            return None
        retry_after = err.retry_after if isinstance(err, APIStatusError) else None
        delay = _retry.retry_delay(attempt, retry_after)
        if call.deadline_at is not None and self.clock() + delay >= call.deadline_at:
            err.add_note(f"not retried: the next attempt would start after the call's deadline ({call.op.name})")
            return None
        _log_retry(call, err, delay, attempt)
        return delay

    # --- parse phase

    def _parse(self, call: _Call, response: httpx.Response, expect: type[T]) -> T:
        try:
            parsed = call.endpoint._parse_response(client=_PARSE_OPTIONS, response=response)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            err = _parse_failure(call, response, exc)
            redact_exception(err, self.secrets)
            raise err from exc
        if isinstance(parsed, expect):
            if getattr(parsed, "success", None) is False:
                message = _model_text(parsed, "message")
                code = _model_text(parsed, "error")
                raise _api_status_error(call, response, message or "request failed", code)
            return parsed
        raise APIResponseValidationError(
            f"{call.op.name}: unexpected HTTP {response.status_code} response (not {expect.__name__})",
            operation=call.op.name,
        )

    def _delivered(self, call: _Call, response: httpx.Response, finish: Callable[..., T], span: Any) -> T:
        """The call's result (parse phase), or (`with_raw_response`) the raw response that parses
        into it; the call's span records a body that fails to parse as the call's error."""
        try:
            if self.raw:
                result = cast(T, RawResponse(response, call.op.name, lambda r: finish(call, r)))
            else:
                result = finish(call, response)
        except CobaltError as err:
            _telemetry.end_call(span, call.attempts, err)
            raise
        _telemetry.end_call(span, call.attempts, response.status_code)
        return result


class SyncRunner(_RunnerBase[Callable[[float], None], httpx.Client]):
    """Executes generated operations for `Cobalt` (blocking)."""

    def _run(
        self, endpoint: Endpoint, kwargs: dict[str, Any], op: Operation, options: CallOptions, finish: Callable[..., T]
    ) -> T:
        call = self._start(endpoint, kwargs, op, options)
        with _telemetry.call_span(op) as span:
            while True:
                started = time.perf_counter()
                call.attempts += 1
                try:
                    response = self._send(call, self._build(call))
                except CobaltError as err:
                    delay = self._failed(call, err, started)
                    if delay is None:
                        _telemetry.end_call(span, call.attempts, err)
                        raise
                else:
                    _log_attempt(call, started, response.status_code)
                    return self._delivered(call, response, finish, span)
                self.sleep(delay)

    def _send(self, call: _Call, request: httpx.Request) -> httpx.Response:
        token = _current.set(call)
        try:
            try:
                response = self.http.send(request, stream=True)
            except (httpx.HTTPError, httpx.StreamError) as exc:
                raise self._sent_error(call, exc) from exc
            try:
                response.read()
            except (httpx.HTTPError, httpx.StreamError) as exc:
                response.close()
                raise self._read_failure(call, response, exc) from exc
        finally:
            _current.reset(token)
        return self._check_status(call, response)

    def request(
        self,
        endpoint: Endpoint,
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        options: CallOptions = DEFAULT_CALL,
    ) -> T:
        return self._run(endpoint, kwargs, op, options, lambda call, r: self._parse(call, r, expect))

    def job(
        self,
        endpoint: Endpoint,
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        event: type[E],
        options: CallOptions = DEFAULT_CALL,
    ) -> Job[T, E]:
        def finish(call: _Call, response: httpx.Response) -> Job[T, E]:
            job = Job(self._parse(call, response, expect), self.owner, op, event)
            _telemetry.job_created(job, call.started_ns)
            return job

        return self._run(endpoint, kwargs, op, options, finish)

    def paginate(
        self,
        endpoint: Endpoint,
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        item: type[I],
        items_attr: str,
        options: CallOptions = DEFAULT_CALL,
    ) -> Pager[T, I]:
        def finish(call: _Call, response: httpx.Response) -> Pager[T, I]:
            first = self._parse(call, response, expect)
            return Pager(self.plain, endpoint, kwargs, op, expect, items_attr, options, first)

        return self._run(endpoint, kwargs, op, options, finish)


class AsyncRunner(_RunnerBase[Callable[[float], Awaitable[None]], httpx.AsyncClient]):
    """Executes generated operations for `AsyncCobalt` (asyncio)."""

    async def _run(
        self, endpoint: Endpoint, kwargs: dict[str, Any], op: Operation, options: CallOptions, finish: Callable[..., T]
    ) -> T:
        call = self._start(endpoint, kwargs, op, options)
        with _telemetry.call_span(op) as span:
            while True:
                started = time.perf_counter()
                call.attempts += 1
                try:
                    response = await self._send(call, self._build(call))
                except CobaltError as err:
                    delay = self._failed(call, err, started)
                    if delay is None:
                        _telemetry.end_call(span, call.attempts, err)
                        raise
                else:
                    _log_attempt(call, started, response.status_code)
                    return self._delivered(call, response, finish, span)
                await self.sleep(delay)

    async def _send(self, call: _Call, request: httpx.Request) -> httpx.Response:
        token = _current.set(call)
        try:
            try:
                response = await self.http.send(request, stream=True)
            except (httpx.HTTPError, httpx.StreamError) as exc:
                raise self._sent_error(call, exc) from exc
            try:
                await response.aread()
            except (httpx.HTTPError, httpx.StreamError) as exc:
                await response.aclose()
                raise self._read_failure(call, response, exc) from exc
        finally:
            _current.reset(token)
        return self._check_status(call, response)

    async def request(
        self,
        endpoint: Endpoint,
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        options: CallOptions = DEFAULT_CALL,
    ) -> T:
        return await self._run(endpoint, kwargs, op, options, lambda call, r: self._parse(call, r, expect))

    async def job(
        self,
        endpoint: Endpoint,
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        event: type[E],
        options: CallOptions = DEFAULT_CALL,
    ) -> AsyncJob[T, E]:
        def finish(call: _Call, response: httpx.Response) -> AsyncJob[T, E]:
            job = AsyncJob(self._parse(call, response, expect), self.owner, op, event)
            _telemetry.job_created(job, call.started_ns)
            return job

        return await self._run(endpoint, kwargs, op, options, finish)

    async def paginate(
        self,
        endpoint: Endpoint,
        kwargs: dict[str, Any],
        *,
        op: Operation,
        expect: type[T],
        item: type[I],
        items_attr: str,
        options: CallOptions = DEFAULT_CALL,
    ) -> AsyncPager[T, I]:
        def finish(call: _Call, response: httpx.Response) -> AsyncPager[T, I]:
            first = self._parse(call, response, expect)
            return AsyncPager(self.plain, endpoint, kwargs, op, expect, items_attr, options, first)

        return await self._run(endpoint, kwargs, op, options, finish)
