"""What the EHR checks when the RPA books an appointment: visit type, hours, slot capacity, conflicts.

Each check returns `reasons[]` entries (see cobalt_sandbox.reasons); an empty list means the EHR
takes the appointment.
"""

from __future__ import annotations

import datetime as dt

from cobalt_sandbox.profiles._model import Profile
from cobalt_sandbox.profiles.calendar import (
    IN_EHR,
    JSON,
    Block,
    Booking,
    blocks_on,
    bookings,
    end_of,
    hhmm,
    local,
    same_type,
)
from cobalt_sandbox.reasons import reason


def provider_label(provider: JSON) -> str:
    return f"{provider.get('name') or 'unnamed'} (EHR ID {provider.get('ehr_id')})"


def visit_type_refusal(profile: Profile, visit_type: str) -> list[dict[str, str]]:
    if profile.knows(visit_type):
        return []
    return [reason("UNKNOWN_VISIT_TYPE", visit_type=visit_type or "(empty)", ehr=profile.ehr_name)]


def schedule_refusals(profile: Profile, provider: JSON, appointments: list[JSON], rec: JSON) -> list[dict[str, str]]:
    """Hours and slot capacity for ``rec`` (an appointment record not yet in the EHR)."""
    start = local(rec.get("datetime"))
    if start is None:
        return []  # validated at request time; a record without a readable start is not the EHR's concern
    end = end_of(start, rec.get("duration") or profile.default_duration)
    day = start.date()
    blocks = blocks_on(provider, day)
    who = provider_label(provider)
    if not blocks:
        return [reason("PROVIDER_DAY_OFF", provider=who, day=day.strftime("%A"), date=day.isoformat())]
    if not any(b.start <= start and end <= b.end for b in blocks):
        hours = ", ".join(f"{hhmm(b.start)}-{hhmm(b.end)}" for b in blocks)
        return [
            reason(
                "OUTSIDE_WORKING_HOURS",
                start=hhmm(start),
                end=hhmm(end),
                date=day.isoformat(),
                provider=who,
                hours=hours,
            )
        ]
    if profile.slot_style != "rules":
        return []
    return _slot_refusals(profile, blocks, bookings(appointments, str(provider.get("ehr_id")), day, IN_EHR), rec, start)


def _slot_refusals(
    profile: Profile, blocks: list[Block], booked: list[Booking], rec: JSON, start: dt.datetime
) -> list[dict[str, str]]:
    visit_type = str(rec.get("appointment_type") or "")
    rules = [r for b in blocks for r in b.rules if same_type(r.visit_type, visit_type)]
    if not rules:
        return []  # a visit type without slots is booked anywhere in the provider's hours
    fitting = [r for r in rules if r.start <= start < r.end]
    if not fitting:
        slots = ", ".join(f"{hhmm(r.start)}-{hhmm(r.end)}" for r in rules)
        return [
            reason(
                "NO_SLOT_FOR_VISIT_TYPE",
                visit_type=profile.canonical(visit_type),
                day=start.strftime("%A"),
                slots=slots,
            )
        ]
    for rule in fitting:
        taken = sum(
            1
            for b in booked
            if b.record.get("id") != rec.get("id")
            and same_type(b.visit_type, visit_type)
            and rule.start <= b.start < rule.end
        )
        if taken < rule.total:
            return []
    rule = fitting[0]
    return [
        reason(
            "SLOT_FULL",
            visit_type=profile.canonical(visit_type),
            slot=f"{hhmm(rule.start)}-{hhmm(rule.end)}",
            date=start.date().isoformat(),
            booked=rule.total,
            total=rule.total,
        )
    ]


def conflict(provider: JSON, appointments: list[JSON], rec: JSON) -> JSON | None:
    """The EHR appointment that ``rec`` would overlap (for `prevent_double_booking`), if any.

    Appointments sharing a multi-capacity slot of their visit type do not conflict: the slot is
    there to hold several at once.
    """
    start = local(rec.get("datetime"))
    if start is None:
        return None
    end = end_of(start, rec.get("duration") or 30)
    shared = [
        r
        for b in blocks_on(provider, start.date())
        for r in b.rules
        if r.total > 1 and same_type(r.visit_type, str(rec.get("appointment_type") or "")) and r.start <= start < r.end
    ]
    for other in bookings(appointments, str(provider.get("ehr_id")), start.date(), IN_EHR):
        if other.record.get("id") == rec.get("id") or not (other.start < end and start < other.end):
            continue
        if any(same_type(other.visit_type, r.visit_type) and r.start <= other.start < r.end for r in shared):
            continue
        return other.record
    return None
