"""Config, auth headers, typed results and the error hierarchy of the overlay client."""

from __future__ import annotations

import datetime

import httpx
import pytest

from cobalt_api_client.models import AppointmentsGetResponse, WebhooksListResponse
from cobalt_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Cobalt,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from cobalt_sdk._errors import APIStatusError, PermissionDeniedError

from .fakes import APPOINTMENT, BASE, CREDS, FakeAPI, json_response, make_client

WEBHOOKS: dict[str, object] = {"success": True, "webhook_url": None, "webhook_urls": [], "webhook_secret_key": None}


def test_env_vars_fill_missing_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COBALT_CLIENT_ID", "env_id")
    monkeypatch.setenv("COBALT_CLIENT_SECRET", "env_secret")
    monkeypatch.setenv("COBALT_ACCESS_TOKEN", "env_token")
    monkeypatch.setenv("COBALT_BASE_URL", "https://env.example/v1/")
    api = FakeAPI()
    api.on("GET", "/webhook", lambda r: json_response(200, WEBHOOKS))
    with Cobalt(client_id="arg_id", transport=httpx.MockTransport(api)) as cobalt:
        assert cobalt.base_url == "https://env.example/v1"
        cobalt.webhooks.list()
    sent = api.requests[0].headers
    assert (sent["client_id"], sent["client_secret"], sent["access_token"]) == ("arg_id", "env_secret", "env_token")


def test_default_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COBALT_BASE_URL", raising=False)
    with Cobalt(client_id="a", client_secret="b") as cobalt:
        assert cobalt.base_url == "https://api.usecobalt.com/v1"


@pytest.mark.parametrize(
    ("missing", "variable"), [("client_id", "COBALT_CLIENT_ID"), ("client_secret", "COBALT_CLIENT_SECRET")]
)
def test_missing_credential_names_argument_and_variable(
    monkeypatch: pytest.MonkeyPatch, missing: str, variable: str
) -> None:
    for name in ("COBALT_CLIENT_ID", "COBALT_CLIENT_SECRET", "COBALT_ACCESS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    kwargs: dict[str, str] = {k: str(v) for k, v in CREDS.items() if k != missing}
    with pytest.raises(ConfigurationError) as info:
        Cobalt(client_id=kwargs.get("client_id"), client_secret=kwargs.get("client_secret"))
    assert missing in str(info.value) and variable in str(info.value)


def test_two_header_operations_work_without_access_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COBALT_ACCESS_TOKEN", raising=False)
    api = FakeAPI()
    api.on("GET", "/webhook", lambda r: json_response(200, WEBHOOKS))
    cobalt = make_client(api, access_token=None)
    assert isinstance(cobalt.webhooks.list(), WebhooksListResponse)
    assert "access_token" not in api.requests[0].headers
    with pytest.raises(ConfigurationError, match="COBALT_ACCESS_TOKEN"):
        cobalt.appointments.get("appt_1")
    assert len(api.requests) == 1  # nothing was sent for the second call


def test_success_returns_typed_model_and_sends_auth_headers() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/appt_1", lambda r: json_response(200, {"success": True, "appointments": APPOINTMENT}))
    result = make_client(api).appointments.get("appt_1")
    assert isinstance(result, AppointmentsGetResponse)
    headers = api.requests[0].headers
    assert all(headers[k] == v for k, v in CREDS.items())
    assert str(api.requests[0].url) == f"{BASE}/appointments/appt_1"


def test_query_parameters_are_serialised() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments", lambda r: json_response(200, {"success": True, "appointments": []}))
    make_client(api).appointments.list(start_date=datetime.date(2024, 3, 14), end_date=datetime.date(2024, 4, 14))
    params = api.requests[0].url.params
    assert params["start_date"] == "2024-03-14" and params["end_date"] == "2024-04-14"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_error_statuses_raise_typed_errors(status: int, cls: type[APIStatusError]) -> None:
    api = FakeAPI()
    api.on(
        "GET",
        "/appointments/appt_1",
        lambda r: json_response(status, {"success": False, "message": "Something broke."}),
    )
    with pytest.raises(cls) as info:
        make_client(api, max_retries=0).appointments.get("appt_1")
    err = info.value
    assert err.status_code == status and err.message == "Something broke." and err.operation == "appointments_get"
    assert "appointments_get" in str(err) and str(status) in str(err)


def test_non_json_error_body_still_raises_by_status() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/appt_1", lambda r: httpx.Response(502, content=b"<html>bad gateway</html>"))
    with pytest.raises(InternalServerError) as info:
        make_client(api, max_retries=0).appointments.get("appt_1")
    assert info.value.status_code == 502


def test_response_missing_required_field_is_a_clear_error() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/appt_1", lambda r: json_response(200, {"appointments": APPOINTMENT}))
    with pytest.raises(APIResponseValidationError, match="missing field 'success'"):
        make_client(api).appointments.get("appt_1")


def test_non_json_success_body_is_a_clear_error() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/appt_1", lambda r: httpx.Response(200, content=b"not json"))
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        make_client(api).appointments.get("appt_1")


def test_unknown_extra_fields_are_kept() -> None:
    api = FakeAPI()
    body = {"success": True, "appointments": {**APPOINTMENT, "brand_new_field": 7}, "also_new": True}
    api.on("GET", "/appointments/appt_1", lambda r: json_response(200, body))
    result = make_client(api).appointments.get("appt_1")
    assert result.additional_properties == {"also_new": True}


def test_connection_and_timeout_errors() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    api = FakeAPI()
    api.on("GET", "/appointments/a", refuse)
    api.on("GET", "/appointments/b", slow)
    cobalt = make_client(api, max_retries=0)
    with pytest.raises(APIConnectionError):
        cobalt.appointments.get("a")
    with pytest.raises(APITimeoutError):
        cobalt.appointments.get("b")


def test_default_and_per_call_timeouts_reach_the_request() -> None:
    seen: list[dict[str, float | None]] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return json_response(200, {"success": True, "appointments": APPOINTMENT})

    api = FakeAPI()
    api.on("GET", "/appointments/a", record)
    cobalt = make_client(api)
    cobalt.appointments.get("a")
    cobalt.appointments.get("a", timeout=2.5)
    cobalt.with_options(timeout=7.0).appointments.get("a")
    assert seen[0]["read"] == 30.0 and seen[0]["connect"] == 5.0
    assert seen[1]["read"] == 2.5
    assert seen[2]["read"] == 7.0


def test_one_connection_pool_shared_by_with_options() -> None:
    api = FakeAPI()
    cobalt = make_client(api)
    other = cobalt.with_options(max_retries=0)
    assert other._generated.get_httpx_client() is cobalt._generated.get_httpx_client()
    assert other.max_retries == 0 and cobalt.max_retries == 2
    cobalt.close()
    assert cobalt._generated.get_httpx_client().is_closed


def test_login_required_code_is_exposed() -> None:
    api = FakeAPI()
    body = {"success": False, "message": "Please log in again.", "error": "login_required"}
    api.on("GET", "/appointments/a", lambda r: json_response(403, body))
    with pytest.raises(PermissionDeniedError) as info:
        make_client(api).appointments.get("a")
    assert info.value.code == "login_required"
