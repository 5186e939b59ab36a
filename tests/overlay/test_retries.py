"""Retry policy: reads retried on 429/5xx/connection errors with backoff; writes sent exactly once."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from cobalt_sdk import APIConnectionError, APIStatusError, InternalServerError, RateLimitError
from cobalt_sdk._retry import parse_retry_after, retry_delay, should_retry

from .fakes import (
    APPOINTMENT,
    READ_AND_WRITE,
    TE_ARGS,
    FakeAPI,
    FakeClock,
    call_read_or_write,
    json_response,
    make_async_client,
    make_client,
)

OK = {"success": True, "appointments": APPOINTMENT}
TE_OK = {"success": True, "message": "processing", "telephone_encounter_id": "te_1", "job_id": 12345}


def fail(status: int, headers: dict[str, str] | None = None) -> object:
    return lambda r: json_response(status, {"success": False, "message": "busy"}, headers)


def test_get_retried_on_503_then_succeeds() -> None:
    api, clock = FakeAPI(), FakeClock()
    api.on("GET", "/appointments/a", fail(503), fail(503), lambda r: json_response(200, OK))  # type: ignore[arg-type]
    make_client(api, clock).appointments.get("a")
    assert len(api.requests) == 3
    assert len(clock.sleeps) == 2 and 0.375 <= clock.sleeps[0] <= 0.5 and 0.75 <= clock.sleeps[1] <= 1.0


def test_retry_after_is_honoured() -> None:
    api, clock = FakeAPI(), FakeClock()
    api.on("GET", "/appointments/a", fail(429, {"Retry-After": "3"}), lambda r: json_response(200, OK))  # type: ignore[arg-type]
    make_client(api, clock).appointments.get("a")
    assert clock.sleeps == [3.0]


def test_gives_up_after_max_retries() -> None:
    api, clock = FakeAPI(), FakeClock()
    api.on("GET", "/appointments/a", fail(429, {"Retry-After": "1"}))  # type: ignore[arg-type]
    with pytest.raises(RateLimitError) as info:
        make_client(api, clock).appointments.get("a")
    assert len(api.requests) == 3 and info.value.retry_after == 1.0


#: Every client error but 429: the request itself is at fault, so sending it again cannot help.
CLIENT_ERRORS = [status for status in range(400, 500) if status != 429]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_every_4xx_is_sent_exactly_once(method: str) -> None:
    """400, 401, 403, 404, 409, 422 and every other 4xx but 429: one request, even with retries on."""
    api, clock = FakeAPI(), FakeClock()
    cobalt = make_client(api, clock, max_retries=3)
    for status in CLIENT_ERRORS:
        api.requests.clear()
        # a second attempt would succeed: only the policy can stop it
        api.on(method, READ_AND_WRITE[method], fail(status, {"Retry-After": "0"}), lambda r: json_response(200, OK))  # type: ignore[arg-type]
        with pytest.raises(APIStatusError) as info:
            call_read_or_write(cobalt, method)
        assert info.value.status_code == status
        assert len(api.requests) == 1, f"{method} answered {status} was sent {len(api.requests)} times"
    assert clock.sleeps == []


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_every_4xx_is_sent_exactly_once_async(method: str) -> None:
    api, clock = FakeAPI(), FakeClock()
    path = READ_AND_WRITE[method]
    async with make_async_client(api, clock, max_retries=3) as cobalt:
        for status in CLIENT_ERRORS:
            api.requests.clear()
            api.on(method, path, fail(status), lambda r: json_response(200, OK))  # type: ignore[arg-type]
            with pytest.raises(APIStatusError):
                if method == "GET":
                    await cobalt.appointments.get("a")
                else:
                    await cobalt.telephone_encounters.create(**TE_ARGS)
            assert len(api.requests) == 1, f"{method} answered {status} was sent {len(api.requests)} times"


def test_non_retryable_status_not_retried() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", fail(500))  # type: ignore[arg-type]
    with pytest.raises(InternalServerError):
        make_client(api).appointments.get("a")
    assert len(api.requests) == 1


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_post_is_sent_exactly_once_on_retryable_status(status: int) -> None:
    api = FakeAPI()
    api.on("POST", "/telephone-encounters", fail(status))  # type: ignore[arg-type]
    with pytest.raises((RateLimitError, InternalServerError)):
        make_client(api).telephone_encounters.create(**TE_ARGS)
    assert len(api.calls("POST", "/telephone-encounters")) == 1


def test_post_not_retried_after_read_error() -> None:
    def reset(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset", request=request)

    api = FakeAPI()
    api.on("POST", "/telephone-encounters", reset)
    with pytest.raises(APIConnectionError):
        make_client(api).telephone_encounters.create(**TE_ARGS)
    assert len(api.requests) == 1


def test_post_retried_when_connection_never_opened() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    api = FakeAPI()
    api.on("POST", "/telephone-encounters", refuse, lambda r: json_response(200, TE_OK))
    job = make_client(api).telephone_encounters.create(**TE_ARGS)
    assert job.job_id == "12345" and len(api.requests) == 2


def test_get_retried_on_connection_reset() -> None:
    def reset(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("closed", request=request)

    api = FakeAPI()
    api.on("GET", "/appointments/a", reset, lambda r: json_response(200, OK))
    make_client(api).appointments.get("a")
    assert len(api.requests) == 2


def test_max_retries_zero_disables_retries() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", fail(503))  # type: ignore[arg-type]
    with pytest.raises(InternalServerError):
        make_client(api).with_options(max_retries=0).appointments.get("a")
    assert len(api.requests) == 1


def test_retry_after_forms() -> None:
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after("100000") == 60.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    when = email.utils.formatdate(1_000_010, usegmt=True)
    assert parse_retry_after(when, now=lambda: 1_000_000.0) == 10.0
    assert parse_retry_after(email.utils.formatdate(999_000, usegmt=True), now=lambda: 1_000_000.0) == 0.0


def test_backoff_is_capped_with_jitter() -> None:
    assert retry_delay(0, rand=lambda: 0.0) == 0.375
    assert retry_delay(0, rand=lambda: 1.0) == 0.5
    assert retry_delay(10, rand=lambda: 1.0) == 8.0
    assert retry_delay(3, retry_after=1.5) == 1.5


def test_predicate_by_method() -> None:
    request = httpx.Request("GET", "https://x")
    connect = httpx.ConnectError("x", request=request)
    read = httpx.ReadError("x", request=request)
    assert should_retry("POST", connect, 0, 2) and should_retry("GET", read, 0, 2)
    assert not should_retry("PATCH", read, 0, 2) and not should_retry("GET", read, 2, 2)
    assert should_retry("DELETE", read, 1, 2)


def test_an_error_a_second_attempt_would_meet_again_is_not_retried() -> None:
    """A bad URL scheme, a request httpx refuses to write, a consumed stream: even a GET is sent once."""
    request = httpx.Request("GET", "https://x")
    for error in (
        httpx.UnsupportedProtocol("x", request=request),
        httpx.LocalProtocolError("x", request=request),
        httpx.StreamConsumed(),
    ):
        assert not should_retry("GET", error, 0, 2), type(error).__name__
        wrapped = RuntimeError("wrapped")
        wrapped.__cause__ = error
        assert not should_retry("GET", wrapped, 0, 2), type(error).__name__
