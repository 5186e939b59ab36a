"""GET /availability's calculation methods give their documented, distinct shapes per profile."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from cobalt_sandbox.profiles import PROFILES

from .profile_helpers import EHRS, MONDAY, Env, env

SLOT_FIELDS = {"visit_type", "available_appointments", "max_visits"}


async def windows(e: Env, **params: Any) -> list[dict[str, Any]]:
    query = {"start_date": MONDAY, "end_date": MONDAY, "provider_ids": "1000", **params}
    resp = await e.client.get("/availability", params=query)
    assert resp.status_code == 200, resp.text
    assert not list(e.sb.spec.validator("AvailabilityListResponse").iter_errors(resp.json()))
    found: list[dict[str, Any]] = resp.json()["results"]["availability"]
    return found


def minutes(w: dict[str, Any]) -> float:
    start, end = dt.datetime.fromisoformat(w["range_start"]), dt.datetime.fromisoformat(w["range_end"])
    return (end - start).total_seconds() / 60


@pytest.mark.parametrize("ehr", EHRS)
async def test_gaps_are_free_time_without_slot_fields(ehr: str) -> None:
    async with env(ehr) as e:
        found = await windows(e)
        assert found and all(not (SLOT_FIELDS & set(w)) for w in found)
        assert all(w["day_of_week"] == 1 and w["facility_id"] == "2450" for w in found)  # ISO Monday
        before = sum(minutes(w) for w in found)
        assert (await e.book(f"{MONDAY}T10:00:00-05:00", duration="30"))["event_type"] == "appointment.created"
        assert sum(minutes(w) for w in await windows(e)) == before - 30


@pytest.mark.parametrize("ehr", EHRS)
async def test_slots_are_the_ehrs_predefined_slots(ehr: str) -> None:
    async with env(ehr) as e:
        found = await windows(e, calculation_method="slots")
        assert all(set(w) >= SLOT_FIELDS for w in found)
        kinds = {w["visit_type"] for w in found}
        if ehr == "ecw":
            assert kinds == {"np", "nv", "televisit"}
            assert {(w["visit_type"], w["max_visits"]) for w in found} == {("np", 1), ("nv", 3), ("televisit", 4)}
        elif ehr == "webpt":
            assert kinds == {"ope", "ava"} and all(w["max_visits"] == 1 for w in found)
        else:
            assert found == []  # Practice Fusion has no slot patterns


async def test_ecw_slots_count_down_and_disappear_when_full() -> None:
    async with env("ecw") as e:

        def nurse(found: list[dict[str, Any]]) -> list[int]:
            return [w["available_appointments"] for w in found if w["visit_type"] == "nv"]

        assert nurse(await windows(e, calculation_method="slots")) == [3]
        await e.book(f"{MONDAY}T13:00:00-05:00", "nv")
        assert nurse(await windows(e, calculation_method="slots")) == [2]
        await e.book(f"{MONDAY}T13:15:00-05:00", "nv")
        await e.book(f"{MONDAY}T13:30:00-05:00", "nv")
        assert nurse(await windows(e, calculation_method="slots")) == []


async def test_slot_type_and_visit_type_filter_slots() -> None:
    async with env("webpt") as e:
        opened = await windows(e, calculation_method="slots", slot_type="Open")  # the docs' example value
        assert opened and {w["visit_type"] for w in opened} == {"ope"}
    async with env("ecw") as e:
        assert {w["visit_type"] for w in await windows(e, calculation_method="slots", visit_type="NP")} == {"np"}


async def test_webpt_booking_over_a_placeholder_takes_it() -> None:
    async with env("webpt") as e:
        before = await windows(e, calculation_method="slots")
        assert (await e.book(f"{MONDAY}T11:00:00-05:00", "ie"))["event_type"] == "appointment.created"
        after = await windows(e, calculation_method="slots")
        assert len(after) == len(before) - 1
        assert all(not w["range_start"].startswith(f"{MONDAY}T11:00") for w in after)


@pytest.mark.parametrize("ehr", EHRS)
async def test_equal_slots_cut_free_time_evenly(ehr: str) -> None:
    async with env(ehr) as e:
        found = await windows(e, calculation_method="equal_slots", max_slot_duration=20)
        assert found and {minutes(w) for w in found} == {20}
        assert all(w["available_appointments"] == w["max_visits"] == 1 for w in found)
        typed = await windows(e, calculation_method="equal_slots", visit_type="f/u")
        assert {minutes(w) for w in typed} == {PROFILES[ehr].duration_of("f/u")}
        assert {w["visit_type"] for w in typed} == {"f/u"}


async def test_the_three_methods_differ() -> None:
    async with env("ecw") as e:
        shapes = [await windows(e, calculation_method=m) for m in ("gaps", "slots", "equal_slots")]
        assert shapes[0] != shapes[1] != shapes[2] != shapes[0]


async def test_daily_limit_hides_the_day_once_reached() -> None:
    async with env("ecw") as e:
        await e.book(f"{MONDAY}T10:00:00-05:00", "sk")
        assert await windows(e, daily_appointment_limit=2, daily_limit_type="SK")
        await e.book(f"{MONDAY}T11:00:00-05:00", "sk")
        assert await windows(e, daily_appointment_limit=2, daily_limit_type="sk") == []


async def test_location_filter_uses_the_shift_facility() -> None:
    async with env("ecw") as e:
        assert await windows(e, location_ids="2450")
        assert await windows(e, location_ids="2451") == []  # provider 1000 works at 2450


@pytest.mark.parametrize(
    ("ehr", "visit_type", "ok"), [("ecw", "NP", True), ("webpt", "np", False), ("webpt", "IE", True)]
)
async def test_visit_type_must_be_one_of_the_profiles_codes(ehr: str, visit_type: str, ok: bool) -> None:
    async with env(ehr) as e:
        extras: tuple[tuple[str, dict[str, str | int]], ...] = (
            ("visit_type", {}),
            ("daily_limit_type", {"daily_appointment_limit": 1}),
        )
        for name, extra in extras:
            query: dict[str, str | int] = {"start_date": MONDAY, "end_date": MONDAY, name: visit_type, **extra}
            resp = await e.client.get("/availability", params=query)
            if ok:
                assert resp.status_code == 200, resp.text
            else:
                assert resp.status_code == 400
                assert resp.json()["message"].startswith(f"Invalid value for {name}. Must be one of: ")
                assert "ie" in resp.json()["message"]
        assert (
            await e.client.get("/availability", params={"start_date": MONDAY, "end_date": MONDAY, "visit_type": "ALL"})
        ).status_code == 200


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"daily_appointment_limit": 2}, "daily_appointment_limit requires daily_limit_type."),
        ({"daily_limit_type": "sk"}, "daily_limit_type requires daily_appointment_limit."),
    ],
)
async def test_daily_limit_and_its_type_come_together(given: dict[str, Any], message: str) -> None:
    async with env() as e:
        resp = await e.client.get("/availability", params={"start_date": MONDAY, "end_date": MONDAY, **given})
        assert resp.status_code == 400 and resp.json()["message"] == message


@pytest.mark.parametrize("method", ["gaps", "equal_slots"])
async def test_tiny_or_negative_max_slot_duration_stays_bounded(method: str) -> None:
    async with env() as e:
        tiny = await windows(e, calculation_method=method, max_slot_duration=1)
        assert tiny and min(minutes(w) for w in tiny) >= 1 and max(minutes(w) for w in tiny) <= 5
        assert len(tiny) <= 9 * 60 // 5
        assert await windows(e, calculation_method=method, max_slot_duration=-3)
