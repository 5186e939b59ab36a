"""Sandbox configuration."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cobalt_sandbox.clock import Clock, RealClock
from cobalt_sandbox.profiles import DEFAULT_EHR, Profile, get_profile
from cobalt_sandbox.profiles.timing import FAST, LATENCIES

DEFAULT_CLIENT_ID = "ci_sandbox"
DEFAULT_CLIENT_SECRET = "cs_sandbox"
DEFAULT_ACCESS_TOKEN = "at_sandbox"
MAX_BODY_BYTES = 1024 * 1024


@dataclass
class Faults:
    """Injected misbehaviour; everything is off by default."""

    latency: float = 0.0  # seconds added to every /v1 request
    error_rate: float = 0.0  # share of /v1 requests answered with 500
    rate_limit: float = 0.0  # requests per second allowed (0 = unlimited); beyond -> 429
    retry_after: int = 1  # Retry-After seconds sent with 429
    drop_rate: float = 0.0  # share of /v1 requests whose connection is dropped
    force_429: int = 0  # answer the next N requests with 429
    force_500: int = 0  # answer the next N requests with 500
    force_drop: int = 0  # drop the next N requests


class _FromProfile(tuple[str, ...]):
    """Marker default of `required_patient_fields`: the EHR profile's (the docs' example)."""

    __slots__ = ()


FROM_PROFILE: tuple[str, ...] = _FromProfile()


@dataclass
class SandboxConfig:
    """Everything that shapes a sandbox instance."""

    client_id: str = DEFAULT_CLIENT_ID
    client_secret: str = DEFAULT_CLIENT_SECRET
    access_token: str = DEFAULT_ACCESS_TOKEN
    access_token_reference_id: str = "sandbox_user"
    # The EHR the sandbox plays (cobalt_sandbox.profiles): visit types, schedules, honoured options.
    ehr: str = DEFAULT_EHR
    job_delay: float = 1.0
    # Extra seconds, drawn uniformly from [0, job_jitter) per job (seeded).
    job_jitter: float = 0.0
    # "fast": jobs take job_delay (+ jitter); "realistic": each job's documented range, seeded.
    job_latency: str = FAST
    seed: int = 0
    db_path: str | None = None
    fail_rate: float = 0.0
    faults: Faults = field(default_factory=Faults)
    clock: Clock = field(default_factory=RealClock)
    spec_path: Path | None = None
    allow_loopback_http_webhooks: bool = True
    # Hosts besides loopback that webhook deliveries may reach (e.g. your own tunnel); exact names.
    delivery_allow_hosts: tuple[str, ...] = ()
    # Fields POST /patients must carry (GET /settings); by default the profile's. () requires none.
    required_patient_fields: tuple[str, ...] = FROM_PROFILE
    # Webhook deliveries in flight at once. With a receiver answering in ~1 ms this caps delivery
    # throughput near 8 x 1/(round trip); a burst of thousands of finishing jobs queues here.
    delivery_concurrency: int = 8
    tick_interval: float = 0.05
    delivery_timeout: float = 5.0
    retry_timeout: float = 2.0
    retry_delay: float = 1.0
    secret_grace_seconds: float = 24 * 3600.0

    def __post_init__(self) -> None:
        profile = get_profile(self.ehr)  # raises ValueError naming the known profiles
        self.ehr = profile.key
        if self.job_latency not in LATENCIES:
            raise ValueError(f"job_latency must be one of {', '.join(LATENCIES)}, not {self.job_latency!r}")
        if isinstance(self.required_patient_fields, _FromProfile):
            self.required_patient_fields = profile.required_patient_fields
        else:
            self.required_patient_fields = tuple(self.required_patient_fields)

    @property
    def profile(self) -> Profile:
        return get_profile(self.ehr)
