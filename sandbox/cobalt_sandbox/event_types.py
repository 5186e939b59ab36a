"""The webhook event types the sandbox can emit: one typed table, checked against the spec's ``webhooks:``.

``EventName`` is a ``Literal`` of every event type name, so mypy rejects a misspelt name wherever a handler
or control action emits one (``Outcome([("note.created", ...)])``, ``bus.emit("patient.updated", ...)``).
The table must list exactly the names of openapi.yaml's ``webhooks:`` section: :func:`check_event_names`
runs when a sandbox is built (and a test pins it), so a spec change without a table change fails loudly.
A name that arrives at run time (a control request naming a type) is narrowed with :func:`event_name`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Literal, TypeGuard, get_args

EventName = Literal[
    "access_token.login_required",
    "access_token.password_change_warning",
    "appointment.cancelled",
    "appointment.created",
    "appointment.failed",
    "appointment.live_fetch_completed",
    "appointment.status_updated",
    "appointment.updated",
    "availability.live_fetch_completed",
    "claim.created",
    "claim.failed",
    "document.created",
    "document.failed",
    "document.upload_failed",
    "document.uploaded",
    "message.created",
    "message.failed",
    "note.created",
    "note.failed",
    "note.uploaded",
    "patient.created",
    "patient.failed",
    "patient.insurance.added",
    "patient.insurance.failed",
    "patient.insurance.updated",
    "patient.live_fetch_completed",
    "patient.updated",
    "patient_note.created",
    "patient_note.failed",
    "referral.created",
    "referral.failed",
    "referring_provider.created",
    "referring_provider.failed",
    "task.created",
    "task.failed",
    "task_note.created",
    "task_note.failed",
    "telephone_encounter.created",
    "telephone_encounter.failed",
]

EVENT_NAMES: Final[frozenset[str]] = frozenset(get_args(EventName))


class EventTableError(RuntimeError):
    """The table above and the spec's ``webhooks:`` section disagree."""


def is_event_name(value: object) -> TypeGuard[EventName]:
    return isinstance(value, str) and value in EVENT_NAMES


def event_name(value: str) -> EventName:
    """``value`` as an :data:`EventName`; ``ValueError`` naming the known types when it is none."""
    if is_event_name(value):
        return value
    raise ValueError(f"Unknown event type {value!r}. Known types: {', '.join(sorted(EVENT_NAMES))}")


def event_table_problems(spec_names: Iterable[str]) -> list[str]:
    """How the spec's event types differ from the table (both ways), one line each; empty when equal."""
    spec_set = set(spec_names)
    missing = sorted(spec_set - EVENT_NAMES)
    stale = sorted(EVENT_NAMES - spec_set)
    where = "cobalt_sandbox/event_types.py EventName"
    problems = []
    if missing:
        problems.append(f"event types in openapi.yaml webhooks but not in {where}: {', '.join(missing)}")
    if stale:
        problems.append(f"event types in {where} but not in openapi.yaml webhooks: {', '.join(stale)}")
    return problems


def check_event_names(spec_names: Iterable[str]) -> None:
    """Raise :class:`EventTableError` unless the spec's event types are exactly the table's."""
    problems = event_table_problems(spec_names)
    if problems:
        raise EventTableError("; ".join(problems))
