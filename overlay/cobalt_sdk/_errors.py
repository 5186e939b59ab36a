"""The SDK's exception hierarchy: everything it raises is a `CobaltError`.

Messages name the operation and the status but never carry credentials. Cobalt's own error text
can echo values the caller sent (an MRN, an id); those values are redacted from `str(error)` and
kept only on the `message` attribute for callers who choose to look at them. The client's own
secrets (`client_secret`, `access_token`) are redacted everywhere, `message` included, and from
the messages of every exception chained to the error, so no traceback shows them.

`redact_values` and `redact_exception` are the one redaction helper of the SDK: the client uses
them for its credentials and the webhooks package for webhook secrets.

The tree (README "Errors" has the same, with what each attribute holds)::

    CobaltError
    ├── ConfigurationError              a setting is missing or unusable (credential, base_url)
    ├── InvalidArgumentError            an argument cannot be sent; nothing was sent
    ├── APIError                        .operation
    │   ├── APIConnectionError          refused / DNS / TLS / reset / proxy (named in the message)
    │   │   └── APITimeoutError         one attempt timed out, or the call's deadline passed
    │   ├── APIResponseValidationError  a response arrived that cannot be used
    │   └── APIStatusError              .status_code .message .code .headers .request_id .body
    │       ├── UnsuccessfulResponseError   2xx with "success": false
    │       ├── BadRequestError             400, 422
    │       ├── AuthenticationError         401
    │       ├── PermissionDeniedError       403
    │       │   └── LoginRequiredError      403 "login_required"
    │       ├── NotFoundError               404
    │       ├── ConflictError               409
    │       ├── RateLimitError              429 (.retry_after)
    │       └── InternalServerError         5xx
    ├── JobError                        (raised itself when a job without job_id is polled)
    │   ├── JobEventError               the job's event record breaks its schema
    │   ├── JobFailedError              the job's outcome event is a failure
    │   └── JobTimeoutError             no outcome event within the timeout
    └── WebhookError
        ├── WebhookVerificationError
        └── WebhookPayloadError
            └── WebhookBodyTooLargeError
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, quote_plus

#: What a redacted value is replaced with.
REDACTED = "[redacted]"


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
        secrets: Iterable[str] = (),
        retry_after: float | None = None,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        body: str | None = None,
        hint: str = "",
    ) -> None:
        secrets = tuple(secrets)
        redact = tuple(redact)
        #: Cobalt's `message`, verbatim except for the client's secrets (it may echo other values
        #: you sent, such as an MRN; those are hidden from str() only).
        self.message = redact_values(message, secrets)
        shown = redact_values(self.message, redact)
        where = f"{operation}: " if operation else ""
        rid = f" [request id {request_id}]" if request_id else ""
        super().__init__(f"{where}HTTP {status_code}: {shown}{self._hint()}{hint}{rid}", operation=operation)
        self.status_code = status_code
        self.retry_after = retry_after
        #: Cobalt's machine-readable `error` code when sent (e.g. `login_required`), else None.
        self.code = None if code is None else redact_values(code, secrets)
        #: The response headers (empty for a `success: false` found in a parsed body without them).
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        #: The id Cobalt gave the request (`x-request-id` header), for a support ticket; else None.
        self.request_id = request_id
        #: The response body as text, with the client's secrets and every value you sent redacted.
        self.body = None if body is None else redact_values(body, (*secrets, *redact))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.args[0]!r})"

    def _hint(self) -> str:
        """Advice appended to str() by subclasses that know what the caller should do."""
        return ""


class UnsuccessfulResponseError(APIStatusError):
    """A 2xx response whose body says `success: false`: Cobalt refused the request in the body.

    `status_code` is the 2xx status as sent; `message` and `code` come from the body. Kept apart
    from `BadRequestError` (a 400/422) because nothing about the status says the request was bad.
    """


class BadRequestError(APIStatusError):
    """400/422: the request failed validation (missing field, bad value, unknown id in the body)."""


class AuthenticationError(APIStatusError):
    """401: the credentials are wrong, or the access token does not resolve to a user."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but not allowed to do this."""


class LoginRequiredError(PermissionDeniedError):
    """403 `login_required`: the EHR credentials behind this access token stopped working.

    The account link expired (password changed, MFA changed, login locked). Re-run Cobalt Link
    in update mode: create a link token with the existing access token
    (`cobalt.link.create_token(..., access_token=<the existing token>)`) and open Link with it;
    the user re-enters only what is missing.
    """

    def _hint(self) -> str:
        return (
            " (login_required: re-run Cobalt Link in update mode with the existing access_token, "
            "via link.create_token(access_token=...), so the user can restore the EHR link)"
        )


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


class JobEventError(JobError):
    """The job's event record (polled or fed) could not be read as an event; the job ends with this.

    One error for both ways an event arrives: `Job.wait()` raises it and `JobWaiter` resolves the
    job with it, so a malformed record never passes silently nor leaves the job to time out.
    """

    def __init__(self, job_id: str, event_id: str | None, field: str | None) -> None:
        where = f" (field {field!r})" if field else ""
        super().__init__(f"job {job_id}: event {event_id or '?'} does not match its schema{where}")
        self.job_id = job_id
        self.event_id = event_id
        self.field = field


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


#: Cobalt's `error` code for an expired account link (documented for every endpoint, as a 403).
LOGIN_REQUIRED = "login_required"


def status_error_class(status_code: int, code: str | None = None) -> type[APIStatusError]:
    """The exception class for an error status (and Cobalt's `error` code, when sent)."""
    if status_code >= 500:
        return InternalServerError
    if status_code == 403 and code == LOGIN_REQUIRED:
        return LoginRequiredError
    if status_code < 400:
        return UnsuccessfulResponseError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def _forms(value: str) -> set[str]:
    """A value as it may be echoed: verbatim and URL-encoded."""
    return {value, quote(value, safe=""), quote_plus(value, safe="")}


def redact_values(text: str, values: Iterable[str]) -> str:
    """Replace every occurrence of the given values (at least 2 characters long) in `text`.

    URL-encoded forms of each value are replaced too. A value made of digits only (a page size, a
    numeric id) is replaced where it stands as a number of its own, not inside a longer one: `30`
    sent as a page size leaves port 33011 and `130 ms` as they are. Costs nothing when `values` is
    empty.
    """
    forms = {f for v in values if isinstance(v, str) and len(v) >= 2 for f in _forms(v)}
    for value in sorted(forms, key=len, reverse=True):
        if value in text:
            if value.isascii() and value.isdigit():
                text = re.sub(rf"(?<![0-9]){value}(?![0-9])", REDACTED, text)
            else:
                text = text.replace(value, REDACTED)
    return text


def redact_exception(exc: BaseException, values: Iterable[str]) -> None:
    """Redact `values` from the messages of `exc` and of every exception chained to it, in place.

    Walks `__cause__` and `__context__` (each exception once), so that neither `str()` nor a
    formatted traceback of the chain shows a secret. Use it before raising or logging an error
    built while a secret was in play (the client's credentials, a webhook secret).
    """
    values = tuple(v for v in values if isinstance(v, str) and len(v) >= 2)
    if not values:
        return
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        _redact_args(current, values)
        stack.extend(e for e in (current.__cause__, current.__context__) if e is not None)


def _redact_args(exc: BaseException, values: tuple[str, ...]) -> None:
    args = tuple(redact_values(a, values) if isinstance(a, str) else a for a in exc.args)
    if args != exc.args:
        exc.args = args
    for attr in ("strerror", "filename", "message", "msg"):
        value = getattr(exc, attr, None)
        if isinstance(value, str):
            redacted = redact_values(value, values)
            if redacted != value:
                with contextlib.suppress(AttributeError):  # read-only: its class prints args instead
                    setattr(exc, attr, redacted)
    if getattr(exc, "__notes__", None):
        exc.__notes__ = [redact_values(n, values) if isinstance(n, str) else n for n in exc.__notes__]
