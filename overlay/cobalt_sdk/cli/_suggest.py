"""Closest-match suggestions for mistyped commands, options, fields and event types."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import click


def ranked(word: str, candidates: Sequence[str], n: int = 3) -> list[str]:
    """Candidates most like `word`, closest first (at most `n`)."""
    return difflib.get_close_matches(word, list(candidates), n=n, cutoff=0.5)


def closest(word: str, candidates: Sequence[str]) -> str | None:
    found = ranked(word, candidates, n=1)
    return found[0] if found else None


def resolve_or_suggest(
    group: click.Group, ctx: click.Context, args: list[str]
) -> tuple[str | None, click.Command | None, list[str]]:
    """`Group.resolve_command`, with the closest command named when the name is unknown."""
    name = args[0]
    command = group.get_command(ctx, name)
    if command is None and not ctx.resilient_parsing:
        if name.startswith("-"):
            group.parse_args(ctx, args)  # lets Click report the unknown option (exit 2)
        hint = closest(name, group.list_commands(ctx))
        suffix = f" Did you mean {hint!r}?" if hint else ""
        ctx.fail(f"No such command {name!r}.{suffix}")
    return (command.name if command else None), command, args[1:]
