"""`cobalt <resource> <method>`: commands generated from the registry, run against a sandbox."""

from __future__ import annotations

import io
import json
from pathlib import Path

import click
import pytest

from cobalt_api_client.api import RESOURCE_NAMES
from cobalt_sandbox.server import RunningServer
from cobalt_sdk.cli._app import cli
from cobalt_sdk.cli._operations import ResourceGroup, resource_names
from tests.cli.conftest import Call


def test_help_lists_tools_and_every_resource(call: Call) -> None:
    result = call("--help")
    assert result.code == 0
    for tool in ("listen", "trigger", "jobs", "events", "config", "sandbox"):
        assert tool in result.out
    assert sorted(resource_names()) == sorted(RESOURCE_NAMES)
    for name in RESOURCE_NAMES:
        assert name.replace("_", "-") in result.out


def test_every_operation_has_a_command_with_help() -> None:
    from cobalt_sdk.cli._spec import operations

    ctx = click.Context(cli)
    seen: set[str] = set()
    for name in RESOURCE_NAMES:
        group = ResourceGroup(name)
        methods = group.list_commands(ctx)
        assert methods, name
        for method in methods:
            command = group.get_command(ctx, method)
            assert command is not None
            text = command.get_help(click.Context(command, info_name=method))
            assert "--json" in text
            seen.add(f"{name}_{method.replace('-', '_')}")
    assert seen == set(operations())  # every operation of the spec, nothing else


def test_unknown_command_names_the_closest(call: Call) -> None:
    result = call("patiens", "list")
    assert result.code == 2
    assert "Did you mean 'patients'?" in result.err
    result = call("patients", "lst")
    assert result.code == 2
    assert "Did you mean 'list'?" in result.err


def test_unknown_option_names_the_closest(call: Call) -> None:
    result = call("patients", "create", "--frist-name", "Ada")
    assert result.code == 2
    assert "--first-name" in result.err


def test_missing_required_argument_shows_the_spec_description(call: Call) -> None:
    result = call("telephone-encounters", "create", "--provider-id", "1")
    assert result.code == 2
    assert "Missing option --patient-mrn: Medical record number of the patient." in result.err
    result = call("patients", "update")
    assert result.code == 2
    assert "Missing argument <ID>: The Cobalt patient id" in result.err


def test_list_pages_through_as_json_lines(call: Call, api_env: RunningServer) -> None:
    result = call("patients", "list", "--page-size", "2", "--limit", "5", "--json")
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert len(rows) == 5  # three pages of two
    assert len({r["mrn"] for r in rows}) == 5


def test_list_as_a_table(call: Call, api_env: RunningServer) -> None:
    result = call("patients", "list", "--limit", "3")
    assert result.code == 0, result.err
    assert "first_name" in result.out
    assert "3 item(s)" in result.out


def test_a_write_waits_for_its_job(call: Call, api_env: RunningServer) -> None:
    result = call(
        "patients",
        "create",
        "--first-name",
        "Ada",
        "--last-name",
        "Lovelace",
        "--dob",
        "1985-12-10",
        "--sex",
        "female",
        "--wait",
        "--json",
    )
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    assert doc["response"]["job_id"]
    assert doc["event"]["type"] == "patient.created"
    assert str(doc["event"]["job_id"]) == str(doc["response"]["job_id"])


def test_json_body_from_a_file_and_stdin(
    call: Call, api_env: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = tmp_path / "patient.json"
    body.write_text(json.dumps({"first_name": "Grace", "last_name": "Hopper", "dob": "1906-12-09", "sex": "female"}))
    result = call("patients", "create", "--json-body", f"@{body}", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["patient_id"]
    monkeypatch.setattr(
        "sys.stdin",
        io.StringIO(json.dumps({"first_name": "Alan", "last_name": "Turing", "dob": "1912-06-23", "sex": "male"})),
    )
    result = call("patients", "create", "--json-body", "-", "--json")
    assert result.code == 0, result.err
    result = call("patients", "create", "--json-body", '{"frist_name": "x"}')
    assert result.code == 2
    assert "did you mean 'first_name'?" in result.err


def test_api_error_is_one_line_with_its_exit_code(call: Call, api_env: RunningServer) -> None:
    result = call("appointments", "get", "no-such-id")
    assert result.code == 5
    assert result.err.strip() == "error: NotFoundError: appointments_get: HTTP 404: Appointment not found."
    debug = call("--debug", "appointments", "get", "no-such-id")
    assert debug.code == 5
    assert "Traceback" in debug.err


def test_error_lines_carry_no_secret_or_patient_value(
    call: Call, api_env: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Cobalt echoes the insurance provider id it could not find; the SDK redacts what we sent.
    result = call("patient-insurances", "create", "400000", "--insurance-provider-id", "PATIENT-VALUE-77")
    assert result.code == 5
    assert "[redacted]" in result.err
    assert "PATIENT-VALUE-77" not in result.err + result.out
    assert len(result.err.strip().splitlines()) == 1
    monkeypatch.setenv("COBALT_CLIENT_SECRET", "cs_wrong_but_secret_0001")
    result = call("patients", "list")
    assert result.code == 4
    assert result.err.startswith("error: AuthenticationError:")
    assert "cs_wrong_but_secret_0001" not in result.err


def test_importing_the_main_module_runs_nothing() -> None:
    import importlib

    importlib.import_module("cobalt_sdk.cli.__main__")  # tools/check_wheel.py imports every module
