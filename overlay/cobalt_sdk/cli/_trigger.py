"""`cobalt trigger <event-type>`: make the sandbox emit one event, with realistic data.

The spec says which operation produces an event (`x-operation`) and whether it reports success
or failure (`x-outcome`). `trigger` runs that operation against the sandbox with data from the
sandbox's own seeded records (an existing patient, provider, location, appointment), asking the
control API to fail the job first when the event is a failure. Sync and account events, which
no API call produces, come from the sandbox's EHR-staff and credential controls. Where the
operation reports the outcome under the newer of two documented names (`note.created` for
`note.uploaded`), the sandbox re-emits that event under the name asked for. It then waits
for the event to be recorded and prints it, so `cobalt listen` forwards it like any other.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

from ._state import State

if TYPE_CHECKING:
    from cobalt_sdk import Cobalt

    from ._sandbox import SandboxControl

FUTURE_DATE = "2031-01-06"
WAIT_SECONDS = 30.0
POLL_SECONDS = 0.05
FAIL_REASON = "Simulated failure (cobalt trigger)"

#: Arguments per operation; "{name}" is filled from the sandbox's records (`Context`).
RECIPES: dict[str, dict[str, Any]] = {
    "appointments_create": {
        "mrn": "{mrn}",
        "location": "{location}",
        "provider": "{provider}",
        "type_": "{visit_type}",
        "datetime_": f"{FUTURE_DATE}T10:00:00-05:00",
        "reason": "Follow-up visit",
    },
    "appointments_update": {"id": "{appointment_id}", "note": "Bring prior imaging."},
    "appointments_fetch": {"search_by": "date_range", "start_date": FUTURE_DATE, "end_date": FUTURE_DATE},
    "availability_fetch": {"start_date": FUTURE_DATE, "end_date": FUTURE_DATE, "provider_ids": ["{provider}"]},
    "patients_create": {"first_name": "Ada", "last_name": "Lovelace", "dob": "1985-12-10", "sex": "female"},
    "patients_fetch": {"search_by": "mrn", "mrn": "{mrn}"},
    "patient_insurances_create": {
        "patient_mrn": "{mrn}",
        "insurance_provider_id": "{insurance_provider_id}",
        "member_id": "MEM123456789",
    },
    "patient_insurances_update": {
        "patient_mrn": "{mrn}",
        "emr_insurance_id": "{emr_insurance_id}",
        "member_id": "MEM987654321",
    },
    "telephone_encounters_create": {
        "patient_mrn": "{mrn}",
        "provider_id": "{provider}",
        "location_id": "{location}",
        "assigned_to_id": "{provider}",
        "reason": "Medication refill request",
    },
    "patient_notes_create": {
        "note": "Called the patient about lab results.",
        "subject": "Lab results",
        "patient_mrn": "{mrn}",
        "location_id": "{location}",
    },
    "notes_create": {"appointment_id": "{appointment_id}", "note": "Patient seen for a follow-up."},
    "documents_create": {"folder_name": "Lab Results", "patient_mrn": "{mrn}", "document": "{document}"},
    "tasks_create": {"description": "Call the patient about results", "patient_mrn": "{mrn}", "subject": "Call back"},
    "messages_create": {"provider": "{provider}", "subject": "Schedule change", "message": "Clinic closes at 3 pm."},
    "tasks_create_note": {"emr_task_id": "{emr_task_id}", "note": "Left a voicemail."},
    "claims_create": {"appointment_id": "{appointment_id}"},
    "referrals_create": {
        "patient_mrn": "{mrn}",
        "referring_from_provider_ehr_id": "{provider}",
        "referring_to_provider_ehr_id": "{provider}",
        "reason": "Cardiology consult",
    },
    "referring_providers_create": {"first_name": "Gregory", "last_name": "House", "npi": "1234567893"},
}


class TriggerError(click.ClickException):
    exit_code = 1


@dataclass
class Context:
    """Ids of existing sandbox records, looked up (or made) on first use."""

    client: Cobalt
    control: SandboxControl
    token: str
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        if name not in self.values:
            self.values[name] = getattr(self, f"_{name}")()
        return self.values[name]

    def _mrn(self) -> str:
        return str(self.client.patients.list(page_size=1).items[0].mrn)

    def _provider(self) -> str:
        return str((self.client.providers.list().providers or [])[0].ehr_id)

    def _location(self) -> str:
        return str((self.client.locations.list().locations or [])[0].ehr_id)

    def _visit_type(self) -> str:
        return str((self.client.visit_types.list().visit_types or [])[0].code)

    def _insurance_provider_id(self) -> str:
        return str(next(iter(self.client.insurance_providers.list())).id)

    def _appointment_id(self) -> str:
        job = self.client.appointments.create(**fill(self, RECIPES["appointments_create"]))
        job.wait(timeout=WAIT_SECONDS, poll_interval=POLL_SECONDS)
        return str(job.response.appointment_id)

    def _emr_insurance_id(self) -> str:
        job = self.client.patient_insurances.create(**fill(self, RECIPES["patient_insurances_create"]))
        self.control.settle()
        event: Any = job.wait(timeout=WAIT_SECONDS, poll_interval=POLL_SECONDS)
        return str(event.data.emr_insurance_id)

    def _emr_task_id(self) -> str:
        job = self.client.tasks.create(**fill(self, RECIPES["tasks_create"]))
        self.control.settle()
        event: Any = job.wait(timeout=WAIT_SECONDS, poll_interval=POLL_SECONDS)
        return str(event.data.emr_task_id)

    def _document(self) -> Any:
        from cobalt_api_client.types import File

        pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        return File(payload=io.BytesIO(pdf), file_name="lab-results.pdf", mime_type="application/pdf")


def fill(ctx: Context, template: Any) -> Any:
    if isinstance(template, str) and template.startswith("{") and template.endswith("}"):
        return ctx.get(template[1:-1])
    if isinstance(template, list):
        return [fill(ctx, t) for t in template]
    if isinstance(template, dict):
        return {k: fill(ctx, v) for k, v in template.items()}
    return template


#: An action looks up what it needs (which may itself emit events), then returns the call that
#: produces the event; `produce` takes its baseline in between.
Action = Callable[["Context"], Callable[[], object]]


def _control_action(event_type: str) -> Action | None:
    """Sync and account events: what the EHR staff or the credential controls do."""

    def cancel(ctx: Context) -> Callable[[], object]:
        appointment = ctx.get("appointment_id")
        return lambda: ctx.control.call("POST", f"/ehr/appointments/{appointment}/cancel", {})

    def edit_patient(ctx: Context) -> Callable[[], object]:
        mrn = ctx.get("mrn")
        return lambda: ctx.control.call("PATCH", f"/ehr/patients/{mrn}", {"phone": "555-010-4477"})

    def expire(ctx: Context) -> Callable[[], object]:
        def go() -> None:
            ctx.control.call("POST", f"/tokens/{ctx.token}/expire", {})
            ctx.control.call("POST", f"/tokens/{ctx.token}/restore", {})  # so later calls work again

        return go

    def warn(ctx: Context) -> Callable[[], object]:
        return lambda: ctx.control.call("POST", f"/tokens/{ctx.token}/password-warning", {})

    def set_status(ctx: Context) -> Callable[[], object]:
        appointment = ctx.get("appointment_id")
        return lambda: ctx.control.call("POST", f"/ehr/appointments/{appointment}/status", {"status": "confirmed"})

    actions: dict[str, Action] = {
        "appointment.cancelled": cancel,
        "appointment.status_updated": set_status,
        "patient.updated": edit_patient,
        "access_token.login_required": expire,
        "access_token.password_change_warning": warn,
    }
    return actions.get(event_type)


def _operation_action(op_id: str, failure: bool) -> Action | None:
    recipe = RECIPES.get(op_id)
    if recipe is None:
        return None
    from ._operations import resource_names

    resource = max((r for r in resource_names() if op_id.startswith(f"{r}_")), key=len)
    method = op_id[len(resource) + 1 :]

    def prepare(ctx: Context) -> Callable[[], object]:
        kwargs = fill(ctx, recipe)

        def go() -> object:
            if failure:
                ctx.control.call("POST", "/jobs/fail-next", {"kind": op_id, "reason": FAIL_REASON})
            return getattr(getattr(ctx.client, resource), method)(**kwargs)

        return go

    return prepare


def plan(event_type: str) -> tuple[Action, set[str]]:
    """The action that produces `event_type`, and the sibling types the same action may emit."""
    from ._spec import EventSpec, events, operation_id_for

    known = events()
    spec: EventSpec = known[event_type]
    action = _control_action(event_type)
    siblings: set[str] = set()
    if action is None and spec.operation:
        op_id = operation_id_for(spec.operation)
        action = _operation_action(op_id, spec.outcome == "failure") if op_id else None
        siblings = {e.type for e in known.values() if e.operation == spec.operation and e.outcome == spec.outcome}
    if action is None:
        raise TriggerError(
            f"the sandbox has no way to produce {event_type} ({spec.kind} event"
            + (f", operation {spec.operation}" if spec.operation else "")
            + ")"
        )
    return action, siblings - {event_type}


def _new_records(client: Cobalt, before: set[str]) -> list[dict[str, Any]]:
    from ._forward import record_fields

    page = client.webhook_events.list(sort="-created_at", page_size=100).page
    out = []
    for record in page.webhook_events or []:
        raw = record.to_dict()
        if record_fields(raw)[0] not in before:
            out.append(raw)
    return out


def produce(client: Cobalt, control: SandboxControl, token: str, event_type: str) -> dict[str, Any]:
    """Make the sandbox emit one `event_type` event; returns its `GET /webhook-events` record."""
    from ._forward import record_fields

    action, siblings = plan(event_type)
    go = action(Context(client, control, token))
    control.settle()  # events of the preparation are recorded before the baseline
    recorded = client.webhook_events.list(page_size=100).page.webhook_events or []
    before = {record_fields(r.to_dict())[0] for r in recorded}
    go()
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        control.settle()
        fresh = _new_records(client, before)
        match = [r for r in fresh if record_fields(r)[1] == event_type]
        if match:
            return match[-1]
        sibling = next((r for r in fresh if record_fields(r)[1] in siblings), None)
        if sibling is not None:
            # The operation reports this outcome under the newer name the docs give it; the
            # sandbox re-emits that event (same data and job) under the name asked for.
            control.call("POST", f"/events/{record_fields(sibling)[0]}/emit-as", {"type": event_type})
            before |= {record_fields(r)[0] for r in fresh}
            siblings = set()
            continue
        if time.monotonic() > deadline:
            raise TriggerError(f"no {event_type} event within {WAIT_SECONDS:.0f} s")
        time.sleep(POLL_SECONDS)


def unknown_type_message(name: str, known: list[str]) -> str:
    from ._suggest import ranked

    close = ranked(name, known, n=5)
    rest = [k for k in sorted(known) if k not in close]
    return f"unknown event type {name!r}. Known types (closest first): {', '.join([*close, *rest])}"


@click.command("trigger")
@click.argument("event_type", metavar="EVENT_TYPE")
@click.option("--json", "json_output", is_flag=True, help="Print the event as JSON.")
@click.pass_obj
def trigger(state: State, event_type: str, json_output: bool) -> None:
    """Make the sandbox emit an EVENT_TYPE event (any type of the spec's webhooks section)."""
    from . import _output
    from ._forward import envelope
    from ._sandbox import SandboxControl
    from ._spec import events

    known = sorted(events())
    if event_type not in known:
        raise click.UsageError(unknown_type_message(event_type, known))
    client = state.client()
    token = state.settings.get("access_token") or ""
    with SandboxControl(client.base_url) as control:
        control.state()  # fails clearly when the base URL is not a sandbox
        record = produce(client, control, token, event_type)
    _output.emit_one(envelope(record), as_json=json_output or state.as_json, title=event_type)
