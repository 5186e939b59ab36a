"""What mypy shows a user of the SDK: checked by `nox -s typecheck` (mypy --strict), never run.

Each `assert_type` fails the type check when a generated signature loses its precise type (for
example when an annotation silently degrades to `Any`), and each `type: ignore[...]` line fails it
(strict mode warns about unused ignores) when a wrongly typed argument is no longer rejected.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import assert_type

import httpx

from cobalt_api_client.models import (
    Appointment,
    AppointmentCreatedEvent,
    AppointmentsCreateResponse,
    AppointmentsGetResponse,
    AppointmentsListResponse,
    AvailabilityListResponse,
    AvailabilityWindow,
    Provider,
    ProviderHoursInput,
    ProvidersUpdateResponse,
    TelephoneEncounterCreatedEvent,
    TelephoneEncountersCreateResponse,
)
from cobalt_sdk import (
    APIStatusError,
    AsyncCobalt,
    AsyncJob,
    AsyncJobWaiter,
    AsyncPager,
    Cobalt,
    Job,
    JobResult,
    JobWaiter,
    Pager,
    RawResponse,
)
from cobalt_sdk.webhooks import Event, WebhookDelivery, parse_event

START, END = datetime.date(2024, 3, 14), datetime.date(2024, 4, 14)


def sync_view(cobalt: Cobalt) -> None:
    appointments = cobalt.appointments.list(start_date=START, end_date=END)
    assert_type(appointments, Pager[AppointmentsListResponse, Appointment])
    assert_type(appointments.page, AppointmentsListResponse)
    for appointment in appointments:
        assert_type(appointment, Appointment)

    job = cobalt.telephone_encounters.create(
        patient_mrn="MRN-123456", provider_id="12241", location_id="25", assigned_to_id="12220"
    )
    assert_type(job, Job[TelephoneEncountersCreateResponse, TelephoneEncounterCreatedEvent])
    assert_type(job.wait(), TelephoneEncounterCreatedEvent)

    # Waiting through a waiter keeps the operation's event class; a bare job id gives the union.
    waiter = JobWaiter(cobalt)
    assert_type(waiter.add(job), JobResult[TelephoneEncounterCreatedEvent])
    assert_type(waiter.add(job).result(), TelephoneEncounterCreatedEvent)
    assert_type(waiter.wait(job), TelephoneEncounterCreatedEvent)
    assert_type(waiter.wait("12345"), Event)
    assert_type(waiter.wait_all([job]), list[JobResult[TelephoneEncounterCreatedEvent]])
    assert_type(waiter.wait_all(["1", "2"]), list[JobResult[Event]])
    assert_type(parse_event(b"{}"), Event)

    # A nested body field keeps its model type (it used to be Any: its model was not imported).
    hours = [ProviderHoursInput(day="Monday", shifts=[])]
    assert_type(cobalt.providers.update("p1", hours=hours), ProvidersUpdateResponse)
    cobalt.providers.update("p1", hours=[{"day": "Monday"}])  # type: ignore[list-item]
    # Enumerations are string literals: plain strings, checked by mypy.
    assert_type(
        cobalt.availability.list(start_date=START, end_date=END, provider_type="secondary"), AvailabilityListResponse
    )
    cobalt.availability.list(start_date=START, end_date=END, provider_type="tertiary")  # type: ignore[arg-type]
    # A provider's status is any letter case of active/inactive (a pattern, so a plain str).
    assert_type(cobalt.providers.update("p1", status="ACTIVE"), ProvidersUpdateResponse)
    cobalt.appointments.list(start_date=START, end_date=END, page="2")  # type: ignore[arg-type]
    # Dates also take ISO strings, as written in Cobalt's docs.
    assert_type(
        cobalt.appointments.list(start_date="2024-03-14", end_date="2024-04-14"),
        Pager[AppointmentsListResponse, Appointment],
    )
    cobalt.appointments.list(start_date=20240314, end_date=END)  # type: ignore[arg-type]


async def async_view(cobalt: AsyncCobalt) -> None:
    appointments = await cobalt.appointments.list(start_date=START, end_date=END)
    assert_type(appointments, AsyncPager[AppointmentsListResponse, Appointment])
    async for appointment in appointments:
        assert_type(appointment, Appointment)

    job = await cobalt.telephone_encounters.create(
        patient_mrn="MRN-123456", provider_id="12241", location_id="25", assigned_to_id="12220"
    )
    assert_type(job, AsyncJob[TelephoneEncountersCreateResponse, TelephoneEncounterCreatedEvent])
    assert_type(await job.wait(), TelephoneEncounterCreatedEvent)
    waiter = AsyncJobWaiter(cobalt)
    assert_type(await waiter.wait(job), TelephoneEncounterCreatedEvent)
    assert_type(await waiter.wait_all([job]), list[JobResult[TelephoneEncounterCreatedEvent]])


def delivery_view(delivery: WebhookDelivery) -> None:
    assert_type(delivery.event, Event)


def options_view(cobalt: Cobalt, acobalt: AsyncCobalt) -> None:
    """Client options, copies, per-call options, raw responses and what errors carry (issue 14)."""
    built = Cobalt(
        http_client=httpx.Client(),
        default_headers={"x-team": "intake"},
        default_query={"trace": "1"},
        timeout=httpx.Timeout(10.0),
        deadline=30.0,
    )
    assert_type(built, Cobalt)
    Cobalt(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    AsyncCobalt(http_client=httpx.Client())  # type: ignore[arg-type]
    assert_type(cobalt.copy(access_token="at", max_retries=0, deadline=None), Cobalt)
    assert_type(cobalt.with_options(timeout=5.0), Cobalt)
    assert_type(acobalt.copy(http_client=httpx.AsyncClient()), AsyncCobalt)
    assert_type(cobalt.deadline, float | None)
    assert_type(cobalt.timeout, httpx.Timeout)
    assert_type(cobalt.default_headers, Mapping[str, str])
    assert_type(cobalt.default_query, Mapping[str, object])
    assert_type(cobalt.max_retries, int)
    assert_type(cobalt.base_url, str)
    Cobalt(deadline="30")  # type: ignore[arg-type]
    assert_type(
        cobalt.copy(client_id="ci", client_secret="cs", base_url="https://api.usecobalt.com/v1", log_filter=False),
        Cobalt,
    )
    assert_type(cobalt.copy(default_headers={}, default_query={"trace": 1}, http_client=httpx.Client()), Cobalt)
    cobalt.copy(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    built_async = AsyncCobalt(
        http_client=httpx.AsyncClient(),
        default_headers={"x-team": "intake"},
        default_query={"trace": "1"},
        deadline=30.0,
    )
    assert_type(built_async, AsyncCobalt)
    assert_type(acobalt.with_options(max_retries=1), AsyncCobalt)

    got = cobalt.appointments.get(
        "a",
        extra_headers={"x-one": "1"},
        extra_query={"debug": True},
        extra_body={"k": 1},
        timeout=2.0,
        max_retries=0,
        deadline=5.0,
    )
    assert_type(got, AppointmentsGetResponse)
    cobalt.appointments.get("a", max_retries="2")  # type: ignore[arg-type]
    cobalt.appointments.get("a", extra_headers={"x": 1})  # type: ignore[dict-item]

    raw = cobalt.with_raw_response.appointments.get("a")
    assert_type(raw, RawResponse[AppointmentsGetResponse])
    assert_type(raw.parse(), AppointmentsGetResponse)
    assert_type(raw.status_code, int)
    assert_type(raw.headers, httpx.Headers)
    assert_type(raw.content, bytes)
    assert_type(raw.request_id, str | None)
    assert_type(raw.json(), object)
    assert_type(raw.text, str)
    assert_type(raw.elapsed, float)
    assert_type(raw.operation, str)
    # Per-call options on a list and on a write that starts a job, too.
    assert_type(
        cobalt.appointments.list(start_date=START, end_date=END, extra_query={"x": 1}, timeout=httpx.Timeout(3.0)),
        Pager[AppointmentsListResponse, Appointment],
    )
    assert_type(
        cobalt.telephone_encounters.create(
            patient_mrn="MRN-1",
            provider_id="1",
            location_id="2",
            assigned_to_id="3",
            extra_body={"k": 1},
            max_retries=0,
        ),
        Job[TelephoneEncountersCreateResponse, TelephoneEncounterCreatedEvent],
    )
    assert_type(
        cobalt.with_raw_response.appointments.list(start_date=START, end_date=END).parse(),
        Pager[AppointmentsListResponse, Appointment],
    )
    assert_type(
        cobalt.with_raw_response.telephone_encounters.create(
            patient_mrn="MRN-123456", provider_id="12241", location_id="25", assigned_to_id="12220"
        ).parse(),
        Job[TelephoneEncountersCreateResponse, TelephoneEncounterCreatedEvent],
    )

    try:
        cobalt.appointments.get("a")
    except APIStatusError as err:
        assert_type(err.headers, Mapping[str, str])
        assert_type(err.request_id, str | None)
        assert_type(err.body, str | None)
        assert_type(err.status_code, int)
        assert_type(err.code, str | None)
        assert_type(err.retry_after, float | None)
        assert_type(err.operation, str | None)


async def async_options_view(cobalt: AsyncCobalt) -> None:
    raw = await cobalt.with_raw_response.appointments.get("a", deadline=5.0)
    assert_type(raw, RawResponse[AppointmentsGetResponse])
    assert_type(
        (await cobalt.with_raw_response.appointments.list(start_date=START, end_date=END)).parse(),
        AsyncPager[AppointmentsListResponse, Appointment],
    )


# --- issue 14, the generated surface: pagers page by page, lists iterable, arguments as users think of them.


def sync_surface(cobalt: Cobalt) -> None:
    pager = cobalt.appointments.list(start_date=START, end_date=END)
    assert_type(pager.has_next_page(), bool)
    assert_type(pager.page_number, int)
    assert_type(pager.next_page(), Pager[AppointmentsListResponse, Appointment] | None)
    for page in pager.pages():
        assert_type(page, AppointmentsListResponse)
        for appointment in page:  # a page model iterates its own items
            assert_type(appointment, Appointment)

    providers = cobalt.providers.list()
    for provider in providers:
        assert_type(provider, Provider)
    assert_type(len(providers), int)
    for window in cobalt.availability.list(start_date=START, end_date=END):
        assert_type(window, AvailabilityWindow)
    for _ in cobalt.settings.get():  # type: ignore[attr-defined]  # not a list: mypy says so
        pass

    # One type per meaning: id lists are lists on availability.list as on availability.fetch.
    cobalt.availability.list(start_date=START, end_date=END, provider_ids=["3498234"], location_ids=["1"])
    cobalt.availability.list(start_date=START, end_date=END, provider_ids="3498234")  # type: ignore[arg-type]
    # Numbers are numbers: duration is an int, as Appointment.duration is.
    cobalt.appointments.create(location="25", provider="12241", type_="7", duration=30)
    cobalt.appointments.create(location="25", provider="12241", type_="7", duration="30")  # type: ignore[arg-type]
    # Order dates are dates, like every other date argument.
    cobalt.orders.list(patient_mrn="MRN-1", start_date=START, end_date="2024-04-14")
    cobalt.orders.list(patient_mrn="MRN-1", start_date=20240101)  # type: ignore[arg-type]
    # Times of day are times, as dates are dates: a datetime.time, an ISO or a 12-hour string.
    assert_type(
        cobalt.appointments.create(location="25", provider="12241", type_="7", date=START, time=datetime.time(14, 30)),
        Job[AppointmentsCreateResponse, AppointmentCreatedEvent],
    )
    cobalt.appointments.create(location="25", provider="12241", type_="7", date="2024-03-14", time="2:30 pm")
    cobalt.appointments.create(location="25", provider="12241", type_="7", time=1430)  # type: ignore[arg-type]
    cobalt.appointments.create(location="25", provider="12241", type_="7", time=datetime.datetime(2024, 3, 14))  # type: ignore[arg-type]
    # Date-times take datetime.datetime or an ISO string, not a bare date.
    cobalt.appointments.create(location="25", provider="12241", type_="7", datetime_="2025-01-01T10:00:00-05:00")
    cobalt.appointments.create(location="25", provider="12241", type_="7", datetime_=START)  # type: ignore[arg-type]


async def async_surface(cobalt: AsyncCobalt) -> None:
    assert_type(
        await cobalt.appointments.create(location="25", provider="12241", type_="7", time=datetime.time(9, 0)),
        AsyncJob[AppointmentsCreateResponse, AppointmentCreatedEvent],
    )
    pager = await cobalt.appointments.list(start_date=START, end_date=END)
    assert_type(pager.has_next_page(), bool)
    assert_type(await pager.next_page(), AsyncPager[AppointmentsListResponse, Appointment] | None)
    async for page in pager.pages():
        assert_type(page, AppointmentsListResponse)
