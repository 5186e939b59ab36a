"""The runner as the generated code uses it (`cobalt_sdk.runtime_interface`): whatever an endpoint's
`_get_kwargs` gives (query, JSON, form data, raw content, files, cookies, headers) is what is sent,
merged with the client's headers and per-call options; the deadline clips each attempt.
"""

from __future__ import annotations

import asyncio
import io
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from cobalt_api_client.types import File
from cobalt_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    InvalidArgumentError,
    RateLimitError,
)
from cobalt_sdk.runtime_interface import CallOptions, Operation

from .fakes import CREDS, FakeAPI, FakeClock, json_response, make_async_client, make_client

OP = Operation(name="things_send", method="POST", path="/things")


class Thing:
    def __init__(self, success: bool = True) -> None:
        self.success = success


def endpoint(**kwargs: Any) -> Any:
    """A generated endpoint module stand-in: fixed `_get_kwargs`, a body parsed into `Thing`."""
    return SimpleNamespace(
        _get_kwargs=lambda **_: {"method": "post", "url": "/things", **kwargs},
        _parse_response=lambda *, client, response: Thing(),
    )


def sent(kwargs: dict[str, Any], options: CallOptions | None = None, **client: Any) -> httpx.Request:
    api = FakeAPI()
    api.on("POST", "/things", lambda r: json_response(200, {"success": True}))
    cobalt = make_client(api, **client)
    extra = {} if options is None else {"options": options}
    result = cobalt._runner.request(endpoint(**kwargs), {}, op=OP, expect=Thing, **extra)
    assert isinstance(result, Thing)
    [request] = api.requests
    return request


def options(**given: Any) -> CallOptions:
    from cobalt_sdk.runtime_interface import NOT_GIVEN

    return CallOptions(
        given.get("timeout", NOT_GIVEN),
        given.get("max_retries", NOT_GIVEN),
        given.get("deadline", NOT_GIVEN),
        given.get("extra_headers"),
        given.get("extra_query"),
        given.get("extra_body"),
    )


def test_raw_content_form_data_and_cookies_are_sent() -> None:
    assert sent({"content": b"raw bytes"}).content == b"raw bytes"
    form = sent({"data": {"a": "1", "b": "x y"}})
    assert form.content == b"a=1&b=x+y" and form.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent({"cookies": {"session": "s1"}}).headers["cookie"] == "session=s1"


def test_files_are_sent_as_multipart_with_the_endpoints_content_type() -> None:
    api = FakeAPI()
    api.on(
        "POST",
        "/documents",
        lambda r: json_response(200, {"success": True, "message": "ok", "job_id": 1, "document_id": "d1"}),
    )
    cobalt = make_client(api)
    cobalt.documents.create(
        folder_name="Labs", patient_mrn="MRN-1", document=File(payload=io.BytesIO(b"%PDF-1"), file_name="a.pdf")
    )
    [request] = api.requests
    assert request.headers["content-type"] == "multipart/form-data; boundary=+++"
    assert b"--+++" in request.content and b"%PDF-1" in request.content
    assert request.headers["client_id"] == CREDS["client_id"]  # the client's headers too
    cobalt.documents.create(
        folder_name="Labs",
        patient_mrn="MRN-1",
        document=File(payload=io.BytesIO(b"%PDF-2"), file_name="b.pdf"),
        extra_headers={"x-trace": "t1"},
    )
    request = api.requests[-1]
    assert request.headers["content-type"] == "multipart/form-data; boundary=+++" and request.headers["x-trace"] == "t1"
    assert request.headers["client_id"] == CREDS["client_id"]


def test_endpoint_headers_merge_with_the_clients() -> None:
    one = sent({"json": {"a": 1}, "headers": {"Content-Type": "application/merge-patch+json"}})
    assert one.headers["content-type"] == "application/merge-patch+json" and one.headers["client_id"]
    two = sent({"json": {"a": 1}, "headers": {"Content-Type": "application/json", "X-Op": "1"}})
    assert two.headers["x-op"] == "1" and two.headers["client_id"]
    other = sent({"json": {"a": 1}, "headers": {"X-Op": "2"}})
    assert other.headers["x-op"] == "2" and other.headers["client_id"]
    again = sent({"json": {"a": 1}, "headers": {"Content-Type": "application/merge-patch+json"}})
    assert again.headers["content-type"] == "application/merge-patch+json"


def test_each_operation_sends_its_own_content_type_through_one_client() -> None:
    """One client calling a merge-patch operation, then a JSON one, then the first again: each
    request carries the content type its own operation sets (with the client's headers)."""
    api = FakeAPI()
    api.on("POST", "/things", lambda r: json_response(200, {"success": True}))
    cobalt = make_client(api)
    for content_type in ("application/merge-patch+json", "application/json", "application/merge-patch+json"):
        cobalt._runner.request(endpoint(json={"a": 1}, headers={"Content-Type": content_type}), {}, op=OP, expect=Thing)
    assert [r.headers["content-type"] for r in api.requests] == [
        "application/merge-patch+json",
        "application/json",
        "application/merge-patch+json",
    ]
    assert all(r.headers["client_id"] == CREDS["client_id"] for r in api.requests)


@pytest.mark.parametrize("body", [{"content": b"x"}, {"data": {"a": "1"}}, {"files": {"f": b"x"}}, {"json": [1, 2]}])
def test_extra_body_needs_a_json_object_body(body: dict[str, Any]) -> None:
    api = FakeAPI()
    cobalt = make_client(api)
    with pytest.raises(InvalidArgumentError) as info:
        cobalt._runner.request(endpoint(**body), {}, op=OP, expect=Thing, options=options(extra_body={"x": 1}))
    assert str(info.value.__cause__) == "extra_body needs an operation whose body is a JSON object"
    assert api.requests == []


def test_extra_body_merges_into_a_json_object() -> None:
    assert sent({"json": {"a": 1}}, options(extra_body={"b": 2})).content == b'{"a":1,"b":2}'
    assert sent({}, options(extra_body={"b": 2})).content == b'{"b":2}'


def test_default_query_and_extra_query_each_reach_the_url() -> None:
    assert sent({"params": {"p": "1"}}, default_query={"d": "x"}).url.params.multi_items() == [("d", "x"), ("p", "1")]
    assert sent({"params": {"p": "1"}}, options(extra_query={"e": "y"})).url.params.multi_items() == [
        ("p", "1"),
        ("e", "y"),
    ]
    assert sent({}, options(extra_query={"e": "y"})).url.params.multi_items() == [("e", "y")]


def test_unexpected_status_for_the_operation() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(202, {"queued": True}))
    with pytest.raises(APIResponseValidationError) as info:
        make_client(api).appointments.get("a")
    assert str(info.value) == "appointments_get: unexpected HTTP 202 response (not AppointmentsGetResponse)"
    assert info.value.operation == "appointments_get"


# --- the deadline ----------------------------------------------------------------------------


def timeouts_seen(api: FakeAPI) -> list[dict[str, Any]]:
    return [r.extensions["timeout"] for r in api.requests]


def test_each_attempt_timeout_is_clipped_to_what_is_left_of_the_deadline() -> None:
    clock = FakeClock()
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(503, {}), lambda r: json_response(200, {}))
    timeout = httpx.Timeout(10.0, pool=None)
    with pytest.raises(APIResponseValidationError):
        make_client(api, clock, timeout=timeout, deadline=30.0).appointments.get("a")
    first, second = timeouts_seen(api)
    assert first == {"connect": 10.0, "read": 10.0, "write": 10.0, "pool": 30.0}  # no pool limit: the deadline
    left = 30.0 - clock.sleeps[0]
    assert second == {"connect": 10.0, "read": 10.0, "write": 10.0, "pool": pytest.approx(left)}
    short = FakeAPI()
    short.on("GET", "/appointments/a", lambda r: json_response(200, {}))
    with pytest.raises(APIResponseValidationError):
        make_client(short, FakeClock(), timeout=10.0, deadline=4.0).appointments.get("a")
    assert timeouts_seen(short) == [{"connect": 4.0, "read": 4.0, "write": 4.0, "pool": 4.0}]


def test_no_deadline_leaves_the_timeout_alone() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(200, {}))
    with pytest.raises(APIResponseValidationError):
        make_client(api, timeout=httpx.Timeout(7.0, pool=None)).appointments.get("a")
    assert timeouts_seen(api) == [{"connect": 7.0, "read": 7.0, "write": 7.0, "pool": None}]


def test_a_back_off_that_overran_the_deadline_sends_nothing_more() -> None:
    clock = FakeClock()

    def oversleep(seconds: float) -> None:  # a sleep that wakes late, exactly at the deadline
        clock.sleep(seconds + 0.5)

    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(429, {}, {"retry-after": "2"}))
    with pytest.raises(APITimeoutError) as info:
        make_client(api, clock, sleep=oversleep, deadline=2.5, max_retries=3).appointments.get("a")
    assert str(info.value) == (
        "appointments_get: the call's deadline passed after 1 attempt(s) "
        "(`deadline` bounds the whole call, retries included; `timeout` each attempt)"
    )
    assert info.value.operation == "appointments_get" and len(api.requests) == 1


def test_a_retry_that_would_start_at_the_deadline_is_not_made() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(429, {"message": "slow down"}, {"retry-after": "2"}))
    with pytest.raises(RateLimitError) as info:
        make_client(api, FakeClock(), deadline=2.0, max_retries=3).appointments.get("a")
    assert len(api.requests) == 1
    assert info.value.__notes__ == [
        "not retried: the next attempt would start after the call's deadline (appointments_get)"
    ]
    longer = FakeAPI()
    longer.on(
        "GET",
        "/appointments/a",
        lambda r: json_response(429, {}, {"retry-after": "2"}),
        lambda r: json_response(200, {}),
    )
    with pytest.raises(APIResponseValidationError):
        make_client(longer, FakeClock(), deadline=2.5, max_retries=3).appointments.get("a")
    assert len(longer.requests) == 2


# --- failures while reading the body --------------------------------------------------------


class _BreaksMidBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __iter__(self) -> Any:
        yield b'{"success": '
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> Any:
        yield b'{"success": '
        raise httpx.ReadError("connection reset")


def breaks_mid_body(status: int) -> FakeAPI:
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: httpx.Response(status, stream=_BreaksMidBody()))
    return api


@pytest.mark.parametrize("status", [200, 500])
def test_a_body_cut_off_is_a_connection_error_of_the_operation(status: int) -> None:
    with pytest.raises(APIConnectionError) as info:
        make_client(breaks_mid_body(status), max_retries=0).appointments.get("a")
    assert info.value.operation == "appointments_get" and "ReadError" in str(info.value)


def test_async_transport_failures_name_the_operation() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    api = FakeAPI()
    api.on("GET", "/appointments/a", refuse)

    async def run(api: FakeAPI) -> APIConnectionError:
        async with make_async_client(api, max_retries=0) as cobalt:
            with pytest.raises(APIConnectionError) as info:
                await cobalt.appointments.get("a")
        return info.value

    refused = asyncio.run(run(api))
    assert refused.operation == "appointments_get" and "ConnectError" in str(refused)
    cut = asyncio.run(run(breaks_mid_body(200)))
    assert cut.operation == "appointments_get" and "ReadError" in str(cut)


def test_a_model_without_a_success_field_is_returned_as_is() -> None:
    class Plain:
        pass

    api = FakeAPI()
    api.on("POST", "/things", lambda r: json_response(200, {}))
    plain = SimpleNamespace(
        _get_kwargs=lambda **_: {"method": "post", "url": "/things"},
        _parse_response=lambda *, client, response: Plain(),
    )
    result = make_client(api)._runner.request(plain, {}, op=OP, expect=Plain)
    assert isinstance(result, Plain)


def test_an_operation_header_that_changes_per_call_is_sent_as_given_each_time() -> None:
    api = FakeAPI()
    api.on("POST", "/things", lambda r: json_response(200, {"success": True}))
    cobalt = make_client(api)
    for value in ("1", "2"):
        op_headers = {"Content-Type": "application/json", "X-Op": value}
        cobalt._runner.request(endpoint(json={"a": 1}, headers=op_headers), {}, op=OP, expect=Thing)
    assert [r.headers["x-op"] for r in api.requests] == ["1", "2"]
    assert all(r.headers["content-type"] == "application/json" and r.headers["client_id"] for r in api.requests)
