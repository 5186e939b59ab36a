"""Printing results: a Rich table for people, JSON for scripts.

`--json` prints one JSON document for a single result and JSON lines (one object per line) for a
list, so `cobalt patients list --json | jq ...` streams. Without it a result is a table: a list
gets one row per item and one column per top-level field, a single object a field/value table.
Nested values are shown as compact JSON. Rich is imported only here, only when a table is drawn.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

#: Columns shown in a list table at most (the rest are in --json).
MAX_COLUMNS = 8
MAX_CELL = 60


def plain(value: Any) -> Any:
    """A model, an event or a value as plain JSON data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raw = getattr(value, "raw", None)  # UnknownEvent
    if isinstance(raw, dict):
        return raw
    return value


def dumps(value: Any, *, indent: int | None = None) -> str:
    return json.dumps(plain(value), indent=indent, default=str, ensure_ascii=False)


def limited(items: Iterable[Any], limit: int | None) -> Iterator[Any]:
    return iter(items) if limit is None else itertools.islice(items, limit)


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def console() -> Any:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def emit_one(value: Any, *, as_json: bool, title: str | None = None) -> None:
    data = plain(value)
    if as_json:
        click.echo(dumps(data, indent=2))
        return
    from rich.table import Table

    table = Table("field", "value", title=title, show_header=False, title_justify="left")
    if isinstance(data, dict):
        for key, item in data.items():
            table.add_row(str(key), _cell(item))
    else:
        table.add_row("value", _cell(data))
    console().print(table)


def _columns(rows: list[Any]) -> list[str]:
    """Top-level fields in first-seen order, plain values before nested ones."""
    seen: dict[str, bool] = {}
    for row in rows:
        for key, value in (row if isinstance(row, dict) else {"value": row}).items():
            nested = isinstance(value, (dict, list))
            seen[str(key)] = seen.get(str(key), True) and nested
    ordered = [k for k, nested in seen.items() if not nested] + [k for k, nested in seen.items() if nested]
    return ordered[:MAX_COLUMNS]


def emit_items(items: Iterable[Any], *, as_json: bool, columns: list[str] | None = None) -> None:
    """A list: JSON lines, or a table (of `columns`, default: the items' top-level fields)."""
    if as_json:
        for item in items:
            click.echo(dumps(item))
        return
    rows = [plain(i) for i in items]
    from rich.table import Table

    columns = columns or _columns(rows)
    table = Table(*columns, caption=f"{len(rows)} item(s)")
    for row in rows:
        values = row if isinstance(row, dict) else {"value": row}
        table.add_row(*[_cell(values[c]) if c in values else "" for c in columns])
    console().print(table)


def emit_file(file: Any, output: str | None) -> None:
    payload = getattr(file, "payload", file)
    data: bytes = payload.read() if hasattr(payload, "read") else bytes(payload)
    if output:
        Path(output).write_bytes(data)
        click.echo(f"wrote {len(data)} bytes to {output}", err=True)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
