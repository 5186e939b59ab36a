"""The sandbox answers what openapi.yaml now states (issue 13): one test per defect."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cobalt_sandbox import DEFAULT_ACCESS_TOKEN, control
from cobalt_sandbox.state import Sandbox
from contract_tests import _spec

LOGIN_REQUIRED = "Account link expired. Please go through the integration setup again."
TOKEN_OPS = [op for op in _spec.operations() if "access_token" in op.security]


def _path(op: _spec.Operation) -> str:
    return op.path.format(**{name: "x1" for name in op.path_params})


@pytest.mark.parametrize("op", TOKEN_OPS, ids=lambda op: op.operation_id)
async def test_expired_link_answers_login_required_everywhere(
    op: _spec.Operation, client: httpx.AsyncClient, sb: Sandbox
) -> None:
    control.expire_token(sb, DEFAULT_ACCESS_TOKEN)
    resp = await client.request(op.method, _path(op))
    assert resp.status_code == 403
    assert resp.json() == {"success": False, "error": "login_required", "message": LOGIN_REQUIRED}


async def test_unknown_token_stays_401(client: httpx.AsyncClient) -> None:
    resp = await client.get("/providers", headers={"access_token": "at_never_issued"})
    assert resp.status_code == 401 and resp.json()["message"] == "User not found."


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "message"),
    [
        ("POST", "/webhook", {"json": {}}, "Missing required field: webhook_url"),
        (
            "POST",
            "/patients/fetch",
            {"json": {}},
            "At least one of the following parameters must be provided: dob, first_name, last_name, phone.",
        ),
        ("POST", "/patients/400000/insurances", {"json": {}}, "Missing required field: insurance_provider_id"),
        ("POST", "/appointments/fetch", {"json": {}}, "Missing required parameters: start_date, end_date."),
        ("GET", "/availability", {"params": {"start_date": "", "end_date": ""}}, None),
    ],
)
async def test_schema_invalid_requests_get_400(
    method: str, path: str, kwargs: dict[str, Any], message: str | None, client: httpx.AsyncClient
) -> None:
    resp = await client.request(method, path, **kwargs)
    assert resp.status_code == 400, resp.text
    if message is not None:
        assert resp.json()["message"] == message


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"search_by": "phone", "dob": "1990-12-31"}, "Missing required parameters: phone."),
        ({"search_by": "mrn", "first_name": "Ada"}, "Missing required parameters: mrn."),
        (
            {"search_by": "name", "dob": "1990-12-31"},
            "At least one of the following parameters must be provided: first_name, last_name.",
        ),
    ],
)
async def test_patients_fetch_names_the_missing_criterion(
    body: dict[str, Any], message: str, client: httpx.AsyncClient
) -> None:
    resp = await client.post("/patients/fetch", json=body)
    assert resp.status_code == 400 and resp.json()["message"] == message


@pytest.mark.parametrize("value", ["Active", "ACTIVE", "inactive"])
async def test_status_any_case(value: str, client: httpx.AsyncClient, sb: Sandbox) -> None:
    provider = sb.store.all("providers")[0]
    location = sb.store.all("locations")[0]
    assert (await client.patch(f"/providers/ehr/{provider['ehr_id']}", json={"status": value})).status_code == 200
    assert (await client.patch(f"/locations/{location['id']}", json={"status": value})).status_code == 200
    assert provider["status"] == location["status"] == value.lower()


async def test_hour_24_shift_is_rejected_and_availability_survives(client: httpx.AsyncClient) -> None:
    hours = [{"day": "Monday", "shifts": [{"start": "T09:00:00", "end": "T24:00:00"}]}]
    resp = await client.patch("/providers/ehr/1000", json={"hours": hours})
    assert resp.status_code == 400
    window = {"start_date": "2024-03-11", "end_date": "2024-03-15"}
    assert (await client.get("/availability", params=window)).status_code == 200
    fetch = await client.post(
        "/availability/fetch", json={**window, "end_date": "2024-03-12", "provider_ids": ["1000"]}
    )
    assert fetch.status_code == 202
    assert (await client.get("/providers")).status_code == 200


async def test_availability_keeps_documented_timestamps(client: httpx.AsyncClient) -> None:
    params = {"start_date": "2024-03-14T00:00:00-07:00", "end_date": "2024-04-14T23:59:59-07:00"}
    assert (await client.get("/availability", params=params)).status_code == 200
    bad = await client.get("/availability", params={"start_date": "14/03/2024", "end_date": "2024-04-14"})
    assert bad.status_code == 400


TE = {"patient_mrn": "400000", "provider_id": "1000", "location_id": "2450", "assigned_to_id": "1001"}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"assigned_to_id": "99999"}, "Staff member with EMR ID '99999' not found."),
        ({"refill_medication_name": "A"}, "Medication name must be between 2 and 50 characters."),
        ({"refill_medication_name": "x" * 51}, "Medication name must be between 2 and 50 characters."),
    ],
)
async def test_telephone_encounter_errors(extra: dict[str, str], message: str, client: httpx.AsyncClient) -> None:
    resp = await client.post("/telephone-encounters", json={**TE, **extra})
    assert resp.status_code == 400 and resp.json()["message"] == message


async def test_unknown_medication_creates_nothing(client: httpx.AsyncClient, sb: Sandbox) -> None:
    resp = await client.post("/telephone-encounters", json={**TE, "refill_medication_name": "Amoxicillin"})
    assert resp.status_code == 400
    assert resp.json()["message"].startswith("Medication 'Amoxicillin' not found. Available medications: Lisinopril")
    assert sb.store.all("telephone_encounters") == []
    ok = await client.post("/telephone-encounters", json={**TE, "refill_medication_name": "metformin"})
    assert ok.status_code == 200 and len(sb.store.all("telephone_encounters")) == 1


async def test_action_id_is_hex(client: httpx.AsyncClient) -> None:
    resp = await client.post("/telephone-encounters/actions", json={"emr_appointment_id": "70001", "text": "Called."})
    action_id = resp.json()["action_id"]
    assert len(action_id) == 32 and int(action_id, 16) >= 0


@pytest.mark.parametrize("dob", ["31/12/1990", "1990-13-01", "<string>"])
async def test_bad_dob_creates_no_patient(dob: str, client: httpx.AsyncClient, sb: Sandbox) -> None:
    before = len(sb.store.all("patients"))
    resp = await client.post(
        "/patients", json={"first_name": "Ada", "last_name": "Lovelace", "dob": dob, "sex": "female"}
    )
    assert resp.status_code == 400 and resp.json()["message"] == "Invalid date format. Use ISO format (YYYY-MM-DD)."
    assert len(sb.store.all("patients")) == before


async def test_appointment_datetime_format(client: httpx.AsyncClient) -> None:
    body = {"mrn": "400000", "provider": "1000", "location": "2450", "type": "f/u", "datetime": "2025-01-01 10:00"}
    resp = await client.post("/appointments", json=body)
    assert resp.status_code == 400 and resp.json()["message"].startswith("Invalid datetime format")


def test_sdk_refuses_a_bad_date_before_sending() -> None:
    from cobalt_sdk import Cobalt, InvalidArgumentError

    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"success": True, "message": "ok", "job_id": 1})

    transport = httpx.MockTransport(record)
    with Cobalt(
        client_id="ci", client_secret="cs", access_token="at", base_url="http://sdk.test/v1", transport=transport
    ) as cobalt:
        with pytest.raises(InvalidArgumentError, match="dob"):
            cobalt.patients.create(first_name="Ada", last_name="Lovelace", dob="31/12/1990")
        with pytest.raises(InvalidArgumentError, match="start_date"):
            cobalt.availability.list(start_date="14/03/2024", end_date="2024-04-14")
        assert not sent
        cobalt.patients.create(first_name="Ada", last_name="Lovelace", dob="1990-12-31")  # ISO strings still work
    assert len(sent) == 1 and b'"dob":"1990-12-31"' in sent[0].content
