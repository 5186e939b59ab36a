"""The handler registry: which function answers each operation and which completer finishes its jobs.

Built explicitly when an app is made (:func:`build_registry` reads the ``HANDLERS``, ``COMPLETERS`` and
``SCHEMA_VIEWS`` tables that end each module in :data:`OPERATION_MODULES`); nothing registers itself on
import. :meth:`Registry.check` runs at start-up and fails, listing every problem at once, when an
operation of the spec has no handler, a job-starting operation has no completer (its jobs would finish
with no event and a client's ``wait()`` would time out), a table names an operation the spec lacks, an
event type's ``x-operation`` names no operation, an event type has neither an operation nor a control
action that sends it (:data:`cobalt_sandbox.control.EHR_SIDE_EVENTS`), or the event-type table is out of
step with the spec's ``webhooks:`` section.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import ModuleType

from cobalt_sandbox import ops_account, ops_appointments, ops_clinical, ops_directory, ops_patients, ops_webhooks
from cobalt_sandbox.control import EHR_SIDE_EVENTS
from cobalt_sandbox.event_types import event_table_problems
from cobalt_sandbox.link import ops as ops_link
from cobalt_sandbox.ops_common import Handler, SchemaView
from cobalt_sandbox.spec import Spec
from cobalt_sandbox.state import Completer

# Every module that serves operations; a new ops_*.py module is added here.
OPERATION_MODULES: tuple[ModuleType, ...] = (
    ops_account,
    ops_appointments,
    ops_clinical,
    ops_directory,
    ops_patients,
    ops_webhooks,
    ops_link,
)


class RegistryError(RuntimeError):
    """The registry and the spec disagree; the message lists every problem."""


@dataclass(frozen=True)
class Registry:
    """operationId -> handler, completer (job-starting operations) and schema view (sandbox relaxations)."""

    handlers: Mapping[str, Handler]
    completers: Mapping[str, Completer]
    schema_views: Mapping[str, SchemaView] = field(default_factory=dict)
    #: Event types something other than a job sends (the control API's EHR-side actions).
    side_events: frozenset[str] = frozenset()

    def problems(self, spec: Spec) -> list[str]:
        """Everything :meth:`check` would complain about, one line each (empty when all is well)."""
        op_ids = {op.op_id for op in spec.operations}
        out: list[str] = []

        def report(what: str, names: Iterable[str]) -> None:
            listed = sorted(names)
            if listed:
                out.append(f"{what}: {', '.join(listed)}")

        report("operations with no handler", op_ids - set(self.handlers))
        report(
            "job-starting operations with no completer (their jobs would finish with no event)",
            {op.op_id for op in spec.job_operations()} - set(self.completers),
        )
        report("handlers for operations not in the spec", set(self.handlers) - op_ids)
        report("completers for operations not in the spec", set(self.completers) - op_ids)
        report("completers for operations with no handler", (set(self.completers) - set(self.handlers)) & op_ids)
        report("schema views for operations not in the spec", set(self.schema_views) - op_ids)
        keys = {op.key for op in spec.operations}
        report(
            "event types whose x-operation names no operation (no job can send them)",
            {e.name for e in spec.events.values() if e.operation and e.operation not in keys},
        )
        report(
            "event types nothing sends (no operation's job, no control action)",
            {e.name for e in spec.events.values() if not e.operation} - set(self.side_events),
        )
        out.extend(event_table_problems(spec.events))
        return out

    def check(self, spec: Spec) -> None:
        """Raise :class:`RegistryError` naming every problem, or return when the registry serves ``spec``."""
        found = self.problems(spec)
        if found:
            raise RegistryError("the sandbox cannot serve openapi.yaml:\n  - " + "\n  - ".join(found))


def build_registry(modules: Iterable[ModuleType] = OPERATION_MODULES) -> Registry:
    """Collect the modules' tables; an operation claimed by two modules is a :class:`RegistryError`."""
    handlers: dict[str, Handler] = {}
    completers: dict[str, Completer] = {}
    views: dict[str, SchemaView] = {}
    clashes: list[str] = []
    for module in modules:
        for target, table in (
            (handlers, getattr(module, "HANDLERS", {})),
            (completers, getattr(module, "COMPLETERS", {})),
            (views, getattr(module, "SCHEMA_VIEWS", {})),
        ):
            clashes.extend(f"{op_id} (again in {module.__name__})" for op_id in table if op_id in target)
            target.update(table)
    if clashes:
        raise RegistryError("operations registered twice: " + ", ".join(sorted(clashes)))
    return Registry(handlers, completers, views, EHR_SIDE_EVENTS)
