"""Every failure a sandbox job can report: its `reasons[].code` and the text of its description.

Cobalt's docs say each failure event carries `reasons: [{code, description}]` and a legacy
`failure_reason` that joins the descriptions, but the archived pages stop before their list of
codes. These are the sandbox's codes, one per kind of failure, listed once (README, "EHR profiles").
Values are formatted by :func:`reason`, which refuses anything that is not plain text or a number,
so no description ever shows a Python value such as ``None``.
"""

from __future__ import annotations

import re
from typing import Any

# code -> description template ({name} fields are filled by `reason`)
REASONS: dict[str, str] = {
    # The EHR refuses the appointment (checked when the job runs, as the RPA would find out).
    "UNKNOWN_VISIT_TYPE": "Visit type '{visit_type}' does not exist in {ehr}. Use a code from GET /visit-types.",
    "PATIENT_NOT_FOUND": "Patient with MRN '{mrn}' not found in the EHR.",
    "PATIENT_NAME_NOT_FOUND": "Patient '{name}' not found in the EHR.",
    "PROVIDER_DAY_OFF": "Provider {provider} does not work on {day}s; {date} cannot be booked.",
    "OUTSIDE_WORKING_HOURS": "{start}-{end} on {date} is outside provider {provider}'s hours ({hours}).",
    "NO_SLOT_FOR_VISIT_TYPE": "Visit type '{visit_type}' is booked only in its slots on {day}s ({slots}).",
    "SLOT_FULL": "The '{visit_type}' slot {slot} on {date} is full ({booked} of {total} booked).",
    "DOUBLE_BOOKING": "The requested slot conflicts with an existing appointment.",
    # The appointment changed under the job.
    "APPOINTMENT_NOT_FOUND": "Appointment no longer exists.",
    # A failure asked for (fail-next, x-sandbox-fail, --fail-rate): the text given, one code per operation kind.
    "APPOINTMENT_FAILED": "{text}",
    "APPOINTMENT_UPDATE_FAILED": "{text}",
    "PATIENT_FAILED": "{text}",
    "INSURANCE_FAILED": "{text}",
    "EHR_ERROR": "{text}",
}
_FIELD = re.compile(r"\{(\w+)\}")


def reason(code: str, **values: Any) -> dict[str, str]:
    """One `reasons[]` entry; raises if ``code`` is not listed or a value is not text or a number."""
    template = REASONS[code]
    needed = set(_FIELD.findall(template))
    if needed != set(values):
        raise ValueError(f"reason {code} takes {sorted(needed)}, got {sorted(values)}")
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, str | int | float) or value == "":
            raise ValueError(f"reason {code}: {name} must be non-empty text or a number")
    return {"code": code, "description": template.format(**{k: str(v) for k, v in values.items()})}


def failure(reasons: list[dict[str, str]], **extra: Any) -> dict[str, Any]:
    """Failure fields of a *.failed event: `failure_reason` joins the descriptions of `reasons`."""
    if not reasons:
        raise ValueError("a failure needs at least one reason")
    return {"failure_reason": " ".join(r["description"] for r in reasons), "reasons": reasons, **extra}


def matches(entry: dict[str, Any]) -> bool:
    """Whether a `reasons[]` entry has a listed code and a description its template produces."""
    template = REASONS.get(str(entry.get("code")))
    if template is None:
        return False
    pattern = "".join("(.+)" if i % 2 else re.escape(part) for i, part in enumerate(_FIELD.split(template)))
    return re.fullmatch(pattern, str(entry.get("description", "")), re.DOTALL) is not None
