"""PHI-safe transport logging: with every logger at DEBUG, no secret and no patient value sent to
Cobalt appears in any log line, httpx's request lines and httpcore's trace lines included.

A real loopback server (the sandbox on 127.0.0.1) is used because httpcore only runs, and logs,
on a real connection; `httpx.MockTransport` would skip it.
"""

from __future__ import annotations

import asyncio
import io
import logging
import threading
from collections.abc import Iterator

import httpx
import pytest

from cobalt_sandbox import SandboxConfig
from cobalt_sandbox.server import RunningServer, serve
from cobalt_sdk import AsyncCobalt, Cobalt, CobaltError
from cobalt_sdk._logfilter import LOGGERS, TransportLogFilter

from .fakes import APPOINTMENT, BASE, CREDS, json_response

SECRET, TOKEN = "cs_LOGTEST_s3cr3t_9d1", "at_LOGTEST_t0ken_4c7"
MRN, FIRST, LAST, DOB, PHONE = "MRN-PHI-7741", "Zebulon", "Quackenbush", "1961-07-04", "555-0142"
SENT = [SECRET, TOKEN, MRN, FIRST, LAST, DOB, PHONE, f"{FIRST}+{LAST}", f"{FIRST}%20{LAST}"]


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with serve(SandboxConfig(client_secret=SECRET, access_token=TOKEN, job_delay=0.05)) as running:
        yield running


@pytest.fixture
def every_line() -> Iterator[io.StringIO]:
    """Root and every logger known so far at DEBUG; one handler captures every formatted line of
    the test's own thread (the SDK's side; the sandbox server answers from its own thread)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    own_thread = threading.get_ident()
    handler.addFilter(lambda record: record.thread == own_thread)
    root = logging.getLogger()
    loggers = [root, *(lg for lg in logging.root.manager.loggerDict.values() if isinstance(lg, logging.Logger))]
    loggers += [logging.getLogger(name) for name in LOGGERS]
    isolated = [lg for lg in loggers if not lg.propagate]  # their records never reach the root
    levels = [(lg, lg.level) for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
    for lg in [root, *isolated]:
        lg.addHandler(handler)
    try:
        yield stream
    finally:
        for lg in [root, *isolated]:
            lg.removeHandler(handler)
        for lg, level in levels:
            lg.setLevel(level)


def _calls(cobalt: Cobalt) -> None:
    """Patient values and secrets in the query, the path and the body; a failing call too."""
    list(cobalt.patients.list(first_name=FIRST, last_name=LAST, dob=DOB, mrn=MRN))
    list(cobalt.appointments.list(start_date="2024-03-14", end_date="2024-04-14", patient_name=f"{FIRST} {LAST}"))
    with pytest.raises(CobaltError):
        cobalt.patients.update(MRN, phone=PHONE)  # an unknown id in the path: 404
    job = cobalt.patients.create(first_name=FIRST, last_name=LAST, dob=DOB, sex="female", phone=PHONE)
    job.wait(timeout=10, poll_interval=0.05)
    cobalt.link.create_token(user_id=f"user-{MRN}", org_id="org_1", access_token=TOKEN)


async def _acalls(client: AsyncCobalt) -> None:
    async with client as cobalt:
        await cobalt.patients.list(first_name=FIRST, last_name=LAST, dob=DOB, mrn=MRN)
        with pytest.raises(CobaltError):
            await cobalt.patients.update(MRN, phone=PHONE)
        job = await cobalt.patients.create(first_name=FIRST, last_name=LAST, dob=DOB, sex="female", phone=PHONE)
        await job.wait(timeout=10, poll_interval=0.05)


def _leaks(text: str) -> list[str]:
    return [f"{value!r} in: {line}" for line in text.splitlines() for value in SENT if value in line]


def test_no_secret_or_patient_value_in_any_log_line(server: RunningServer, every_line: io.StringIO) -> None:
    with Cobalt(base_url=server.base_url, **server.credentials) as cobalt:
        _calls(cobalt)
    asyncio.run(_acalls(AsyncCobalt(base_url=server.base_url, **server.credentials)))
    text = every_line.getvalue()
    assert _leaks(text) == []
    # the capture saw the transport at work, with what an operator needs kept
    assert "httpcore.http11 DEBUG receive_response_headers.complete status=200" in text
    assert "httpcore.connection DEBUG connect_tcp.started" in text
    assert f'HTTP Request: GET {server.base_url}/patients "HTTP/1.1 200 OK"' in text
    assert f'HTTP Request: PATCH {server.base_url}/patients/{{id}} "HTTP/1.1 404 Not Found"' in text


def test_opting_out_leaves_httpx_lines_as_they_are(server: RunningServer, every_line: io.StringIO) -> None:
    """The positive control: the same capture does see the values when the filter is off."""
    with Cobalt(base_url=server.base_url, log_filter=False, **server.credentials) as cobalt:
        cobalt.patients.list(mrn=MRN)
    assert f"mrn={MRN}" in every_line.getvalue()


def test_env_var_turns_the_default_off(
    server: RunningServer, every_line: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COBALT_LOG_FILTER", "off")
    with Cobalt(base_url=server.base_url, **server.credentials) as cobalt:
        cobalt.patients.list(mrn=MRN)
    with Cobalt(base_url=server.base_url, log_filter=True, **server.credentials) as cobalt:
        cobalt.patients.list(mrn="MRN-FILTERED-2")
    text = every_line.getvalue()
    assert f"mrn={MRN}" in text and "MRN-FILTERED-2" not in text


def test_installing_is_idempotent(server: RunningServer) -> None:
    for _ in range(3):
        Cobalt(base_url=server.base_url, **server.credentials).with_options(max_retries=0).close()
        AsyncCobalt(base_url=server.base_url, **server.credentials).with_options(max_retries=0)
    for name in LOGGERS:
        filters = [f for f in logging.getLogger(name).filters if isinstance(f, TransportLogFilter)]
        assert len(filters) == 1, name


def test_other_httpx_traffic_is_left_alone(every_line: io.StringIO) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)

    with httpx.Client(transport=httpx.MockTransport(answer)) as other:
        other.get("https://elsewhere.example/search?q=kept")
    assert "https://elsewhere.example/search?q=kept" in every_line.getvalue()


def test_an_unreadable_record_is_withheld_not_passed_on(server: RunningServer, every_line: io.StringIO) -> None:
    """A record whose message cannot be formatted (wrong args) is replaced, never shown raw."""
    logger = logging.getLogger("httpx")

    def emit_broken(request: object) -> None:
        logger.info("broken %s %s", MRN)  # one argument short

    with Cobalt(base_url=server.base_url, **server.credentials) as cobalt:
        cobalt._generated.get_httpx_client().event_hooks["request"].append(emit_broken)
        cobalt.patients.list(mrn=MRN)
    text = every_line.getvalue()
    assert "record withheld by cobalt_sdk's log filter" in text and _leaks(text) == []


def test_a_transport_line_that_carries_what_the_call_sends_is_redacted(caplog: pytest.LogCaptureFixture) -> None:
    """Whatever a transport writes into its lines during a call (httpcore's traces, a custom
    transport's own), the client's secrets and the values the call sends come out redacted, not
    only the URL's."""

    def answer(request: httpx.Request) -> httpx.Response:
        logging.getLogger("httpcore.http11").debug(
            "send_request.started headers=%s body=%s", list(request.headers.items()), request.content.decode()
        )
        return json_response(200, {"success": True, "message": "updated"})

    caplog.set_level(logging.DEBUG, logger="httpcore.http11")
    with Cobalt(transport=httpx.MockTransport(answer), base_url=BASE, max_retries=0, **CREDS) as cobalt:
        cobalt.patients.update("p_1", first_name=FIRST, phone=PHONE)
    (line,) = [r.getMessage() for r in caplog.records if r.name == "httpcore.http11"]
    assert line.startswith("send_request.started headers=") and "ci_test_123" in line  # the line is kept
    assert [v for v in (CREDS["client_secret"], CREDS["access_token"], FIRST, PHONE) if v in line] == []


@pytest.mark.parametrize("base_url", ["https://api.test", "https://api.test/v1", "https://gateway.test/cobalt/BOX"])
def test_httpx_request_line_shows_the_base_url_then_the_path_template(
    base_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The masked URL is the base URL as configured (path or none) followed by the template."""

    def answer(request: httpx.Request) -> httpx.Response:
        return json_response(200, {"success": True, "appointments": APPOINTMENT})

    caplog.set_level(logging.INFO, logger="httpx")
    with Cobalt(transport=httpx.MockTransport(answer), base_url=base_url, **CREDS) as cobalt:
        cobalt.appointments.get("appt_1")
    assert caplog.messages == [f'HTTP Request: GET {base_url}/appointments/{{id}} "HTTP/1.1 200 OK"']
