"""Timestamps as Cobalt writes them (`2025-10-21T14:30:00.000Z`): read one, write one."""

from __future__ import annotations

import datetime


def read_stamp(value: str) -> datetime.datetime | None:
    """An ISO 8601 text as an aware datetime (no offset: UTC); None if it is not one."""
    try:
        moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=datetime.UTC) if moment.tzinfo is None else moment


def write_stamp(moment: datetime.datetime) -> str:
    """`moment` in UTC with milliseconds, as Cobalt writes it (a naive one is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    moment = moment.astimezone(datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
