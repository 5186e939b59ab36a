"""The EHRs Cobalt Link offers in the sandbox (the names Cobalt's docs mention).

Ids follow the sandbox's EHR profile keys (`ecw`, `webpt`, `practice_fusion`) so a link token's
`emr_name` and the profile the sandbox plays name an EHR the same way.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ehr:
    id: str
    name: str
    emr_instance_domain: str


EHRS: tuple[Ehr, ...] = (
    Ehr("ecw", "eClinicalWorks", "ecw.sandbox.ehr.example.test"),
    Ehr("webpt", "WebPT", "webpt.sandbox.ehr.example.test"),
    Ehr("practice_fusion", "Practice Fusion", "practicefusion.sandbox.ehr.example.test"),
    Ehr("elation", "Elation", "elation.sandbox.ehr.example.test"),
)
DEFAULT = EHRS[0]


def find(value: object) -> Ehr | None:
    """The EHR named by an id or a display name (case and spaces ignored), e.g. `emr_name` of a link token."""
    if not isinstance(value, str):
        return None
    key = value.replace(" ", "").replace("_", "").lower()
    return next((e for e in EHRS if key in (e.id.replace("_", ""), e.name.replace(" ", "").lower())), None)
