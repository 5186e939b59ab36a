"""Lazy iteration over every page, sync and async, with the first page's metadata at hand."""

from __future__ import annotations

import datetime

import httpx

from .fakes import FakeAPI, appointments_page, json_response, make_async_client, make_client

START, END = datetime.date(2024, 3, 14), datetime.date(2024, 4, 14)


def paged(total: int) -> FakeAPI:
    api = FakeAPI()

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        return json_response(200, appointments_page(page, total))

    api.on("GET", "/appointments", handler)
    return api


def test_iterates_all_pages_lazily() -> None:
    api = paged(3)
    pager = make_client(api).appointments.list(start_date=START, end_date=END)
    assert len(api.requests) == 1  # the first page is fetched at call time
    assert pager.page.pagination.total_pages == 3  # type: ignore[union-attr]
    assert [a.id for a in pager.items] == ["appt_1_0", "appt_1_1"]
    it = iter(pager)
    assert next(it).id == "appt_1_0" and next(it).id == "appt_1_1"
    assert len(api.requests) == 1
    assert next(it).id == "appt_2_0"
    assert len(api.requests) == 2
    assert [a.id for a in it] == ["appt_2_1", "appt_3_0", "appt_3_1"]
    assert [r.url.params["page"] for r in api.requests] == ["1", "2", "3"]


def test_starts_at_the_requested_page() -> None:
    api = paged(3)
    pager = make_client(api).appointments.list(start_date=START, end_date=END, page=2)
    assert [a.id for a in pager] == ["appt_2_0", "appt_2_1", "appt_3_0", "appt_3_1"]


def test_stops_on_empty_page_without_pagination_metadata() -> None:
    api = FakeAPI()
    bodies = [
        {"success": True, "appointments": [{"id": "a"}, {"id": "b"}]},
        {"success": True, "appointments": [{"id": "c"}]},
        {"success": True, "appointments": []},
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(200, bodies[int(request.url.params["page"]) - 1])

    api.on("GET", "/appointments", handler)
    pager = make_client(api).appointments.list(start_date=START, end_date=END)
    assert [a.id for a in pager] == ["a", "b", "c"]
    assert len(api.requests) == 3


def test_short_page_ends_iteration_when_page_size_known() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments", lambda r: json_response(200, {"success": True, "appointments": [{"id": "a"}]}))
    pager = make_client(api).appointments.list(start_date=START, end_date=END, page_size=2)
    assert [a.id for a in pager] == ["a"] and len(api.requests) == 1


async def test_async_pager_iterates_all_pages() -> None:
    api = paged(2)
    async with make_async_client(api) as cobalt:
        pager = await cobalt.appointments.list(start_date=START, end_date=END)
        ids = [a.id async for a in pager]
    assert ids == ["appt_1_0", "appt_1_1", "appt_2_0", "appt_2_1"]


def test_page_by_page_with_has_next_page_and_next_page() -> None:
    api = paged(3)
    pager = make_client(api).appointments.list(start_date=START, end_date=END)
    assert pager.page_number == 1 and pager.has_next_page()
    assert len(api.requests) == 1  # has_next_page() decides from the page in hand
    second = pager.next_page()
    assert second is not None and second.page_number == 2 and len(api.requests) == 2
    assert [a.id for a in second.items] == ["appt_2_0", "appt_2_1"]
    assert pager.page_number == 1 and [a.id for a in pager.items] == ["appt_1_0", "appt_1_1"]  # unchanged
    third = second.next_page()
    assert third is not None and not third.has_next_page()
    assert third.next_page() is None and len(api.requests) == 3  # no request after the last page
    assert [r.url.params["page"] for r in api.requests] == ["1", "2", "3"]
    assert repr(third) == "<Pager appointments_list page=3 items=2>"


def test_pages_yields_every_page_model_lazily() -> None:
    api = paged(3)
    pager = make_client(api).appointments.list(start_date=START, end_date=END, page=2)
    pages = pager.pages()
    assert next(pages) is pager.page and len(api.requests) == 1
    assert [p.pagination.current_page for p in pages] == [3]  # type: ignore[union-attr]
    assert len(api.requests) == 2


def test_an_empty_first_page_has_no_next_page() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments", lambda r: json_response(200, {"success": True, "appointments": []}))
    pager = make_client(api).appointments.list(start_date=START, end_date=END)
    assert not pager.has_next_page() and pager.next_page() is None
    assert list(pager.pages()) == [pager.page] and list(pager) == [] and len(api.requests) == 1


async def test_async_page_by_page() -> None:
    api = paged(2)
    async with make_async_client(api) as cobalt:
        pager = await cobalt.appointments.list(start_date=START, end_date=END)
        assert pager.has_next_page() and len(api.requests) == 1
        second = await pager.next_page()
        assert second is not None and [a.id for a in second.items] == ["appt_2_0", "appt_2_1"]
        assert not second.has_next_page() and await second.next_page() is None
        numbers = [p.pagination.current_page async for p in pager.pages()]  # type: ignore[union-attr]
    assert numbers == [1, 2]
    assert [r.url.params["page"] for r in api.requests] == ["1", "2", "2"]
