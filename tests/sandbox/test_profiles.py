"""EHR profiles: chosen by SandboxConfig(ehr=...) or --ehr; each serves its EHR's visit types and fields."""

from __future__ import annotations

import pytest

from cobalt_sandbox import FakeClock, SandboxConfig
from cobalt_sandbox.cli import build_config, parse_args
from cobalt_sandbox.profiles import DEFAULT_EHR, DOCUMENTED_PATIENT_FIELDS, PROFILES, get_profile

from .profile_helpers import EHRS, env

# First and last rows of the Notion guide's tables.
TABLE_ENDS = {"ecw": ("bh pre-adm", "televisit3"), "webpt": ("f/u", "ct"), "practice_fusion": ("new_patient", "sick")}


def test_three_profiles_with_ecw_the_default() -> None:
    assert set(PROFILES) == set(EHRS) and DEFAULT_EHR == "ecw"
    assert SandboxConfig(clock=FakeClock()).ehr == "ecw"
    assert {p.ehr_name for p in PROFILES.values()} == {"eClinicalWorks", "WebPT", "Practice Fusion"}


def test_double_booking_is_honoured_only_by_ecw_and_practice_fusion() -> None:
    assert {k for k, p in PROFILES.items() if p.honours_double_booking} == {"ecw", "practice_fusion"}


@pytest.mark.parametrize(
    "name", ["ecw", "eClinicalWorks", "ECW", "webpt", "WebPT", "practice-fusion", "Practice Fusion"]
)
def test_profiles_are_found_by_key_or_ehr_name(name: str) -> None:
    assert SandboxConfig(ehr=name).ehr == get_profile(name).key


def test_an_unknown_profile_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(ValueError, match="known profiles: ecw, webpt, practice_fusion"):
        SandboxConfig(ehr="epic")
    with pytest.raises(ValueError, match="job_latency"):
        SandboxConfig(job_latency="slow")


@pytest.mark.parametrize("ehr", EHRS)
async def test_visit_types_and_settings_follow_the_profile(ehr: str) -> None:
    async with env(ehr) as e:
        listed = [v["code"] for v in (await e.client.get("/visit-types")).json()["visit_types"]]
        assert listed == [code for code, _ in PROFILES[ehr].visit_types]
        assert (listed[0], listed[-1]) == TABLE_ENDS[ehr]
        settings = (await e.client.get("/settings")).json()["data"]
        assert [v["code"] for v in settings["visit_types"]] == listed
        assert settings["required_patient_fields"] == list(DOCUMENTED_PATIENT_FIELDS)


@pytest.mark.parametrize("ehr", EHRS)
async def test_seed_data_follows_the_profile(ehr: str) -> None:
    async with env(ehr) as e:
        codes = PROFILES[ehr].codes()
        appointments = e.sb.store.all("appointments")
        assert appointments and all(a["appointment_type"] in codes for a in appointments)
        providers = (await e.client.get("/providers")).json()["providers"]
        days = [{h["day"] for h in p["hours"]} for p in providers]
        assert any(len(d) < 5 for d in days)  # some providers have days off
        rules = [r for p in providers for h in p["hours"] for s in h["shifts"] for r in s["visit_type_rules"]]
        assert bool(rules) == (ehr == "ecw")  # only eClinicalWorks schedules carry visit_type_rules
        assert all(r["visit_type_id"] in codes and r["total_visits"] >= 1 for r in rules)


def test_cli_takes_ehr_latency_and_required_fields() -> None:
    config = build_config(parse_args(["--ehr", "WebPT", "--latency", "realistic"]))
    assert (config.ehr, config.job_latency, config.faults.latency) == ("webpt", "realistic", 0.0)
    config = build_config(parse_args(["--latency", "0.25", "--required-patient-fields", "first_name, dob"]))
    assert (config.ehr, config.job_latency, config.faults.latency) == ("ecw", "fast", 0.25)
    assert config.required_patient_fields == ("first_name", "dob")
    assert build_config(parse_args(["--required-patient-fields", ""])).required_patient_fields == ()
    assert build_config(parse_args(["--job-latency", "realistic"])).job_latency == "realistic"
    assert build_config(parse_args([])).required_patient_fields == DOCUMENTED_PATIENT_FIELDS


@pytest.mark.parametrize(
    ("argv", "said"),
    [(["--ehr", "epic"], "known profiles: ecw, webpt, practice_fusion"), (["--latency", "soon"], "expected seconds")],
)
def test_cli_refuses_an_unknown_ehr_or_latency(argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(argv)
    assert exited.value.code == 2
    assert said in capsys.readouterr().err
