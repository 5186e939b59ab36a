"""Every transport and timing default of the SDK, in one place."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.usecobalt.com/v1"

# Environment variables read when an argument is not given.
ENV_CLIENT_ID = "COBALT_CLIENT_ID"
ENV_CLIENT_SECRET = "COBALT_CLIENT_SECRET"
ENV_ACCESS_TOKEN = "COBALT_ACCESS_TOKEN"
ENV_BASE_URL = "COBALT_BASE_URL"
# Set to 0/false/no/off to leave httpx's and httpcore's log records of Cobalt calls unfiltered.
ENV_LOG_FILTER = "COBALT_LOG_FILTER"
# Set to info or debug to have the `cobalt_sdk` logger write to stderr.
ENV_LOG = "COBALT_LOG"

# The response header holding Cobalt's id for a request (x-assumption: the docs name none; this is
# the most common spelling). Shown on `APIStatusError.request_id` and on raw responses.
REQUEST_ID_HEADER = "x-request-id"

# Timeouts (seconds). httpx's generated default is no timeout at all.
DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 5.0

# Retries: exponential backoff with jitter, Retry-After honoured up to a cap.
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})

# Connection pool.
MAX_CONNECTIONS = 100
MAX_KEEPALIVE_CONNECTIONS = 20

# Async jobs: the docs suggest polling every second and giving up after 2-3 minutes.
DEFAULT_JOB_TIMEOUT = 180.0
DEFAULT_POLL_INTERVAL = 1.0
# The multiplexing waiter reads recent events in pages of this size.
WAITER_PAGE_SIZE = 100
# A pending job whose event is not seen by the shared scan for this long is polled on its own.
WAITER_FALLBACK_AFTER = 30.0
# At most this many per-job lookups per interval, so stragglers never cause a burst.
WAITER_MAX_LOOKUPS_PER_SCAN = 10
# Shared scans read back to the waiter's start time minus this slack (clock skew, late adds).
WAITER_CLOCK_SLACK_MINUTES = 5
# A lookup of one job's events reads at most this many pages (servers that ignore `job_id`).
JOB_LOOKUP_MAX_PAGES = 10
# Long-lived waiters stay bounded: events of jobs not added yet are held this long / this many,
# handed-back results are remembered (to drop late duplicates) this many, seen event ids this many.
WAITER_EARLY_TTL = 600.0
WAITER_EARLY_CAPACITY = 10_000
WAITER_RECENT_RESULTS = 1_000
WAITER_SEEN_CAPACITY = 20_000

# Webhooks.
WEBHOOK_SIGNATURE_HEADER = "cobalt-verification"
WEBHOOK_ID_HEADER = "webhook-id"
WEBHOOK_TIMESTAMP_HEADER = "webhook-timestamp"
WEBHOOK_ATTEMPT_HEADER = "webhook-attempt"
DEDUPE_CAPACITY = 10_000
# Replay window on the signed `created` time of an event (as Stripe and Standard Webhooks use).
WEBHOOK_TOLERANCE = 300.0
# Bodies above this are refused before any parsing. Cobalt's largest documented payload is a
# live-fetch completion event (up to a week of appointments, or a page of patients): a few KB in
# the docs, well under 1 MB even for a busy clinic's week (about 2,000 appointments of 400 bytes).
WEBHOOK_MAX_BODY_BYTES = 2 * 1024 * 1024
