"""The sandbox's wiring: parts depend one way, handlers are registered explicitly and checked against the
spec at start-up, and event type names come from one table that must match the spec's `webhooks:`."""

from __future__ import annotations

import ast
import copy
import dataclasses
import importlib.util
import pkgutil
import types
from pathlib import Path

import httpx
import pytest

import cobalt_sandbox
from cobalt_sandbox import FakeClock, SandboxConfig, control, create_app
from cobalt_sandbox.control import EHR_SIDE_EVENTS
from cobalt_sandbox.event_types import (
    EVENT_NAMES,
    EventTableError,
    check_event_names,
    event_name,
    event_table_problems,
)
from cobalt_sandbox.jobs import NoCompleter
from cobalt_sandbox.registry import OPERATION_MODULES, Registry, RegistryError, build_registry
from cobalt_sandbox.spec import JSON, Spec
from cobalt_sandbox.state import Sandbox, load_spec


def _sources() -> dict[str, Path]:
    """Each module of the package and its source file, wherever the package is installed from."""
    out = {"__init__": Path(str(cobalt_sandbox.__file__))}
    for info in pkgutil.iter_modules(cobalt_sandbox.__path__):
        found = importlib.util.find_spec(f"cobalt_sandbox.{info.name}")
        assert found is not None and found.origin is not None
        out[info.name] = Path(found.origin)
    return out


# Each module's layer; a module may import its own layer or lower ones (the parts: no sibling either).
LAYERS: dict[str, int] = {
    **dict.fromkeys(
        (
            *("clock", "config", "egress", "errors", "event_types", "faults", "seed"),
            *("profiles", "reasons", "webguard", "signing", "spec", "store", "synth", "tokens", "validation"),
        ),
        0,
    ),
    **dict.fromkeys(("jobs", "events", "delivery"), 1),  # the parts: scheduler, event bus, delivery
    "state": 2,  # the Sandbox, which composes the parts
    **dict.fromkeys(
        ("ops_common", "auth", *(m.__name__.split(".")[1] for m in OPERATION_MODULES if m.__name__.count(".") == 1)), 3
    ),
    **dict.fromkeys(("registry", "control", "api", "link", "inspector"), 4),
    **dict.fromkeys(("app", "server", "cli", "demo", "browser", "__init__"), 5),
}
PARTS = {"jobs", "events", "delivery"}


def _imports(path: Path) -> set[str]:
    """The cobalt_sandbox modules ``path`` imports, type-checking-only imports included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("cobalt_sandbox"):
            if node.module == "cobalt_sandbox":
                found.update(alias.name for alias in node.names)
            else:
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("cobalt_sandbox."))
    return found


def test_every_module_has_a_layer() -> None:
    modules = set(_sources())
    assert modules == set(LAYERS), "place the new module in LAYERS (and in CONTRIBUTING.md's picture)"


def test_dependencies_run_one_way() -> None:
    wrong: list[str] = []
    for me, path in _sources().items():
        for dep in _imports(path) - {me}:
            if dep in LAYERS and LAYERS[dep] > LAYERS[me]:
                wrong.append(f"{me} (layer {LAYERS[me]}) imports {dep} (layer {LAYERS[dep]})")
            if me in PARTS and dep in PARTS:
                wrong.append(f"part {me} imports its sibling {dep}")
    assert not wrong


def test_no_part_holds_the_sandbox(sb: Sandbox) -> None:
    for part in (sb.jobs, sb.events, sb.delivery, sb.tokens):
        assert not any(isinstance(value, Sandbox) for value in vars(part).values()), type(part).__name__


def test_the_default_registry_serves_the_spec(sb: Sandbox) -> None:
    registry = build_registry()
    assert registry.problems(sb.spec) == []
    assert {op.op_id for op in sb.spec.operations} == set(registry.handlers)
    assert {op.op_id for op in sb.spec.job_operations()} <= set(registry.completers)


def _without(registry: Registry, *, handlers: str = "", completers: str = "") -> Registry:
    """``registry`` less one handler and/or one completer."""
    return dataclasses.replace(
        registry,
        handlers={k: v for k, v in registry.handlers.items() if k != handlers},
        completers={k: v for k, v in registry.completers.items() if k != completers},
    )


def test_a_missing_completer_fails_at_construction() -> None:
    registry = _without(build_registry(), completers="tasks_create")
    with pytest.raises(RegistryError) as err:
        create_app(SandboxConfig(clock=FakeClock()), registry=registry)
    assert "job-starting operations with no completer (their jobs would finish with no event): tasks_create" in str(
        err.value
    )


def test_a_missing_handler_fails_at_construction() -> None:
    registry = _without(build_registry(), handlers="patients_list")
    with pytest.raises(RegistryError, match=r"operations with no handler: patients_list$"):
        create_app(SandboxConfig(clock=FakeClock()), registry=registry)


def test_every_problem_is_listed_at_once(sb: Sandbox) -> None:
    base = _without(_without(build_registry(), handlers="claims_list"), handlers="orders_list")
    base = _without(base, completers="claims_create")
    registry = dataclasses.replace(
        base,
        handlers={**base.handlers, "nope_list": base.handlers["patients_list"]},
        completers={**base.completers, "nope_create": base.completers["tasks_create"]},
        schema_views={**base.schema_views, "nope_view": base.schema_views["webhooks_create"]},
    )
    lines = registry.problems(sb.spec)
    assert lines == [
        "operations with no handler: claims_list, orders_list",
        "job-starting operations with no completer (their jobs would finish with no event): claims_create",
        "handlers for operations not in the spec: nope_list",
        "completers for operations not in the spec: nope_create",
        "schema views for operations not in the spec: nope_view",
    ]
    with pytest.raises(RegistryError) as err:
        registry.check(sb.spec)
    assert str(err.value) == "the sandbox cannot serve openapi.yaml:\n  - " + "\n  - ".join(lines)


def test_a_completer_needs_its_handler(sb: Sandbox) -> None:
    registry = _without(build_registry(), handlers="tasks_create")
    assert "completers for operations with no handler: tasks_create" in registry.problems(sb.spec)


def test_an_operation_claimed_by_two_modules_is_refused() -> None:
    first, second = types.ModuleType("first"), types.ModuleType("second")
    first.HANDLERS = {"tasks_create": lambda req: {}, "tasks_list": lambda req: {}}  # type: ignore[attr-defined]
    second.HANDLERS = dict(first.HANDLERS)  # type: ignore[attr-defined]
    with pytest.raises(RegistryError) as err:
        build_registry((first, second))
    assert str(err.value) == "operations registered twice: tasks_create (again in second), tasks_list (again in second)"


def test_a_module_may_have_some_tables_only() -> None:
    jobs_only = types.ModuleType("jobs_only")
    jobs_only.COMPLETERS = build_registry().completers  # type: ignore[attr-defined]
    registry = build_registry((jobs_only,))
    assert registry.handlers == {} and registry.schema_views == {}
    assert set(registry.completers) == set(build_registry().completers)


def test_registering_has_no_import_side_effect() -> None:
    assert build_registry().handlers == build_registry().handlers  # built from the tables, every time
    assert build_registry(()).handlers == {}


def _spec_with_webhooks(rename: dict[str, str | None]) -> Spec:
    """The sandbox's spec with some `webhooks:` entries renamed (or dropped, for None)."""
    doc: JSON = copy.deepcopy(load_spec(SandboxConfig()).doc)
    hooks: JSON = doc["webhooks"]
    for old, new in rename.items():
        item = hooks.pop(old)
        if new is not None:
            hooks[new] = item
    return Spec(doc)


def test_the_event_table_is_the_specs_webhooks(sb: Sandbox) -> None:
    assert set(sb.spec.doc["webhooks"]) == EVENT_NAMES
    check_event_names(sb.spec.events)


def test_a_spec_event_missing_from_the_table_fails_at_construction() -> None:
    spec = _spec_with_webhooks({"note.uploaded": "note.archived", "document.created": "document.made"})
    problems = event_table_problems(spec.events)
    assert problems == [
        "event types in openapi.yaml webhooks but not in cobalt_sandbox/event_types.py EventName: "
        "document.made, note.archived",
        "event types in cobalt_sandbox/event_types.py EventName but not in openapi.yaml webhooks: "
        "document.created, note.uploaded",
    ]
    with pytest.raises(EventTableError) as err:
        check_event_names(spec.events)
    assert str(err.value) == "; ".join(problems)
    with pytest.raises(RegistryError, match=r"not in openapi\.yaml webhooks: document\.created, note\.uploaded$"):
        build_registry().check(spec)


def test_event_name_narrows_or_names_the_known_types() -> None:
    assert event_name("note.created") == "note.created"
    with pytest.raises(ValueError) as err:
        event_name("note.create")
    assert str(err.value) == f"Unknown event type 'note.create'. Known types: {', '.join(sorted(EVENT_NAMES))}"


def test_submitting_a_job_no_completer_finishes_is_refused(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sb.jobs.completers, "tasks_create")
    op = next(o for o in sb.spec.operations if o.op_id == "tasks_create")
    with pytest.raises(NoCompleter, match="no completer for jobs of tasks_create"):
        sb.jobs.submit(op, {}, None, None)
    assert sb.store.all("jobs") == [] and sb.jobs.pending_count() == 0


async def test_a_stored_job_of_a_kind_without_completer_fails_with_its_event(
    client: httpx.AsyncClient, sb: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job an older sandbox stored, whose kind this one no longer finishes, is not finished silently."""
    mrn = sb.store.all("patients")[0]["mrn"]
    job_id = (await client.post("/tasks", json={"patient_mrn": mrn, "description": "d"})).json()["job_id"]
    monkeypatch.delitem(sb.jobs.completers, "tasks_create")
    assert sb.advance(1) == 1
    job = sb.store.get("jobs", str(job_id))
    assert job is not None and job["status"] == "failed"
    events = (await client.get("/webhook-events", params={"job_id": job_id})).json()["webhook_events"]
    assert [e["event_type"] for e in events] == ["task.failed"]


def test_an_event_whose_operation_is_gone_is_reported() -> None:
    doc: JSON = copy.deepcopy(load_spec(SandboxConfig()).doc)
    doc["components"]["schemas"]["ClaimCreatedEvent"]["x-operation"] = "POST /claimz"
    assert build_registry().problems(Spec(doc)) == [
        "event types whose x-operation names no operation (no job can send them): claim.created"
    ]


def test_an_event_nothing_sends_fails_at_construction() -> None:
    registry = dataclasses.replace(build_registry(), side_events=EHR_SIDE_EVENTS - {"patient.updated"})
    with pytest.raises(RegistryError, match=r"event types nothing sends \(no operation's job, no control action\): "):
        create_app(SandboxConfig(clock=FakeClock()), registry=registry)
    assert registry.problems(load_spec(SandboxConfig())) == [
        "event types nothing sends (no operation's job, no control action): patient.updated"
    ]


def test_the_side_event_table_is_what_the_control_api_emits() -> None:
    """EHR_SIDE_EVENTS names exactly the event types control.py passes to `sb.events.emit(...)`."""
    tree = ast.parse(Path(str(control.__file__)).read_text(encoding="utf-8"))
    emitted = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "emit"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }
    assert emitted == set(EHR_SIDE_EVENTS)
