"""Sandbox configuration."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cobalt_sandbox.clock import Clock, RealClock

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


@dataclass
class SandboxConfig:
    """Everything that shapes a sandbox instance."""

    client_id: str = DEFAULT_CLIENT_ID
    client_secret: str = DEFAULT_CLIENT_SECRET
    access_token: str = DEFAULT_ACCESS_TOKEN
    access_token_reference_id: str = "sandbox_user"
    job_delay: float = 1.0
    # Extra seconds, drawn uniformly from [0, job_jitter) per job (seeded): Cobalt's jobs take 5-25 s.
    job_jitter: float = 0.0
    seed: int = 0
    db_path: str | None = None
    fail_rate: float = 0.0
    faults: Faults = field(default_factory=Faults)
    clock: Clock = field(default_factory=RealClock)
    spec_path: Path | None = None
    allow_loopback_http_webhooks: bool = True
    # Hosts besides loopback that webhook deliveries may reach (e.g. your own tunnel); exact names.
    delivery_allow_hosts: tuple[str, ...] = ()
    required_patient_fields: tuple[str, ...] = ()  # per-account mandatory POST /patients fields
    # Webhook deliveries in flight at once. With a receiver answering in ~1 ms this caps delivery
    # throughput near 8 x 1/(round trip); a burst of thousands of finishing jobs queues here.
    delivery_concurrency: int = 8
    tick_interval: float = 0.05
    delivery_timeout: float = 5.0
    retry_timeout: float = 2.0
    retry_delay: float = 1.0
    secret_grace_seconds: float = 24 * 3600.0
