"""How the CLI reports an SDK error: one line, and an exit status per error class.

The line is `error: <Class>: <str(error)>`. The SDK already keeps credentials out of its messages
and redacts the values a caller sent from Cobalt's echoed text, so `str(error)` is safe to print;
`error.message` (Cobalt's verbatim text) never is.
"""

from __future__ import annotations

from .. import _errors as E

#: Usage errors (unknown command or option, missing argument) exit 2, as Click does.
USAGE = 2

#: First match wins, so subclasses come before their bases.
EXIT_CODES: tuple[tuple[type[BaseException], int], ...] = (
    (E.ConfigurationError, 3),
    (E.AuthenticationError, 4),
    (E.PermissionDeniedError, 4),
    (E.NotFoundError, 5),
    (E.InvalidArgumentError, 6),
    (E.BadRequestError, 6),
    (E.ConflictError, 6),
    (E.RateLimitError, 7),
    (E.InternalServerError, 8),
    (E.APITimeoutError, 9),
    (E.APIConnectionError, 9),
    (E.APIResponseValidationError, 10),
    (E.JobFailedError, 11),
    (E.JobTimeoutError, 12),
    (E.WebhookError, 13),
    (E.CobaltError, 1),
)


def exit_code(exc: BaseException) -> int:
    for cls, code in EXIT_CODES:
        if isinstance(exc, cls):
            return code
    return 1


def error_line(exc: BaseException) -> str:
    return f"error: {type(exc).__name__}: {exc}"
