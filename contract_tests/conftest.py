"""Contract suites: options (`--live`, `--live-writes`), sandbox fixtures, coverage ordering, summary.

`pytest contract_tests` runs the client suite (respx) and the server suite (schemathesis against
the sandbox in-process and over HTTP). With `--live` and COBALT_BASE_URL / COBALT_CLIENT_ID /
COBALT_CLIENT_SECRET / COBALT_ACCESS_TOKEN set, the server suite also runs against that URL:
read-only operations only unless `--live-writes`, rate-limited, with a small case budget.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from contract_tests import _registry

ROOT = Path(__file__).resolve().parent.parent
LIVE_ENV = ("COBALT_BASE_URL", "COBALT_CLIENT_ID", "COBALT_CLIENT_SECRET", "COBALT_ACCESS_TOKEN")


@dataclass
class LiveOptions:
    """What `--live*` asked for; read by the live test module at import (collection) time."""

    enabled: bool = False
    writes: bool = False
    rate: float = 5.0
    max_examples: int = 3
    env: dict[str, str] = field(default_factory=dict)

    @property
    def missing(self) -> list[str]:
        return [name for name in LIVE_ENV if not self.env.get(name)]

    def secrets(self) -> list[str]:
        return [v for k, v in self.env.items() if k != "COBALT_BASE_URL" and v]


LIVE = LiveOptions()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cobalt contract")
    group.addoption("--live", action="store_true", help="also run the server suite against COBALT_BASE_URL")
    group.addoption("--live-writes", action="store_true", help="with --live: include write operations")
    group.addoption("--live-rate", type=float, default=5.0, help="with --live: max requests per second (default 5)")
    group.addoption("--live-max-examples", type=int, default=3, help="with --live: cases per operation (default 3)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "coverage_guard: runs after every other contract test")
    LIVE.enabled = bool(config.getoption("--live"))
    LIVE.writes = bool(config.getoption("--live-writes"))
    LIVE.rate = float(config.getoption("--live-rate"))
    LIVE.max_examples = int(config.getoption("--live-max-examples"))
    LIVE.env = {name: os.environ.get(name, "") for name in LIVE_ENV}


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """The coverage guard reads what the other tests recorded, so it runs last."""
    from contract_tests.server import _known

    for item in items:
        reason = _known.reason_for(item.name)
        if reason is not None:
            item.add_marker(pytest.mark.xfail(strict=True, reason=reason))
    items.sort(key=lambda item: item.get_closest_marker("coverage_guard") is not None)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config) -> None:
    failed = len(terminalreporter.stats.get("failed", [])) + len(terminalreporter.stats.get("error", []))
    total = sum(_registry.CASES.values())
    detail = ", ".join(f"{kind}={n}" for kind, n in sorted(_registry.CASES.items()))
    line = f"contract suite: {total} cases run ({detail}); {failed} failed tests"
    for secret in LIVE.secrets():
        line = line.replace(secret, "[redacted]")
    terminalreporter.write_line(line, bold=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServedApp:
    """An ASGI app served by uvicorn on 127.0.0.1 in a background thread."""

    def __init__(self, app: object) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))  # type: ignore[arg-type]
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> ServedApp:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="session")
def sandbox_url() -> Iterator[str]:
    """Base URL (`http://127.0.0.1:PORT/v1`) of a sandbox served over real HTTP by uvicorn."""
    from contract_tests.server._schemas import sandbox_app

    with ServedApp(sandbox_app()) as served:
        yield served.url
