"""Settings precedence (flags, then COBALT_* variables, then a profile) and masked display."""

from __future__ import annotations

from pathlib import Path

import pytest

from cobalt_sandbox.server import RunningServer
from tests.cli.conftest import Call

PROFILE = """
[profiles.default]
base_url = "http://127.0.0.1:1/v1"
client_id = "from-profile"
client_secret = "cs_profile_secret_value_9999"

[profiles.staging]
client_id = "staging-id"
access_token = "at_staging_token_value_4242"
"""


def test_config_show_masks_secrets_and_names_origins(
    call: Call, clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean_env.parent.mkdir(parents=True)
    clean_env.write_text(PROFILE)
    result = call("config", "show")
    assert result.code == 0, result.err
    assert "cs_profile_secret_value_9999" not in result.out
    assert "****9999" in result.out
    assert "from-profile  (profile default)" in result.out
    monkeypatch.setenv("COBALT_CLIENT_ID", "from-env")
    result = call("config", "show")
    assert "from-env  (env COBALT_CLIENT_ID)" in result.out
    result = call("--client-id", "from-flag", "config", "show")
    assert "from-flag  (flag)" in result.out


def test_named_profile(call: Call, clean_env: Path) -> None:
    clean_env.parent.mkdir(parents=True)
    clean_env.write_text(PROFILE)
    result = call("--profile", "staging", "config", "show")
    assert "staging-id  (profile staging)" in result.out
    assert "at_staging_token_value_4242" not in result.out
    result = call("--profile", "nope", "config", "show")
    assert result.code == 3
    assert "profiles: default, staging" in result.err


def test_a_profile_drives_api_calls(
    call: Call, clean_env: Path, api_env: object, monkeypatch: pytest.MonkeyPatch
) -> None:

    assert isinstance(api_env, RunningServer)
    for key in ("BASE_URL", "CLIENT_ID", "CLIENT_SECRET", "ACCESS_TOKEN"):
        monkeypatch.delenv(f"COBALT_{key}")
    creds = api_env.credentials
    clean_env.parent.mkdir(parents=True)
    clean_env.write_text(
        f'[profiles.local]\nbase_url = "{api_env.base_url}"\nclient_id = "{creds["client_id"]}"\n'
        f'client_secret = "{creds["client_secret"]}"\naccess_token = "{creds["access_token"]}"\n'
    )
    result = call("--profile", "local", "providers", "list", "--json")
    assert result.code == 0, result.err


def test_cobalt_sandbox_delegates_to_the_sandbox_cli(capsys: pytest.CaptureFixture[str]) -> None:
    from cobalt_sdk.cli._app import run

    with pytest.raises(SystemExit) as exit_info:
        run(["sandbox", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "cobalt-sandbox" in out and "--job-delay" in out
