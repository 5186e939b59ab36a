"""The names the generated resource layer imports from the overlay (one import site)."""

from ._args import as_date, as_datetime, as_digits, as_ids
from ._jobs import AsyncJob, Job
from ._pagination import AsyncPager, Pager
from ._runner import AsyncRunner, SyncRunner
from ._types import NOT_GIVEN, NotGiven, Operation, TimeoutArg

__all__ = [
    "NOT_GIVEN",
    "AsyncJob",
    "AsyncPager",
    "AsyncRunner",
    "Job",
    "NotGiven",
    "Operation",
    "Pager",
    "SyncRunner",
    "TimeoutArg",
    "as_date",
    "as_datetime",
    "as_digits",
    "as_ids",
]
