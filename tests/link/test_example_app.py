"""examples/link_app.py: the server side of a Lightbox app (link token, exchange, update mode) against
a real sandbox on 127.0.0.1; the browser half runs in browser_tests/."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from cobalt_sandbox import FakeClock, SandboxConfig
from cobalt_sandbox.server import RunningServer, serve
from examples.link_app import create_app


@pytest.fixture
def server() -> Iterator[RunningServer]:
    with serve(SandboxConfig(clock=FakeClock())) as running:
        yield running


async def test_connect_read_expire_and_reconnect(server: RunningServer) -> None:
    app = create_app(server.base_url, server.config.client_id, server.config.client_secret)
    origin = server.base_url.removesuffix("/v1")
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app.test") as browser,
        httpx.AsyncClient(base_url=origin) as sandbox,
    ):
        page = await browser.get("/")
        assert f'<script src="{origin}/link/cobalt-link.js"></script>' in page.text
        assert f"frame-src {origin}" in page.headers["content-security-policy"]
        assert (await browser.get("/api/appointments")).status_code == 409
        created = (await browser.post("/api/link-token")).json()
        assert created["update"] is False
        # what the Link page does, without a browser
        shortcut = {"persona": "expiring", "link_token": created["link_token"]}
        public = (await sandbox.post("/_sandbox/link/public-token", json=shortcut)).json()["public_token"]
        assert (await browser.post("/api/exchange", json={"public_token": public})).json() == {"connected": True}
        assert "appointments" in (await browser.get("/api/appointments")).json()
        assert (await sandbox.post("/_sandbox/clock/advance", json={"seconds": 60})).status_code == 200
        assert (await browser.get("/api/appointments")).json() == {"error": "login_required"}
        update = (await browser.post("/api/link-token")).json()
        assert update["update"] is True
        again = {"persona": "good", "link_token": update["link_token"]}
        public = (await sandbox.post("/_sandbox/link/public-token", json=again)).json()["public_token"]
        await browser.post("/api/exchange", json={"public_token": public})
        assert "appointments" in (await browser.get("/api/appointments")).json()
