# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from typing import Literal

ProviderHoursInputDay = Literal["Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday"]

PROVIDER_HOURS_INPUT_DAY_VALUES: set[ProviderHoursInputDay] = {
    "Friday",
    "Monday",
    "Saturday",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
}


def check_provider_hours_input_day(value: str) -> ProviderHoursInputDay:
    if value in PROVIDER_HOURS_INPUT_DAY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROVIDER_HOURS_INPUT_DAY_VALUES!r}")
