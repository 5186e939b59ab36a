"""eClinicalWorks: the Notion guide's eCW visit-type table; practices book into slot patterns."""

from __future__ import annotations

from cobalt_sandbox.profiles._model import Profile, Shift, SlotRule

# "Visit Type Options for eCW" (Cobalt's Notion guide), verbatim.
VISIT_TYPES = (
    ("bh pre-adm", "Behavioral Health Pre-Admission"),
    ("bh visit", "Behavioral Health Admission & Treatment"),
    ("f/u", "Follow Up Visit"),
    ("hosp", "Hospital Follow up"),
    ("hss", "Home Sleep Study"),
    ("mask", "Mask Fitting"),
    ("np", "New Patient"),
    ("nv", "Nurse Visit"),
    ("ovp", "Overnight Pulse"),
    ("pdr", "PFT Dr Appointment"),
    ("pft", "Pulmonary Function Test"),
    ("sk", "SickLine"),
    ("telephone", "Televisit Phone"),
    ("televisit", "Televisit"),
    ("televisit1", "Televisit / OSA"),
    ("televisit2", "Televisit / Review Tests"),
    ("televisit3", "TeleVisit / Discuss medications"),
)

# The three slot patterns of an eCW schedule: single-appointment slots (new patients at the start of
# the day), a multi-capacity slot (nurse visits after lunch) and an all-day capacity block (televisits).
_FULL_DAY_RULES = (
    SlotRule("np", "08:00", "08:30", 1),
    SlotRule("np", "08:30", "09:00", 1),
    SlotRule("nv", "13:00", "14:00", 3),
    SlotRule("televisit", "08:00", "17:00", 4),
)
_PFT_RULES = (
    SlotRule("pft", "09:00", "10:00", 2),
    SlotRule("hss", "08:00", "17:00", 2),
)
_FULL = (Shift("08:00", "17:00", _FULL_DAY_RULES),)
_LUNCH_BREAK = (Shift("09:00", "12:00"), Shift("13:00", "17:00"))

ECW = Profile(
    key="ecw",
    ehr_name="eClinicalWorks",
    visit_types=VISIT_TYPES,
    weeks=(
        # Monday to Friday, full days with every slot pattern.
        {day: _FULL for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")},
        # Fridays off, a half day on Wednesday; pulmonary tests in their own slots.
        {
            "Monday": (Shift("08:00", "17:00", _PFT_RULES),),
            "Tuesday": (Shift("08:00", "17:00", _PFT_RULES),),
            "Wednesday": (Shift("08:00", "12:00"),),
            "Thursday": (Shift("08:00", "17:00", _PFT_RULES),),
        },
        # Three days a week, with a lunch break.
        {"Monday": _LUNCH_BREAK, "Tuesday": _LUNCH_BREAK, "Thursday": _LUNCH_BREAK},
    ),
    honours_double_booking=True,
    slot_style="rules",
    seed_types=("f/u", "sk", "televisit1", "hosp", "mask"),
    durations={"np": 30, "f/u": 15, "nv": 15, "pft": 30, "hss": 30, "televisit": 20, "sk": 15},
)
