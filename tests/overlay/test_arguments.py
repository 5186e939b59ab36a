"""Arguments: ISO strings for dates, plain strings for enumerations, and a clear error (naming the
operation and the argument, never the value) when an argument cannot be sent, with nothing sent."""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx
import pytest

from cobalt_api_client.models import ProviderHoursInput, ProviderShiftInput
from cobalt_sdk import APIResponseValidationError, CobaltError, InvalidArgumentError

from .fakes import FakeAPI, json_response, make_async_client, make_client

LIST_OK = {"success": True, "appointments": []}
PROVIDER_OK: dict[str, Any] = {"success": True, "message": "updated", "provider_id": "p1"}
SECRET_DOB = "1985-13-45"  # a malformed date of birth: patient data, so never in a message


def _api() -> FakeAPI:
    api = FakeAPI()
    api.on("GET", "/appointments", lambda r: json_response(200, LIST_OK))
    api.on("GET", "/patients", lambda r: json_response(200, {"success": True, "patients": []}))
    api.on("PATCH", "/providers/p1", lambda r: json_response(200, PROVIDER_OK))
    return api


def test_dates_accept_iso_strings_as_in_the_docs() -> None:
    api = _api()
    make_client(api).appointments.list(start_date="2024-03-14", end_date=datetime.date(2024, 4, 14))
    params = api.requests[0].url.params
    assert params["start_date"] == "2024-03-14" and params["end_date"] == "2024-04-14"


async def test_dates_accept_iso_strings_async() -> None:
    api = _api()
    async with make_async_client(api) as cobalt:
        await cobalt.appointments.list(start_date="2024-03-14", end_date="2024-04-14")
    assert api.requests[0].url.params["end_date"] == "2024-04-14"


@pytest.mark.parametrize("bad", [SECRET_DOB, "14/03/2024", 20240314, object()])
def test_a_bad_date_is_refused_by_name_before_sending(bad: Any) -> None:
    api = _api()
    with pytest.raises(InvalidArgumentError) as info:
        make_client(api).patients.list(dob=bad)
    err = info.value
    assert isinstance(err, CobaltError) and isinstance(err, ValueError) and isinstance(err, TypeError)
    assert err.operation == "patients_list" and err.argument == "dob"
    assert str(err).startswith("patients_list: dob must be")
    assert SECRET_DOB not in str(err) and "14/03/2024" not in str(err) and SECRET_DOB not in repr(err)
    assert api.requests == []


def test_enumerations_are_plain_strings() -> None:
    api = _api()
    make_client(api).providers.update("p1", status="active", hide_in_availability="true")
    body = json.loads(api.requests[0].content)
    assert body["status"] == "active"


def test_an_argument_that_cannot_be_serialised_is_an_argument_error_not_a_response_error() -> None:
    api = _api()
    cobalt = make_client(api)
    wrong: Any = [{"day": "Monday", "shifts": []}]  # dicts where the signature asks for models
    with pytest.raises(InvalidArgumentError, match=r"^providers_update: the arguments cannot be sent") as info:
        cobalt.providers.update("p1", hours=wrong)
    assert info.value.operation == "providers_update"
    assert isinstance(info.value.__cause__, AttributeError)
    assert api.requests == []  # nothing sent, and not retried

    right = [ProviderHoursInput(day="Monday", shifts=[ProviderShiftInput(start="09:00", end="17:00")])]
    cobalt.providers.update("p1", hours=right)
    assert json.loads(api.requests[0].content)["hours"][0]["shifts"][0]["start"] == "09:00"


def test_a_bad_response_is_still_a_response_error() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments", lambda r: httpx.Response(200, content=b"not json"))
    with pytest.raises(APIResponseValidationError):
        make_client(api).appointments.list(start_date="2024-03-14", end_date="2024-04-14")
    assert len(api.requests) == 1


def test_date_time_arguments_take_iso_strings_too() -> None:
    # No operation has a date-time argument today; the conversion is there for the next one.
    from cobalt_api_client.types import UNSET
    from cobalt_sdk._args import as_datetime
    from cobalt_sdk._types import Operation

    op = Operation(name="future_op", method="GET", path="/future", requires_access_token=True)
    parsed = as_datetime(op, "at", "2024-03-14T10:00:00Z")
    assert parsed == datetime.datetime(2024, 3, 14, 10, 0, tzinfo=datetime.UTC)
    assert as_datetime(op, "at", UNSET) is UNSET
    with pytest.raises(InvalidArgumentError, match=r"^future_op: at must be an ISO date-time string"):
        as_datetime(op, "at", "14 March")
    with pytest.raises(InvalidArgumentError, match=r"not date$"):
        as_datetime(op, "at", datetime.date(2024, 3, 14))  # type: ignore[call-overload]
