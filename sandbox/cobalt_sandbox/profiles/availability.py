"""GET /availability's three calculation methods over the stored schedules.

- ``gaps``: the free time of each shift between booked appointments (plus `buffer`).
- ``slots``: the EHR's pre-defined slots. eClinicalWorks: the shifts' `visit_type_rules`, each with
  `max_visits` (its `total_visits`) and `available_appointments` (what is left); WebPT: the
  calendar's placeholder entries ("Open", "Available"), one visit each; an EHR without slot
  patterns has none. Full slots are left out.
- ``equal_slots``: the free time cut into equal slots of `max_slot_duration` minutes (else the
  visit type's default length), one visit each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cobalt_sandbox.profiles._model import Profile
from cobalt_sandbox.profiles.calendar import BUSY, JSON, Block, Booking, blocks_on, bookings_by_day, same_type

ALL = "all"
MIN_SLOT_MINUTES = 5  # a shorter max_slot_duration is read as 5: no EHR books 1-minute visits


@dataclass(frozen=True)
class Query:
    """The availability parameters, normalised."""

    start: dt.date
    end: dt.date
    method: str = "gaps"
    provider_ids: tuple[str, ...] = ()
    location_ids: tuple[str, ...] = ()
    buffer: int = 0
    visit_type: str = ALL
    slot_type: str | None = None
    daily_limit: int | None = None
    daily_limit_type: str | None = None
    max_slot_duration: int | None = None


def compute(profile: Profile, providers: list[JSON], appointments: list[JSON], q: Query) -> list[JSON]:
    out: list[JSON] = []
    for prov in providers:
        if prov.get("status") != "active" or prov.get("hide_in_availability") in (True, "true"):
            continue
        if q.provider_ids and prov.get("ehr_id") not in q.provider_ids and prov.get("id") not in q.provider_ids:
            continue
        busy = bookings_by_day(appointments, str(prov.get("ehr_id")), BUSY)  # read once per provider
        day = q.start
        while day <= q.end:
            out.extend(_day(profile, prov, busy.get(day, []), day, q))
            day += dt.timedelta(days=1)
    return out


def _day(profile: Profile, prov: JSON, busy: list[Booking], day: dt.date, q: Query) -> list[JSON]:
    blocks = [b for b in blocks_on(prov, day) if not q.location_ids or b.facility_id in q.location_ids]
    if not blocks:
        return []
    if q.daily_limit is not None and q.daily_limit_type:
        counted = sum(1 for b in busy if same_type(b.visit_type, q.daily_limit_type))
        if counted >= q.daily_limit:
            return []
    out: list[JSON] = []
    for block in blocks:
        if q.method == "slots":
            out.extend(_slots(profile, prov, block, busy, q))
            continue
        for start, end in _free(block, busy, profile, q):
            if q.method == "equal_slots":
                out.extend(_equal(profile, prov, block, start, end, q))
            else:
                out.extend(_window(prov, block, s, e) for s, e in _split(start, end, q.max_slot_duration))
    return out


def _free(block: Block, busy: list[Booking], profile: Profile, q: Query) -> list[tuple[dt.datetime, dt.datetime]]:
    out: list[tuple[dt.datetime, dt.datetime]] = []
    cursor = block.start
    for b in busy:
        pad = q.buffer if q.visit_type.lower() == ALL or same_type(b.visit_type, q.visit_type) else 0
        b_end = b.end + dt.timedelta(minutes=pad)
        if b.start > cursor:
            out.append((cursor, min(b.start, block.end)))
        cursor = max(cursor, b_end)
        if cursor >= block.end:
            break
    if cursor < block.end:
        out.append((cursor, block.end))
    return [(s, e) for s, e in out if (e - s) >= dt.timedelta(minutes=1)]


def _split(start: dt.datetime, end: dt.datetime, max_minutes: int | None) -> list[tuple[dt.datetime, dt.datetime]]:
    if not max_minutes or max_minutes <= 0:
        return [(start, end)]
    step = dt.timedelta(minutes=max(MIN_SLOT_MINUTES, max_minutes))
    out = []
    while start < end:
        out.append((start, min(start + step, end)))
        start += step
    return out


def _equal(profile: Profile, prov: JSON, block: Block, start: dt.datetime, end: dt.datetime, q: Query) -> list[JSON]:
    typed = q.visit_type.lower() != ALL
    given = q.max_slot_duration if q.max_slot_duration and q.max_slot_duration > 0 else None
    minutes = given or (profile.duration_of(q.visit_type) if typed else profile.default_duration)
    step = dt.timedelta(minutes=max(MIN_SLOT_MINUTES, minutes))
    label = profile.canonical(q.visit_type) if typed else ALL
    out = []
    while start + step <= end:
        out.append(_window(prov, block, start, start + step, label, 1, 1))
        start += step
    return out


def _slots(profile: Profile, prov: JSON, block: Block, busy: list[Booking], q: Query) -> list[JSON]:
    wanted = q.slot_type or (q.visit_type if q.visit_type.lower() != ALL else None)

    def chosen(code: str) -> bool:
        return wanted is None or same_type(code, wanted) or same_type(profile.description_of(code), wanted)

    out: list[JSON] = []
    if profile.slot_style == "rules":
        for rule in block.rules:
            if not chosen(rule.visit_type):
                continue
            taken = sum(
                1 for b in busy if same_type(b.visit_type, rule.visit_type) and rule.start <= b.start < rule.end
            )
            if taken < rule.total:
                out.append(_window(prov, block, rule.start, rule.end, rule.visit_type, rule.total - taken, rule.total))
    elif profile.slot_style == "placeholders":
        for code, t0, t1 in profile.placeholder_times:
            s = dt.datetime.combine(block.start.date(), dt.time.fromisoformat(t0), block.start.tzinfo)
            e = dt.datetime.combine(block.start.date(), dt.time.fromisoformat(t1), block.start.tzinfo)
            if not (block.start <= s and e <= block.end) or not chosen(code):
                continue
            if any(b.start < e and s < b.end for b in busy):
                continue  # a visit booked over the placeholder took it
            out.append(_window(prov, block, s, e, code, 1, 1))
    return out


def _duration(minutes: int) -> str:
    return f"{minutes // 60}h{minutes % 60}m" if minutes % 60 else f"{minutes // 60}h"


def _window(
    prov: JSON,
    block: Block,
    start: dt.datetime,
    end: dt.datetime,
    visit_type: str | None = None,
    available: int | None = None,
    max_visits: int | None = None,
) -> JSON:
    minutes = int((end - start).total_seconds() // 60)
    out: JSON = {
        "day_of_week": start.isoweekday(),
        "date": start.date().isoformat(),
        "duration_string": _duration(minutes) if minutes >= 60 else f"{minutes}m",
        "range_start": start.isoformat(timespec="milliseconds"),
        "range_end": end.isoformat(timespec="milliseconds"),
        "provider_id": prov.get("ehr_id"),
        "provider_name": prov.get("name"),
        "timezone_abbr": "EST",
        "facility_id": block.facility_id,
        "facility_name": block.facility_name,
    }
    if visit_type is not None:
        out.update(visit_type=visit_type, available_appointments=available, max_visits=max_visits)
    return out
