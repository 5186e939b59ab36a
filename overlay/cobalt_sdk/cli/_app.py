"""The root `cobalt` command: global options, lazy subcommands, and error reporting.

Subcommands are found without importing them: the resource groups from the registry's package
layout, the tools (`listen`, `trigger`, `jobs`, `events`, `config`, `sandbox`) from the table
below. Errors end here: a usage error exits 2 with Click's message (which names the closest
command or option); an SDK error prints one line and exits with the code of its class
(`_failures.py`); a traceback is printed only with `--debug`.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

import click

from ._operations import ResourceGroup, resource_names
from ._state import State
from ._suggest import resolve_or_suggest

#: command name -> "module:attribute" (imported when the command runs or shows its help)
TOOLS: dict[str, tuple[str, str]] = {
    "config": ("._config_cmd", "config"),
    "events": ("._events", "events"),
    "jobs": ("._jobs", "jobs"),
    "listen": ("._listen", "listen"),
    "sandbox": ("._sandbox", "sandbox"),
    "trigger": ("._trigger", "trigger"),
}
TOOL_HELP = {
    "config": "Show the settings in use (secrets masked).",
    "events": "List, show and replay webhook events.",
    "jobs": "Wait for jobs with a live progress display.",
    "listen": "Forward webhook events to a local URL, signed as Cobalt signs them.",
    "sandbox": "Start the local sandbox (cobalt-sandbox).",
    "trigger": "Make the sandbox emit an event of a given type.",
}


class RootGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*TOOLS, *(n.replace("_", "-") for n in resource_names())])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in TOOLS:
            module, attr = TOOLS[cmd_name]
            command = getattr(importlib.import_module(module, __package__), attr)
            return command if isinstance(command, click.Command) else None
        for resource in resource_names():
            if resource.replace("_", "-") == cmd_name:
                return ResourceGroup(resource)
        return None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        return resolve_or_suggest(self, ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The help lists resources by name only, so that `cobalt --help` imports none of them.
        tools = [(n, TOOL_HELP[n]) for n in sorted(TOOLS)]
        resources = [(n.replace("_", "-"), f"{n.replace('_', ' ')} operations") for n in resource_names()]
        with formatter.section("Tools"):
            formatter.write_dl(tools)
        with formatter.section("API resources (cobalt RESOURCE --help lists the operations)"):
            formatter.write_dl(resources)


@click.group(cls=RootGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.option("--profile", help="Profile in the config file (default: COBALT_PROFILE or 'default').")
@click.option("--base-url", help="API base URL (COBALT_BASE_URL).")
@click.option("--client-id", help="Client id (COBALT_CLIENT_ID).")
@click.option("--client-secret", help="Client secret (COBALT_CLIENT_SECRET).")
@click.option("--access-token", help="Access token (COBALT_ACCESS_TOKEN).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(package_name="cobalt-sdk", prog_name="cobalt")
@click.pass_context
def cli(
    ctx: click.Context,
    profile: str | None,
    base_url: str | None,
    client_id: str | None,
    client_secret: str | None,
    access_token: str | None,
    as_json: bool,
    debug: bool,
) -> None:
    """The Cobalt API from the terminal: every operation, webhook forwarding, events and jobs.

    Settings come from the options, then COBALT_* variables, then a profile in the config file
    (see `cobalt config show`).
    """
    flags = {"base_url": base_url, "client_id": client_id, "client_secret": client_secret, "access_token": access_token}
    ctx.obj = State(flags=flags, profile=profile, as_json=as_json, debug=debug)


def _debug(argv: Sequence[str]) -> bool:
    return "--debug" in argv


def run(argv: Sequence[str] | None = None) -> None:
    """Run the CLI and exit with its status."""
    from .._errors import CobaltError

    args = list(sys.argv[1:] if argv is None else argv)
    try:
        status = cli.main(args=args, prog_name="cobalt", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        sys.exit(130)
    except CobaltError as exc:
        from ._failures import error_line, exit_code

        if _debug(args):
            import traceback

            traceback.print_exc()
        click.echo(error_line(exc), err=True)
        sys.exit(exit_code(exc))
    sys.exit(status if isinstance(status, int) else 0)
