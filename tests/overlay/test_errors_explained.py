"""Errors that say what to do: base URL checks, the /v1 hint, named connection failures, deadlines."""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Callable, Iterator

import httpx
import pytest

from cobalt_sdk import APIConnectionError, APITimeoutError, Cobalt, ConfigurationError, NotFoundError

from .fakes import CREDS, FakeAPI, FakeClock, json_response, make_client


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("api.usecobalt.com/v1", "no scheme"),
        ("ftp://api.usecobalt.com/v1", "http:// or https://"),
        ("https:///v1", "no host"),
        ("http://[::1/v1", "not a valid URL"),
    ],
)
def test_base_url_is_checked_when_the_client_is_built(url: str, says: str) -> None:
    with pytest.raises(ConfigurationError, match=says) as info:
        Cobalt(**CREDS, base_url=url)
    assert "https://api.usecobalt.com/v1" in str(info.value)


def test_a_404_on_a_base_url_without_v1_says_so() -> None:
    api = FakeAPI()
    with pytest.raises(NotFoundError, match="no /v1 path") as info:
        make_client(api, base_url="https://api.test", max_retries=0).appointments.get("a")
    assert info.value.status_code == 404
    with pytest.raises(NotFoundError) as plain:
        make_client(api).appointments.get("a")
    assert "/v1 path" not in str(plain.value)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def test_connection_refused_is_named() -> None:
    clock = FakeClock()
    cobalt = Cobalt(**CREDS, base_url=f"http://127.0.0.1:{_free_port()}/v1", sleep=clock.sleep, max_retries=1)
    with pytest.raises(APIConnectionError, match="connection refused") as info:
        cobalt.appointments.get("a")
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(clock.sleeps) == 1  # never reached the server: retried


def _raises(make: Callable[[httpx.Request], Exception]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        raise make(request)

    return httpx.MockTransport(handler)


def _chained(outer: str, inner: BaseException) -> Callable[[httpx.Request], Exception]:
    def make(request: httpx.Request) -> Exception:
        err = httpx.ConnectError(outer, request=request)
        err.__cause__ = inner
        return err

    return make


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (_chained("[Errno -2] Name or service not known", socket.gaierror(-2, "unknown")), "DNS lookup failed"),
        (lambda r: httpx.ConnectError("[Errno -3] Temporary failure in name resolution", request=r), "DNS"),
        (_chained("certificate verify failed", ssl.SSLCertVerificationError(1, "verify failed")), "TLS handshake"),
        (_chained("connect failed", ConnectionRefusedError(111, "refused")), "connection refused"),
        (lambda r: httpx.ConnectTimeout("timed out", request=r), "connect timeout.*each attempt.*deadline"),
        (lambda r: httpx.ReadTimeout("timed out", request=r), "read timeout"),
    ],
)
def test_connection_failures_name_their_cause(make: Callable[[httpx.Request], Exception], says: str) -> None:
    cobalt = Cobalt(**CREDS, base_url="https://api.test/v1", transport=_raises(make), max_retries=0)
    with pytest.raises(APIConnectionError, match=says):
        cobalt.appointments.get("a")


def test_deadline_bounds_the_whole_call_and_clips_each_attempt() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(503, {}))
    clock = FakeClock()
    cobalt = make_client(api, clock, max_retries=10, timeout=30.0)
    with pytest.raises(Exception, match="HTTP 503"):
        cobalt.appointments.get("a", deadline=2.0)
    # 0.5 s and 1 s of back-off fit in 2 s; the next (2 s) would not, so the last error is raised
    assert len(api.requests) == 3 and sum(clock.sleeps) < 2.0
    assert all(r.extensions["timeout"]["read"] <= 2.0 for r in api.requests)
    assert api.requests[-1].extensions["timeout"]["read"] < api.requests[0].extensions["timeout"]["read"]


def test_deadline_passed_before_an_attempt_is_a_timeout() -> None:
    api = FakeAPI()
    clock = FakeClock()

    def slow(request: httpx.Request) -> httpx.Response:
        clock.now += 5.0  # the attempt used the whole deadline and failed
        return json_response(503, {})

    api.on("GET", "/appointments/a", slow)
    cobalt = make_client(api, clock, deadline=4.0)
    with pytest.raises(Exception, match="HTTP 503"):
        cobalt.appointments.get("a")
    assert len(api.requests) == 1
    with pytest.raises(ValueError, match="deadline"):
        make_client(api, deadline=0)


def test_deadline_error_when_time_is_up_between_attempts() -> None:
    api = FakeAPI()
    clock = FakeClock()
    answers = iter([httpx.ConnectError("[Errno 111] Connection refused"), None])

    def flaky(request: httpx.Request) -> httpx.Response:
        exc = next(answers)
        if exc is not None:
            clock.now += 0.9
            raise exc
        return json_response(200, {})

    api.on("GET", "/appointments/a", flaky)
    cobalt = make_client(api, clock)
    with pytest.raises(APIConnectionError, match="connection refused") as info:
        cobalt.appointments.get("a", deadline=1.0, max_retries=5)
    assert "deadline" in " ".join(info.value.__notes__) and len(api.requests) == 1


def test_deadline_already_passed_when_an_attempt_would_start() -> None:
    api = FakeAPI()
    clock = FakeClock()

    def oversleep(seconds: float) -> None:
        clock.now += seconds + 10.0  # a sleep that ran long (a suspended laptop)

    api.on("GET", "/appointments/a", lambda r: json_response(503, {}))
    cobalt = make_client(api, clock, sleep=oversleep)
    with pytest.raises(APITimeoutError, match="deadline passed after 1 attempt"):
        cobalt.appointments.get("a", deadline=5.0)
    assert len(api.requests) == 1


@pytest.fixture
def cobalt_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("cobalt_sdk")
    handlers, level = list(logger.handlers), logger.level
    logger.handlers.clear()
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_cobalt_log_switches_the_logger_on(
    value: str, level: int, monkeypatch: pytest.MonkeyPatch, cobalt_logger: logging.Logger
) -> None:
    monkeypatch.setenv("COBALT_LOG", value)
    make_client(FakeAPI())
    make_client(FakeAPI())
    assert cobalt_logger.level == level and len(cobalt_logger.handlers) == 1


def test_without_cobalt_log_nothing_is_configured(
    monkeypatch: pytest.MonkeyPatch, cobalt_logger: logging.Logger
) -> None:
    monkeypatch.delenv("COBALT_LOG", raising=False)
    make_client(FakeAPI())
    assert cobalt_logger.handlers == []
