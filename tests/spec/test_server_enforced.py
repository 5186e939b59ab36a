"""openapi.yaml states what the server enforces (issue 13): each test names one defect it guards."""

from __future__ import annotations

import re
from typing import Any

import pytest

from contract_tests import _spec
from contract_tests.server import _schemas

LOGIN_REQUIRED = {
    "success": False,
    "error": "login_required",
    "message": "Account link expired. Please go through the integration setup again.",
}


def _body_errors(operation_id: str, body: dict[str, Any]) -> list[str]:
    op = _spec.operation(operation_id)
    assert op.body_schema is not None
    return _spec.validation_errors(op.body_schema, body)


def _param(operation_id: str, name: str) -> _spec.Param:
    return next(p for p in _spec.operation(operation_id).params if p.name == name)


@pytest.mark.parametrize(
    ("operation_id", "body"),
    [
        ("webhooks_create", {}),
        ("patients_fetch", {}),
        ("patients_fetch", {"search_by": "phone", "dob": "1990-12-31"}),
        ("patients_fetch", {"mrn": ""}),
        ("patient_insurances_create", {}),
        ("patient_insurances_create", {"insurance_payer_id": "60054"}),
        ("appointments_fetch", {}),
        ("appointments_fetch", {"search_by": "mrn"}),
        ("appointments_fetch", {"search_by": "provider", "start_date": "2024-03-14", "end_date": "2024-03-14"}),
    ],
)
def test_bodies_the_server_rejects_are_schema_invalid(operation_id: str, body: dict[str, Any]) -> None:
    assert _body_errors(operation_id, body)


@pytest.mark.parametrize(
    ("operation_id", "body"),
    [
        ("webhooks_create", {"url": "https://example.test/hook"}),
        ("patients_fetch", {"first_name": "Ada"}),
        ("patients_fetch", {"search_by": "name", "last_name": "Lovelace"}),
        ("patient_insurances_create", {"insurance_name": "Aetna", "insurance_payer_id": "60054"}),
        ("appointments_fetch", {"mrn": "400000"}),
        ("appointments_fetch", {"start_date": "2024-03-14", "end_date": "2024-03-15"}),
    ],
)
def test_bodies_the_server_accepts_stay_valid(operation_id: str, body: dict[str, Any]) -> None:
    assert not _body_errors(operation_id, body)


@pytest.mark.parametrize("name", ["start_date", "end_date"])
def test_empty_availability_dates_are_schema_invalid(name: str) -> None:
    schema = _param("availability_list", name).schema
    assert _spec.validation_errors(schema, "")
    assert not _spec.validation_errors(schema, "2024-03-14")


def test_every_success_schema_pins_success_true() -> None:
    for op in _spec.operations():
        schema = _spec.resolve(op.response_schema or {})
        success = schema.get("properties", {}).get("success")
        if success is not None:
            assert success.get("const") is True, op.operation_id
            assert _spec.validation_errors(op.response_schema or {}, {"success": False}), op.operation_id


def test_every_access_token_operation_declares_login_required() -> None:
    ops = [op for op in _spec.operations() if "access_token" in op.security]
    assert len(ops) == 47
    for op in ops:
        assert 403 in op.error_examples, op.operation_id
        assert LOGIN_REQUIRED in op.error_examples[403], op.operation_id


@pytest.mark.parametrize("operation_id", ["providers_update", "providers_update_by_ehr_id", "locations_update"])
def test_status_is_case_insensitive(operation_id: str) -> None:
    for value in ("active", "Active", "ACTIVE", "inactive", "InActive"):
        assert not _body_errors(operation_id, {"status": value}), value
    for value in ("activ", "", "active ", "enabled"):
        assert _body_errors(operation_id, {"status": value}), value


def test_shift_times_are_real_times() -> None:
    def shift(start: str, end: str) -> dict[str, Any]:
        return {"hours": [{"day": "Monday", "shifts": [{"start": start, "end": end}]}]}

    assert not _body_errors("providers_update_by_ehr_id", shift("T09:00:00", "T23:59:59"))
    for bad in ("T24:00:00", "T09:60:00", "T09:00:61", "T9:00:00"):
        assert _body_errors("providers_update_by_ehr_id", shift("T09:00:00", bad)), bad


def test_action_id_is_32_hex() -> None:
    op = _spec.operation("telephone_encounters_add_action")
    ok = {"success": True, "message": "m", "action_id": "0123456789abcdef0123456789abcdef", "job_id": 1}
    assert not _spec.validation_errors(op.response_schema or {}, ok)
    for bad in ("a7b8c9d0e1f2g3h4i5j6k7l8m9n0o1p2", "0123456789abcdef", "<string>"):
        assert _spec.validation_errors(op.response_schema or {}, {**ok, "action_id": bad}), bad


def test_telephone_encounter_errors_are_documented() -> None:
    messages = [e["message"] for e in _spec.operation("telephone_encounters_create").error_examples[400]]
    assert any(m.startswith("Staff member with EMR ID") for m in messages)
    assert "Medication name must be between 2 and 50 characters." in messages
    assert any("Available medications:" in m for m in messages)


def test_dates_have_formats() -> None:
    assert _body_errors("patients_create", {"first_name": "A", "last_name": "B", "dob": "31/12/1990"})
    assert not _body_errors("patients_create", {"first_name": "A", "last_name": "B", "dob": "1990-12-31"})
    create = {"location": "2450", "provider": "1000", "type": "f/u"}
    assert _body_errors("appointments_create", {**create, "datetime": "2025-01-01 10am"})
    assert _body_errors("appointments_create", {**create, "date": "01/01/2025", "time": "10:00 am"})
    assert _body_errors("appointments_update", {"appointment_datetime": "tomorrow"})
    assert _spec.validation_errors(_param("availability_list", "start_date").schema, "14/03/2024")


def test_contract_exceptions_come_from_the_spec() -> None:
    assert not hasattr(_schemas, "SPEC_FIXES") and not hasattr(_schemas, "CHECK_EXCEPTIONS")
    rules = _schemas.server_rules()
    for rule in rules:
        assert rule.rule and re.compile(rule.message.pattern)
    config = _schemas.build_config(credentials=_schemas.SANDBOX_CREDENTIALS)
    assert config is not None
    assert "patients_fetch" not in _schemas.rules_by_operation()  # its rule is JSON Schema now
