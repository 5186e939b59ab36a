"""Required patient fields: per account, the documented example by default, changeable by the control API."""

from __future__ import annotations

import pytest

from .profile_helpers import EHRS, env

FULL = {"first_name": "Ada", "last_name": "Lovelace", "dob": "1985-12-10", "sex": "female"}


@pytest.mark.parametrize("ehr", EHRS)
@pytest.mark.parametrize("missing", ["first_name", "last_name", "dob", "sex"])
async def test_each_documented_field_is_required(ehr: str, missing: str) -> None:
    async with env(ehr) as e:
        before = len(e.sb.store.all("patients"))
        body = {k: v for k, v in FULL.items() if k != missing}
        resp = await e.client.post("/patients", json=body)
        assert resp.status_code == 400
        assert resp.json() == {"success": False, "message": f"Missing required field: {missing}"}
        assert len(e.sb.store.all("patients")) == before  # nothing recorded, no job


@pytest.mark.parametrize("ehr", EHRS)
async def test_a_complete_patient_is_accepted(ehr: str) -> None:
    async with env(ehr) as e:
        resp = await e.client.post("/patients", json=FULL)
        assert resp.status_code == 200 and resp.json()["patient_id"]


async def test_an_empty_value_counts_as_missing() -> None:
    async with env() as e:
        resp = await e.client.post("/patients", json={**FULL, "last_name": ""})
        assert resp.json()["message"] == "Missing required field: last_name"


async def test_control_api_plays_an_account_with_other_rules() -> None:
    async with env() as e:
        control = e.client.base_url.copy_with(path="/_sandbox/settings")
        resp = await e.client.patch(control, json={"required_patient_fields": ["first_name", "phone"]})
        assert resp.status_code == 200 and resp.json()["required_patient_fields"] == ["first_name", "phone"]
        settings = (await e.client.get("/settings")).json()["data"]
        assert settings["required_patient_fields"] == ["first_name", "phone"]
        assert (await e.client.post("/patients", json={"first_name": "Ada", "phone": "5551234567"})).status_code == 200
        missing = await e.client.post("/patients", json={"first_name": "Ada"})
        assert missing.json()["message"] == "Missing required field: phone"
        assert (await e.client.patch(control, json={"required_patient_fields": []})).status_code == 200
        assert (await e.client.post("/patients", json={"last_name": "Only"})).status_code == 200


@pytest.mark.parametrize("fields", [["shoe_size"], "first_name", [1]])
async def test_control_api_refuses_unknown_fields(fields: object) -> None:
    async with env() as e:
        control = e.client.base_url.copy_with(path="/_sandbox/settings")
        resp = await e.client.patch(control, json={"required_patient_fields": fields})
        assert resp.status_code == 400 and resp.json()["success"] is False
        settings = (await e.client.get("/settings")).json()["data"]
        assert settings["required_patient_fields"] == ["first_name", "last_name", "dob", "sex"]


async def test_config_sets_an_account_without_required_fields() -> None:
    async with env(required_patient_fields=()) as e:
        assert (await e.client.post("/patients", json={"first_name": "Only"})).status_code == 200
