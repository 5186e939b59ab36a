# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

PatientsCreateRequestResponsibleParty = Literal[
    "adopted_child",
    "cadaver_donor",
    "child",
    "employee",
    "foster_child",
    "grandchild",
    "grandparent",
    "handicapped_dependent",
    "injured_plaintiff",
    "life_partner",
    "minor_dependent",
    "niece_nephew",
    "organ_donor",
    "other",
    "parent",
    "self",
    "sponsored_dependent",
    "spouse",
    "step_child",
    "unknown",
    "ward_of_court",
]

PATIENTS_CREATE_REQUEST_RESPONSIBLE_PARTY_VALUES: set[PatientsCreateRequestResponsibleParty] = {
    "adopted_child",
    "cadaver_donor",
    "child",
    "employee",
    "foster_child",
    "grandchild",
    "grandparent",
    "handicapped_dependent",
    "injured_plaintiff",
    "life_partner",
    "minor_dependent",
    "niece_nephew",
    "organ_donor",
    "other",
    "parent",
    "self",
    "sponsored_dependent",
    "spouse",
    "step_child",
    "unknown",
    "ward_of_court",
}


def check_patients_create_request_responsible_party(value: str) -> PatientsCreateRequestResponsibleParty:
    if value in PATIENTS_CREATE_REQUEST_RESPONSIBLE_PARTY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATIENTS_CREATE_REQUEST_RESPONSIBLE_PARTY_VALUES!r}")
