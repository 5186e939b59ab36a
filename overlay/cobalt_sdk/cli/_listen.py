"""`cobalt listen --forward-to URL`: webhook events, forwarded to a local endpoint.

Cobalt delivers webhooks only to public HTTPS URLs. `listen` reads the account's events from
`GET /webhook-events` instead (the real API or the sandbox alike), oldest first, and POSTs each
new one to the local URL as Cobalt would (`_forward.py`), signed with a local secret printed at
start, so the application's own `WebhookReceiver` verifies it unchanged. It starts from now (the
newest recorded event), from `--since`, or from where the last run stopped (`_cursor.py`).
"""

from __future__ import annotations

import hashlib
import secrets as _secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ._state import State

if TYPE_CHECKING:
    from cobalt_sdk import Cobalt

    from ._cursor import Cursor
    from ._forward import DeliveryResult, Forwarder

PAGE_SIZE = 100
SECRET_FILE = "listen-secret"


def local_secret(directory: Path) -> str:
    """The local signing secret, created once and kept (so the app's configuration stays valid)."""
    path = directory / SECRET_FILE
    if path.exists():
        value = path.read_text(encoding="utf-8").strip()
        if value:
            return value
    directory.mkdir(parents=True, exist_ok=True)
    value = "whsec_local_" + _secrets.token_hex(24)
    path.touch(mode=0o600)
    path.write_text(value + "\n", encoding="utf-8")
    return value


def cursor_path(directory: Path, base_url: str, forward_to: str) -> Path:
    key = hashlib.sha256(f"{base_url}\n{forward_to}".encode()).hexdigest()[:16]
    return directory / "listen" / f"cursor-{key}.json"


def parse_events_filter(value: str | None) -> set[str] | None:
    if not value:
        return None
    from ..webhooks import event_types
    from ._suggest import closest

    wanted = {v.strip() for v in value.split(",") if v.strip()}
    known = event_types()
    for name in sorted(wanted):
        if name not in known:
            hint = closest(name, known)
            raise click.BadParameter(
                f"unknown event type {name!r}" + (f"; did you mean {hint!r}?" if hint else ""), param_hint="--events"
            )
    return wanted


def records(client: Cobalt, start_date: str | None) -> Iterator[dict[str, Any]]:
    """Every recorded event from `start_date` on, oldest first (all pages)."""
    kwargs: dict[str, Any] = {"sort": "created_at", "page_size": PAGE_SIZE}
    if start_date:
        kwargs["start_date"] = start_date
    for record in client.webhook_events.list(**kwargs):
        yield record.to_dict()


def baseline(client: Cobalt, path: Path) -> Cursor:
    """Start from now: every event recorded so far, and any created before it, counts as handled."""
    from ._cursor import Cursor, valid_stamp
    from ._forward import record_fields

    page = client.webhook_events.list(sort="-created_at", page_size=PAGE_SIZE).page
    stamps = [valid_stamp(record_fields(record.to_dict())[2]) for record in page.webhook_events or []]
    newest = max((stamp for stamp in stamps if stamp is not None), default=None)
    cursor = Cursor(path, newest, {}, newest)
    cursor.save()
    return cursor


def describe(event_type: str, job_id: str | None, result: DeliveryResult) -> str:
    outcome = str(result.status) if result.status is not None else f"failed ({result.error})"
    if result.status is not None and not result.ok:
        outcome = f"{result.status} failed"
    tries = f", {result.attempts} attempts" if result.attempts > 1 else ""
    job = f"job {job_id}" if job_id else "no job"
    return (
        f"{time.strftime('%H:%M:%S')}  {event_type:38s} {job:22s} -> {outcome}  {result.seconds * 1000:.0f} ms{tries}"
    )


@dataclass
class Listener:
    client: Cobalt
    forwarder: Forwarder
    cursor: Cursor
    wanted: set[str] | None
    echo: Callable[[str], None]

    def poll_once(self) -> int:
        """Forward every new event once; returns how many were forwarded."""
        from ._forward import envelope, record_fields

        since = self.cursor.since()
        start = since[:10] if since else None
        forwarded = 0
        for record in records(self.client, start):
            event_id, event_type, created, job_id = record_fields(record)
            if not self.cursor.is_new(event_id, created):
                continue
            self.cursor.mark(event_id, created)  # before sending: a restart never sends it again
            if self.wanted is not None and event_type not in self.wanted:
                continue
            result = self.forwarder.deliver(envelope(record))
            self.echo(describe(event_type, job_id, result))
            forwarded += 1
        return forwarded

    def run(self, interval: float, sleep: Callable[[float], None] = time.sleep) -> None:
        """Poll every `interval` seconds until interrupted. Transient failures are reported and
        retried. An expired account link (403 `login_required`) is reported once and polled
        through: the `access_token.login_required` event is one listen should forward, and once
        the link is restored (Cobalt Link in update mode) the events listed meanwhile still arrive."""
        from .._errors import APIConnectionError, InternalServerError, LoginRequiredError, RateLimitError

        link_expired = False
        while True:
            try:
                self.poll_once()
            except (APIConnectionError, InternalServerError, RateLimitError) as exc:
                self.echo(f"{time.strftime('%H:%M:%S')}  polling failed ({type(exc).__name__}); trying again")
            except LoginRequiredError:
                if not link_expired:
                    self.echo(
                        f"{time.strftime('%H:%M:%S')}  the account link expired (login_required): re-run Cobalt"
                        " Link in update mode with this access_token; still polling"
                    )
                link_expired = True
            else:
                if link_expired:
                    self.echo(f"{time.strftime('%H:%M:%S')}  the account link works again; forwarding")
                link_expired = False
            sleep(interval)


@click.command("listen")
@click.option("--forward-to", required=True, metavar="URL", help="Local URL to POST events to.")
@click.option("--events", "events_filter", metavar="TYPE,...", help="Forward only these event types.")
@click.option("--since", metavar="DATE|DATETIME", help="Forward events created from then on (default: from now).")
@click.option("--secret", help="Signing secret (default: COBALT_WEBHOOK_SECRET, else a local one, kept).")
@click.option(
    "--interval", type=click.FloatRange(min=0.05), default=1.0, show_default=True, help="Seconds between polls."
)
@click.option("--cursor-file", type=click.Path(dir_okay=False, path_type=Path), help="Where to keep progress.")
@click.option("--allow-remote", is_flag=True, help="Allow a forward URL that is not on this machine.")
@click.pass_obj
def listen(
    state: State,
    forward_to: str,
    events_filter: str | None,
    since: str | None,
    secret: str | None,
    interval: float,
    cursor_file: Path | None,
    allow_remote: bool,
) -> None:
    """Forward new webhook events to a local URL, signed as Cobalt signs them.

    Events are read from GET /webhook-events and POSTed with the cobalt-verification,
    webhook-id, webhook-attempt and webhook-timestamp headers; a failed delivery is retried once
    after 1 s, as Cobalt does. Progress is kept on disk, so a restart forwards nothing twice.
    Ctrl-C stops.
    """
    from ._cursor import Cursor, valid_stamp
    from ._forward import Forwarder, is_loopback, iso
    from ._settings import config_dir

    if not forward_to.startswith(("http://", "https://")):
        raise click.BadParameter("must be an http:// or https:// URL", param_hint="--forward-to")
    if not allow_remote and not is_loopback(forward_to):
        raise click.BadParameter(
            "not a loopback address (localhost, 127.0.0.1, ::1); pass --allow-remote to forward elsewhere",
            param_hint="--forward-to",
        )
    wanted = parse_events_filter(events_filter)
    start: str | None = None
    if since is not None:
        start = valid_stamp(iso(since if "T" in since else f"{since}T00:00:00+00:00"))
        if start is None:
            hint = "not a date (2024-03-14) or date-time (2024-03-14T09:30:00Z)"
            raise click.BadParameter(hint, param_hint="--since")
    directory = config_dir()
    key = secret or state.settings.get("webhook_secret") or local_secret(directory)
    client = state.client()
    path = cursor_file or cursor_path(directory, client.base_url, forward_to)
    cursor = Cursor.load(path)
    if since is not None:
        cursor = Cursor.starting(path, start, cursor.seen if cursor else {})
        cursor.save()
    elif cursor is None:
        cursor = baseline(client, path)
    forwarder = Forwarder(forward_to, key)
    click.echo(f"Forwarding events from {client.base_url} to {forward_to}")
    click.echo(f"Your webhook signing secret is {key} (give it to your WebhookReceiver)")
    click.echo("Ready. Press Ctrl-C to stop.")
    listener = Listener(client, forwarder, cursor, wanted, lambda line: click.echo(line))
    try:
        listener.run(interval)
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        forwarder.close()
