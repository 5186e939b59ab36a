"""cobalt_sdk: the Python SDK for the Cobalt EHR API.

    from cobalt_sdk import Cobalt

    with Cobalt() as cobalt:  # COBALT_CLIENT_ID / COBALT_CLIENT_SECRET / COBALT_ACCESS_TOKEN
        for appointment in cobalt.appointments.list(start_date=..., end_date=...):
            ...

The clients, job waiters and webhook tools are imported on first use, so `import cobalt_sdk`
stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CobaltError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    JobError,
    JobEventError,
    JobFailedError,
    JobTimeoutError,
    LoginRequiredError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnsuccessfulResponseError,
    WebhookError,
    WebhookPayloadError,
    WebhookVerificationError,
)
from ._lazy import lazy_dir, lazy_exports
from ._version import __version__

if TYPE_CHECKING:
    from ._client import AsyncCobalt, Cobalt
    from ._jobs import AsyncJob, Job
    from ._pagination import AsyncPager, Pager
    from ._response import RawResponse
    from ._types import NOT_GIVEN
    from ._waiter import AsyncJobWaiter, JobResult, JobWaiter

_LAZY = {
    "Cobalt": "._client",
    "AsyncCobalt": "._client",
    "Job": "._jobs",
    "AsyncJob": "._jobs",
    "Pager": "._pagination",
    "AsyncPager": "._pagination",
    "JobWaiter": "._waiter",
    "AsyncJobWaiter": "._waiter",
    "JobResult": "._waiter",
    "NOT_GIVEN": "._types",
    "RawResponse": "._response",
}

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCobalt",
    "AsyncJob",
    "AsyncJobWaiter",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "Cobalt",
    "CobaltError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "Job",
    "JobError",
    "JobEventError",
    "JobFailedError",
    "JobResult",
    "JobTimeoutError",
    "JobWaiter",
    "LoginRequiredError",
    "NotFoundError",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "UnsuccessfulResponseError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
]


__getattr__ = lazy_exports(__name__, globals(), _LAZY)
__dir__ = lazy_dir(globals(), _LAZY)
