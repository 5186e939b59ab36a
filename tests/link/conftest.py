"""An in-process sandbox on a fake clock, reached through httpx.ASGITransport (API and pages alike)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette

from cobalt_sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET

# The same in-process sandbox on a fake clock as the sandbox tests use.
from ..sandbox.conftest import app, clock, sb

__all__ = ["app", "clock", "sb"]

CLIENT = {"client_id": DEFAULT_CLIENT_ID, "client_secret": DEFAULT_CLIENT_SECRET}
ORIGIN = "http://127.0.0.1:8765"


@pytest.fixture
async def web(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    """A client that looks like the sandbox's own pages in a browser (same origin, loopback host)."""
    transport = httpx.ASGITransport(app=app)
    headers = {"origin": ORIGIN, "sec-fetch-site": "same-origin"}
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN, headers=headers) as client:
        yield client


async def link_token(web: httpx.AsyncClient, **body: str) -> str:
    resp = await web.post("/v1/link/token/create", json={"user_id": "u1", "org_id": "o1", **body}, headers=CLIENT)
    assert resp.status_code == 200, resp.text
    return str(resp.json()["token"])


async def exchange(web: httpx.AsyncClient, public_token: str) -> httpx.Response:
    return await web.get("/v1/link/token/exchange", params={"public_token": public_token}, headers=CLIENT)


async def step(web: httpx.AsyncClient, name: str, **body: str) -> httpx.Response:
    return await web.post(f"/link/api/{name}", json=body)
