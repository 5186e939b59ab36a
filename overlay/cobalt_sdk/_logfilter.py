"""Keeps patient data and secrets of Cobalt requests out of the `httpx` and `httpcore` loggers.

httpx logs every request's full URL at INFO (`HTTP Request: GET https://.../appointments?
patient_mrn=...`), and httpcore's DEBUG trace lines carry response headers and exception reprs.
Cobalt URLs hold MRNs, names and dates in their query strings and path parameters, so the
clients install `TransportLogFilter` on those loggers. For a record emitted during a Cobalt call
(found through the runner's per-call context, so records of the application's other httpx
traffic pass untouched) the filter:

- replaces the URL by the operation's path template on the same origin, with no query string
  (`GET https://api.usecobalt.com/v1/appointments/{id}`), keeping method, HTTP version and status;
- reduces httpcore's `receive_response_headers.complete` line to the status (header values go);
- redacts the client's secrets and every value the call sent from what remains.

A logger's filters run only for records that passed its level check, so with httpx logging off
the filter is never called. Filters attached to a logger do not apply to its children, hence the
explicit list of httpcore's child loggers. `install()` is idempotent: one filter per logger,
however many clients. A client built with `log_filter=False` (or with `COBALT_LOG_FILTER=0` in
the environment) installs nothing and its records are left as they are.
"""

from __future__ import annotations

import logging
import re
import threading

import httpx

from ._errors import redact_values
from ._runner import current_call

#: Every logger httpx and httpcore 1.x emit on (a filter on a parent does not see its children).
LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)

#: Compiled on the first record filtered (by `re`'s cache), not when the first client is built.
_RESPONSE_HEADERS = r"^(\S*receive_response_headers\.complete) return_value=\(b'[^']*', (\d{3}),"
_lock = threading.Lock()


class TransportLogFilter(logging.Filter):
    """Rewrites transport log records of Cobalt calls so they carry no URL values or secrets."""

    def filter(self, record: logging.LogRecord) -> bool:
        state = current_call()
        if state is None or not state.runner.mask_transport_logs:
            return True
        try:
            if isinstance(record.args, tuple):
                masked = f"{state.runner.base_path}{state.op.path}"
                record.args = tuple(_origin(a) + masked if isinstance(a, httpx.URL) else a for a in record.args)
            message = record.getMessage()
            headers = re.match(_RESPONSE_HEADERS, message)
            if headers is not None:
                message = f"{headers.group(1)} status={headers.group(2)}"
            message = redact_values(message, state.sensitive())
        except Exception:  # a record we cannot read is withheld, never passed on unfiltered
            message = f"[{record.name} record withheld by cobalt_sdk's log filter]"
        record.msg, record.args = message, ()
        return True


def _origin(url: httpx.URL) -> str:
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


FILTER = TransportLogFilter()


def install() -> None:
    """Attach the one shared filter to every httpx/httpcore logger that does not have it yet."""
    with _lock:
        for name in LOGGERS:
            logger = logging.getLogger(name)
            if not any(isinstance(f, TransportLogFilter) for f in logger.filters):
                logger.addFilter(FILTER)
