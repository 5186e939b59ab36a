"""The sandbox from the CLI: `cobalt sandbox` starts it, `SandboxControl` drives its control API.

`/_sandbox/...` is the sandbox's public, unauthenticated control surface (act as EHR staff,
expire a credential, fail the next job, move a fake clock). It lives next to `/v1` on the same
origin, so its URL follows from the configured base URL.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

import click
import httpx

from .._errors import ConfigurationError

CONTROL_TIMEOUT = 10.0


def control_origin(base_url: str) -> str:
    parts = urlsplit(base_url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


class SandboxControl:
    """A small client for `/_sandbox/...`; raises ConfigurationError when the target is no sandbox."""

    def __init__(self, base_url: str, transport: httpx.BaseTransport | None = None) -> None:
        self.origin = control_origin(base_url)
        self._http = httpx.Client(base_url=self.origin, timeout=CONTROL_TIMEOUT, transport=transport)

    def __enter__(self) -> SandboxControl:
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.close()

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        try:
            response = self._http.request(method, f"/_sandbox{path}", json=body)
        except httpx.HTTPError as exc:
            reason = type(exc).__name__
            raise ConfigurationError(f"the sandbox control API at {self.origin} is unreachable ({reason})") from None
        if response.status_code == 404 and path == "/state":
            raise ConfigurationError(f"{self.origin} is not a Cobalt sandbox (no /_sandbox control API)")
        try:
            data = response.json()
        except ValueError:
            data = {}
        if response.status_code >= 400 or not isinstance(data, dict):
            message = data.get("message") if isinstance(data, dict) else None
            raise ConfigurationError(f"sandbox control {method} /_sandbox{path}: HTTP {response.status_code} {message}")
        return data

    def state(self) -> dict[str, Any]:
        return self.call("GET", "/state")

    def settle(self) -> None:
        """Let due jobs finish now: advance a fake clock, or just run what is due."""
        if self.state().get("fake_clock"):
            self.call("POST", "/clock/advance", {})
        else:
            self.call("POST", "/jobs/run", {})


@click.command(
    "sandbox",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sandbox(args: tuple[str, ...]) -> int:
    """Start the local sandbox: the options are cobalt-sandbox's (`cobalt sandbox --help`)."""
    try:
        from cobalt_sandbox.cli import main
    except ImportError:
        raise ConfigurationError('the sandbox is not installed: pip install "cobalt-sdk[sandbox]"') from None
    return main(list(args))
