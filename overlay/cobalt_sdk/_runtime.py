"""The names the generated resource layer imports from the overlay (one import site)."""

from ._args import as_date, as_datetime
from ._jobs import AsyncJob, Job
from ._pagination import AsyncPager, Pager
from ._response import async_raw_method, raw_method
from ._runner import AsyncRunner, SyncRunner
from ._types import NOT_GIVEN, Body, CallOptions, Headers, NotGiven, Operation, Query, TimeoutArg

__all__ = [
    "NOT_GIVEN",
    "AsyncJob",
    "AsyncPager",
    "AsyncRunner",
    "Body",
    "CallOptions",
    "Headers",
    "Job",
    "NotGiven",
    "Operation",
    "Pager",
    "Query",
    "SyncRunner",
    "TimeoutArg",
    "as_date",
    "as_datetime",
    "async_raw_method",
    "raw_method",
]
