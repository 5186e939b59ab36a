"""Run the sandbox over real HTTP on 127.0.0.1 in a background thread (for tests, demos, benches).

with serve(SandboxConfig(job_delay=0.5)) as server:
    cobalt = Cobalt(base_url=server.base_url, **server.credentials)
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypedDict

import uvicorn

from cobalt_sandbox.app import create_app
from cobalt_sandbox.cli import build_config, parse_args
from cobalt_sandbox.config import SandboxConfig

HOST = "127.0.0.1"
START_TIMEOUT = 10.0


class Credentials(TypedDict):
    """Keyword arguments for `Cobalt(...)`: `Cobalt(base_url=server.base_url, **server.credentials)`."""

    client_id: str
    client_secret: str
    access_token: str


@dataclass
class RunningServer:
    base_url: str
    port: int
    app: Any
    config: SandboxConfig
    process: subprocess.Popen[str] | None = None  # set by serve_process (e.g. to kill it mid-run)

    @property
    def credentials(self) -> Credentials:
        return Credentials(
            client_id=self.config.client_id,
            client_secret=self.config.client_secret,
            access_token=self.config.access_token,
        )


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit TCP_NODELAY: without it small responses wait ~40 ms for
    # delayed ACKs on loopback.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((HOST, 0))
    return sock


@contextlib.contextmanager
def serve_app(app: Any, *, workers_log_level: str = "warning") -> Iterator[int]:
    """Serve any ASGI app on a free loopback port in a thread; yields the port, stops on exit."""
    sock = free_socket()
    port = int(sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, log_level=workers_log_level, access_log=False, lifespan="on"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.01)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=START_TIMEOUT)
        sock.close()


@contextlib.contextmanager
def serve(config: SandboxConfig | None = None) -> Iterator[RunningServer]:
    """Start a sandbox on 127.0.0.1 (a free port) and stop it on exit."""
    config = config or SandboxConfig()
    app = create_app(config)
    with serve_app(app) as port:
        yield RunningServer(f"http://{HOST}:{port}/v1", port, app, config)


@contextlib.contextmanager
def serve_process(*args: str) -> Iterator[RunningServer]:
    """Run `cobalt-sandbox --port 0 ARGS...` in a child process (its own GIL), stop it on exit."""
    config = build_config(parse_args(["--port", "0", *args]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "cobalt_sandbox.cli", "--port", "0", "--log-level", "warning", *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # "Cobalt sandbox listening on http://127.0.0.1:PORT/v1"
        if "http://" not in line:
            raise RuntimeError("the sandbox process did not start")
        base_url = line.strip().rsplit(" ", 1)[-1]
        port = int(base_url.rsplit(":", 1)[1].split("/", 1)[0])
        yield RunningServer(base_url, port, None, config, proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=START_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
