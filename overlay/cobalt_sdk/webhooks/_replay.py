"""Replay window: reject a delivery whose signed creation time is too old (or far in the future).

The time comes from the body, which Cobalt signs: `created` on the usual envelope, `timestamp` on
the live-fetch completion envelope (which has no `created`). The `webhook-timestamp` header is not
signed and is never used for this. Cobalt writes ISO 8601 (`2025-10-21T14:30:00.000Z`,
`2025-07-28T08:50:42.491-07:00`, and once `...000-7:00` with a one-digit hour offset); a time
without an offset is taken as UTC. A number is read as Unix seconds (milliseconds above 1e11).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from .._errors import WebhookVerificationError

Clock = Callable[[], float]

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"\s*(?:[Zz]|([+-])(\d{1,2})(?::?(\d{2}))?)?"
)
_MILLISECONDS_ABOVE = 1e11


def parse_time(value: object) -> datetime | None:
    """An ISO 8601 string (or Unix seconds/milliseconds) as an aware datetime; None if unreadable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if abs(value) > _MILLISECONDS_ABOVE else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    match = _ISO.fullmatch(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, sign, off_h, off_m = match.groups()
    try:
        tz = UTC
        if sign:
            offset = timedelta(hours=int(off_h), minutes=int(off_m or 0))
            tz = timezone(-offset if sign == "-" else offset)
        micro = int((fraction or "0")[:6].ljust(6, "0"))
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro, tzinfo=tz)
    except ValueError:  # month 13, offset of 24 h...
        return None


def signed_time_field(obj: Mapping[str, Any]) -> str:
    return "created" if "created" in obj or "timestamp" not in obj else "timestamp"


def check_fresh(obj: Mapping[str, Any], tolerance: float | None, clock: Clock | None = None) -> None:
    """Raise WebhookVerificationError unless the event's signed time is within `tolerance` seconds
    of `clock()` (default `time.time`). `tolerance=None` turns the check off (replaying history)."""
    if tolerance is None:
        return
    name = signed_time_field(obj)
    created = parse_time(obj.get(name))
    if created is None:
        state = "missing" if obj.get(name) is None else "not a readable time"
        raise WebhookVerificationError(
            f"webhook event has no usable signed time: '{name}' is {state}, so a replay cannot be "
            "ruled out (pass tolerance=None to accept old deliveries deliberately)"
        )
    age = (clock or time.time)() - created.timestamp()
    if age > tolerance:
        raise WebhookVerificationError(
            f"webhook delivery is too old: its event was created {age:.0f} s ago, over the "
            f"{tolerance:g} s tolerance (pass tolerance=None to replay history deliberately)"
        )
    if age < -tolerance:
        raise WebhookVerificationError(
            f"webhook delivery is created {-age:.0f} s in the future, over the {tolerance:g} s tolerance"
        )


__all__ = ["Clock", "check_fresh", "parse_time", "signed_time_field"]
