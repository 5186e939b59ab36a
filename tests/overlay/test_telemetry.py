"""OpenTelemetry spans per call and per job, read back from the OTel SDK's in-memory exporter."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from cobalt_sdk import APIStatusError, JobFailedError, NotFoundError, UnsuccessfulResponseError

from .fakes import (
    APPOINTMENT,
    CREDS,
    TE_ARGS,
    FakeAPI,
    FakeClock,
    event_record,
    events_page,
    json_response,
    make_async_client,
    make_client,
)

TE_DATA = {"telephone_encounter_id": "te_1", "emr_encounter_id": "ECW-1", **TE_ARGS}
TE_OK = {"success": True, "message": "processing", "telephone_encounter_id": "te_1", "job_id": 12345}
#: What a span may never hold: credentials, and every value the calls send or receive.
FORBIDDEN = tuple(str(v) for v in (*CREDS.values(), *TE_ARGS.values(), "MRN-998877", "Jane Roe", "appt_1"))


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: provider)  # the global provider, for this test
    yield exporter
    provider.shutdown()


def _no_values(finished: tuple[ReadableSpan, ...]) -> None:
    for span in finished:
        text = repr(span.name) + repr(dict(span.attributes or {})) + repr(span.events)
        assert not [v for v in FORBIDDEN if v in text], span.name


def test_one_span_per_call_with_status_and_attempts(spans: InMemorySpanExporter) -> None:
    api = FakeAPI()
    api.on(
        "GET",
        "/appointments/a",
        lambda r: json_response(503, {}),
        lambda r: json_response(200, {"success": True, "appointments": APPOINTMENT}),
    )
    make_client(api).appointments.get("a")
    (span,) = spans.get_finished_spans()
    assert span.name == "GET /appointments/{id}" and span.kind == trace.SpanKind.CLIENT
    assert dict(span.attributes or {}) == {
        "cobalt.operation": "appointments_get",
        "http.request.method": "GET",
        "url.template": "/appointments/{id}",
        "http.response.status_code": 200,
        "cobalt.attempts": 2,
        "cobalt.outcome": "ok",
    }
    _no_values(spans.get_finished_spans())


def test_a_failed_call_records_its_error_class_not_its_message(spans: InMemorySpanExporter) -> None:
    api = FakeAPI()
    with pytest.raises(NotFoundError):
        make_client(api).appointments.get("MRN-998877")
    (span,) = spans.get_finished_spans()
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "NotFoundError" and attributes["http.response.status_code"] == 404
    assert span.status.status_code == trace.StatusCode.ERROR and not span.events
    _no_values(spans.get_finished_spans())


def test_a_call_that_fails_after_its_retries_counts_every_attempt(spans: InMemorySpanExporter) -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(503, {}))
    with pytest.raises(APIStatusError):
        make_client(api, max_retries=2).appointments.get("a")
    (span,) = spans.get_finished_spans()
    attributes = dict(span.attributes or {})
    assert attributes["cobalt.attempts"] == 3 and attributes["http.response.status_code"] == 503
    assert span.status.status_code == trace.StatusCode.ERROR


def test_a_body_that_does_not_parse_is_the_call_s_error(spans: InMemorySpanExporter) -> None:
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(200, {"success": False, "message": "Jane Roe"}))
    with pytest.raises(UnsuccessfulResponseError):
        make_client(api).appointments.get("a")
    (span,) = spans.get_finished_spans()
    assert (span.attributes or {})["error.type"] == "UnsuccessfulResponseError"
    assert (span.attributes or {})["cobalt.attempts"] == 1
    _no_values(spans.get_finished_spans())


def _job_api(event_type: str, data: Mapping[str, object]) -> FakeAPI:
    api = FakeAPI()
    api.on("POST", "/telephone-encounters", lambda r: json_response(200, TE_OK))
    record = event_record(event_type, "12345", dict(data), "evt_1")
    api.on(
        "GET",
        "/webhook-events",
        lambda r: json_response(200, events_page([])),
        lambda r: json_response(200, events_page([record])),
    )
    return api


def test_job_span_runs_from_the_post_to_the_outcome(spans: InMemorySpanExporter) -> None:
    clock = FakeClock()
    cobalt = make_client(_job_api("telephone_encounter.created", TE_DATA), clock)
    job = cobalt.telephone_encounters.create(**TE_ARGS)
    job.wait(timeout=10, poll_interval=1)
    finished = spans.get_finished_spans()
    job_span = next(s for s in finished if s.name.startswith("cobalt.job"))
    post = next(s for s in finished if s.name == "POST /telephone-encounters")
    assert dict(job_span.attributes or {}) == {
        "cobalt.operation": "telephone_encounters_create",
        "cobalt.job_id": "12345",
        "cobalt.outcome": "ok",
    }
    assert job_span.start_time is not None and post.start_time is not None
    assert job_span.start_time <= post.start_time
    polls = [s for s in finished if s.name == "GET /webhook-events"]
    assert len(polls) == 2 and all(p.parent is not None and p.parent.span_id == job_span.context.span_id for p in polls)
    _no_values(finished)


def test_failed_job_span_says_so(spans: InMemorySpanExporter) -> None:
    data = {
        "telephone_encounter_id": "te_1",
        "patient_mrn": TE_ARGS["patient_mrn"],
        "failure_reason": "Jane Roe not found",
        "reasons": [{"code": "patient_not_found", "description": "Jane Roe not found"}],
    }
    cobalt = make_client(_job_api("telephone_encounter.failed", data))
    with pytest.raises(JobFailedError):
        cobalt.telephone_encounters.create(**TE_ARGS).wait(timeout=10, poll_interval=1)
    job_span = next(s for s in spans.get_finished_spans() if s.name.startswith("cobalt.job"))
    assert (job_span.attributes or {})["error.type"] == "JobFailedError"
    _no_values(spans.get_finished_spans())


async def test_async_call_and_job_spans(spans: InMemorySpanExporter) -> None:
    async with make_async_client(_job_api("telephone_encounter.created", TE_DATA)) as cobalt:
        job = await cobalt.telephone_encounters.create(**TE_ARGS)
        await job.wait(timeout=10, poll_interval=1)
    names = [s.name for s in spans.get_finished_spans()]
    assert names.count("POST /telephone-encounters") == 1 and "cobalt.job telephone_encounters_create" in names


def test_no_provider_no_spans() -> None:
    assert isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)
    api = FakeAPI()
    api.on("GET", "/appointments/a", lambda r: json_response(200, {"success": True, "appointments": APPOINTMENT}))
    make_client(api).appointments.get("a")  # nothing to record into, and nothing fails


_COLD_CALL = """
import os, sys
import httpx
from cobalt_sdk import Cobalt

def serve(request):
    return httpx.Response(200, json={"success": True, "appointments": []})

client = Cobalt(client_id="ci", client_secret="cs", access_token="at", transport=httpx.MockTransport(serve))
client.appointments.list(start_date="2024-03-14", end_date="2024-04-14").page
print("opentelemetry.trace" in sys.modules)
if os.environ.get("SET_PROVIDER_LATER"):
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    client.appointments.list(start_date="2024-03-14", end_date="2024-04-14").page
    print([span.name for span in exporter.get_finished_spans()])
"""


def _cold_call(**env: str) -> list[str]:
    import os
    import subprocess
    import sys

    environ = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")} | env
    out = subprocess.run(
        [sys.executable, "-c", _COLD_CALL], capture_output=True, text=True, check=True, timeout=60, env=environ
    )
    return out.stdout.splitlines()


def test_opentelemetry_is_not_imported_while_nothing_could_have_set_a_provider() -> None:
    assert _cold_call() == ["False"]


def test_a_provider_set_after_the_first_call_still_gets_spans() -> None:
    assert _cold_call(SET_PROVIDER_LATER="1") == ["False", "['GET /appointments']"]


def test_a_provider_named_by_the_environment_makes_the_sdk_look() -> None:
    # OTEL_PYTHON_TRACER_PROVIDER makes get_tracer_provider() load one (here the OTel SDK's, by its
    # entry point name) without the application importing OpenTelemetry, so the SDK must ask.
    assert _cold_call(OTEL_PYTHON_TRACER_PROVIDER="sdk_tracer_provider") == ["True"]


async def test_async_call_span_has_the_same_status_and_attempts(spans: InMemorySpanExporter) -> None:
    api = FakeAPI()
    api.on(
        "GET",
        "/appointments/a",
        lambda r: json_response(503, {}),
        lambda r: json_response(200, {"success": True, "appointments": APPOINTMENT}),
    )
    async with make_async_client(api) as cobalt:
        await cobalt.appointments.get("a")
    (span,) = spans.get_finished_spans()
    assert span.name == "GET /appointments/{id}"
    assert dict(span.attributes or {}) == {
        "cobalt.operation": "appointments_get",
        "http.request.method": "GET",
        "url.template": "/appointments/{id}",
        "http.response.status_code": 200,
        "cobalt.attempts": 2,
        "cobalt.outcome": "ok",
    }


async def test_async_failed_call_span_records_its_error_class_and_attempts(spans: InMemorySpanExporter) -> None:
    async with make_async_client(FakeAPI()) as cobalt:
        with pytest.raises(NotFoundError):
            await cobalt.appointments.get("MRN-998877")
    (span,) = spans.get_finished_spans()
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "NotFoundError" and attributes["http.response.status_code"] == 404
    assert attributes["cobalt.attempts"] == 1 and span.status.status_code == trace.StatusCode.ERROR
    _no_values(spans.get_finished_spans())


async def test_async_job_span_runs_from_the_post_to_the_outcome(spans: InMemorySpanExporter) -> None:
    async with make_async_client(_job_api("telephone_encounter.created", TE_DATA)) as cobalt:
        job = await cobalt.telephone_encounters.create(**TE_ARGS)
        await job.wait(timeout=10, poll_interval=1)
    finished = spans.get_finished_spans()
    job_span = next(s for s in finished if s.name.startswith("cobalt.job"))
    post = next(s for s in finished if s.name == "POST /telephone-encounters")
    assert job_span.start_time is not None and post.start_time is not None
    assert job_span.start_time <= post.start_time
    assert dict(job_span.attributes or {})["cobalt.job_id"] == "12345"
