"""`cobalt jobs wait JOB_ID...`: wait for jobs with a live progress display.

The SDK's `JobWaiter` resolves all the jobs with one shared scan of recent events per interval
(plus a lookup per job, as ids given on the command line may belong to jobs that finished long
ago). On a terminal a Rich `Live` table shows one row per job (pending, done, failed, timed out;
elapsed time); otherwise one plain line is printed per job as it resolves. The exit status is 0
when every job succeeded, 11 when any failed and 12 when any timed out (and none failed).
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from ._state import State

if TYPE_CHECKING:
    from cobalt_sdk._waiter import JobResult
    from cobalt_sdk.webhooks import Event

FAILED_EXIT = 11
TIMED_OUT_EXIT = 12


@dataclass
class Row:
    job_id: str
    status: str = "pending"  # pending, done, failed, timed out
    event_type: str = ""
    elapsed: float = 0.0

    def line(self) -> str:
        return f"{self.job_id:24s} {self.status:10s} {self.event_type:38s} {self.elapsed:6.1f} s"


def update(row: Row, result: JobResult[Event], elapsed: float) -> bool:
    """Bring a row up to date; True when it just resolved."""
    if row.status != "pending":
        return False
    row.elapsed = elapsed
    if result.event is not None:
        row.status, row.event_type = "done", str(getattr(result.event, "type", ""))
    elif result.error is not None:
        row.status = "failed"
        row.event_type = str(getattr(getattr(result.error, "event", None), "type", "") or "")
    else:
        return False
    return True


def render(rows: list[Row]) -> Any:
    from rich.table import Table

    styles = {"done": "green", "failed": "red", "timed out": "yellow", "pending": "cyan"}
    table = Table("job", "status", "event", "elapsed", title="cobalt jobs wait", title_justify="left")
    for row in rows:
        status = f"[{styles[row.status]}]{row.status}[/]"
        table.add_row(row.job_id, status, row.event_type or "-", f"{row.elapsed:.1f} s")
    done = sum(r.status != "pending" for r in rows)
    table.caption = f"{done}/{len(rows)} finished"
    return table


def exit_status(rows: list[Row]) -> int:
    if any(r.status == "failed" for r in rows):
        return FAILED_EXIT
    if any(r.status == "timed out" for r in rows):
        return TIMED_OUT_EXIT
    return 0


def wait_rows(
    waiter: Any,
    rows: list[Row],
    *,
    timeout: float,
    interval: float,
    on_change: Callable[[Row | None], None],
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Poll until every row resolved or `timeout` passed; `on_change(row)` per resolution, `(None)` per tick."""
    from .._errors import APIConnectionError, InternalServerError, RateLimitError

    results = {row.job_id: waiter.add(row.job_id) for row in rows}
    started = clock()
    while True:
        with contextlib.suppress(APIConnectionError, InternalServerError, RateLimitError):
            waiter.poll_once()  # a transient failure: the next interval asks again
        elapsed = clock() - started
        for row in rows:
            if update(row, results[row.job_id], elapsed):
                on_change(row)
            elif row.status == "pending":
                row.elapsed = elapsed
        on_change(None)
        if all(r.status != "pending" for r in rows):
            return
        if elapsed >= timeout:
            for row in rows:
                if row.status == "pending":
                    row.status = "timed out"
                    on_change(row)
            return
        sleep(min(interval, max(0.0, timeout - elapsed)))


@click.group("jobs")
def jobs() -> None:
    """Asynchronous jobs."""


@jobs.command("wait")
@click.argument("job_ids", nargs=-1, required=True, metavar="JOB_ID...")
@click.option("--timeout", type=click.FloatRange(min=0), default=180.0, show_default=True, help="Seconds in all.")
@click.option("--interval", type=click.FloatRange(min=0.05), default=1.0, show_default=True, help="Seconds per poll.")
@click.pass_obj
def wait(state: State, job_ids: tuple[str, ...], timeout: float, interval: float) -> int:
    """Wait until every JOB_ID has its outcome event; exit 0 only when all succeeded."""
    from cobalt_sdk import JobWaiter

    client = state.client()
    waiter = JobWaiter(client, poll_interval=interval, fallback_after=0.0)
    rows = [Row(job_id) for job_id in dict.fromkeys(job_ids)]
    if sys.stdout.isatty():
        from rich.live import Live

        from ._output import console

        with Live(render(rows), console=console(), refresh_per_second=8, transient=False) as live:
            wait_rows(waiter, rows, timeout=timeout, interval=interval, on_change=lambda _r: live.update(render(rows)))
    else:

        def plain(row: Row | None) -> None:
            if row is not None:
                click.echo(row.line())

        wait_rows(waiter, rows, timeout=timeout, interval=interval, on_change=plain)
        done = sum(r.status == "done" for r in rows)
        click.echo(f"{done}/{len(rows)} succeeded")
    return exit_status(rows)
