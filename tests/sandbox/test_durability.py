"""With --db, every acknowledged write survives `kill -9`: a real sandbox process is killed mid-burst."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx

from cobalt_sandbox.server import RunningServer, serve_process

from .tests_sandbox_helpers import HEADERS

WRITERS = 4
KILLS = 1  # one kill loses a write on the old code (ack before save) in 4 of 4 runs
MIN_ACKS_BEFORE_KILL = 60
BURST_DEADLINE = 10.0  # seconds; the burst normally reaches the kill point well within 1 s
BODY = {
    "mrn": "400000",
    "provider": "1000",
    "location": "2450",
    "type": "f/u",
    "datetime": "2025-01-20T10:00:00-05:00",
}


def _burst(server: RunningServer, acked: list[str], stop: threading.Event) -> None:
    with httpx.Client(base_url=server.base_url, headers=HEADERS, timeout=5.0) as client:
        for _ in range(10_000):
            if stop.is_set():
                return
            try:
                r = client.post("/appointments", json=BODY)
            except httpx.TransportError:
                return  # the server was killed
            if 200 <= r.status_code < 300:
                acked.append(str(r.json()["appointment_id"]))


def _kill_mid_burst(db: Path) -> list[str]:
    acked: list[str] = []
    stop = threading.Event()
    with serve_process("--db", str(db), "--job-delay", "3600") as server:
        assert server.process is not None
        threads = [threading.Thread(target=_burst, args=(server, acked, stop)) for _ in range(WRITERS)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + BURST_DEADLINE
        while len(acked) < MIN_ACKS_BEFORE_KILL and time.monotonic() < deadline:
            time.sleep(0.005)
        server.process.kill()  # SIGKILL: no shutdown hook runs
        server.process.wait(timeout=5)
        stop.set()
        for t in threads:
            t.join(timeout=10)
    assert len(acked) >= MIN_ACKS_BEFORE_KILL
    return acked


def test_no_acknowledged_write_is_lost_on_kill_9(tmp_path: Path) -> None:
    db = tmp_path / "state.db"
    acked: list[str] = []
    for _ in range(KILLS):
        acked += _kill_mid_burst(db)
    with (
        serve_process("--db", str(db), "--job-delay", "3600") as server,
        httpx.Client(base_url=server.base_url, headers=HEADERS, timeout=5.0) as client,
    ):
        lost = [a for a in acked if client.get(f"/appointments/{a}").status_code != 200]
    assert lost == [], f"{len(lost)} of {len(acked)} acknowledged writes lost"
