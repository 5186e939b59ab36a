"""`cobalt config show|path`: the settings in use and where each came from, secrets masked."""

from __future__ import annotations

import click

from ._state import State


@click.group("config")
def config() -> None:
    """Settings: options, then COBALT_* variables, then a profile of the config file."""


@config.command("show")
@click.pass_obj
def show(state: State) -> None:
    """Print every setting with its origin; secret values are masked."""
    settings = state.settings
    click.echo(f"config file: {settings.path}{'' if settings.path.exists() else ' (absent)'}")
    click.echo(f"profile:     {settings.profile}")
    width = max(len(name) for name, _, _ in settings.shown())
    for name, value, origin in settings.shown():
        click.echo(f"{name.ljust(width)}  {value}  ({origin})")


@config.command("path")
def path() -> None:
    """Print the config file's path."""
    from ._settings import config_path

    click.echo(str(config_path()))
