"""What a failed call tells its caller, exactly: the error's text and fields for each phase, the
values you sent kept out of that text, and the log lines of attempts and retries.

Everything goes through `Cobalt` / `AsyncCobalt` over `httpx.MockTransport`, so it holds however
the runner is arranged inside.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import time
from typing import Any

import httpx
import pytest

from cobalt_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    BadRequestError,
    ConfigurationError,
    InvalidArgumentError,
    UnsuccessfulResponseError,
)

from .fakes import APPOINTMENT, TE_ARGS, FakeAPI, json_response, make_async_client, make_client

OP = "appointments_get"
PATH = "/appointments/a"


def failing(
    status: int, body: Any = None, *, content: bytes | None = None, headers: dict[str, str] | None = None
) -> FakeAPI:
    headers = headers or {}
    api = FakeAPI()
    if content is None:
        api.on("GET", PATH, lambda r: json_response(status, body, headers))
    else:
        api.on("GET", PATH, lambda r: httpx.Response(status, content=content, headers=headers))
    return api


def error_of(api: FakeAPI, **client: Any) -> Any:
    with pytest.raises(Exception) as info:
        make_client(api, max_retries=0, **client).appointments.get("a")
    return info.value


# --- the status phase ------------------------------------------------------------------------


def test_status_error_carries_cobalts_message_code_request_id_and_retry_after() -> None:
    api = failing(
        400,
        {"success": False, "message": "slot taken", "error": "slot_taken"},
        headers={"x-request-id": "req_7", "retry-after": "3"},
    )
    err = error_of(api)
    assert type(err) is BadRequestError
    assert str(err) == f"{OP}: HTTP 400: slot taken [request id req_7]"
    assert (err.status_code, err.message, err.code, err.request_id, err.retry_after) == (
        400,
        "slot taken",
        "slot_taken",
        "req_7",
        3.0,
    )
    assert err.operation == OP and err.headers["x-request-id"] == "req_7"
    assert err.body == '{"success": false, "message": "slot taken", "error": "slot_taken"}'


@pytest.mark.parametrize(
    ("body", "content", "message"),
    [
        ({"message": 5, "error": 7}, None, "Bad Request"),  # not text: the reason phrase
        ({"message": ""}, None, "Bad Request"),
        (["slot taken"], None, "Bad Request"),  # not an object
        (None, b"", "Bad Request"),  # no body at all
        (None, b"<html>oops</html>", "Bad Request"),  # not JSON
    ],
)
def test_status_error_message_falls_back_to_the_reason_phrase(body: Any, content: bytes | None, message: str) -> None:
    err = error_of(failing(400, body, content=content))
    assert err.message == message and err.code is None
    assert str(err) == f"{OP}: HTTP 400: {message}"


def test_status_without_a_reason_phrase_says_error() -> None:
    err = error_of(failing(499, None, content=b""))
    assert type(err) is APIStatusError and err.message == "error" and str(err) == f"{OP}: HTTP 499: error"


def test_status_error_body_is_text_even_when_not_utf8() -> None:
    err = error_of(failing(500, None, content=b'\xff{"message": "x"}'))
    assert err.body == '\ufffd{"message": "x"}' and err.message == "Internal Server Error"


def test_not_found_hint_only_when_the_base_url_lacks_v1() -> None:
    assert str(error_of(failing(404, {"message": "no such appointment"}))) == f"{OP}: HTTP 404: no such appointment"
    with pytest.raises(APIStatusError) as info:
        make_client(FakeAPI(), max_retries=0, base_url="https://api.test").appointments.get("a")
    assert "the client's base_url has no /v1 path: Cobalt serves its API under /v1" in str(info.value)


# --- what you sent stays out of error text ---------------------------------------------------


def echo(status: int = 400) -> FakeAPI:
    """A server that echoes the whole query and body back in its error message."""

    def answer(request: httpx.Request) -> httpx.Response:
        text = f"bad request {request.url.query.decode()} {request.content.decode()}"
        return json_response(status, {"message": text, "error": "bad_request"})

    api = FakeAPI()
    for method, path in (("GET", "/appointments"), ("GET", "/insurance-providers"), ("POST", "/telephone-encounters")):
        api.on(method, path, answer)
    return api


def test_sent_dates_and_numbers_are_redacted_from_error_text() -> None:
    cobalt = make_client(echo(), max_retries=0)
    with pytest.raises(BadRequestError) as info:
        list(
            cobalt.appointments.list(
                start_date=datetime.date(2031, 3, 14), end_date="2031-04-15", page=3, page_size=57, patient_name="Zed"
            )
        )
    shown = str(info.value)
    for value in ("2031-03-14", "2031-04-15", "57", "Zed"):
        assert value not in shown and value not in (info.value.body or "")
    assert "[redacted]" in shown
    assert "2031-03-14" in info.value.message  # the message itself is Cobalt's, verbatim


def test_a_sent_boolean_is_not_taken_for_a_value_to_hide() -> None:
    cobalt = make_client(echo(), max_retries=0)
    with pytest.raises(BadRequestError) as info:
        cobalt.insurance_providers.list(active=True)
    assert "active=true" in str(info.value)


def test_values_inside_a_request_body_are_redacted() -> None:
    cobalt = make_client(echo(), max_retries=0)
    with pytest.raises(BadRequestError) as info:
        cobalt.telephone_encounters.create(**TE_ARGS)
    for value in map(str, TE_ARGS.values()):
        assert value not in str(info.value) and value not in (info.value.body or "")


# --- build, send and read phases -------------------------------------------------------------


def test_arguments_that_cannot_be_sent_are_named_and_nothing_is_sent() -> None:
    api = FakeAPI()
    cobalt = make_client(api)
    with pytest.raises(InvalidArgumentError) as info:
        cobalt.appointments.get("a", extra_headers={"x-note": "\u2603"})  # not encodable in a header
    assert str(info.value) == (
        f"{OP}: the arguments cannot be sent (UnicodeEncodeError while building the request; "
        "check the argument types against the method's signature)"
    )
    assert info.value.operation == OP and api.requests == []


def test_too_many_redirects_is_an_unusable_response() -> None:
    api = FakeAPI()
    api.on("GET", PATH, lambda r: httpx.Response(302, headers={"location": f"https://api.test/v1{PATH}"}))
    cobalt = make_client(api, max_retries=0)
    cobalt._runner.http.follow_redirects = True  # a user's own httpx client may follow them
    with pytest.raises(APIResponseValidationError) as info:
        cobalt.appointments.get("a")
    assert str(info.value) == f"{OP}: the response cannot be read (TooManyRedirects)"
    assert info.value.operation == OP


class _BadGzip(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __iter__(self) -> Any:
        yield b"\x1f\x8b not gzip"

    async def __aiter__(self) -> Any:
        yield b"\x1f\x8b not gzip"


def test_undecodable_success_body_names_its_status() -> None:
    api = FakeAPI()
    api.on("GET", PATH, lambda r: httpx.Response(200, stream=_BadGzip(), headers={"content-encoding": "gzip"}))
    with pytest.raises(APIResponseValidationError) as info:
        make_client(api).appointments.get("a")
    assert str(info.value) == f"{OP}: the HTTP 200 response cannot be read (DecodingError)"
    assert info.value.operation == OP


def test_transport_failure_names_the_operation() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    api = FakeAPI()
    api.on("GET", PATH, refuse)
    with pytest.raises(APIConnectionError) as info:
        make_client(api, max_retries=0).appointments.get("a")
    assert info.value.operation == OP and str(info.value).startswith(f"{OP}: ")


# --- the parse phase -------------------------------------------------------------------------


def test_success_false_in_a_body_that_does_not_parse() -> None:
    err = error_of(failing(200, {"success": False, "message": "no such clinic", "error": "bad_clinic"}))
    assert type(err) is UnsuccessfulResponseError
    assert (err.message, err.code, err.status_code) == ("no such clinic", "bad_clinic", 200)
    bare = error_of(failing(200, {"success": False, "error": 3}))
    assert (bare.message, bare.code) == ("request failed", None)
    assert str(bare) == f"{OP}: HTTP 200: request failed"


def test_success_false_in_a_parsed_body_reads_undeclared_message_and_code() -> None:
    api = FakeAPI()
    body = {"success": False, "message": "patient is inactive", "error": "patient_inactive"}
    api.on("PATCH", "/patients/p1", lambda r: json_response(200, body))
    with pytest.raises(UnsuccessfulResponseError) as info:
        make_client(api).patients.update("p1", phone="555-0100")
    assert (info.value.message, info.value.code) == ("patient is inactive", "patient_inactive")
    api.on("PATCH", "/patients/p1", lambda r: json_response(200, {"success": False, "message": 4, "error": ["x"]}))
    with pytest.raises(UnsuccessfulResponseError) as info:
        make_client(api).patients.update("p1", phone="555-0100")
    assert (info.value.message, info.value.code) == ("request failed", None)


def test_body_that_is_not_json() -> None:
    err = error_of(failing(200, None, content=b"<html>", headers={"content-type": "application/json"}))
    assert type(err) is APIResponseValidationError
    assert str(err) == f"{OP}: HTTP 200 response is not valid JSON" and err.operation == OP


def test_body_missing_a_required_field_names_it() -> None:
    err = error_of(failing(200, {"success": True}))
    assert type(err) is APIResponseValidationError
    assert str(err) == f"{OP}: response does not match the spec (missing field 'appointments')"
    assert err.operation == OP


def test_body_of_the_wrong_shape_names_the_exception_type() -> None:
    err = error_of(failing(200, {"success": True, "appointments": "not an object"}))
    assert type(err) is APIResponseValidationError and err.operation == OP
    assert str(err).startswith(f"{OP}: response does not match the spec (")
    assert "missing field" not in str(err) and str(err).endswith("Error)")


# --- log lines -------------------------------------------------------------------------------


def test_attempt_and_retry_log_lines(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, "cobalt_sdk")
    api = FakeAPI()
    api.on(
        "GET",
        PATH,
        lambda r: json_response(503, {"message": "busy"}),
        lambda r: (_ for _ in ()).throw(httpx.ConnectError("down", request=r)),
        lambda r: json_response(200, {"success": True, "appointments": APPOINTMENT}),
    )
    make_client(api, max_retries=2).appointments.get("a")
    lines = [r.getMessage() for r in caplog.records if r.name == "cobalt_sdk"]
    attempts = [line for line in lines if " -> " in line]
    retries = [line for line in lines if line.startswith("retrying")]
    assert [a.split(" in ")[0] for a in attempts] == [
        "GET /appointments/{id} -> 503",
        "GET /appointments/{id} -> APIConnectionError",
        "GET /appointments/{id} -> 200",
    ]
    assert all(a.endswith(" ms") for a in attempts)
    assert [r.split(" in ")[0] for r in retries] == ["retrying GET /appointments/{id}"] * 2
    assert retries[0].endswith("s (retry 1 of 2) after 503")
    assert retries[1].endswith("s (retry 2 of 2) after APIConnectionError")


def test_async_attempt_and_retry_log_lines_match_the_sync_ones(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, "cobalt_sdk")
    api = FakeAPI()
    api.on(
        "GET",
        PATH,
        lambda r: json_response(503, {"message": "busy"}),
        lambda r: (_ for _ in ()).throw(httpx.ConnectError("down", request=r)),
        lambda r: json_response(200, {"success": True, "appointments": APPOINTMENT}),
    )

    async def run() -> None:
        async with make_async_client(api, max_retries=2) as cobalt:
            await cobalt.appointments.get("a")

    asyncio.run(run())
    lines = [r.getMessage() for r in caplog.records if r.name == "cobalt_sdk"]
    attempts = [line.split(" in ")[0] for line in lines if " -> " in line]
    retries = [line for line in lines if line.startswith("retrying")]
    assert attempts == [
        "GET /appointments/{id} -> 503",
        "GET /appointments/{id} -> APIConnectionError",
        "GET /appointments/{id} -> 200",
    ]
    assert [r.split(" after ")[1] for r in retries] == ["503", "APIConnectionError"]
    assert retries[0].endswith("s (retry 1 of 2) after 503") and len(api.requests) == 3


def test_async_attempt_log_lines(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, "cobalt_sdk")
    api = failing(400, {"message": "nope"})

    async def run() -> None:
        async with make_async_client(api, max_retries=0) as cobalt:
            with pytest.raises(BadRequestError):
                await cobalt.appointments.get("a")

    asyncio.run(run())
    [line] = [r.getMessage() for r in caplog.records if " -> " in r.getMessage()]
    assert line.startswith("GET /appointments/{id} -> 400 in ")


# --- checks before anything is sent ----------------------------------------------------------


def test_an_operation_needing_an_access_token_says_how_to_give_one() -> None:
    api = FakeAPI()
    cobalt = make_client(api, access_token=None)
    with pytest.raises(ConfigurationError) as info:
        cobalt.appointments.get("a")
    assert str(info.value) == (
        f"{OP} needs an access token: pass access_token=... or set the COBALT_ACCESS_TOKEN environment variable"
    )
    assert api.requests == []


def test_negative_max_retries_for_one_call_is_refused_by_name() -> None:
    api = FakeAPI()
    with pytest.raises(InvalidArgumentError) as info:
        make_client(api).appointments.get("a", max_retries=-1)
    assert str(info.value) == f"{OP}: max_retries must be >= 0"
    assert (info.value.operation, info.value.argument) == (OP, "max_retries") and api.requests == []


def test_a_trailing_slash_after_v1_is_not_taken_for_a_missing_v1() -> None:
    api = failing(404, {"message": "no such appointment"})
    with pytest.raises(APIStatusError) as info:
        make_client(api, max_retries=0, base_url="https://api.test/v1/").appointments.get("a")
    assert str(info.value) == f"{OP}: HTTP 404: no such appointment"


def test_an_undecodable_error_body_keeps_the_status_with_an_empty_body() -> None:
    api = FakeAPI()
    api.on("GET", PATH, lambda r: httpx.Response(502, stream=_BadGzip(), headers={"content-encoding": "gzip"}))
    err = error_of(api)
    assert err.status_code == 502 and err.body == "" and err.message == "Bad Gateway"


def test_attempt_log_line_gives_the_duration_in_milliseconds(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [100.0]
    monkeypatch.setattr(time, "perf_counter", lambda: now[0])

    def slow(request: httpx.Request) -> httpx.Response:
        now[0] += 0.25  # the server takes 250 ms
        return json_response(200, {"success": True, "appointments": APPOINTMENT})

    api = FakeAPI()
    api.on("GET", PATH, slow)
    caplog.set_level(logging.DEBUG, "cobalt_sdk")
    make_client(api).appointments.get("a")
    assert "GET /appointments/{id} -> 200 in 250.0 ms" in [r.getMessage() for r in caplog.records]
