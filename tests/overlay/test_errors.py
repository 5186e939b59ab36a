"""What the SDK raises: every transport and decoding failure is a `CobaltError`; `success: false` on
a 2xx raises for every kind of operation; an expired account link is a `LoginRequiredError`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from cobalt_api_client.models import (
    AppointmentsListResponse,
    PatientsUpdateResponse,
    TelephoneEncountersCreateResponse,
)
from cobalt_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    BadRequestError,
    Cobalt,
    CobaltError,
    ConfigurationError,
    InternalServerError,
    InvalidArgumentError,
    LoginRequiredError,
    PermissionDeniedError,
    UnsuccessfulResponseError,
)

from .fakes import (
    TE_ARGS,
    FakeAPI,
    answer_read_and_write,
    appointments_page,
    call_read_or_write,
    json_response,
    make_async_client,
    make_client,
)

LOGIN_REQUIRED = {
    "success": False,
    "error": "login_required",
    "message": "Account link expired. Please go through the integration setup again.",
}
REFUSED = {"success": False, "message": "Patient is inactive", "error": "patient_inactive"}
REFUSED_JOB = {**REFUSED, "telephone_encounter_id": "te_1", "job_id": 1}
REFUSED_LIST = {**REFUSED, "appointments": []}


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body streamed as a real transport streams it (decoded only when httpx reads it)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __iter__(self) -> Iterator[bytes]:
        yield self.data

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.data


def gzip_garbage(status: int) -> Callable[[httpx.Request], httpx.Response]:
    headers = {"content-encoding": "gzip", "content-type": "application/json"}
    return lambda r: httpx.Response(status, stream=_Chunks(b"\x1f\x8b this is not gzip"), headers=headers)


# --- decoding and transport failures --------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_corrupt_gzip_success_body_is_a_validation_error_sent_once(method: str) -> None:
    api = FakeAPI()
    answer_read_and_write(api, gzip_garbage(200))
    with pytest.raises(APIResponseValidationError, match="cannot be read") as info:
        call_read_or_write(make_client(api), method)
    assert isinstance(info.value.__cause__, httpx.DecodingError)
    assert len(api.requests) == 1  # a body that arrived broken is not asked for again


async def test_corrupt_gzip_body_async() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", gzip_garbage(200))
    async with make_async_client(api) as cobalt:
        with pytest.raises(APIResponseValidationError):
            await cobalt.appointments.get("a")


@pytest.mark.parametrize(("status", "cls"), [(400, BadRequestError), (503, InternalServerError)])
def test_corrupt_gzip_error_body_keeps_the_status(status: int, cls: type[APIStatusError]) -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", gzip_garbage(status))
    with pytest.raises(cls) as info:
        make_client(api, max_retries=0).appointments.get("a")
    assert info.value.status_code == status


async def test_corrupt_gzip_error_body_async() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", gzip_garbage(404))
    async with make_async_client(api, max_retries=0) as cobalt:
        with pytest.raises(APIStatusError) as info:
            await cobalt.appointments.get("a")
    assert info.value.status_code == 404


def raising(exc: Callable[[httpx.Request], Exception]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc(request)

    return handler


@pytest.mark.parametrize(
    ("make", "cls", "sends"),
    [
        (lambda r: httpx.UnsupportedProtocol("no transport for this scheme", request=r), APIConnectionError, 1),
        (lambda r: httpx.LocalProtocolError("Illegal header value", request=r), APIConnectionError, 1),
        (lambda r: httpx.TooManyRedirects("Exceeded redirects.", request=r), APIResponseValidationError, 1),
        (lambda r: httpx.StreamConsumed(), APIConnectionError, 1),
        (lambda r: httpx.DecodingError("bad chunk", request=r), APIResponseValidationError, 1),
        # a transport failure that may pass: a read is tried 1 + max_retries times
        (lambda r: httpx.ProxyError("proxy refused", request=r), APIConnectionError, 3),
    ],
)
def test_every_httpx_failure_is_a_cobalt_error(
    make: Callable[[httpx.Request], Exception], cls: type[CobaltError], sends: int
) -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", raising(make))
    with pytest.raises(cls) as info:
        make_client(api).appointments.get("a")
    assert type(info.value.__cause__) is type(make(api.requests[0]))
    assert len(api.requests) == sends  # what would fail the same way again is sent once


def test_invalid_url_from_an_argument_is_an_invalid_argument_error() -> None:
    api = FakeAPI()
    name = "Carlos Garcia " * 5000  # a query string past httpx's URL length limit
    with pytest.raises(InvalidArgumentError) as info:
        make_client(api).appointments.list(start_date="2024-03-14", end_date="2024-04-14", patient_name=name)
    assert info.value.operation == "appointments_list" and "Carlos" not in str(info.value)
    assert isinstance(info.value.__cause__, httpx.InvalidURL)
    assert api.requests == []


@pytest.mark.parametrize("url", ["ftp://api.example/v1", "http://[::1/v1", "api.usecobalt.com/v1"])
def test_unusable_base_url_is_a_configuration_error(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        Cobalt(client_id="a", client_secret="b", base_url=url)


# --- success: false on a 2xx ----------------------------------------------------------------


def _parses(model: Any, body: dict[str, Any]) -> None:
    """The body is a valid response of its model: the SDK's only reason to raise is `success`."""
    assert model.from_dict(body).success is False


def _check_unsuccessful(err: UnsuccessfulResponseError, operation: str) -> None:
    assert err.status_code == 200 and err.code == "patient_inactive" and err.message == "Patient is inactive"
    assert err.operation == operation and "HTTP 200" in str(err)
    assert not isinstance(err, BadRequestError)


def test_success_false_with_200_raises() -> None:
    """A plain operation (`patients.update`) answered 200 with a body that parses but says no."""
    _parses(PatientsUpdateResponse, REFUSED)
    api = FakeAPI()
    api.on("PATCH", "/patients/p1", lambda r: json_response(200, REFUSED))
    with pytest.raises(UnsuccessfulResponseError) as info:
        make_client(api).patients.update("p1", phone="555-0100")
    _check_unsuccessful(info.value, "patients_update")
    assert len(api.requests) == 1


def test_success_false_raises_for_a_job_operation() -> None:
    _parses(TelephoneEncountersCreateResponse, REFUSED_JOB)
    api = FakeAPI()
    api.on("POST", "/telephone-encounters", lambda r: json_response(200, REFUSED_JOB))
    with pytest.raises(UnsuccessfulResponseError) as info:
        make_client(api).telephone_encounters.create(**TE_ARGS)
    _check_unsuccessful(info.value, "telephone_encounters_create")


def test_success_false_raises_for_a_list_on_any_page() -> None:
    _parses(AppointmentsListResponse, REFUSED_LIST)
    api = FakeAPI()
    api.on("GET", "/appointments", lambda r: json_response(200, REFUSED_LIST))
    cobalt = make_client(api)
    with pytest.raises(UnsuccessfulResponseError) as info:
        cobalt.appointments.list(start_date="2024-03-14", end_date="2024-04-14")
    _check_unsuccessful(info.value, "appointments_list")
    # the refusal on page 2 of a walk raises as well
    api.on(
        "GET",
        "/appointments",
        lambda r: json_response(200, appointments_page(1, 2)),
        lambda r: json_response(200, REFUSED_LIST),
    )
    pager = cobalt.appointments.list(start_date="2024-03-14", end_date="2024-04-14")
    with pytest.raises(UnsuccessfulResponseError):
        list(pager)


def test_success_false_raises_async_for_each_kind() -> None:
    api = FakeAPI()
    api.on("PATCH", "/patients/p1", lambda r: json_response(200, REFUSED))
    api.on("POST", "/telephone-encounters", lambda r: json_response(200, REFUSED_JOB))
    api.on("GET", "/appointments", lambda r: json_response(200, REFUSED_LIST))

    async def run() -> list[str]:
        seen = []
        async with make_async_client(api) as cobalt:
            for call in (
                lambda: cobalt.patients.update("p1", phone="555-0100"),
                lambda: cobalt.telephone_encounters.create(**TE_ARGS),
                lambda: cobalt.appointments.list(start_date="2024-03-14", end_date="2024-04-14"),
            ):
                with pytest.raises(UnsuccessfulResponseError) as info:
                    await call()
                seen.append(str(info.value.operation))
        return seen

    assert asyncio.run(run()) == ["patients_update", "telephone_encounters_create", "appointments_list"]


def test_success_false_in_a_body_that_does_not_parse_still_raises() -> None:
    api = FakeAPI()
    api.on("POST", "/telephone-encounters", lambda r: json_response(200, REFUSED))  # no job_id
    with pytest.raises(UnsuccessfulResponseError) as info:
        make_client(api).telephone_encounters.create(**TE_ARGS)
    assert info.value.code == "patient_inactive"


# --- login_required -------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_login_required_is_its_own_permission_error(method: str) -> None:
    api = FakeAPI()
    answer_read_and_write(api, lambda r: json_response(403, LOGIN_REQUIRED))
    with pytest.raises(LoginRequiredError) as info:
        call_read_or_write(make_client(api), method)
    err = info.value
    assert isinstance(err, PermissionDeniedError) and err.status_code == 403 and err.code == "login_required"
    assert err.message == LOGIN_REQUIRED["message"]
    text = str(err)
    assert "update mode" in text and "access_token" in text and "Cobalt Link" in text
    assert len(api.requests) == 1


def test_other_403_stays_a_plain_permission_error() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(403, {"success": False, "message": "Forbidden"}))
    with pytest.raises(PermissionDeniedError) as info:
        make_client(api).appointments.get("a")
    assert type(info.value) is PermissionDeniedError and "update mode" not in str(info.value)


def test_login_required_is_exported() -> None:
    import cobalt_sdk

    assert "LoginRequiredError" in cobalt_sdk.__all__ and "UnsuccessfulResponseError" in cobalt_sdk.__all__


def test_readme_lists_every_error_class() -> None:
    import pathlib

    import cobalt_sdk

    readme = (pathlib.Path(__file__).parents[2] / "README.md").read_text()
    section = readme.split("## Errors", 1)[1].split("\n## ", 1)[0]
    classes = [n for n in cobalt_sdk.__all__ if isinstance(getattr(cobalt_sdk, n), type)]
    errors = [n for n in classes if issubclass(getattr(cobalt_sdk, n), cobalt_sdk.CobaltError)]
    assert len(errors) >= 20
    assert [n for n in errors if n not in section] == []
