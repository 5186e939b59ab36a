"""The EHR's scheduling rules, checked when the appointment job runs: each refusal fails the job
with `appointment.failed`, a `failure_reason` and a `reasons[]` code; accepted cases are created."""

from __future__ import annotations

import pytest

from .profile_helpers import EHRS, FRIDAY, MONDAY, SATURDAY, TUESDAY, WEDNESDAY, codes, env


def at(day: str, clock: str) -> str:
    return f"{day}T{clock}:00-05:00"


@pytest.mark.parametrize("ehr", EHRS)
async def test_unknown_visit_type_fails_the_job_known_one_is_created(ehr: str) -> None:
    async with env(ehr) as e:
        bad = await e.book(at(MONDAY, "10:00"), "zzz-unknown")
        assert bad["event_type"] == "appointment.failed" and codes(bad) == ["UNKNOWN_VISIT_TYPE"]
        assert "zzz-unknown" in bad["data"]["failure_reason"] and "GET /visit-types" in bad["data"]["failure_reason"]
        assert e.sb.store.get("appointments", bad["data"]["appointment_id"])["status"] == "failed"  # type: ignore[index]
        good = await e.book(at(MONDAY, "10:00"), "f/u")  # in every profile's table
        assert good["event_type"] == "appointment.created"


async def test_visit_type_codes_match_in_any_letter_case() -> None:
    async with env("ecw") as e:
        assert (await e.book(at(MONDAY, "11:00"), "SK"))["event_type"] == "appointment.created"


@pytest.mark.parametrize("ehr", EHRS)
async def test_neither_mrn_nor_patient_name_is_refused_at_request_time(ehr: str) -> None:
    async with env(ehr) as e:
        before = len(e.sb.store.all("appointments"))
        body = {"provider": "1000", "location": "2450", "type": "f/u", "datetime": at(MONDAY, "10:00")}
        resp = await e.client.post("/appointments", json=body)
        assert resp.status_code == 400
        assert resp.json() == {"success": False, "message": "Missing required field: mrn"}
        assert len(e.sb.store.all("appointments")) == before and e.sb.jobs.pending_count() == 0


async def test_patient_name_books_the_named_patient() -> None:
    async with env() as e:
        pat = e.sb.store.all("patients")[3]
        name = f"{pat['first_name']} {pat['last_name']}".upper()
        event = await e.book(at(MONDAY, "10:00"), mrn=None, patient_name=name)
        assert event["event_type"] == "appointment.created", event["data"]
        assert event["data"]["mrn"] == pat["mrn"]


async def test_unknown_patient_name_fails_naming_the_patient() -> None:
    async with env() as e:
        event = await e.book(at(MONDAY, "10:00"), mrn=None, patient_name="Nobody Atall")
        assert codes(event) == ["PATIENT_NAME_NOT_FOUND"]
        assert event["data"]["failure_reason"] == "Patient 'Nobody Atall' not found in the EHR."


async def test_unknown_mrn_fails_without_python_values() -> None:
    async with env() as e:
        event = await e.book(at(MONDAY, "10:00"), mrn="999999")
        assert codes(event) == ["PATIENT_NOT_FOUND"]
        assert event["data"]["failure_reason"] == "Patient with MRN '999999' not found in the EHR."


async def test_a_patient_created_after_the_request_is_found_when_the_job_runs() -> None:
    async with env() as e:
        created = await e.client.post(
            "/patients", json={"first_name": "Grace", "last_name": "Hopper", "dob": "1906-12-09", "sex": "female"}
        )
        booking = await e.client.post(
            "/appointments",
            json={
                "patient_name": "Grace Hopper",
                "provider": "1000",
                "location": "2450",
                "type": "f/u",
                "datetime": at(MONDAY, "10:00"),
            },
        )
        assert created.status_code == booking.status_code == 200
        e.sb.advance(1.0)
        kinds = [ev["event_type"] for ev in e.sb.events_list()]
        assert kinds == ["patient.created", "appointment.created"]


# (ehr, provider, start, expected code or None when the EHR takes it)
HOURS = [
    ("ecw", "1000", at(MONDAY, "08:00"), None),
    ("ecw", "1000", at(MONDAY, "16:45"), None),  # 15 minutes of f/u end at 17:00
    ("ecw", "1000", at(MONDAY, "16:50"), "OUTSIDE_WORKING_HOURS"),
    ("ecw", "1000", at(MONDAY, "07:30"), "OUTSIDE_WORKING_HOURS"),
    ("ecw", "1000", at(SATURDAY, "10:00"), "PROVIDER_DAY_OFF"),
    ("ecw", "1001", at(FRIDAY, "10:00"), "PROVIDER_DAY_OFF"),
    ("ecw", "1001", at(WEDNESDAY, "11:00"), None),
    ("ecw", "1001", at(WEDNESDAY, "13:00"), "OUTSIDE_WORKING_HOURS"),  # half day
    ("ecw", "1002", at(MONDAY, "12:15"), "OUTSIDE_WORKING_HOURS"),  # lunch break
    ("ecw", "1002", at(WEDNESDAY, "10:00"), "PROVIDER_DAY_OFF"),
    ("webpt", "1000", at(MONDAY, "07:00"), None),
    ("webpt", "1000", at(MONDAY, "12:30"), "OUTSIDE_WORKING_HOURS"),
    ("webpt", "1001", at(TUESDAY, "09:00"), "PROVIDER_DAY_OFF"),
    ("webpt", "1002", at(SATURDAY, "09:00"), None),  # Saturday clinic
    ("practice_fusion", "1000", at(MONDAY, "09:00"), None),
    ("practice_fusion", "1000", at(MONDAY, "08:30"), "OUTSIDE_WORKING_HOURS"),
    ("practice_fusion", "1001", at(FRIDAY, "10:00"), "PROVIDER_DAY_OFF"),
]


@pytest.mark.parametrize(("ehr", "provider", "start", "expected"), HOURS)
async def test_working_hours_and_days_off(ehr: str, provider: str, start: str, expected: str | None) -> None:
    async with env(ehr) as e:
        event = await e.book(start, "f/u", provider, duration="15")
        if expected is None:
            assert event["event_type"] == "appointment.created", event["data"]
        else:
            assert event["event_type"] == "appointment.failed" and codes(event) == [expected]


async def test_the_hours_a_provider_was_given_by_patch_are_the_ones_booked_against() -> None:
    async with env() as e:
        hours = [{"day": "Saturday", "shifts": [{"start": "T10:00:00", "end": "T12:00:00"}]}]
        assert (await e.client.patch("/providers/ehr/1000", json={"hours": hours})).status_code == 200
        assert codes(await e.book(at(MONDAY, "10:00"))) == ["PROVIDER_DAY_OFF"]
        assert (await e.book(at(SATURDAY, "10:00")))["event_type"] == "appointment.created"


async def test_ecw_single_appointment_slots() -> None:
    async with env("ecw") as e:
        assert (await e.book(at(MONDAY, "08:00"), "np"))["event_type"] == "appointment.created"
        full = await e.book(at(MONDAY, "08:00"), "np")
        assert codes(full) == ["SLOT_FULL"]
        assert "08:00-08:30" in full["data"]["failure_reason"] and "1 of 1" in full["data"]["failure_reason"]
        assert (await e.book(at(MONDAY, "08:30"), "np"))["event_type"] == "appointment.created"
        outside = await e.book(at(MONDAY, "10:00"), "np")
        assert codes(outside) == ["NO_SLOT_FOR_VISIT_TYPE"]
        assert "08:00-08:30, 08:30-09:00" in outside["data"]["failure_reason"]


async def test_ecw_multi_capacity_slot_holds_three() -> None:
    async with env("ecw") as e:
        for clock in ("13:00", "13:00", "13:30"):
            assert (await e.book(at(MONDAY, clock), "nv"))["event_type"] == "appointment.created"
        assert codes(await e.book(at(MONDAY, "13:45"), "nv")) == ["SLOT_FULL"]
        assert (await e.book(at(TUESDAY, "13:00"), "nv"))["event_type"] == "appointment.created"


async def test_ecw_all_day_capacity_block() -> None:
    async with env("ecw") as e:
        for clock in ("08:00", "10:00", "12:00", "16:00"):
            assert (await e.book(at(MONDAY, clock), "televisit"))["event_type"] == "appointment.created"
        assert codes(await e.book(at(MONDAY, "14:00"), "televisit")) == ["SLOT_FULL"]


async def test_a_cancelled_appointment_frees_its_slot() -> None:
    async with env("ecw") as e:
        first = await e.book(at(MONDAY, "08:00"), "np")
        cancel = e.client.base_url.copy_with(
            path=f"/_sandbox/ehr/appointments/{first['data']['appointment_id']}/cancel"
        )
        assert (await e.client.post(cancel)).status_code == 200
        assert (await e.book(at(MONDAY, "08:00"), "np"))["event_type"] == "appointment.created"


@pytest.mark.parametrize("ehr", EHRS)
async def test_prevent_double_booking_only_where_honoured(ehr: str) -> None:
    async with env(ehr) as e:
        first = await e.book(at(MONDAY, "10:00"), "f/u", duration="30")
        assert first["event_type"] == "appointment.created"
        plain = await e.book(at(MONDAY, "10:15"), "f/u")
        assert plain["event_type"] == "appointment.created"  # without the option the EHR double-books
        checked = await e.book(at(MONDAY, "10:15"), "f/u", prevent_double_booking="true")
        if ehr == "webpt":
            assert checked["event_type"] == "appointment.created"  # accepted but ignored
            return
        assert codes(checked) == ["DOUBLE_BOOKING"]
        assert checked["data"]["conflict_type"] == "appointment"
        assert checked["data"]["conflict_details"]["appointment_id"] in {
            first["data"]["appointment_id"],
            plain["data"]["appointment_id"],
        }
        free = await e.book(at(MONDAY, "11:30"), "f/u", prevent_double_booking="true")
        assert free["event_type"] == "appointment.created"


async def test_several_refusals_are_reported_together() -> None:
    async with env() as e:
        event = await e.book(at(MONDAY, "10:00"), "zzz", mrn="999999")
        assert codes(event) == ["UNKNOWN_VISIT_TYPE", "PATIENT_NOT_FOUND"]
        descriptions = [r["description"] for r in event["data"]["reasons"]]
        assert event["data"]["failure_reason"] == " ".join(descriptions)


@pytest.mark.parametrize("field", ["mrn", "patient_name"])
async def test_an_empty_patient_identifier_is_refused(field: str) -> None:
    async with env() as e:
        body = {"provider": "1000", "location": "2450", "type": "f/u", "datetime": at(MONDAY, "10:00"), field: ""}
        resp = await e.client.post("/appointments", json=body)
        assert resp.status_code == 400 and resp.json()["success"] is False
        assert e.sb.jobs.pending_count() == 0


@pytest.mark.parametrize(("start", "duration"), [("9999-12-31T23:50:00-05:00", "30"), (at(MONDAY, "10:00"), "9" * 30)])
async def test_extreme_times_and_durations_fail_as_outside_hours_not_as_errors(start: str, duration: str) -> None:
    async with env() as e:
        event = await e.book(start, duration=duration)
        assert codes(event) == ["OUTSIDE_WORKING_HOURS"], event["data"]
