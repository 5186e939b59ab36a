# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

PatientsFetchRequestIncludeType1Item = Literal["insurances", "tasks"]

PATIENTS_FETCH_REQUEST_INCLUDE_TYPE_1_ITEM_VALUES: set[PatientsFetchRequestIncludeType1Item] = {
    "insurances",
    "tasks",
}


def check_patients_fetch_request_include_type_1_item(value: str) -> PatientsFetchRequestIncludeType1Item:
    if value in PATIENTS_FETCH_REQUEST_INCLUDE_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATIENTS_FETCH_REQUEST_INCLUDE_TYPE_1_ITEM_VALUES!r}"
    )
