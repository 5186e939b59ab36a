"""Raw responses, client options (http_client, default headers/query, copy) and per-call options."""

from __future__ import annotations

import json
import platform

import httpx
import pytest

from cobalt_api_client.models import AppointmentsGetResponse, TelephoneEncountersCreateResponse
from cobalt_sdk import AsyncCobalt, Cobalt, InvalidArgumentError, Job, NotFoundError, Pager, RawResponse, __version__

from .fakes import (
    APPOINTMENT,
    BASE,
    CREDS,
    TE_ARGS,
    FakeAPI,
    FakeClock,
    appointments_page,
    json_response,
    make_async_client,
    make_client,
)

GET_OK = {"success": True, "appointments": APPOINTMENT}
TE_OK = {"success": True, "message": "processing", "telephone_encounter_id": "te_1", "job_id": 12345}


def _api() -> FakeAPI:
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(200, GET_OK, {"x-request-id": "req_123"}))
    api.on("POST", "/telephone-encounters", lambda r: json_response(200, TE_OK))
    return api


# --- raw responses ---------------------------------------------------------------------------


def test_raw_response_has_status_headers_body_and_parses_once() -> None:
    api = _api()
    raw = make_client(api).with_raw_response.appointments.get("a")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.headers["content-type"] == "application/json"
    assert raw.request_id == "req_123" and raw.operation == "appointments_get"
    assert json.loads(raw.content) == GET_OK == raw.json()
    parsed = raw.parse()
    assert isinstance(parsed, AppointmentsGetResponse) and parsed.appointments.id == "appt_1"
    assert raw.parse() is parsed
    assert "MRN" not in repr(raw) and len(api.requests) == 1


def test_raw_job_and_pager_parse_into_the_usual_handles() -> None:
    api = _api()
    api.on("GET", "/appointments", lambda r: json_response(200, appointments_page(int(r.url.params["page"]), 2)))
    cobalt = make_client(api)
    job = cobalt.with_raw_response.telephone_encounters.create(**TE_ARGS).parse()
    assert isinstance(job, Job) and job.job_id == "12345"
    assert isinstance(job.response, TelephoneEncountersCreateResponse)
    pager = cobalt.with_raw_response.appointments.list(start_date="2024-03-14", end_date="2024-04-14").parse()
    assert isinstance(pager, Pager)
    assert len(list(pager)) == 4  # the second page comes through the plain path, parsed


def test_raw_response_error_status_still_raises() -> None:
    api = FakeAPI()
    with pytest.raises(NotFoundError):
        make_client(api).with_raw_response.appointments.get("missing")


async def test_raw_response_async() -> None:
    async with make_async_client(_api()) as cobalt:
        raw = await cobalt.with_raw_response.appointments.get("a")
        assert raw.status_code == 200 and raw.request_id == "req_123"
        assert isinstance(raw.parse(), AppointmentsGetResponse)


# --- status errors carry what a support ticket needs -----------------------------------------


def test_status_error_carries_headers_request_id_and_redacted_body() -> None:
    api = FakeAPI()
    body = {"success": False, "message": "no appointment MRN-4471 for cs_SECRET_abc"}
    api.on("GET", "/appointments/MRN-4471", lambda r: json_response(404, body, {"x-request-id": "req_9"}))
    with pytest.raises(NotFoundError) as info:
        make_client(api).appointments.get("MRN-4471")
    err = info.value
    assert err.request_id == "req_9" and err.headers["x-request-id"] == "req_9"
    assert "req_9" in str(err)
    assert err.body is not None and "no appointment" in err.body
    assert "MRN-4471" not in err.body and "cs_SECRET_abc" not in err.body


# --- http_client, default headers and query, User-Agent ---------------------------------------


def test_user_agent_names_sdk_python_and_httpx() -> None:
    api = _api()
    make_client(api).appointments.get("a")
    expected = f"cobalt-sdk/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
    assert api.requests[0].headers["user-agent"] == expected


def test_a_ready_http_client_gets_our_headers_timeouts_and_retries() -> None:
    api = FakeAPI()
    answers = [json_response(503, {}), json_response(200, GET_OK)]
    api.on("GET", "/appointments/a", *(lambda r, a=a: a for a in answers))
    seen: list[str] = []
    own = httpx.Client(
        transport=httpx.MockTransport(api),
        headers={"x-proxy-auth": "mine"},
        event_hooks={"request": [lambda r: seen.append(r.url.path)]},
    )
    clock = FakeClock()
    cobalt = Cobalt(**CREDS, base_url=BASE, http_client=own, sleep=clock.sleep, clock=clock, timeout=4.0)
    cobalt.appointments.get("a")
    first = api.requests[0]
    assert first.headers["x-proxy-auth"] == "mine" and first.headers["client_secret"] == CREDS["client_secret"]
    assert first.extensions["timeout"]["read"] == 4.0
    assert len(api.requests) == 2 and seen == ["/v1/appointments/a"] * 2 and len(clock.sleeps) == 1


def test_headers_reused_across_calls_stay_each_clients_own() -> None:
    """The runner normalises its headers once and reuses them (with a body's Content-Type too):
    every call, of the client and of a copy with other headers, still sends exactly its own."""
    api = _api()
    cobalt = make_client(api, default_headers={"x-a": "1"})
    other = cobalt.copy(access_token="at_OTHER", default_headers={"x-b": "2"})
    for client in (cobalt, other, cobalt, other):
        client.telephone_encounters.create(**TE_ARGS)
        client.appointments.get("a")
    post, get = api.requests[0], api.requests[1]
    assert post.headers["content-type"] == "application/json" and "content-type" not in get.headers
    assert [r.headers.multi_items() for r in api.requests[:4]] == [r.headers.multi_items() for r in api.requests[4:]]
    assert all(r.headers["x-a"] == "1" and "x-b" not in r.headers for r in api.requests[0::4] + api.requests[1::4])
    assert all(r.headers["access_token"] == "at_OTHER" and "x-a" not in r.headers for r in api.requests[2::4])
    assert all(r.headers["access_token"] == "at_OTHER" and "x-a" not in r.headers for r in api.requests[3::4])
    assert [r.headers["user-agent"] for r in api.requests].count(api.requests[0].headers["user-agent"]) == 8


def _sent(request: httpx.Request) -> tuple[str, str, list[tuple[bytes, bytes]], bytes, object]:
    return request.method, str(request.url), request.headers.raw, request.content, request.extensions["timeout"]


def test_requests_through_our_pool_are_those_httpx_builds_for_a_client_of_yours() -> None:
    """Through the pool the client built itself, the runner makes the request without httpx's
    per-request header merge: every request is byte for byte the one `build_request` gives
    through an `http_client=` (headers in order, URL with default and extra query, body, timeout)."""
    sent: dict[bool, list[httpx.Request]] = {}
    for own_pool in (True, False):
        api = _api()
        headers, query = {"x-a": "1"}, {"trace": "1"}
        if own_pool:
            cobalt = make_client(api, default_headers=headers, default_query=query)
        else:
            own = httpx.Client(transport=httpx.MockTransport(api))
            cobalt = Cobalt(**CREDS, base_url=BASE, http_client=own, default_headers=headers, default_query=query)
        cobalt.appointments.get("a")
        cobalt.appointments.get("a", extra_headers={"x-a": "2"}, extra_query={"q": "v"}, timeout=2.0)
        cobalt.telephone_encounters.create(**TE_ARGS)
        cobalt.telephone_encounters.create(**TE_ARGS, extra_body={"priority": "high"})
        cobalt.copy(default_headers={}).telephone_encounters.create(**TE_ARGS)
        sent[own_pool] = api.requests
    assert [_sent(r) for r in sent[True]] == [_sent(r) for r in sent[False]]
    assert "x-a" not in sent[True][-1].headers and sent[True][1].headers["x-a"] == "2"


def test_a_cookie_cobalt_sets_goes_back_on_later_calls() -> None:
    """httpx keeps a cookie the server sets (a load balancer's, say) and sends it on later calls."""
    api = FakeAPI()
    first = json_response(200, GET_OK)
    first.headers["set-cookie"] = "lb=node-2; Path=/"
    api.on("GET", "/appointments/a", lambda r: first, lambda r: json_response(200, GET_OK))
    cobalt = make_client(api)
    cobalt.appointments.get("a")
    cobalt.appointments.get("a")
    assert "cookie" not in api.requests[0].headers and api.requests[1].headers["cookie"] == "lb=node-2"


def test_a_default_header_httpx_cannot_encode_fails_each_call_clearly() -> None:
    api = _api()
    cobalt = make_client(api, default_headers={"x-team": "caf\u00e9"})
    for _ in range(2):
        with pytest.raises(InvalidArgumentError, match="cannot be sent"):
            cobalt.appointments.get("a")
    assert api.requests == []


def test_http_client_of_the_wrong_kind_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        Cobalt(**CREDS, base_url=BASE, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        AsyncCobalt(**CREDS, base_url=BASE, http_client=httpx.Client())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="transport must be"):
        Cobalt(**CREDS, base_url=BASE, transport=httpx.AsyncHTTPTransport())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="AsyncBaseTransport"):
        AsyncCobalt(**CREDS, base_url=BASE, transport=httpx.HTTPTransport())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not both"):
        Cobalt(**CREDS, base_url=BASE, transport=httpx.HTTPTransport(), http_client=httpx.Client())


def test_default_headers_and_query_then_per_call_extras() -> None:
    api = _api()
    cobalt = make_client(api, default_headers={"x-team": "intake"}, default_query={"trace": "1"})
    cobalt.appointments.get("a", extra_headers={"x-team": "billing", "x-one": "1"}, extra_query={"debug": "yes"})
    cobalt.telephone_encounters.create(**TE_ARGS, extra_body={"priority": "high"})
    get, post = api.requests
    assert get.headers["x-team"] == "billing" and get.headers["x-one"] == "1"
    assert dict(get.url.params) == {"trace": "1", "debug": "yes"}
    assert post.headers["x-team"] == "intake"
    sent = json.loads(post.content)
    assert sent["priority"] == "high" and sent["patient_mrn"] == TE_ARGS["patient_mrn"]


def test_extra_body_on_a_body_less_operation_is_sent_as_json() -> None:
    api = _api()
    make_client(api).appointments.get("a", extra_body={"k": "v"})
    assert json.loads(api.requests[0].content) == {"k": "v"}


def test_per_call_max_retries_and_timeout() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(503, {}))
    clock = FakeClock()
    cobalt = make_client(api, clock)
    with pytest.raises(Exception, match="HTTP 503"):
        cobalt.appointments.get("a", max_retries=0, timeout=1.5)
    assert len(api.requests) == 1 and api.requests[0].extensions["timeout"]["read"] == 1.5
    with pytest.raises(InvalidArgumentError, match="max_retries"):
        cobalt.appointments.get("a", max_retries=-1)


def test_copy_changes_any_option_and_shares_the_pool() -> None:
    api = _api()
    cobalt = make_client(api, default_headers={"x-a": "1"})
    other = cobalt.copy(access_token="at_OTHER", default_headers={"x-b": "2"}, max_retries=0, deadline=9.0)
    assert other.max_retries == 0 and other.deadline == 9.0 and cobalt.deadline is None
    assert other._http is cobalt._http and type(other) is Cobalt
    other.appointments.get("a")
    cobalt.appointments.get("a")
    assert api.requests[0].headers["access_token"] == "at_OTHER" and "x-a" not in api.requests[0].headers
    assert api.requests[1].headers["access_token"] == CREDS["access_token"] and api.requests[1].headers["x-a"] == "1"
    assert cobalt.with_options(timeout=3.0).timeout.read == 3.0
    moved = cobalt.copy(base_url="https://other.test/v1")
    assert moved.base_url == "https://other.test/v1"
    with pytest.raises(TypeError):
        cobalt.copy(http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_copy_changes_credentials_query_and_pool_too() -> None:
    """The options the other copy test leaves out: client_id, client_secret, default_query, and a
    pool of your own (which then gets this client's headers, query and timeout)."""
    api, mine = _api(), _api()
    cobalt = make_client(api, default_query={"trace": "1"}, timeout=4.0)
    other = cobalt.copy(client_id="ci_2", client_secret="cs_2", default_query={"debug": "1"})
    other.appointments.get("a")
    own = httpx.Client(transport=httpx.MockTransport(mine), headers={"x-proxy-auth": "mine"})
    moved = cobalt.copy(http_client=own)
    moved.appointments.get("a")
    cobalt.appointments.get("a")
    sent = api.requests[0]
    assert sent.headers["client_id"] == "ci_2" and sent.headers["client_secret"] == "cs_2"
    assert dict(sent.url.params) == {"debug": "1"}
    assert moved._http is own and len(mine.requests) == 1 and len(api.requests) == 2
    through = mine.requests[0]
    assert through.headers["x-proxy-auth"] == "mine" and through.headers["client_id"] == CREDS["client_id"]
    assert dict(through.url.params) == {"trace": "1"} and through.extensions["timeout"]["read"] == 4.0
    assert api.requests[1].headers["client_id"] == CREDS["client_id"] and "x-proxy-auth" not in api.requests[1].headers


async def test_a_ready_async_http_client_gets_our_headers_timeouts_and_retries() -> None:
    api = FakeAPI()
    answers = [json_response(503, {}), json_response(200, GET_OK)]
    api.on("GET", "/appointments/a", *(lambda r, a=a: a for a in answers))
    clock = FakeClock()
    own = httpx.AsyncClient(transport=httpx.MockTransport(api), headers={"x-proxy-auth": "mine"})
    cobalt = AsyncCobalt(**CREDS, base_url=BASE, http_client=own, sleep=clock.asleep, clock=clock, timeout=4.0)
    await cobalt.appointments.get("a")
    first = api.requests[0]
    assert first.headers["x-proxy-auth"] == "mine" and first.headers["client_secret"] == CREDS["client_secret"]
    assert first.headers["user-agent"].startswith("cobalt-sdk/")
    assert first.extensions["timeout"]["read"] == 4.0 and len(api.requests) == 2 and len(clock.sleeps) == 1


def test_extra_body_on_a_multipart_upload_is_refused_before_sending() -> None:
    import io

    from cobalt_api_client.types import File

    api = _api()
    document = File(payload=io.BytesIO(b"%PDF-1.4"), file_name="a.pdf", mime_type="application/pdf")
    with pytest.raises(InvalidArgumentError, match="documents_create"):
        make_client(api).documents.create(
            folder_name="Labs", patient_mrn="MRN-1", document=document, extra_body={"k": "v"}
        )
    assert api.requests == []
