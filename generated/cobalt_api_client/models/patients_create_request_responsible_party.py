from enum import StrEnum


class PatientsCreateRequestResponsibleParty(StrEnum):
    ADOPTED_CHILD = "adopted_child"
    CADAVER_DONOR = "cadaver_donor"
    CHILD = "child"
    EMPLOYEE = "employee"
    FOSTER_CHILD = "foster_child"
    GRANDCHILD = "grandchild"
    GRANDPARENT = "grandparent"
    HANDICAPPED_DEPENDENT = "handicapped_dependent"
    INJURED_PLAINTIFF = "injured_plaintiff"
    LIFE_PARTNER = "life_partner"
    MINOR_DEPENDENT = "minor_dependent"
    NIECE_NEPHEW = "niece_nephew"
    ORGAN_DONOR = "organ_donor"
    OTHER = "other"
    PARENT = "parent"
    SELF = "self"
    SPONSORED_DEPENDENT = "sponsored_dependent"
    SPOUSE = "spouse"
    STEP_CHILD = "step_child"
    UNKNOWN = "unknown"
    WARD_OF_COURT = "ward_of_court"

    def __str__(self) -> str:
        return str(self.value)
