"""Argument conversions the generated resource layer applies before a call is built.

Dates can be given as `datetime.date` / `datetime.datetime` or as ISO 8601 strings (what users
copy from Cobalt's docs: `start_date="2024-03-14"`). A value that is neither is refused here, by
name, before anything is sent; the value itself never appears in the message.

Times of day (`appointments.create(time=...)`, which Cobalt takes on a 12-hour clock, `10:00 am`)
can be given as `datetime.time`, as an ISO string (`"14:30"`) or in Cobalt's own form (`"2:30 pm"`,
sent as written); the first two are sent as `2:30 pm`.

Numbers are numbers: a field the API wants as a string of digits (`duration="30"`) is taken as an
int (`duration=30`, as the models return it) and sent as its digits. Lists are lists: an array query
parameter (`provider_ids`) takes a list of ids, as its body-field siblings do, and goes out
comma-separated; a comma inside one id would split it, so it is refused.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any, TypeVar, overload

from cobalt_api_client.types import Unset

from ._errors import InvalidArgumentError
from ._types import Operation

D = TypeVar("D", datetime.date, datetime.datetime)


def _coerce(op: Operation, name: str, value: Any, cls: type[D], parse: Callable[[str], D], example: str) -> Any:
    what = f"an ISO {'date-time' if cls is datetime.datetime else 'date'} string such as {example!r}"
    if isinstance(value, str):
        try:
            return parse(value)
        except ValueError:
            raise _bad(op, name, what) from None
    if isinstance(value, (cls, Unset)):
        return value
    raise _bad(op, name, f"a datetime.{cls.__name__} or {what}, not {type(value).__name__}")


def _bad(op: Operation, name: str, expected: str) -> InvalidArgumentError:
    return InvalidArgumentError(f"{op.name}: {name} must be {expected}", operation=op.name, argument=name)


@overload
def as_date(op: Operation, name: str, value: datetime.date | str) -> datetime.date: ...
@overload
def as_date(op: Operation, name: str, value: datetime.date | str | Unset) -> datetime.date | Unset: ...
def as_date(op: Operation, name: str, value: datetime.date | str | Unset) -> datetime.date | Unset:
    """`value` as a date: ISO strings (`2024-03-14`) are parsed; UNSET passes through."""
    result: datetime.date | Unset = _coerce(op, name, value, datetime.date, datetime.date.fromisoformat, "2024-03-14")
    return result


@overload
def as_datetime(op: Operation, name: str, value: datetime.datetime | str) -> datetime.datetime: ...
@overload
def as_datetime(op: Operation, name: str, value: datetime.datetime | str | Unset) -> datetime.datetime | Unset: ...
def as_datetime(op: Operation, name: str, value: datetime.datetime | str | Unset) -> datetime.datetime | Unset:
    """`value` as a datetime: ISO strings (`2024-03-14T10:00:00Z`) are parsed; UNSET passes through."""
    parse = datetime.datetime.fromisoformat
    result: datetime.datetime | Unset = _coerce(op, name, value, datetime.datetime, parse, "2024-03-14T10:00:00Z")
    return result


# Patterns compiled on first use (by `re`'s cache), not when the first resource module is imported.
_TWELVE_HOUR = r"(0?[1-9]|1[0-2]):[0-5][0-9] [AaPp][Mm]"  # the spec's `h:mm am/pm`
_ISO_TIME = r"[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?"
_TIME_FORMS = "a datetime.time, an ISO time string such as '14:30' or a 12-hour time such as '2:30 pm'"


def _twelve_hour(value: datetime.time) -> str:
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'am' if value.hour < 12 else 'pm'}"


def as_time(op: Operation, name: str, value: datetime.time | str | Unset) -> str | Unset:
    """A time of day as Cobalt's 12-hour `h:mm am/pm`; UNSET passes through.

    A `datetime.time` or an ISO string (`14:30`, `14:30:00`) is converted (`2:30 pm`); a 12-hour
    string (`2:30 pm`, `10:00 AM`) is sent as written. Cobalt takes minutes on the clinic's clock:
    seconds, or a time with a UTC offset, are refused (give `datetime_` for an instant).
    """
    if isinstance(value, Unset):
        return value
    if isinstance(value, str):
        if re.fullmatch(_TWELVE_HOUR, value):
            return value
        if not re.fullmatch(_ISO_TIME, value):
            raise _bad(op, name, _TIME_FORMS)
        try:
            value = datetime.time.fromisoformat(value)
        except ValueError:
            raise _bad(op, name, _TIME_FORMS) from None
    elif not isinstance(value, datetime.time):
        raise _bad(op, name, f"{_TIME_FORMS}, not {type(value).__name__}")
    if value.tzinfo is not None:
        raise _bad(op, name, "a time on the clinic's clock, without a UTC offset (give datetime_ for an instant)")
    if value.second or value.microsecond:
        raise _bad(op, name, "a time in whole minutes (Cobalt takes h:mm am/pm)")
    return _twelve_hour(value)


def as_digits(op: Operation, name: str, value: int | Unset) -> str | Unset:
    """A whole non-negative number as the string of digits the API expects; UNSET passes through.

    A string of digits (what older versions of this SDK took) is accepted as it is.
    """
    if isinstance(value, Unset):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return value
    what = "negative" if isinstance(value, int) and not isinstance(value, bool) else type(value).__name__
    raise _bad(op, name, f"a whole number >= 0 (an int), not {what}")


def as_ids(op: Operation, name: str, value: list[str] | Unset) -> list[str] | Unset:
    """A list of ids for a comma-separated query parameter; UNSET passes through.

    A comma-separated string (what older versions of this SDK took) is split into its ids.
    """
    if isinstance(value, Unset):
        return value
    if isinstance(value, str):
        return [part for part in value.split(",") if part]
    if not isinstance(value, (list, tuple)):
        raise _bad(op, name, f"a list of id strings, not {type(value).__name__}")
    for item in value:
        if not isinstance(item, str):
            raise _bad(op, name, f"a list of id strings, not a list holding {type(item).__name__}")
        if not item or "," in item:
            raise _bad(op, name, "a list of non-empty ids without commas (they are sent comma-separated)")
    return list(value)
