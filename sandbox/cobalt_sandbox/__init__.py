"""Stateful local emulator of the Cobalt EHR API, driven by openapi.yaml."""

from cobalt_sandbox.app import create_app
from cobalt_sandbox.clock import FakeClock, RealClock
from cobalt_sandbox.config import (
    DEFAULT_ACCESS_TOKEN,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    SandboxConfig,
)

__all__ = [
    "DEFAULT_ACCESS_TOKEN",
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "FakeClock",
    "RealClock",
    "SandboxConfig",
    "create_app",
]
