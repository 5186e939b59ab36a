"""Proof that live mode works: serve the sandbox over HTTP on 127.0.0.1 under fresh credentials and
run `pytest contract_tests/server/test_live.py --live` against it with the COBALT_* variables set,
as a user would against the real API. The run must pass, stay read-only, and never print a secret.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

from contract_tests import _registry
from contract_tests.conftest import ROOT, ServedApp
from contract_tests.server import _schemas


def test_live_mode_against_served_sandbox() -> None:
    creds = {name: f"{name[:2]}_{secrets.token_hex(12)}" for name in ("client_id", "client_secret", "access_token")}
    with ServedApp(_schemas.sandbox_app(credentials=creds)) as served:
        env = {
            **os.environ,
            "COBALT_BASE_URL": served.url,
            "COBALT_CLIENT_ID": creds["client_id"],
            "COBALT_CLIENT_SECRET": creds["client_secret"],
            "COBALT_ACCESS_TOKEN": creds["access_token"],
            "PYTHONPATH": os.pathsep.join(str(ROOT / d) for d in ("generated", "overlay", "sandbox", ".")),
        }
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "contract_tests/server/test_live.py",
                "--live",
                "--live-rate=50",
                "--live-max-examples=2",
                "-p",
                "no:cacheprovider",
                "-q",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=1200,
        )
    output = proc.stdout + proc.stderr
    for value in creds.values():
        assert value not in output, "a credential leaked into the live-mode report"
    assert proc.returncode == 0, output[-4000:]
    assert "skipped" not in output.splitlines()[-1], output[-2000:]
    summary = next(line for line in output.splitlines() if line.startswith("contract suite:"))
    assert "server_live=" in summary, summary
    _registry.count("server_live_proof", int(summary.split()[2]))
