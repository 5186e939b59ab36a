"""Arguments as users think of them: numbers are numbers, id lists are lists, every date is checked.

`duration` is an int (as the appointment model returns it) sent as the digit string Cobalt
documents; `time` is a `datetime.time` (or an ISO or 12-hour string) sent on Cobalt's 12-hour
clock; `provider_ids`/`location_ids` are lists on `availability.list` as on `availability.fetch`,
sent comma-separated in one query key; every date and date-time argument of every method refuses a
malformed value by name, before anything is sent.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
from typing import Any

import pytest

from cobalt_api_client.api import RESOURCE_NAMES
from cobalt_sdk import InvalidArgumentError
from cobalt_sdk._runner import SyncRunner

from .fakes import FakeAPI, json_response, make_async_client, make_client

CREATED = {"success": True, "message": "queued", "job_id": "job_1"}
WINDOWS = {"success": True, "results": {"availability": []}}
SECRET = "MRN-4455-1985-13-45"  # stands for patient data: never in a message


def _api() -> FakeAPI:
    api = FakeAPI()
    api.on("POST", "/appointments", lambda r: json_response(200, CREATED))
    api.on("GET", "/availability", lambda r: json_response(200, WINDOWS))
    api.on("GET", "/orders", lambda r: json_response(200, {"success": True, "orders": []}))
    return api


def _create(api: FakeAPI, **extra: Any) -> dict[str, Any]:
    make_client(api).appointments.create(mrn="MRN-1", provider="12241", location="25", type_="7", **extra)
    body: dict[str, Any] = json.loads(api.calls("POST", "/appointments")[-1].content)
    return body


def test_duration_is_an_int_sent_as_its_digits() -> None:
    api = _api()
    assert _create(api, duration=30)["duration"] == "30"
    assert _create(api, duration="45")["duration"] == "45"  # the string form older versions took
    assert "duration" not in _create(api)


@pytest.mark.parametrize("bad", [-1, 1.5, True, "30 min", "٣٠", None])
def test_a_duration_that_is_not_a_whole_number_is_refused_by_name(bad: Any) -> None:
    api = _api()
    with pytest.raises(InvalidArgumentError) as caught:
        _create(api, duration=bad)
    assert caught.value.argument == "duration" and caught.value.operation == "appointments_create"
    assert "whole number" in str(caught.value) and api.requests == []


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (datetime.time(10, 0), "10:00 am"),
        (datetime.time(14, 30), "2:30 pm"),
        (datetime.time(0, 5), "12:05 am"),
        (datetime.time(12, 0), "12:00 pm"),
        ("14:30", "2:30 pm"),
        ("09:15:00", "9:15 am"),
        ("10:00", "10:00 am"),  # the older docs' example, no am/pm: read as ISO 24-hour time
        ("10:00 am", "10:00 am"),  # Cobalt's own form is sent as written
        ("1:30 PM", "1:30 PM"),
    ],
)
def test_a_time_is_a_time_of_day_sent_on_the_12_hour_clock(given: Any, sent: str) -> None:
    api = _api()
    assert _create(api, date=datetime.date(2025, 1, 1), time=given)["time"] == sent
    assert "time" not in _create(api)


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("25:00", "ISO time string"),
        ("13:00 pm", "ISO time string"),
        ("10am", "ISO time string"),
        ("11:45am", "ISO time string"),  # Cobalt's form has a space: `h:mm am/pm`
        (SECRET, "ISO time string"),
        (1000, "not int"),
        (datetime.datetime(2025, 1, 1, 10, 0), "not datetime"),
        (datetime.time(10, 0, 30), "whole minutes"),
        ("10:00:30", "whole minutes"),
        (datetime.time(10, 0, tzinfo=datetime.UTC), "without a UTC offset"),
    ],
)
def test_a_time_that_cannot_be_sent_is_refused_by_name_before_sending(bad: Any, why: str) -> None:
    api = _api()
    with pytest.raises(InvalidArgumentError) as caught:
        _create(api, date="2025-01-01", time=bad)
    assert caught.value.argument == "time" and caught.value.operation == "appointments_create"
    assert why in str(caught.value) and api.requests == []
    assert SECRET not in str(caught.value) and str(bad) not in str(caught.value)


async def test_a_time_is_converted_for_the_async_client_too() -> None:
    api = _api()
    await make_async_client(api).appointments.create(
        mrn="MRN-1", provider="12241", location="25", type_="7", date="2025-01-01", time=datetime.time(16, 0)
    )
    assert json.loads(api.requests[-1].content)["time"] == "4:00 pm"


def test_id_lists_go_out_comma_separated_in_one_key() -> None:
    api = _api()
    cobalt = make_client(api)
    cobalt.availability.list(start_date="2024-03-14", end_date="2024-03-14", provider_ids=["3498234", "9834521"])
    url = api.requests[-1].url
    assert url.params.get_list("provider_ids") == ["3498234,9834521"]
    assert b"provider_ids=3498234%2C9834521" in url.raw_path or b"provider_ids=3498234,9834521" in url.raw_path
    cobalt.availability.list(start_date="2024-03-14", end_date="2024-03-14", location_ids=["1"])
    assert api.requests[-1].url.params.get_list("location_ids") == ["1"]
    assert "provider_ids" not in api.requests[-1].url.params


def test_a_comma_separated_string_still_works() -> None:
    api = _api()
    make_client(api).availability.list(start_date="2024-03-14", end_date="2024-03-14", provider_ids="a,b")  # type: ignore[arg-type]
    assert api.requests[-1].url.params["provider_ids"] == "a,b"


@pytest.mark.parametrize("bad", [[SECRET + ",x"], [""], [1], 7, {"a": 1}])
def test_ids_that_cannot_be_sent_are_refused_by_name(bad: Any) -> None:
    api = _api()
    with pytest.raises(InvalidArgumentError) as caught:
        make_client(api).availability.list(start_date="2024-03-14", end_date="2024-03-14", provider_ids=bad)
    assert caught.value.argument == "provider_ids" and api.requests == []
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)


def test_order_dates_are_dates() -> None:
    api = _api()
    cobalt = make_client(api)
    cobalt.orders.list(patient_mrn="MRN-1", start_date=datetime.date(2024, 1, 1), end_date="2024-03-31")
    assert api.requests[-1].url.params["start_date"] == "2024-01-01"
    assert api.requests[-1].url.params["end_date"] == "2024-03-31"
    with pytest.raises(InvalidArgumentError, match="orders_list: start_date must be an ISO date string"):
        cobalt.orders.list(patient_mrn="MRN-1", start_date="01/01/2024")
    assert len(api.requests) == 1


# ---------------------------------------------------------------------------------------------
# one type per meaning: an argument name means one thing within a resource


def _meaning(annotation: str) -> str:
    """An annotation with its optional part dropped and each enumeration alias (a generated
    `Literal` named after its operation) replaced by the values it allows."""
    import typing

    import cobalt_api_client.models as models

    parts = []
    for part in annotation.split(" | "):
        alias = getattr(models, part, None)
        if part in ("Unset", "None"):
            continue
        parts.append(repr(sorted(typing.get_args(alias))) if typing.get_origin(alias) is typing.Literal else part)
    return " | ".join(sorted(parts))


def test_sibling_operations_give_an_argument_one_type() -> None:
    """`provider_ids` is a list on `availability.list` as on `availability.fetch`, `sex` the same
    three values on `patients.create` as on `patients.update`, and so on for every name."""
    per_call = {"self", "extra_headers", "extra_query", "extra_body", "timeout", "max_retries", "deadline"}
    differing = []
    for resource in RESOURCE_NAMES:
        module = importlib.import_module(f"cobalt_api_client.api.{resource}")
        cls = next(getattr(module, n) for n in module.__all__ if not n.startswith("Async"))
        seen: dict[str, dict[str, str]] = {}
        for method, fn in vars(cls).items():
            if method.startswith("_") or not inspect.isfunction(fn):
                continue
            for name, parameter in inspect.signature(fn).parameters.items():
                if name not in per_call:
                    seen.setdefault(name, {})[method] = _meaning(str(parameter.annotation))
        differing += [(resource, name, types) for name, types in seen.items() if len(set(types.values())) > 1]
    assert differing == []
    sex = _meaning("PatientsCreateRequestSex | Unset")
    assert sex == _meaning("PatientsUpdateRequestSex") == "['female', 'male', 'unknown']"


# ---------------------------------------------------------------------------------------------
# every date and date-time argument of every method, found from the signatures


def _date_arguments() -> list[tuple[str, str, str, str]]:
    found = []
    for resource in RESOURCE_NAMES:
        module = importlib.import_module(f"cobalt_api_client.api.{resource}")
        cls = next(getattr(module, n) for n in module.__all__ if not n.startswith("Async"))
        for method, fn in vars(cls).items():
            if method.startswith("_") or not inspect.isfunction(fn):
                continue
            for name, parameter in inspect.signature(fn).parameters.items():
                annotation = str(parameter.annotation)
                if "datetime.datetime | str" in annotation:
                    found.append((resource, method, name, "datetime"))
                elif "datetime.date | str" in annotation:
                    found.append((resource, method, name, "date"))
    return found


DATE_ARGUMENTS = _date_arguments()


def _filler(annotation: str) -> Any:
    """A value that passes the argument's own check (only the argument under test is bad)."""
    if "datetime.datetime | str" in annotation:
        return datetime.datetime(2024, 3, 14, 10, tzinfo=datetime.UTC)
    if "datetime.date | str" in annotation:
        return datetime.date(2024, 3, 14)
    if annotation.startswith("builtins.list[str]"):
        return ["x"]
    if annotation.startswith("int"):
        return 1
    return None


def test_the_date_arguments_are_found() -> None:
    names = {(r, m, n) for r, m, n, _ in DATE_ARGUMENTS}
    assert {
        ("patients", "create", "dob"),
        ("appointments", "create", "datetime_"),
        ("orders", "list", "start_date"),
    } <= names
    assert len(DATE_ARGUMENTS) >= 28


@pytest.mark.parametrize(("resource", "method", "name", "kind"), DATE_ARGUMENTS, ids=lambda v: str(v))
def test_every_date_argument_is_checked_before_sending(
    resource: str, method: str, name: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = FakeAPI()
    cobalt = make_client(api)
    sent: list[str] = []
    monkeypatch.setattr(SyncRunner, "request", lambda self, *a, **k: sent.append("request"))
    monkeypatch.setattr(SyncRunner, "paginate", lambda self, *a, **k: sent.append("paginate"))
    monkeypatch.setattr(SyncRunner, "job", lambda self, *a, **k: sent.append("job"))
    fn = getattr(getattr(cobalt, resource), method)
    parameters = inspect.signature(fn).parameters
    positional = [_filler(str(p.annotation)) for p in parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    keywords = {
        n: _filler(str(p.annotation))
        for n, p in parameters.items()
        if p.kind is p.KEYWORD_ONLY and p.default is inspect.Parameter.empty
    }
    with pytest.raises(InvalidArgumentError) as caught:
        fn(*positional, **{**keywords, name: SECRET})
    assert caught.value.argument == name
    assert f"must be an ISO {'date-time' if kind == 'datetime' else 'date'} string" in str(caught.value)
    assert SECRET not in str(caught.value) and sent == [] and api.requests == []
    # the same argument as a date object or an ISO string is accepted
    good = "2024-03-14T10:00:00Z" if kind == "datetime" else "2024-03-14"
    fn(*positional, **{**keywords, name: good})
    assert len(sent) == 1
