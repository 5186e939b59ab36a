"""The SDK's exception hierarchy: everything it raises is a `CobaltError`.

Messages name the operation and the status but never carry credentials. Cobalt's own error text
can echo values the caller sent (an MRN, an id); those values are redacted from `str(error)` and
kept only on the `message` attribute for callers who choose to look at them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class CobaltError(Exception):
    """Base class of every error the SDK raises."""


class ConfigurationError(CobaltError):
    """A client was built without a required setting (for example a missing credential)."""


class InvalidArgumentError(CobaltError, TypeError, ValueError):
    """An argument of an operation call cannot be sent (wrong type or format); nothing was sent.

    Also a `TypeError` and a `ValueError`, so code that catches either keeps working. The message
    names the operation and the argument, never the value (it can be patient data).
    """

    def __init__(self, summary: str, *, operation: str | None = None, argument: str | None = None) -> None:
        super().__init__(summary)
        self.operation = operation
        self.argument = argument


class APIError(CobaltError):
    """A request to the Cobalt API did not produce a usable result."""

    def __init__(self, summary: str, *, operation: str | None = None) -> None:
        super().__init__(summary)
        self.operation = operation


class APIConnectionError(APIError):
    """The request could not be sent or no response arrived (DNS, refused, reset...)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(APIError):
    """The server answered 2xx with a body that does not match the spec."""


class APIStatusError(APIError):
    """The server answered with an error status or a `success: false` body."""

    def __init__(
        self,
        *,
        status_code: int,
        message: str,
        operation: str | None,
        redact: Iterable[str] = (),
        retry_after: float | None = None,
        code: str | None = None,
    ) -> None:
        shown = redact_values(message, redact)
        where = f"{operation}: " if operation else ""
        super().__init__(f"{where}HTTP {status_code}: {shown}", operation=operation)
        self.status_code = status_code
        #: Cobalt's `message`, verbatim (it may echo values you sent; not used in str()).
        self.message = message
        self.retry_after = retry_after
        #: Cobalt's machine-readable `error` code when sent (e.g. `login_required`), else None.
        self.code = code

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.args[0]!r})"


class BadRequestError(APIStatusError):
    """400/422: the request failed validation (missing field, bad value, unknown id in the body)."""


class AuthenticationError(APIStatusError):
    """401: the credentials are wrong, or the access token does not resolve to a user."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: no record with that id."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of the record."""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` holds the server's hint in seconds, if any."""


class InternalServerError(APIStatusError):
    """5xx: Cobalt failed to process the request."""


class JobError(CobaltError):
    """Base class of errors about asynchronous jobs."""


class JobFailedError(JobError):
    """The job finished with a failure event (`*.failed`)."""

    def __init__(self, job_id: str, event: Any, failure_reason: str | None, reasons: list[Any]) -> None:
        codes = [str(getattr(r, "code", r.get("code") if isinstance(r, dict) else "")) for r in reasons]
        detail = f" (codes: {', '.join(c for c in codes if c)})" if any(codes) else ""
        super().__init__(f"job {job_id} failed with event {getattr(event, 'type', '?')}{detail}")
        self.job_id = job_id
        self.event = event
        #: Cobalt's human-readable reason (may contain patient details; not used in str()).
        self.failure_reason = failure_reason
        self.reasons = reasons
        self.codes = [c for c in codes if c]


class JobTimeoutError(JobError):
    """No outcome event arrived for the job within the allowed time."""

    def __init__(self, job_id: str, timeout: float) -> None:
        super().__init__(f"job {job_id} produced no outcome event within {timeout:g} s")
        self.job_id = job_id
        self.timeout = timeout


class WebhookError(CobaltError):
    """Base class of webhook errors."""


class WebhookVerificationError(WebhookError):
    """The webhook signature is missing, malformed or does not match any secret."""


class WebhookPayloadError(WebhookError):
    """The webhook body is not valid JSON or breaks the schema of its event type."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class WebhookBodyTooLargeError(WebhookPayloadError):
    """The webhook body is longer than `max_body_bytes`; it was rejected before any parsing."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"webhook body is {size} bytes, over the {limit}-byte limit (max_body_bytes)")
        self.size = size
        self.limit = limit


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def redact_values(text: str, values: Iterable[str]) -> str:
    """Replace every occurrence of the given values (at least 2 characters long) in `text`."""
    for value in sorted({v for v in values if len(v) >= 2}, key=len, reverse=True):
        if value in text:
            text = text.replace(value, "[redacted]")
    return text
