"""Practice Fusion: honours `prevent_double_booking` (as eClinicalWorks does); no pre-defined slots.

The docs give no Practice Fusion visit-type table: the codes are the ones GET /settings' example
shows (`new_patient`, `televisit1`) plus common primary-care types (an assumption, see README).
"""

from __future__ import annotations

from cobalt_sandbox.profiles._model import Profile, Shift

VISIT_TYPES = (
    ("new_patient", "New Patient Visit (in-person)"),
    ("f/u", "Follow-up"),
    ("televisit1", "televisit1 (televisit / osa)"),
    ("physical", "Annual Physical"),
    ("sick", "Sick Visit"),
)

_DAY = (Shift("09:00", "17:00"),)

PRACTICE_FUSION = Profile(
    key="practice_fusion",
    ehr_name="Practice Fusion",
    visit_types=VISIT_TYPES,
    weeks=(
        {day: _DAY for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")},
        {day: _DAY for day in ("Monday", "Tuesday", "Wednesday", "Thursday")},
    ),
    honours_double_booking=True,
    slot_style="none",
    seed_types=("f/u", "physical", "sick", "televisit1"),
    durations={"new_patient": 45, "physical": 60, "f/u": 20, "sick": 20},
)
