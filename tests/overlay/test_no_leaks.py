"""Secrets and patient data never appear in logs, reprs or exception text: during failing calls, and
in the reprs of what successful calls and webhook deliveries return."""

from __future__ import annotations

import io
import json
import logging
import traceback
from collections.abc import Callable, Iterator

import httpx
import pytest

from cobalt_sdk import APIStatusError, CobaltError
from cobalt_sdk.webhooks import construct_event, sign

from .fakes import CREDS, FakeAPI, TEArgs, answer_read_and_write, call_read_or_write, json_response, make_client

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


def test_values_sent_inside_a_list_are_redacted_when_echoed(caplog: pytest.LogCaptureFixture) -> None:
    """Every item of a list argument is a value the caller sent: Cobalt's echo of it stays out of the
    error text, like a scalar argument's."""
    caplog.set_level(logging.DEBUG)
    api = FakeAPI()
    api.on("POST", "/appointments/fetch", echoing(400))  # type: ignore[arg-type]
    providers = ["PROV-SECRET-1187", "PROV-SECRET-2293"]
    with pytest.raises(APIStatusError) as info:
        make_client(api).appointments.fetch(
            search_by="provider", start_date="2025-01-01", end_date="2025-01-01", provider_ids=providers
        )
    err = info.value
    blob = "\n".join([str(err), repr(err), str(err.args), "".join(traceback.format_exception(err))])
    blob += "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("cobalt_sdk"))
    assert err.status_code == 400 and "Record not found" in str(err)  # the echo itself is shown, redacted
    for value in providers:
        assert value not in blob, value


SECRETS = (CREDS["client_secret"], CREDS["access_token"])
STATUSES = [400, 401, 403, 404, 409, 422, 429, 500, 503]


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """Everything every logger writes at DEBUG, formatted with args, tracebacks included."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def echo_secrets(status: int) -> Callable[[httpx.Request], httpx.Response]:
    """A server whose error text echoes the credentials it received, in every field it has."""

    def handler(request: httpx.Request) -> httpx.Response:
        secret, token = request.headers["client_secret"], request.headers["access_token"]
        echoed = f"bad credentials client_secret={secret} access_token={token} (url-encoded: {token}%20)"
        body = {"success": False, "message": echoed, "error": f"invalid_token:{token}", "detail": secret}
        return json_response(status, body, {"Retry-After": "0", "x-echo": token})

    return handler


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("status", STATUSES)
def test_echoed_secrets_never_reach_error_text_or_logs(status: int, method: str, debug_log: io.StringIO) -> None:
    api = FakeAPI()
    answer_read_and_write(api, echo_secrets(status))
    with pytest.raises(APIStatusError) as info:
        call_read_or_write(make_client(api), method, PATIENT)
    err = info.value
    assert err.status_code == status and "bad credentials" in err.message
    logging.getLogger("app").exception("call failed", exc_info=err)  # what an app's error log shows
    texts = [str(err), repr(err), err.message, str(err.code), *traceback.format_exception(err), debug_log.getvalue()]
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, (secret, text)


def test_secrets_in_a_transport_error_chain_are_redacted(debug_log: io.StringIO) -> None:
    # h11 names an illegal header value in its message: here, a token with a stray newline
    def refuse(request: httpx.Request) -> httpx.Response:
        token = request.headers["access_token"]
        try:
            raise OSError(f"socket refused {token}")
        except OSError as exc:
            raise httpx.LocalProtocolError(f"Illegal header value b'{token}\\n'", request=request) from exc

    api = FakeAPI()
    api.on("GET", "/appointments/a", refuse)
    with pytest.raises(CobaltError) as info:
        make_client(api).appointments.get("a")
    logging.getLogger("app").error("call failed", exc_info=info.value)
    texts = [str(info.value), repr(info.value), *traceback.format_exception(info.value), debug_log.getvalue()]
    assert "LocalProtocolError" in "".join(texts)  # the cause is still shown, minus the secret
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, (secret, text)


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


WEBHOOK_SECRET = "whsec_LEAKCHECK_8f3a"


def test_webhook_secrets_never_reach_errors_or_logs(debug_log: io.StringIO) -> None:
    """Bad deliveries, including ones that carry the secret itself where a signature or a value
    belongs, are rejected without the secret in any exception text, traceback or log line."""
    from cobalt_sdk.webhooks import WebhookReceiver

    good = json.dumps({"id": "evt_1", "object": "event", "type": "patient.created", "data": {"x": WEBHOOK_SECRET}})
    deliveries: list[tuple[str, dict[str, str]]] = [
        (good, {"cobalt-verification": WEBHOOK_SECRET}),  # the secret where the signature goes
        (good, {"cobalt-verification": sign(good, "another-secret")}),
        (good, {}),
        ("{not json " + WEBHOOK_SECRET, {"cobalt-verification": "0" * 64}),
        (good, {"cobalt-verification": sign(good, WEBHOOK_SECRET)}),  # valid signature, invalid event
    ]
    texts: list[str] = []
    for body, headers in deliveries:
        with pytest.raises(CobaltError) as info:
            construct_event(body, headers, [WEBHOOK_SECRET])
        texts += [str(info.value), repr(info.value), *traceback.format_exception(info.value)]
    receiver = WebhookReceiver([WEBHOOK_SECRET], handler=lambda event: None)
    answers = [receiver.handle(body, headers) for body, headers in deliveries]
    assert all(answer.status >= 400 for answer in answers)
    texts += [repr(receiver), debug_log.getvalue()]
    for text in texts:
        assert WEBHOOK_SECRET not in text, text
