"""Run `cobalt ...` as a real child process and read its output line by line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import IO

from cobalt_sandbox.server import RunningServer

WAIT = 60.0  # an upper bound for a loaded 2-core CI machine; a passing run waits only as long as it takes


def cli_env(sandbox: RunningServer, config: str, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COBALT_")}
    env.update({f"COBALT_{k.upper()}": str(v) for k, v in sandbox.credentials.items()})
    env.update({"COBALT_BASE_URL": sandbox.base_url, "COBALT_CONFIG": config, "PYTHONUNBUFFERED": "1"})
    env.update(extra or {})
    return env


class Child:
    """A running `cobalt` process; its stdout lines collect in `.lines`."""

    def __init__(self, args: list[str], env: Mapping[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "cobalt_sdk.cli", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(env),
        )
        self.lines: list[str] = []
        self.errors: list[str] = []  # stderr, read as it comes: a full pipe would block the child
        self._reader = threading.Thread(target=self._read, args=(self.proc.stdout, self.lines), daemon=True)
        self._reader.start()
        self._err_reader = threading.Thread(target=self._read, args=(self.proc.stderr, self.errors), daemon=True)
        self._err_reader.start()

    @staticmethod
    def _read(stream: IO[str] | None, into: list[str]) -> None:
        assert stream is not None
        for line in stream:
            into.append(line.rstrip("\n"))

    def wait_for(self, predicate: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out waiting for {what}; output so far: {self.lines}; stderr: {self.errors}"
                )
            if self.proc.poll() is not None and not predicate():
                self._err_reader.join(timeout=WAIT)
                raise AssertionError(f"cobalt exited {self.proc.returncode} before {what}: {self.lines} {self.errors}")
            time.sleep(0.02)

    def line_with(self, text: str) -> str:
        self.wait_for(lambda: any(text in line for line in self.lines), repr(text))
        return next(line for line in self.lines if text in line)

    def interrupt(self) -> int:
        """Ctrl-C, as a terminal sends it; returns the exit status."""
        self.proc.send_signal(signal.SIGINT)
        try:
            return self.proc.wait(timeout=WAIT)
        finally:
            self._reader.join(timeout=WAIT)
            self._err_reader.join(timeout=WAIT)


@contextmanager
def child(args: list[str], env: Mapping[str, str]) -> Iterator[Child]:
    proc = Child(args, env)
    try:
        yield proc
    finally:
        if proc.proc.poll() is None:
            proc.proc.kill()
            proc.proc.wait(timeout=WAIT)
