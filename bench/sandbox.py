"""Requests/s of the sandbox against a bare Starlette app serving the same JSON, driven by wrk.

Three servers run side by side in one run, each in its own process under uvicorn with the same
settings on 127.0.0.1: a bare Starlette app answering with the sandbox's own response bodies, a
freshly seeded sandbox, and a sandbox holding 50,000 finished jobs (created through its Python API
before it serves). wrk (keep-alive, 16 connections) loads GET /v1/appointments and
POST /v1/tasks on each in turn, in 1 s slices taken round-robin so that a change in the machine's
other load affects all three alike. Each slice also reads the server's CPU time from /proc, giving
requests per CPU-second: on a quiet machine a single-worker server is CPU-bound and the two agree,
on a shared one the wall-clock rate mostly measures the neighbours. Printed per run: the median
slice's requests/s with the median round's ratio to bare, and requests per CPU-second over all
slices with its ratio to bare; the targets are checked on the per-CPU-second ratios.

Targets: GET >= 0.6x bare, POST >= 0.5x bare, and after 50,000 jobs within 10% of the fresh sandbox's
ratio. The median over the runs decides the exit code.

    PYTHONPATH=generated:overlay:sandbox python bench/sandbox.py [--runs 3] [--seconds 5] [--jobs 50000]

Needs `wrk` on PATH (`nox -s bench` installs Debian's package when run as root).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

HEADERS = {"client_id": "ci_sandbox", "client_secret": "cs_sandbox", "access_token": "at_sandbox"}
GET_PATH = "/v1/appointments?start_date=2025-01-13&end_date=2025-01-17&page_size=20"
POST_PATH = "/v1/tasks"
TARGETS = {"GET": 0.6, "POST": 0.5}
LOADED_TOLERANCE = 0.10  # the loaded sandbox's ratio may fall this far below the fresh one's
CONNECTIONS = 16
WARMUP_SECONDS = 1
START_TIMEOUT = 120.0  # the loaded sandbox creates its jobs before it listens
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
VERBOSE = os.environ.get("BENCH_VERBOSE") == "1"  # print every slice
UVICORN = {"host": "127.0.0.1", "log_level": "error", "access_log": False}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def preload(sandbox: Any, jobs: int) -> None:
    """Create and finish ``jobs`` task jobs through the sandbox's Python API (the handler, then a tick)."""
    from cobalt_sandbox.ops_common import Req
    from cobalt_sandbox.registry import build_registry

    handlers = build_registry().handlers
    op = next(o for o in sandbox.spec.operations if o.op_id == "tasks_create")
    mrn = sandbox.store.all("patients")[0]["mrn"]
    delay, sandbox.config.job_delay = sandbox.config.job_delay, 0.0
    for n in range(jobs):
        body = {"patient_mrn": mrn, "description": f"preloaded {n}"}
        handlers[op.op_id](
            Req(sb=sandbox, op=op, params={}, body=body, token=sandbox.config.access_token, fail_reason=None)
        )
    sandbox.tick()
    sandbox.config.job_delay = delay
    assert not sandbox.jobs.pending() and len(sandbox.store.all("jobs")) >= jobs


def _serve_sandbox(port: int, jobs: int) -> None:
    import logging

    import uvicorn

    from cobalt_sandbox import SandboxConfig, create_app

    logging.disable(logging.INFO)
    app = create_app(SandboxConfig())
    if jobs:
        preload(app.state.sandbox, jobs)
    uvicorn.run(app, port=port, **UVICORN)  # type: ignore[arg-type]


def _serve_bare(port: int, get_payload: Any, post_payload: Any, post_status: int) -> None:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def appointments(request: Request) -> JSONResponse:
        return JSONResponse(get_payload)

    async def tasks(request: Request) -> JSONResponse:
        await request.body()
        return JSONResponse(post_payload, status_code=post_status)

    app = Starlette(
        routes=[Route("/v1/appointments", appointments), Route(POST_PATH, tasks, methods=["POST"])],
    )
    uvicorn.run(app, port=port, **UVICORN)  # type: ignore[arg-type]


def _wait_up(base: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        try:
            httpx.get(base + GET_PATH, headers=HEADERS, timeout=2.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"server at {base} did not start")


def _lua(method: str, body: str | None) -> str:
    lines = [f'wrk.method = "{method}"']
    lines += [f'wrk.headers["{k}"] = "{v}"' for k, v in HEADERS.items()]
    if body is not None:
        lines += ['wrk.headers["Content-Type"] = "application/json"', f"wrk.body = {json.dumps(body)}"]
    return "\n".join(lines) + "\n"


@dataclass
class Load:
    name: str
    path: str
    script: Path
    body: str | None


def wrk(url: str, script: Path, seconds: int) -> tuple[int, float]:
    """(requests completed, requests/s) of one wrk run; raises on any non-2xx answer or socket error."""
    out = subprocess.run(
        ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "5s", "-s", str(script), url],
        capture_output=True,
        text=True,
        timeout=seconds + 30,
        check=True,
    ).stdout
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    if bad or errors:
        raise RuntimeError(
            f"wrk against {url} saw failures: {bad.group(0) if bad else ''} {errors.group(0) if errors else ''}"
        )
    done = re.search(r"(\d+) requests in", out)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if done is None or rate is None:
        raise RuntimeError(f"unexpected wrk output:\n{out}")
    return int(done.group(1)), float(rate.group(1))


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


@dataclass
class Server:
    name: str
    base: str
    pid: int


def measure(server: Server, load: Load) -> tuple[float, int, float]:
    """One 1 s slice: (requests/s, requests done, CPU-seconds the server used)."""
    before = cpu_seconds(server.pid)
    done, rate = wrk(server.base + load.path, load.script, 1)
    return rate, done, cpu_seconds(server.pid) - before


def _start(ctx: Any, procs: list[Any], name: str, target: Any, *args: Any) -> Server:
    port = _free_port()
    proc = ctx.Process(target=target, args=(port, *args), daemon=True)
    proc.start()
    procs.append(proc)
    return Server(name, f"http://127.0.0.1:{port}", int(proc.pid))


def one_run(seconds: int, jobs: int, tmp: Path) -> dict[str, dict[str, float]]:
    """Per load: median slice rates of each server and median per-round ratios (wall and per CPU-second)."""
    ctx = mp.get_context("spawn")
    procs: list[Any] = []
    try:
        fresh = _start(ctx, procs, "fresh", _serve_sandbox, 0)
        loaded = _start(ctx, procs, "loaded", _serve_sandbox, jobs)
        for server in (fresh, loaded):
            _wait_up(server.base)
        loads = _loads(tmp, fresh.base)
        get_payload = httpx.get(fresh.base + GET_PATH, headers=HEADERS).json()
        post = httpx.post(fresh.base + POST_PATH, headers=HEADERS, content=loads[1].body)
        if not post.is_success:
            raise RuntimeError(f"POST {POST_PATH} answered {post.status_code}")
        bare = _start(ctx, procs, "bare", _serve_bare, get_payload, post.json(), post.status_code)
        _wait_up(bare.base)
        assert httpx.get(bare.base + GET_PATH).json() == get_payload
        servers = (bare, fresh, loaded)
        results: dict[str, dict[str, float]] = {}
        for load in loads:
            for server in servers:
                wrk(server.base + load.path, load.script, WARMUP_SECONDS)
            # Side by side in 1 s slices, round-robin; each round gives ratios and the median round counts,
            # so a burst of the machine's other load during one slice does not decide the result.
            rounds = [{s.name: measure(s, load) for s in servers} for _ in range(seconds)]
            if VERBOSE:
                for r in rounds:
                    print(
                        load.name, {k: (round(v[0]), round(v[1] / max(v[2], 0.01))) for k, v in r.items()}, flush=True
                    )
            out: dict[str, float] = {}
            for s in servers:
                out[s.name] = statistics.median(r[s.name][0] for r in rounds)
                # requests per CPU-second over all slices: sums, so one starved slice weighs what it lasted
                out[f"{s.name}_cpu"] = sum(r[s.name][1] for r in rounds) / max(sum(r[s.name][2] for r in rounds), 0.01)
            for s in (fresh, loaded):
                out[f"{s.name}_ratio"] = statistics.median(r[s.name][0] / r["bare"][0] for r in rounds)
                out[f"{s.name}_cpu_ratio"] = out[f"{s.name}_cpu"] / out["bare_cpu"]
            results[load.name] = out
        return results
    finally:
        for proc in procs:
            proc.terminate()
            proc.join(10)


def _loads(tmp: Path, fresh_base: str) -> list[Load]:
    mrn = httpx.get(fresh_base + "/v1/patients", headers=HEADERS).json()["patients"][0]["mrn"]
    body = json.dumps({"patient_mrn": mrn, "description": "bench task"})
    loads: list[Load] = []
    for name, path, method, payload in (("GET", GET_PATH, "GET", None), ("POST", POST_PATH, "POST", body)):
        script = tmp / f"{name.lower()}.lua"
        script.write_text(_lua(method, payload))
        loads.append(Load(name, path, script, payload))
    return loads


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seconds", type=int, default=10, help="seconds of load per server and request, in 1 s slices")
    ap.add_argument("--jobs", type=int, default=50_000, help="jobs the loaded sandbox holds")
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        print("bench/sandbox.py needs wrk on PATH (apt-get install -y wrk; `nox -s bench` does it as root)")
        return 2
    ratios: dict[str, list[tuple[float, float]]] = {name: [] for name in TARGETS}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(1, args.runs + 1):
            results = one_run(args.seconds, args.jobs, Path(tmp))
            for name, r in results.items():
                ratios[name].append((r["fresh_cpu_ratio"], r["loaded_cpu_ratio"]))
                print(
                    f"run {run} {name:4s} req/s: bare {r['bare']:5.0f}, sandbox {r['fresh']:5.0f}"
                    f" = {r['fresh_ratio']:.3f}x, after {args.jobs} jobs {r['loaded']:5.0f} = {r['loaded_ratio']:.3f}x"
                    f" | req per CPU-second: bare {r['bare_cpu']:5.0f}, sandbox {r['fresh_cpu']:5.0f}"
                    f" = {r['fresh_cpu_ratio']:.3f}x, after {args.jobs} jobs {r['loaded_cpu']:5.0f}"
                    f" = {r['loaded_cpu_ratio']:.3f}x",
                    flush=True,
                )
    ok = True
    for name, target in TARGETS.items():
        fresh = statistics.median(r[0] for r in ratios[name])
        loaded = statistics.median(r[1] for r in ratios[name])
        floor = fresh * (1 - LOADED_TOLERANCE)
        passed = fresh >= target and loaded >= floor
        ok &= passed
        print(
            f"{name:4s} median of runs, per CPU-second: sandbox/bare {fresh:.3f}x (target >= {target}),"
            f" after {args.jobs} jobs {loaded:.3f}x (target >= {floor:.3f}x) -> {'ok' if passed else 'MISSED'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
