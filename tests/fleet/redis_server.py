"""A real `redis-server` (Debian's package) on 127.0.0.1 at a free port, for the fleet tests.

`RedisServer.start()` runs it with no persistence (a restart loses everything, the worst case),
`kill()` stops it hard (SIGKILL) and `start()` again brings it back on the same port.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import redis


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed: apt-get install -y redis-server (nox -s tests does)")
        self.binary = binary
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="cobalt-redis-")
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        args = [self.binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no"]
        args += ["--dir", self.dir, "--protected-mode", "yes", "--daemonize", "no", "--loglevel", "warning"]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.2)
        for _ in range(200):  # bounded: 200 x 25 ms
            try:
                if client.ping():
                    client.close()
                    return
            except redis.RedisError:
                time.sleep(0.025)
        raise RuntimeError("redis-server did not answer within 5 s")

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
            self.process = None
        shutil.rmtree(Path(self.dir), ignore_errors=True)
