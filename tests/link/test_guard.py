"""The browser guard: no cross-site writes, no DNS rebinding, JSON only, and the pages' headers."""

from __future__ import annotations

import httpx
import pytest
from starlette.applications import Starlette
from starlette.datastructures import Headers

from cobalt_sandbox.webguard import refusal

from .conftest import ORIGIN


@pytest.fixture
async def raw(app: Starlette) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=ORIGIN)


@pytest.mark.parametrize(
    "path", ["/_sandbox/reset", "/_sandbox/link/public-token", "/link/api/start", "/_sandbox/jobs/fail-next"]
)
async def test_another_site_cannot_change_anything(raw: httpx.AsyncClient, path: str) -> None:
    evil = {"origin": "http://evil.example", "sec-fetch-site": "cross-site", "content-type": "application/json"}
    resp = await raw.post(path, content=b'{"persona": "good", "kind": "*"}', headers=evil)
    assert resp.status_code == 403
    # a form or text/plain body (a CORS simple request) is refused even without browser headers
    form = await raw.post(path, content=b"kind=*", headers={"content-type": "application/x-www-form-urlencoded"})
    assert form.status_code == 415
    text = await raw.post(path, content=b'{"kind": "*"}', headers={"content-type": "text/plain"})
    assert text.status_code == 415


async def test_dns_rebinding_is_refused(raw: httpx.AsyncClient) -> None:
    rebound = {"host": "evil.example:8765", "sec-fetch-site": "same-origin"}
    assert (await raw.get("/_sandbox/state", headers=rebound)).status_code == 403
    assert (await raw.get("/link/", headers=rebound)).status_code == 403
    assert (await raw.get("/_sandbox/state", headers={"sec-fetch-site": "same-origin"})).status_code == 200


async def test_the_pages_json_steps_need_json(raw: httpx.AsyncClient) -> None:
    resp = await raw.post("/link/api/start", content=b'{"token": "x"}')
    assert resp.status_code == 415
    assert resp.json()["message"] == "Send JSON (Content-Type: application/json)."


async def test_non_browser_clients_keep_using_the_control_api(raw: httpx.AsyncClient) -> None:
    assert (await raw.post("/_sandbox/jobs/run")).status_code == 200  # no body, no browser headers
    assert (await raw.post("/_sandbox/jobs/fail-next", json={"kind": "patients_create"})).status_code == 200


@pytest.mark.parametrize("path", ["/link", "/link/", "/link/static/link.js", "/link/static/link.css"])
async def test_link_assets_carry_a_strict_policy(raw: httpx.AsyncClient, path: str) -> None:
    resp = await raw.get(path)
    assert resp.status_code == 200
    csp = resp.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'self' http://127.0.0.1:* http://localhost:*" in csp
    assert resp.headers["x-content-type-options"] == "nosniff"


async def test_the_page_has_no_inline_or_external_code(raw: httpx.AsyncClient) -> None:
    html = (await raw.get("/link/")).text
    assert "<script>" not in html and "http" not in html.replace("http-equiv", "")
    assert '<script src="/link/static/link.js" defer></script>' in html


async def test_the_lightbox_loader_may_be_loaded_from_the_app(raw: httpx.AsyncClient) -> None:
    resp = await raw.get("/link/cobalt-link.js")
    assert resp.headers["content-type"].startswith("text/javascript")
    assert resp.headers["cross-origin-resource-policy"] == "cross-origin"
    assert "CobaltLink" in resp.text


@pytest.mark.parametrize(
    ("host", "ok"), [("127.0.0.1:1", True), ("localhost", True), ("[::1]:80", True), ("127.0.0.1.nip.io", False)]
)
def test_loopback_hosts(host: str, ok: bool) -> None:
    got = refusal(Headers(headers={"host": host, "origin": f"http://{host}"}), "GET", "http")
    assert (got is None) is ok
