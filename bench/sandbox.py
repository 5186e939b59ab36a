"""Requests/s for GET /v1/appointments from the sandbox vs a bare Starlette endpoint returning the same JSON.

Both servers run under uvicorn on 127.0.0.1 in child processes; one load generator (asyncio + httpx,
keep-alive, fixed concurrency) hits each for the same bounded duration in the same run. Prints the ratio
(target >= 0.5).

    PYTHONPATH=generated:overlay:sandbox python bench/sandbox.py [--seconds 3] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import socket
import sys
import time
from typing import Any

import httpx

HEADERS = {"client_id": "ci_sandbox", "client_secret": "cs_sandbox", "access_token": "at_sandbox"}
PARAMS: dict[str, str | int] = {"start_date": "2025-01-13", "end_date": "2025-01-17", "page_size": 20}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve_sandbox(port: int) -> None:
    import logging

    import uvicorn

    from cobalt_sandbox import SandboxConfig, create_app

    logging.disable(logging.INFO)
    uvicorn.run(create_app(SandboxConfig()), host="127.0.0.1", port=port, log_level="error", access_log=False)


def _serve_bare(port: int, payload: Any) -> None:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def endpoint(request: Request) -> JSONResponse:
        return JSONResponse(payload)

    app = Starlette(routes=[Route("/v1/appointments", endpoint)])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="error", access_log=False)


async def _wait_up(url: str) -> None:
    async with httpx.AsyncClient() as c:
        for _ in range(200):
            try:
                await c.get(url, headers=HEADERS, params=PARAMS)
                return
            except httpx.TransportError:
                await asyncio.sleep(0.05)
    raise RuntimeError(f"server at {url} did not start")


async def _load(url: str, seconds: float, concurrency: int) -> float:
    done = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, headers=HEADERS) as client:

        async def worker() -> None:
            nonlocal done
            while time.perf_counter() < deadline:
                r = await client.get(url, params=PARAMS)
                assert r.status_code == 200
                done += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return done / (time.perf_counter() - t0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--concurrency", type=int, default=16)
    args = ap.parse_args()
    ctx = mp.get_context("spawn")

    sb_port = _free_port()
    sb_proc = ctx.Process(target=_serve_sandbox, args=(sb_port,), daemon=True)
    sb_proc.start()
    sb_url = f"http://127.0.0.1:{sb_port}/v1/appointments"
    try:
        asyncio.run(_wait_up(sb_url))
        payload = httpx.get(sb_url, headers=HEADERS, params=PARAMS).json()
        bare_port = _free_port()
        bare_proc = ctx.Process(target=_serve_bare, args=(bare_port, payload), daemon=True)
        bare_proc.start()
        bare_url = f"http://127.0.0.1:{bare_port}/v1/appointments"
        try:
            asyncio.run(_wait_up(bare_url))
            assert httpx.get(bare_url, params=PARAMS).json() == payload
            asyncio.run(_load(sb_url, 0.5, args.concurrency))  # warm-up
            asyncio.run(_load(bare_url, 0.5, args.concurrency))
            sandbox_rps = asyncio.run(_load(sb_url, args.seconds, args.concurrency))
            bare_rps = asyncio.run(_load(bare_url, args.seconds, args.concurrency))
        finally:
            bare_proc.terminate()
            bare_proc.join(5)
    finally:
        sb_proc.terminate()
        sb_proc.join(5)
    ratio = sandbox_rps / bare_rps
    print(
        json.dumps(
            {
                "payload_bytes": len(json.dumps(payload)),
                "sandbox_rps": round(sandbox_rps, 1),
                "bare_rps": round(bare_rps, 1),
                "ratio": round(ratio, 3),
                "target": 0.5,
            }
        )
    )
    return 0 if ratio >= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
