"""What an EHR profile is: plain, frozen data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# GET /settings' documented example of `required_patient_fields`.
DOCUMENTED_PATIENT_FIELDS: tuple[str, ...] = ("first_name", "last_name", "dob", "sex")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class SlotRule:
    """Capacity reserved for one visit type inside a shift (GET /providers' `visit_type_rules`).

    A rule with ``total_visits == 1`` is a single-appointment slot, a larger one a multi-capacity
    slot; one spanning the whole shift is an all-day capacity block.
    """

    visit_type: str
    start: str  # "HH:MM", the clinic's time
    end: str
    total_visits: int


@dataclass(frozen=True)
class Shift:
    """One working period of a provider on a weekday."""

    start: str  # "HH:MM"
    end: str
    rules: tuple[SlotRule, ...] = ()


Week = Mapping[str, tuple[Shift, ...]]  # weekday name -> shifts; a missing day is a day off


@dataclass(frozen=True)
class Profile:
    """One EHR as the sandbox plays it."""

    key: str  # what --ehr takes, e.g. "ecw"
    ehr_name: str  # e.g. "eClinicalWorks"
    visit_types: tuple[tuple[str, str], ...]  # (code, description), as GET /visit-types lists them
    weeks: tuple[Week, ...]  # provider i works weeks[i % len(weeks)]
    honours_double_booking: bool  # whether `prevent_double_booking` is checked (else accepted, ignored)
    # "rules": slots are the shifts' visit_type_rules; "placeholders": slots are calendar entries of
    # the placeholder visit types (e.g. WebPT's "Open"); "none": the EHR has no pre-defined slots.
    slot_style: str
    seed_types: tuple[str, ...]  # visit types of the seeded appointments
    # (visit type, start, end) of the placeholder entries on every working day ("placeholders" only)
    placeholder_times: tuple[tuple[str, str, str], ...] = ()
    required_patient_fields: tuple[str, ...] = DOCUMENTED_PATIENT_FIELDS
    durations: Mapping[str, int] = field(default_factory=dict)  # the EHR's default minutes per visit type
    default_duration: int = 30

    def codes(self) -> set[str]:
        return {code for code, _ in self.visit_types}

    def knows(self, visit_type: str) -> bool:
        """Whether ``visit_type`` is one of the EHR's codes (codes match case-insensitively)."""
        return visit_type.strip().lower() in {c.lower() for c in self.codes()}

    def canonical(self, visit_type: str) -> str:
        """The EHR's spelling of a known code (``NP`` -> ``np``), else the value as given."""
        wanted = visit_type.strip().lower()
        return next((c for c, _ in self.visit_types if c.lower() == wanted), visit_type)

    def description_of(self, visit_type: str) -> str:
        code = self.canonical(visit_type)
        return next((d for c, d in self.visit_types if c == code), code)

    def duration_of(self, visit_type: str) -> int:
        return int(self.durations.get(self.canonical(visit_type), self.default_duration))

    def week_of(self, provider_index: int) -> Week:
        return self.weeks[provider_index % len(self.weeks)]
