"""A job handle over a `JobSource` of its own (another transport, a test): what it asks, what it returns.

The source answers `GET /webhook-events` queries with plain dict records, the shape a transport
other than the generated client hands over. Covers the lookup's paging (bounded, page numbers sent
only past page 1), records in both the polled and the webhook-envelope shape, malformed records,
event types this SDK version does not know, and the messages a user sees.
"""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

import pytest

from cobalt_api_client.models import TelephoneEncounterCreatedEvent
from cobalt_sdk import AsyncJob, Job, JobError, JobEventError, JobFailedError
from cobalt_sdk._constants import JOB_LOOKUP_MAX_PAGES
from cobalt_sdk._errors import APIConnectionError
from cobalt_sdk._jobs import AsyncJobSource, JobSource
from cobalt_sdk._types import Operation

from .fakes import TE_DATA, FakeClock, event_record

JOB = "12345"
OP = Operation(name="telephone_encounters.create", method="POST", path="/telephone-encounters")
OWN = event_record("telephone_encounter.created", JOB, TE_DATA, "evt_own")
OTHER = event_record("telephone_encounter.created", "999", TE_DATA, "evt_other")


def page(records: list[Any], total_pages: Any = 1) -> SimpleNamespace:
    return SimpleNamespace(webhook_events=records, pagination=SimpleNamespace(total_pages=total_pages))


class Pages:
    """Answers query number n with `pages[n]` (the last one once they run out); keeps each query."""

    def __init__(self, *pages: Any) -> None:
        self.pages = pages
        self.queries: list[dict[str, Any]] = []

    def __call__(self, **query: Any) -> Any:
        self.queries.append(query)
        return self.pages[min(len(self.queries), len(self.pages)) - 1]

    async def async_call(self, **query: Any) -> Any:
        return self(**query)


def job_over(pages: Pages, clock: FakeClock | None = None, job_id: object = int(JOB)) -> Job[Any, Any]:
    clock = clock or FakeClock()
    source = JobSource(list_events=pages, clock=clock, sleep=clock.sleep)
    return Job(SimpleNamespace(job_id=job_id), source, OP, TelephoneEncounterCreatedEvent)


def async_job_over(pages: Pages, response: object | None = None) -> AsyncJob[Any, Any]:
    clock = FakeClock()

    async def sleep(seconds: float) -> None:
        clock.sleep(seconds)

    source = AsyncJobSource(list_events=pages.async_call, clock=clock, sleep=sleep)
    return AsyncJob(response or SimpleNamespace(job_id=int(JOB)), source, OP, TelephoneEncounterCreatedEvent)


def test_a_job_source_of_its_own_is_used_as_given() -> None:
    pages = Pages(page([OTHER, OWN]))
    event = job_over(pages).wait(timeout=5)
    assert isinstance(event, TelephoneEncounterCreatedEvent)
    assert event.id == "evt_own" and event.job_id == JOB and event.data.emr_encounter_id == "ECW-1"
    assert pages.queries == [{"job_id": JOB}]


def test_a_record_in_the_webhook_envelope_shape_is_read_too() -> None:
    envelope: dict[str, Any] = {
        "id": "evt_env",
        "object": "event",
        "type": "telephone_encounter.created",
        "job_id": JOB,
    }
    envelope |= {"created": "2024-03-14T10:00:00Z", "data": TE_DATA, "access_token_reference_id": "clinic_1"}
    event = job_over(Pages(page([envelope]))).wait(timeout=5)
    assert isinstance(event, TelephoneEncounterCreatedEvent)
    assert event.id == "evt_env" and event.data.telephone_encounter_id == "te_1"


def test_own_event_past_page_one_is_found_and_pages_are_numbered_from_two() -> None:
    pages = Pages(page([OTHER], 3), page([OTHER], 3), page([OWN], 3))
    assert job_over(pages).poll() is not None
    assert pages.queries == [{"job_id": JOB}, {"job_id": JOB, "page": 2}, {"job_id": JOB, "page": 3}]


def test_lookup_stops_at_the_last_page() -> None:
    pages = Pages(page([OTHER], 2))
    assert job_over(pages).poll() is None
    assert pages.queries == [{"job_id": JOB}, {"job_id": JOB, "page": 2}]


@pytest.mark.parametrize(
    "answer",
    [
        page([], 5),  # an empty page ends the lookup whatever total_pages says
        page([OTHER], True),  # a bool is not a page count
        page([OTHER], None),
        SimpleNamespace(webhook_events=[OTHER]),  # no pagination at all
        SimpleNamespace(webhook_events=[OTHER], pagination=SimpleNamespace()),
        SimpleNamespace(),  # nothing at all: an empty page
    ],
)
def test_a_page_without_a_usable_page_count_is_the_last(answer: Any) -> None:
    pages = Pages(answer)
    assert job_over(pages).poll() is None
    assert pages.queries == [{"job_id": JOB}]


def test_lookup_is_bounded_when_the_server_always_claims_more_pages() -> None:
    pages = Pages(page([OTHER], 10_000))
    assert job_over(pages).poll() is None
    assert len(pages.queries) == JOB_LOOKUP_MAX_PAGES
    assert pages.queries[-1] == {"job_id": JOB, "page": JOB_LOOKUP_MAX_PAGES}


async def test_async_lookup_pages_the_same_way() -> None:
    found = Pages(page([OTHER], 3), page([OTHER], 3), page([OWN], 3))
    event = await async_job_over(found).wait(timeout=5)
    assert event.id == "evt_own"
    assert found.queries == [{"job_id": JOB}, {"job_id": JOB, "page": 2}, {"job_id": JOB, "page": 3}]

    last = Pages(page([OTHER], 2))
    assert await async_job_over(last).poll() is None
    assert last.queries == [{"job_id": JOB}, {"job_id": JOB, "page": 2}]

    endless = Pages(page([OTHER], 10_000))
    assert await async_job_over(endless).poll() is None
    assert [q.get("page", 1) for q in endless.queries] == list(range(1, JOB_LOOKUP_MAX_PAGES + 1))


def test_malformed_record_names_the_job_and_the_event() -> None:
    bad = event_record("telephone_encounter.created", JOB, {"telephone_encounter_id": "te_1"}, "evt_bad")
    with pytest.raises(JobEventError) as info:
        job_over(Pages(page([bad]))).wait(timeout=5)
    assert info.value.job_id == JOB and info.value.event_id == "evt_bad"
    assert str(info.value).startswith(f"job {JOB}: event evt_bad does not match its schema")


def test_malformed_record_in_envelope_shape_names_its_event_id() -> None:
    bad = {"id": "evt_env_bad", "type": "telephone_encounter.created", "job_id": JOB, "data": {}}
    with pytest.raises(JobEventError) as info:
        job_over(Pages(page([bad]))).wait(timeout=5)
    assert info.value.event_id == "evt_env_bad"


def test_malformed_record_with_a_non_string_event_id_reports_none() -> None:
    bad = {"event_id": 7, "event_type": "telephone_encounter.created", "job_id": JOB, "data": {}}
    with pytest.raises(JobEventError) as info:
        job_over(Pages(page([bad]))).wait(timeout=5)
    assert info.value.event_id is None and f"job {JOB}: event ? " in str(info.value)


def unknown(event_type: str, data: Any) -> dict[str, Any]:
    return event_record(event_type, JOB, data, "evt_new")


@pytest.mark.parametrize("event_type", ["lab_result.failed", "lab_result.sync_failed", "resync_failed"])
def test_unknown_event_type_named_as_a_failure_raises_job_failed(event_type: str) -> None:
    data = {"failure_reason": "EHR down", "reasons": [{"code": "ehr_error", "description": "EHR down"}]}
    with pytest.raises(JobFailedError) as info:
        job_over(Pages(page([unknown(event_type, data)]))).wait(timeout=5)
    err = info.value
    assert err.job_id == JOB and err.failure_reason == "EHR down" and err.codes == ["ehr_error"]
    assert err.event.type == event_type


@pytest.mark.parametrize("event_type", ["lab_result.failover.created", "lab_result.created"])
def test_unknown_event_type_not_named_as_a_failure_is_the_outcome(event_type: str) -> None:
    event = job_over(Pages(page([unknown(event_type, {"x": 1})]))).wait(timeout=5)
    assert event.type == event_type and event.job_id == JOB and event.data == {"x": 1}


def test_failure_with_unusable_reason_fields_still_raises_without_them() -> None:
    data = {"failure_reason": 5, "reasons": "not a list"}
    with pytest.raises(JobFailedError) as info:
        job_over(Pages(page([unknown("lab_result.failed", data)]))).wait(timeout=5)
    assert info.value.failure_reason is None and info.value.reasons == [] and info.value.codes == []


def test_transient_polling_errors_are_logged_with_job_and_error_type(caplog: pytest.LogCaptureFixture) -> None:
    answers = iter([APIConnectionError("connection reset"), page([OWN])])

    def flaky(**query: Any) -> Any:
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    clock = FakeClock()
    job = Job(SimpleNamespace(job_id=JOB), JobSource(flaky, clock, clock.sleep), OP, TelephoneEncounterCreatedEvent)
    with caplog.at_level(logging.INFO, logger="cobalt_sdk"):
        assert job.wait(timeout=5).id == "evt_own"
    assert [r.getMessage() for r in caplog.records if r.name == "cobalt_sdk"] == [
        f"job {JOB}: transient error while polling (APIConnectionError); polling again"
    ]


NO_JOB_ID = (
    "telephone_encounters.create: the response carries no job_id, so the job cannot be polled; "
    "its outcome arrives only as a webhook event"
)


async def test_response_without_job_id_says_which_operation_and_why() -> None:
    pages = Pages(page([OWN]))
    job = job_over(pages, job_id=None)
    assert repr(job) == "Job(job_id=None, operation='telephone_encounters.create')"
    with pytest.raises(JobError) as info:
        job.poll()
    assert str(info.value) == NO_JOB_ID

    response = object()  # no job_id attribute at all
    async_job = async_job_over(pages, response)
    assert async_job.response is response and async_job.job_id is None
    assert repr(async_job) == "AsyncJob(job_id=None, operation='telephone_encounters.create')"
    with pytest.raises(JobError) as ainfo:
        await async_job.poll()
    assert str(ainfo.value) == NO_JOB_ID
    assert pages.queries == []


def test_sync_job_response_without_job_id_attribute() -> None:
    clock = FakeClock()
    response = object()
    job = Job(response, JobSource(Pages(page([])), clock, clock.sleep), OP, TelephoneEncounterCreatedEvent)
    assert job.response is response and job.job_id is None


class Record:
    """A record object (not a mapping) with `to_dict()`, as another client library would return."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def test_record_objects_in_envelope_shape_name_their_event_when_malformed() -> None:
    no_job = Record(id="evt_no_job", type="telephone_encounter.created", data=TE_DATA)  # no job_id attribute
    bad = Record(id="evt_obj", type="telephone_encounter.created", job_id=JOB, data={})
    with pytest.raises(JobEventError) as info:
        job_over(Pages(page([no_job, bad]))).wait(timeout=5)
    assert info.value.job_id == JOB and info.value.event_id == "evt_obj"


def test_record_whose_data_is_not_an_object_names_the_missing_data_field() -> None:
    bad = event_record("telephone_encounter.created", JOB, {}, "evt_bad") | {"data": "oops"}
    with pytest.raises(JobEventError) as info:
        job_over(Pages(page([bad]))).wait(timeout=5)
    assert info.value.field is not None and info.value.field.startswith("data.")


def test_record_object_without_any_event_id_is_reported_without_one() -> None:
    bad = Record(type="telephone_encounter.created", job_id=JOB, data={})
    with pytest.raises(JobEventError) as info:
        job_over(Pages(page([bad]))).wait(timeout=5)
    assert info.value.event_id is None and str(info.value).startswith(f"job {JOB}: event ? ")
