"""Every failure a job reports comes from the one list (cobalt_sandbox.reasons), and no message shows
a Python value."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from cobalt_sandbox.reasons import REASONS, failure, matches, reason

from .profile_helpers import EHRS, MONDAY, env

PYTHON_VALUES = re.compile(r"\b(None|True|False)\b|\[\]|\{\}|<[a-z_.]+ object")


async def _failing_everything(ehr: str) -> list[dict[str, Any]]:
    """Provoke each kind of failure the profile can produce; return every event recorded."""
    async with env(ehr) as e:
        at = f"{MONDAY}T10:00:00-05:00"
        await e.book(at, "zzz-unknown")
        await e.book(at, mrn="999999")
        await e.book(at, mrn=None, patient_name="Nobody Atall")
        await e.book(f"{MONDAY}T22:00:00-05:00")
        await e.book("2025-03-09T10:00:00-05:00")  # a Sunday: nobody works
        if ehr == "ecw":
            await e.book(f"{MONDAY}T08:00:00-05:00", "np")
            await e.book(f"{MONDAY}T08:00:00-05:00", "np")
            await e.book(f"{MONDAY}T11:00:00-05:00", "np")
        await e.book(f"{MONDAY}T14:00:00-05:00", "f/u", duration="30")
        await e.book(f"{MONDAY}T14:00:00-05:00", "f/u", prevent_double_booking="true")
        e.sb.fail_next_job("appointments_create", "EHR timed out")
        await e.book(f"{MONDAY}T15:00:00-05:00")
        e.sb.fail_next_job("patients_create", "Duplicate patient found.")
        body = {"first_name": "A", "last_name": "B", "dob": "1990-01-01", "sex": "male"}
        assert (await e.client.post("/patients", json=body)).status_code == 200
        e.sb.advance(2)
        return [rec["_envelope"] for rec in e.sb.events_list()]


@pytest.mark.parametrize("ehr", EHRS)
async def test_every_reason_is_listed_and_joined_into_failure_reason(ehr: str) -> None:
    events = await _failing_everything(ehr)
    failed = [ev for ev in events if ev["type"].endswith(".failed")]
    assert len(failed) >= (6 if ehr == "webpt" else 7)
    seen: set[str] = set()
    for ev in failed:
        reasons = ev["data"]["reasons"]
        assert reasons and all(matches(r) for r in reasons), reasons
        assert ev["data"]["failure_reason"] == " ".join(r["description"] for r in reasons)
        seen.update(r["code"] for r in reasons)
    expected = {"UNKNOWN_VISIT_TYPE", "PATIENT_NOT_FOUND", "PATIENT_NAME_NOT_FOUND", "APPOINTMENT_FAILED"}
    expected |= {"PATIENT_FAILED", "OUTSIDE_WORKING_HOURS", "PROVIDER_DAY_OFF"}
    if ehr != "webpt":
        expected.add("DOUBLE_BOOKING")
    if ehr == "ecw":
        expected |= {"SLOT_FULL", "NO_SLOT_FOR_VISIT_TYPE"}
    assert expected <= seen


@pytest.mark.parametrize("ehr", EHRS)
async def test_no_event_shows_a_python_value(ehr: str) -> None:
    for ev in await _failing_everything(ehr):
        for text in (ev["data"].get("failure_reason"), *(r["description"] for r in ev["data"].get("reasons", []))):
            if text is not None:
                assert not PYTHON_VALUES.search(text), text
        assert "'None'" not in json.dumps(ev)


@pytest.mark.parametrize("value", [None, "", True, ["x"], {"a": 1}])
def test_reason_refuses_values_that_are_not_text(value: object) -> None:
    with pytest.raises(ValueError):
        reason("PATIENT_NOT_FOUND", mrn=value)


def test_reason_needs_exactly_its_fields_and_a_listed_code() -> None:
    with pytest.raises(ValueError):
        reason("PATIENT_NOT_FOUND")
    with pytest.raises(KeyError):
        reason("NO_SUCH_CODE")
    with pytest.raises(ValueError):
        failure([])


def test_matches_checks_code_and_text() -> None:
    assert matches(reason("SLOT_FULL", visit_type="np", slot="08:00-08:30", date="2025-03-03", booked=1, total=1))
    assert not matches({"code": "SLOT_FULL", "description": "something else"})
    assert not matches({"code": "MADE_UP", "description": "x"})
    assert all(code.isupper() and code.replace("_", "").isalpha() for code in REASONS)
