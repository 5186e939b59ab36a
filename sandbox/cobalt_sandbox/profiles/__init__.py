"""EHR profiles: the sandbox plays one EHR at a time (``SandboxConfig(ehr=...)``, ``--ehr``).

A profile is data: the EHR's visit types, its providers' weekly hours and slot patterns, which
request options it honours, the patient fields an account of it requires, and how long its jobs
take. The handlers ask the profile; nothing here touches the store or the wire.
"""

from __future__ import annotations

from cobalt_sandbox.profiles._model import DOCUMENTED_PATIENT_FIELDS, Profile, Shift, SlotRule
from cobalt_sandbox.profiles.ecw import ECW
from cobalt_sandbox.profiles.practice_fusion import PRACTICE_FUSION
from cobalt_sandbox.profiles.webpt import WEBPT

PROFILES: dict[str, Profile] = {p.key: p for p in (ECW, WEBPT, PRACTICE_FUSION)}
DEFAULT_EHR = ECW.key


def get_profile(name: str) -> Profile:
    """The profile called ``name`` (its key, e.g. ``ecw``, or its EHR's name, any letter case)."""
    wanted = name.strip().lower().replace("-", "_").replace(" ", "_")
    for profile in PROFILES.values():
        if wanted in (profile.key, profile.ehr_name.lower().replace(" ", "_")):
            return profile
    known = ", ".join(PROFILES)
    raise ValueError(f"unknown EHR profile {name!r}; known profiles: {known}")


__all__ = ["DEFAULT_EHR", "DOCUMENTED_PATIENT_FIELDS", "PROFILES", "Profile", "Shift", "SlotRule", "get_profile"]
