"""`cobalt events list|get|replay`: the account's recorded webhook events.

`list` and `get` read `GET /webhook-events`; `replay` delivers recorded events again to a local
URL, signed and shaped exactly as `cobalt listen` forwards them (Cobalt has no redelivery
endpoint), ignoring listen's cursor: a replay is meant to repeat.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import click

from ._state import State


def _since_filter(since: str | None) -> tuple[str | None, str | None]:
    """(start_date for the API, ISO lower bound on created) from `--since`."""
    if not since:
        return None, None
    from ._forward import iso

    bound = iso(since if "T" in since else f"{since}T00:00:00+00:00")
    return since[:10], bound


def selected(
    state: State, since: str | None, event_type: str | None, job_id: str | None, oldest_first: bool
) -> Iterator[dict[str, Any]]:
    from ._forward import record_fields

    start, bound = _since_filter(since)
    kwargs: dict[str, Any] = {"sort": "created_at" if oldest_first else "-created_at", "page_size": 100}
    for key, value in (("start_date", start), ("event_type", event_type), ("job_id", job_id)):
        if value:
            kwargs[key] = value
    for record in state.client().webhook_events.list(**kwargs):
        raw = record.to_dict()
        created = record_fields(raw)[2]
        if bound is None or created is None or created >= bound:
            yield raw


#: The table of `events list` (every field is in --json).
COLUMNS = ["created_at", "event_type", "job_id", "delivery_status", "event_id"]


@click.group("events")
def events() -> None:
    """Recorded webhook events."""


_since = click.option("--since", metavar="DATE|DATETIME", help="Only events created from then on.")
_type = click.option("--type", "event_type", metavar="TYPE", help="Only events of this type.")
_job = click.option("--job-id", help="Only the events of this job.")


@events.command("list")
@_since
@_type
@_job
@click.option("--limit", type=click.IntRange(min=1), help="Stop after this many events.")
@click.option("--json", "json_output", is_flag=True, help="JSON lines.")
@click.pass_obj
def list_events(
    state: State, since: str | None, event_type: str | None, job_id: str | None, limit: int | None, json_output: bool
) -> None:
    """List recorded events, newest first."""
    from . import _output

    items = selected(state, since, event_type, job_id, oldest_first=False)
    _output.emit_items(_output.limited(items, limit), as_json=json_output or state.as_json, columns=COLUMNS)


@events.command("get")
@click.argument("event_id")
@click.option("--json", "json_output", is_flag=True, help="JSON.")
@click.pass_obj
def get_event(state: State, event_id: str, json_output: bool) -> None:
    """Show one recorded event with its delivery record."""
    from . import _output

    _output.emit_one(state.client().webhook_events.get(event_id), as_json=json_output or state.as_json)


@events.command("replay")
@click.argument("event_ids", nargs=-1, metavar="[EVENT_ID...]")
@_since
@_type
@_job
@click.option("--forward-to", required=True, metavar="URL", help="Local URL to deliver the events to.")
@click.option("--secret", help="Signing secret (default: the one `cobalt listen` uses).")
@click.option("--allow-remote", is_flag=True, help="Allow a URL that is not on this machine.")
@click.pass_obj
def replay(
    state: State,
    event_ids: tuple[str, ...],
    since: str | None,
    event_type: str | None,
    job_id: str | None,
    forward_to: str,
    secret: str | None,
    allow_remote: bool,
) -> int:
    """Deliver recorded events again: the EVENT_IDs, or those matching --since/--type/--job-id."""
    from ._forward import Forwarder, envelope, is_loopback, record_fields
    from ._listen import describe, local_secret
    from ._settings import config_dir

    if not allow_remote and not is_loopback(forward_to):
        raise click.BadParameter("not a loopback address; pass --allow-remote", param_hint="--forward-to")
    if not (event_ids or since or event_type or job_id):
        raise click.UsageError("name EVENT_IDs or select events with --since, --type or --job-id")
    key = secret or state.settings.get("webhook_secret") or local_secret(config_dir())
    if event_ids:
        client = state.client()
        records = [_record_of(client.webhook_events.get(eid)) for eid in event_ids]
    else:
        records = list(selected(state, since, event_type, job_id, oldest_first=True))
    forwarder = Forwarder(forward_to, key)
    failures = 0
    try:
        for record in records:
            _id, kind, _created, job = record_fields(record)
            result = forwarder.deliver(envelope(record))
            failures += not result.ok
            click.echo(describe(kind, job, result))
    finally:
        forwarder.close()
    click.echo(f"replayed {len(records)} event(s), {failures} failed")
    return 1 if failures else 0


def _record_of(response: Any) -> dict[str, Any]:
    """The event record inside a `GET /webhook-events/{id}` answer (wrapped or bare)."""
    raw: dict[str, Any] = response.to_dict()
    for key in ("webhook_event", "event", "data"):
        inner = raw.get(key)
        if isinstance(inner, dict) and ("event_id" in inner or "id" in inner) and "data" in inner:
            return inner
    return raw
