"""`cobalt trigger`: every event type of the spec's webhooks section, produced by the sandbox."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from cobalt_sandbox.server import RunningServer
from cobalt_sdk import Cobalt
from cobalt_sdk.cli._forward import envelope
from cobalt_sdk.cli._sandbox import SandboxControl
from cobalt_sdk.cli._spec import events
from cobalt_sdk.cli._trigger import produce
from cobalt_sdk.webhooks import UnknownEvent, event_class, parse_event
from tests.cli.conftest import Call

Clients = tuple[Cobalt, SandboxControl]


@pytest.fixture(scope="module")
def clients(sandbox: RunningServer) -> Iterator[Clients]:
    with Cobalt(base_url=sandbox.base_url, **sandbox.credentials) as cobalt, SandboxControl(sandbox.base_url) as ctl:
        yield cobalt, ctl


def test_the_spec_lists_every_event_type_the_sdk_knows() -> None:
    from cobalt_sdk.webhooks import event_types

    assert set(events()) == set(event_types())


@pytest.mark.parametrize("event_type", sorted(events()))
def test_trigger_produces_the_event(event_type: str, clients: Clients, sandbox: RunningServer) -> None:
    cobalt, control = clients
    record = produce(cobalt, control, str(sandbox.credentials["access_token"]), event_type)
    body = envelope(record)
    assert body["type"] == event_type
    event = parse_event(body)  # the typed event a webhook would carry, valid against its schema
    assert not isinstance(event, UnknownEvent)
    cls = event_class(event_type)
    assert cls is not None and isinstance(event, cls)
    kind = events()[event_type]
    if kind.outcome == "failure":
        assert body["data"].get("failure_reason")


def test_trigger_command_prints_the_event(call: Call, api_env: RunningServer) -> None:
    result = call("trigger", "telephone_encounter.created", "--json")
    assert result.code == 0, result.err
    body = json.loads(result.out)
    assert body["type"] == "telephone_encounter.created" and body["job_id"]


def test_unknown_type_lists_the_known_ones_closest_first(call: Call) -> None:
    result = call("trigger", "patient.creatd")
    assert result.code == 2
    listed = result.err.split("closest first): ", 1)[1].strip().split(", ")
    assert listed[0] == "patient.created"
    assert set(listed) == set(events())


def test_trigger_needs_a_sandbox(call: Call, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COBALT_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("COBALT_CLIENT_ID", "x")
    monkeypatch.setenv("COBALT_CLIENT_SECRET", "y")
    result = call("trigger", "patient.created")
    assert result.code == 3
    assert "control API" in result.err
