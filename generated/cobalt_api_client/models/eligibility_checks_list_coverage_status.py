# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

EligibilityChecksListCoverageStatus = Literal["active", "error", "inactive", "unknown"]

ELIGIBILITY_CHECKS_LIST_COVERAGE_STATUS_VALUES: set[EligibilityChecksListCoverageStatus] = {
    "active",
    "error",
    "inactive",
    "unknown",
}


def check_eligibility_checks_list_coverage_status(value: str) -> EligibilityChecksListCoverageStatus:
    if value in ELIGIBILITY_CHECKS_LIST_COVERAGE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELIGIBILITY_CHECKS_LIST_COVERAGE_STATUS_VALUES!r}")
