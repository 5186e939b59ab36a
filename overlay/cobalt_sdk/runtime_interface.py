"""The runtime interface between the generated client and the SDK (version 1).

`cobalt_api_client` (generated from openapi.yaml by `nox -s generate`) imports from `cobalt_sdk`
this module and nothing else; the overlay implements it. It is declared, not private: its
`__all__` is pinned by tests/pipeline/test_runtime_interface.py, which also checks that the
generated package imports no other `cobalt_sdk` module and no name outside `__all__`.

Not for application code: use `cobalt_sdk` itself. For contributors changing this seam:

* adding a name is compatible (add it here, to `__all__`, and to the pinned list in the test);
* removing a name or changing what it does, takes or returns is not: bump `INTERFACE_VERSION`
  and the version the templates check (`generator/templates/endpoint_init.py.jinja`), so that a
  generated package and an SDK that do not match fail at import with a clear message instead of
  misbehaving later.

What the names are for:

* `SyncRunner` / `AsyncRunner`: run one operation (`request`, `paginate`, `job`) for a resource;
* `Operation`: an operation's static description (name, method, path, credentials it needs);
* `Job` / `AsyncJob`, `Pager` / `AsyncPager`: what job-starting and paginated operations return;
* `NOT_GIVEN`, `NotGiven`, `TimeoutArg`: per-call options left unset, and the timeout type;
* `CallOptions`, `Headers`, `Query`, `Body`: a call's per-call options (`extra_headers`,
  `extra_query`, `extra_body`, `timeout`, `max_retries`, `deadline`) and their types;
* `raw_method` / `async_raw_method`: wrap a resource method for `with_raw_response`;
* `as_date`, `as_datetime`, `as_digits`, `as_ids`, `as_time`: argument checks and conversions applied
  before a call is built (see `cobalt_sdk._args`);
* `INTERFACE_VERSION`, `require_interface`: every generated resource module calls
  `require_interface(<the version its templates target>, __name__)` when it is imported.
"""

from ._args import as_date, as_datetime, as_digits, as_ids, as_time
from ._jobs import AsyncJob, Job
from ._pagination import AsyncPager, Pager
from ._response import async_raw_method, raw_method
from ._runner import AsyncRunner, SyncRunner
from ._types import NOT_GIVEN, Body, CallOptions, Headers, NotGiven, Operation, Query, TimeoutArg

#: Bumped on every incompatible change of the names below (see the module docstring).
INTERFACE_VERSION = 1

__all__ = [
    "INTERFACE_VERSION",
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
    "as_digits",
    "as_ids",
    "as_time",
    "async_raw_method",
    "raw_method",
    "require_interface",
]


def require_interface(version: int, package: str) -> None:
    """Called by generated code at import: fail clearly when it was generated for another version."""
    if version != INTERFACE_VERSION:
        raise ImportError(
            f"{package} was generated for cobalt_sdk runtime interface {version}, but this cobalt_sdk "
            f"implements {INTERFACE_VERSION}; install matching versions (or run `nox -s generate`)"
        )
