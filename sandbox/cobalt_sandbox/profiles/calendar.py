"""Reading a provider's stored week and the appointments on it, in the clinic's time.

Works on the records as GET /providers and GET /appointments return them, so a schedule changed
through PATCH /providers is the one booking and availability use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cobalt_sandbox.seed import OFFSET

JSON = dict[str, Any]
CLINIC_TZ = dt.timezone(dt.timedelta(hours=int(OFFSET[:3]), minutes=int(OFFSET[0] + OFFSET[4:])))
IN_EHR = frozenset({"scheduled", "completed"})  # what the EHR's own schedule holds
BUSY = frozenset({"scheduled", "pending"})  # what Cobalt's cached schedule counts as taken


@dataclass(frozen=True)
class Rule:
    """A `visit_type_rules` entry on one date."""

    visit_type: str
    start: dt.datetime
    end: dt.datetime
    total: int


@dataclass(frozen=True)
class Block:
    """One shift on one date."""

    start: dt.datetime
    end: dt.datetime
    facility_id: str | None
    facility_name: str | None
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Booking:
    start: dt.datetime
    end: dt.datetime
    record: JSON

    @property
    def visit_type(self) -> str:
        return str(self.record.get("appointment_type") or "")


def clock_time(value: object) -> dt.time | None:
    """`T08:00:00`, `08:00:00` or `08:00` as a time; None for anything else (e.g. `T24:00:00`)."""
    try:
        return dt.time.fromisoformat(str(value).lstrip("T"))
    except ValueError:
        return None


def local(value: object) -> dt.datetime | None:
    """An ISO date-time with offset, in the clinic's time zone; None when it is not one."""
    try:
        when = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    if when.utcoffset() == CLINIC_TZ.utcoffset(None):
        return when.replace(tzinfo=CLINIC_TZ)  # no conversion (through UTC it could leave the calendar)
    try:
        return when.astimezone(CLINIC_TZ)
    except OverflowError:  # year 1 or 9999 at the edge of the calendar
        return None


def end_of(start: dt.datetime, minutes: object) -> dt.datetime:
    """``start`` plus a visit's minutes: at most a day (no shift is longer), never past the calendar's end."""
    try:
        length = min(max(int(str(minutes)), 0), 24 * 60)
    except (TypeError, ValueError):
        length = 30
    try:
        return start + dt.timedelta(minutes=length)
    except OverflowError:
        return start.replace(hour=23, minute=59, second=59)


def hhmm(value: dt.datetime) -> str:
    return value.strftime("%H:%M")


def _bound(shift: JSON, key: str) -> dt.date | None:
    raw = shift.get(key)
    try:
        return dt.date.fromisoformat(str(raw)[:10]) if raw else None
    except ValueError:
        return None  # an unreadable bound limits nothing


def _applies(shift: JSON, day: dt.date) -> bool:
    first, last = _bound(shift, "set_start_date"), _bound(shift, "set_end_date")
    return (first is None or day >= first) and (last is None or day <= last)


def blocks_on(provider: JSON, day: dt.date) -> list[Block]:
    """The provider's shifts on ``day``, earliest first (none on a day off)."""
    out: list[Block] = []
    name = day.strftime("%A")
    for hours in provider.get("hours") or []:
        if not isinstance(hours, dict) or hours.get("day") != name:
            continue
        for shift in hours.get("shifts") or []:
            if not isinstance(shift, dict) or not _applies(shift, day):
                continue
            t0, t1 = clock_time(shift.get("start", "T09:00:00")), clock_time(shift.get("end", "T17:00:00"))
            if t0 is None or t1 is None or t1 <= t0:
                continue  # a stored shift that is not a time range offers nothing
            rules = tuple(r for r in (_rule(raw, day) for raw in shift.get("visit_type_rules") or []) if r)
            out.append(
                Block(
                    dt.datetime.combine(day, t0, CLINIC_TZ),
                    dt.datetime.combine(day, t1, CLINIC_TZ),
                    _text(shift.get("facility_id")),
                    _text(shift.get("facility_name")),
                    rules,
                )
            )
    return sorted(out, key=lambda b: b.start)


def _text(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _rule(raw: object, day: dt.date) -> Rule | None:
    if not isinstance(raw, dict):
        return None
    t0, t1 = clock_time(raw.get("start_time")), clock_time(raw.get("end_time"))
    total = raw.get("total_visits")
    if t0 is None or t1 is None or t1 <= t0 or not isinstance(total, int) or isinstance(total, bool):
        return None
    return Rule(
        str(raw.get("visit_type_id") or ""),
        dt.datetime.combine(day, t0, CLINIC_TZ),
        dt.datetime.combine(day, t1, CLINIC_TZ),
        total,
    )


def bookings_by_day(
    appointments: list[JSON], provider_ehr_id: str, statuses: frozenset[str]
) -> dict[dt.date, list[Booking]]:
    """The provider's appointments whose status is in ``statuses``, by clinic date, earliest first."""
    out: dict[dt.date, list[Booking]] = {}
    for rec in appointments:
        if rec.get("provider_ehr_id") != provider_ehr_id or rec.get("status") not in statuses:
            continue
        start = local(rec.get("datetime"))
        if start is None:
            continue  # an unreadable booking blocks nothing rather than breaking the search
        out.setdefault(start.date(), []).append(Booking(start, end_of(start, rec.get("duration") or 30), rec))
    for day in out.values():
        day.sort(key=lambda b: b.start)
    return out


def bookings(appointments: list[JSON], provider_ehr_id: str, day: dt.date, statuses: frozenset[str]) -> list[Booking]:
    """The provider's appointments on ``day`` whose status is in ``statuses``, earliest first."""
    return bookings_by_day(appointments, provider_ehr_id, statuses).get(day, [])


def same_type(a: str, b: str) -> bool:
    return a.strip().lower() == b.strip().lower()
