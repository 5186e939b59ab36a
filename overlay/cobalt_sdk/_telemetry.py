"""Optional OpenTelemetry spans: one per call, one per job from its POST to its outcome.

Active when `opentelemetry-api` is installed (`pip install "cobalt-sdk[otel]"`); without it every
function here costs one attribute check. Spans carry only what identifies the operation and its
outcome, never a value sent or received (no URL, no query, no body, no exception message):

    call span  "<METHOD> <path template>": cobalt.operation, http.request.method, url.template,
               http.response.status_code, cobalt.attempts, cobalt.outcome, error.type
    job span   "cobalt.job <operation>": cobalt.operation, cobalt.job_id, cobalt.outcome, error.type
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time
import weakref
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, ParamSpec, Protocol, TypeVar

from ._types import Operation
from ._version import __version__

P = ParamSpec("P")
R = TypeVar("R")


class _Span(Protocol):
    def set_attribute(self, key: str, value: str | int) -> object: ...
    def set_status(self, status: Any) -> None: ...
    def end(self, end_time: int | None = None) -> None: ...


_UNSET: Any = object()
_trace: Any = _UNSET
_PROVIDER_ENV = "OTEL_PYTHON_TRACER_PROVIDER"


def _get_tracer() -> Any:
    """The SDK's tracer; None without opentelemetry-api, or while the application has set no
    tracer provider (then spans would record nothing, and the call pays nothing for them)."""
    global _trace
    if _trace is _UNSET:
        if "opentelemetry.trace" not in sys.modules and _PROVIDER_ENV not in os.environ:
            # No tracer provider can be set without importing opentelemetry.trace (the
            # application's set_tracer_provider, or auto-instrumentation), except the one named by
            # OTEL_PYTHON_TRACER_PROVIDER: until either happens there is nothing to record, and
            # importing OpenTelemetry (about as much as the rest of the SDK) would be wasted.
            return None
        try:
            from opentelemetry import trace
        except ImportError:
            _trace = None
        else:
            _trace = trace
    if _trace is None:
        return None
    provider = _trace.get_tracer_provider()
    if isinstance(provider, _trace.ProxyTracerProvider):
        return None
    cached = _tracers.get(id(provider))
    if cached is None or cached[0] is not provider:
        cached = _tracers[id(provider)] = (provider, provider.get_tracer("cobalt_sdk", __version__))
    return cached[1]


_tracers: dict[int, tuple[Any, Any]] = {}


def _error_status() -> Any:
    from opentelemetry.trace import Status, StatusCode

    return Status(StatusCode.ERROR)


@contextlib.contextmanager
def _span(name: str, attributes: dict[str, str | int], start_time: int | None = None) -> Iterator[_Span]:
    from opentelemetry.trace import SpanKind

    tracer = _get_tracer()
    with tracer.start_as_current_span(
        name,
        kind=SpanKind.CLIENT,
        attributes=attributes,
        start_time=start_time,
        record_exception=False,  # exception messages can hold what Cobalt echoed back
        set_status_on_exception=False,
    ) as span:
        yield span


_NO_SPAN: contextlib.nullcontext[None] = contextlib.nullcontext()


def call_span(op: Operation) -> contextlib.AbstractContextManager[_Span | None]:
    """The span of one call (all its attempts); a no-op context without OpenTelemetry."""
    if _get_tracer() is None:
        return _NO_SPAN
    attributes: dict[str, str | int] = {
        "cobalt.operation": op.name,
        "http.request.method": op.method,
        "url.template": op.path,
    }
    return _span(f"{op.method} {op.path}", attributes)


def _finish(span: _Span, result: BaseException | int | None) -> None:
    if isinstance(result, BaseException):
        status = getattr(result, "status_code", None)
        if isinstance(status, int):
            span.set_attribute("http.response.status_code", status)
        span.set_attribute("error.type", type(result).__name__)
        span.set_attribute("cobalt.outcome", "error")
        span.set_status(_error_status())
    else:
        if result is not None:
            span.set_attribute("http.response.status_code", result)
        span.set_attribute("cobalt.outcome", "ok")


def end_call(span: _Span | None, attempts: int, result: BaseException | int) -> None:
    """Record a call's outcome: its last status (or error class) and how many attempts it took."""
    if span is not None:
        span.set_attribute("cobalt.attempts", attempts)
        _finish(span, result)


# --- jobs --------------------------------------------------------------------------------------

_job_starts: weakref.WeakKeyDictionary[object, int] = weakref.WeakKeyDictionary()


def now_ns() -> int:
    return time.time_ns()


def job_created(job: object, started_ns: int) -> None:
    """Remember when a job's POST was sent, so that its span starts there."""
    if _get_tracer() is not None:
        _job_starts[job] = started_ns


def _job_attributes(job: object) -> dict[str, str | int]:
    attributes: dict[str, str | int] = {"cobalt.operation": str(getattr(job, "operation", ""))}
    job_id = getattr(job, "job_id", None)
    if isinstance(job_id, str):
        attributes["cobalt.job_id"] = job_id
    return attributes


def traced_wait(wait: Callable[P, R]) -> Callable[P, R]:
    """Decorates `Job.wait`: one span from the job's POST to its outcome (or the wait's error)."""

    @functools.wraps(wait)
    def traced(*args: P.args, **kwargs: P.kwargs) -> R:
        job = args[0]
        if _get_tracer() is None:
            return wait(*args, **kwargs)
        with _span(f"cobalt.job {getattr(job, 'operation', '')}", _job_attributes(job), _job_starts.get(job)) as span:
            try:
                result = wait(*args, **kwargs)
            except BaseException as exc:
                _finish(span, exc)
                raise
            _finish(span, None)
            return result

    return traced


def traced_async_wait(wait: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, Coroutine[Any, Any, R]]:
    """The asyncio twin of `traced_wait`, for `AsyncJob.wait`."""

    @functools.wraps(wait)
    async def traced(*args: P.args, **kwargs: P.kwargs) -> R:
        job = args[0]
        if _get_tracer() is None:
            return await wait(*args, **kwargs)
        with _span(f"cobalt.job {getattr(job, 'operation', '')}", _job_attributes(job), _job_starts.get(job)) as span:
            try:
                result = await wait(*args, **kwargs)
            except BaseException as exc:
                _finish(span, exc)
                raise
            _finish(span, None)
            return result

    return traced
