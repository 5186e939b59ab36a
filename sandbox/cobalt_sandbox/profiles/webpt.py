"""WebPT: the Notion guide's WebPT visit-type table; open slots are calendar placeholders."""

from __future__ import annotations

from cobalt_sandbox.profiles._model import Profile, Shift

# "Visit Type Options for WebPT" (Cobalt's Notion guide), verbatim.
VISIT_TYPES = (
    ("f/u", "Follow-Up"),
    ("ie", "Initial Examination"),
    ("re", "Re-Examination"),
    ("c", "Consultation"),
    ("of", "Orthosis Fabrication"),
    ("ce", "Calendar End"),
    ("cs", "Calendar Start"),
    ("ava", "Available"),
    ("oth", "Other"),
    ("is", "Injury Screen"),
    ("te", "Telehealth eval"),
    ("tf", "Telehealth followup"),
    ("pel", "Pelvic"),
    ("tmj", "TMJ"),
    ("spe", "Specialty"),
    ("ope", "Open"),
    ("ct", "Co Treat"),
)

_SPLIT = (Shift("07:00", "12:00"), Shift("13:00", "18:00"))
_EARLY = (Shift("07:00", "15:00"),)
_LATE = (Shift("10:00", "19:00"),)

WEBPT = Profile(
    key="webpt",
    ehr_name="WebPT",
    visit_types=VISIT_TYPES,
    weeks=(
        {day: _SPLIT for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")},
        {"Monday": _EARLY, "Wednesday": _EARLY, "Friday": _EARLY},
        {"Tuesday": _LATE, "Thursday": _LATE, "Saturday": (Shift("08:00", "12:00"),)},
    ),
    honours_double_booking=False,
    slot_style="placeholders",
    placeholder_times=(("ope", "11:00", "12:00"), ("ava", "14:00", "15:00"), ("ope", "16:00", "17:00")),
    seed_types=("f/u", "ie", "re", "tf"),
    durations={"ie": 60, "re": 45, "f/u": 45, "te": 30, "tf": 30},
    default_duration=45,
)
