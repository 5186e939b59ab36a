"""Secrets and patient data never appear in logs, reprs or exception text: during failing calls, and
in the reprs of what successful calls and webhook deliveries return."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from cobalt_sdk import CobaltError
from cobalt_sdk.webhooks import construct_event, sign

from .fakes import CREDS, FakeAPI, TEArgs, json_response, make_client

PATIENT = TEArgs(
    patient_mrn="MRN-SECRET-4471", provider_id="99999", location_id="LOC-7781", assigned_to_id="ASSIGNEE-5"
)
SENSITIVE: list[str] = [CREDS["client_secret"], CREDS["access_token"], *[str(v) for v in PATIENT.values()], "Tremaine"]


def echoing(status: int) -> object:
    def handler(request: httpx.Request) -> httpx.Response:
        # Cobalt's messages echo what was sent: ids from the path and values from the body.
        echoed = request.content.decode() or request.url.path
        return json_response(
            status,
            {"success": False, "message": f"Record not found: {echoed}"},
            {"Retry-After": "0"},
        )

    return handler


@pytest.mark.parametrize("status", [200, 400, 401, 404, 429, 500, 503])
def test_failing_calls_leak_nothing(status: int, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    api = FakeAPI()
    api.on("POST", "/telephone-encounters", echoing(status))  # type: ignore[arg-type]
    api.on("GET", "/appointments/MRN-SECRET-4471", echoing(status))  # type: ignore[arg-type]
    cobalt = make_client(api)
    texts = [repr(cobalt), str(cobalt._credentials)]
    for call in (
        lambda: cobalt.telephone_encounters.create(**PATIENT, reason="Tremaine called about results"),
        lambda: cobalt.appointments.get("MRN-SECRET-4471"),
    ):
        with pytest.raises(CobaltError) as info:
            call()
        err = info.value
        texts += [str(err), repr(err), str(err.args)]
        if err.__cause__ is not None:
            texts.append(str(err.__cause__))
    texts += [r.getMessage() for r in caplog.records if r.name.startswith("cobalt_sdk")]
    blob = "\n".join(texts)
    assert "appointments_get" in blob  # the operation is named
    for value in SENSITIVE:
        assert value not in blob, value


def test_transport_failure_leaks_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused {request.url}", request=request)

    api = FakeAPI()
    api.on("GET", "/appointments/MRN-SECRET-4471", refuse)
    with pytest.raises(CobaltError) as info:
        make_client(api).appointments.get("MRN-SECRET-4471")
    blob = "\n".join(
        [
            str(info.value),
            repr(info.value),
            *[r.getMessage() for r in caplog.records if r.name.startswith("cobalt_sdk")],
        ]
    )
    for value in SENSITIVE:
        assert value not in blob, value


def test_results_and_deliveries_show_no_patient_values_in_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    appointment = {"id": "appt_1", "patient_mrn": "MRN-SECRET-4471", "patient_name": "Tremaine Doe"}
    api = FakeAPI()
    api.on("GET", "/appointments/appt_1", lambda r: json_response(200, {"success": True, "appointments": appointment}))
    api.on(
        "POST",
        "/telephone-encounters",
        lambda r: json_response(
            200, {"success": True, "message": "queued", "job_id": 7, "telephone_encounter_id": "te"}
        ),
    )
    cobalt = make_client(api)
    result = cobalt.appointments.get("appt_1")
    job = cobalt.telephone_encounters.create(**PATIENT, reason="Tremaine called about results")
    body = json.dumps(
        {
            "id": "evt_1",
            "object": "event",
            "type": "telephone_encounter.created",
            "created": "2024-03-14T10:00:00Z",
            "access_token_reference_id": "clinic_1",
            "job_id": "7",
            "data": {
                "telephone_encounter_id": "te",
                "emr_encounter_id": "ENC-1",
                "reason": "Tremaine called about results",
                **PATIENT,
            },
        }
    )
    delivery = construct_event(body, {"cobalt-verification": sign(body, "whsec")}, ["whsec"], tolerance=None)
    texts = [repr(result), str(result), repr(job), repr(job.response), repr(delivery), str(delivery.event)]
    texts += [r.getMessage() for r in caplog.records if r.name.startswith("cobalt_sdk")]
    blob = "\n".join(texts)
    assert "TelephoneEncounterCreatedEvent(" in blob and "values hidden" in blob
    for value in SENSITIVE:
        assert value not in blob, value
