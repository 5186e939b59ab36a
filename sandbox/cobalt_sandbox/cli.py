"""`cobalt-sandbox` console script: serve the sandbox with uvicorn on 127.0.0.1."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import socket
import sys
from collections.abc import Sequence
from typing import Any

import uvicorn

from cobalt_sandbox.app import create_app
from cobalt_sandbox.clock import FakeClock, RealClock
from cobalt_sandbox.config import (
    DEFAULT_ACCESS_TOKEN,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Faults,
    SandboxConfig,
)
from cobalt_sandbox.profiles import DEFAULT_EHR, PROFILES, get_profile
from cobalt_sandbox.profiles.timing import FAST, LATENCIES

HOST = "127.0.0.1"
BACKLOG = 2048  # uvicorn's default


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="cobalt-sandbox", description="Local stateful emulator of the Cobalt API.")
    p.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0 = pick a free port)")
    p.add_argument("--client-id", default=DEFAULT_CLIENT_ID)
    p.add_argument("--client-secret", default=DEFAULT_CLIENT_SECRET)
    p.add_argument("--access-token", default=DEFAULT_ACCESS_TOKEN)
    p.add_argument("--job-delay", type=float, default=1.0, help="seconds until an async job finishes")
    p.add_argument("--job-jitter", type=float, default=0.0, help="extra random seconds per job, 0..N")
    p.add_argument("--seed", type=int, default=0, help="seed for the generated data")
    p.add_argument(
        "--delivery-concurrency", type=int, default=8, help="webhook deliveries in flight at once (default 8)"
    )
    p.add_argument("--db", default=None, metavar="FILE", help="persist state in this SQLite file")
    p.add_argument("--fail-rate", type=float, default=0.0, help="share of async jobs that fail (0..1)")
    p.add_argument(
        "--latency",
        type=_latency,
        default=0.0,
        help="seconds added to every API request; or 'realistic' for jobs taking their documented time",
    )
    p.add_argument(
        "--ehr",
        type=_ehr,
        default=DEFAULT_EHR,
        help=f"the EHR the sandbox plays: {', '.join(PROFILES)} (default {DEFAULT_EHR})",
    )
    p.add_argument(
        "--job-latency",
        choices=LATENCIES,
        default=None,
        help="fast: jobs take --job-delay (default); realistic: each job's documented range (seeded)",
    )
    p.add_argument(
        "--required-patient-fields",
        default=None,
        metavar="FIELDS",
        help="comma-separated fields POST /patients requires (default: the profile's); '' for none",
    )
    p.add_argument("--error-rate", type=float, default=0.0, help="share of API requests answered with 500")
    p.add_argument("--rate-limit", type=float, default=0.0, help="requests/second before 429 (0 = off)")
    p.add_argument("--fake-clock", action="store_true", help="freeze time; move it with POST /_sandbox/clock/advance")
    p.add_argument(
        "--allow-delivery-host",
        action="append",
        default=[],
        metavar="HOST",
        help="also deliver webhooks to this host (repeatable); by default only to 127.0.0.0/8, ::1 and localhost",
    )
    p.add_argument("--log-level", default="info")
    return p.parse_args(argv)


def _latency(value: str) -> float | str:
    """`--latency`: request latency in seconds, or a job timing (`realistic`, `fast`)."""
    if value.strip().lower() in LATENCIES:
        return value.strip().lower()
    try:
        return float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds or one of {', '.join(LATENCIES)}, got {value!r}") from None


def _ehr(value: str) -> str:
    try:
        return get_profile(value).key
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_config(args: argparse.Namespace) -> SandboxConfig:
    timing = args.latency if isinstance(args.latency, str) else None
    request_latency = args.latency if isinstance(args.latency, float) else 0.0
    extra: dict[str, Any] = {}
    if args.required_patient_fields is not None:
        extra["required_patient_fields"] = tuple(
            f.strip() for f in args.required_patient_fields.split(",") if f.strip()
        )
    return SandboxConfig(
        ehr=args.ehr,
        job_latency=args.job_latency or timing or FAST,
        **extra,
        client_id=args.client_id,
        client_secret=args.client_secret,
        access_token=args.access_token,
        job_delay=args.job_delay,
        job_jitter=args.job_jitter,
        seed=args.seed,
        db_path=args.db,
        fail_rate=args.fail_rate,
        faults=Faults(latency=request_latency, error_rate=args.error_rate, rate_limit=args.rate_limit),
        clock=FakeClock() if args.fake_clock else RealClock(),
        delivery_allow_hosts=tuple(args.allow_delivery_host),
        delivery_concurrency=max(1, args.delivery_concurrency),
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = create_app(build_config(args))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # else ~40 ms per request on loopback
    sock.bind((HOST, args.port))
    sock.listen(BACKLOG)  # connections made as soon as the banner is printed wait for uvicorn, not refused
    port = sock.getsockname()[1]
    print(f"Cobalt sandbox listening on http://{HOST}:{port}/v1", flush=True)
    print(
        f"  client_id={args.client_id} client_secret={args.client_secret} access_token={args.access_token}", flush=True
    )
    print(f"  control API: http://{HOST}:{port}/_sandbox/state", flush=True)
    print(f"  EHR profile: {args.ehr}", flush=True)
    print(f"  inspector: http://{HOST}:{port}/_sandbox/ui", flush=True)
    print(f"  Cobalt Link: http://{HOST}:{port}/link?token=LINK_TOKEN (script: /link/cobalt-link.js)", flush=True)
    config = uvicorn.Config(app, log_level=args.log_level, access_log=False)
    server = uvicorn.Server(config)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(server.serve(sockets=[sock]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
