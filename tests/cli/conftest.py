"""Fixtures for the `cobalt` CLI tests: one sandbox per module, a clean config, and `call()`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cobalt_sandbox import SandboxConfig
from cobalt_sandbox.server import RunningServer, serve
from cobalt_sdk.cli._app import run


@dataclass
class Result:
    code: int
    out: str
    err: str


Call = Callable[..., Result]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningServer]:
    with serve(SandboxConfig(job_delay=0.05)) as server:
        yield server


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No COBALT_* variable leaks in from the machine; the config file lives in tmp_path."""
    import os

    for key in list(os.environ):
        if key.startswith("COBALT_"):
            monkeypatch.delenv(key)
    config = tmp_path / "config" / "config.toml"
    monkeypatch.setenv("COBALT_CONFIG", str(config))
    monkeypatch.setenv("COLUMNS", "200")
    return config


@pytest.fixture
def api_env(monkeypatch: pytest.MonkeyPatch, sandbox: RunningServer) -> RunningServer:
    monkeypatch.setenv("COBALT_BASE_URL", sandbox.base_url)
    for key, value in sandbox.credentials.items():
        monkeypatch.setenv(f"COBALT_{key.upper()}", str(value))
    return sandbox


@pytest.fixture
def call(capsys: pytest.CaptureFixture[str]) -> Call:
    def invoke(*args: str) -> Result:
        with pytest.raises(SystemExit) as exit_info:
            run(list(args))
        captured = capsys.readouterr()
        code = exit_info.value.code
        return Result(code if isinstance(code, int) else 1, captured.out, captured.err)

    return invoke
