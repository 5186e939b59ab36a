"""Webhook deliveries reach loopback hosts only, unless a host is allowed by name; refusals are recorded.

No network: a spy transport stands in for the connection pool and records every request it is asked
to send, so "no connection attempted" is "the spy saw nothing".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from cobalt_sandbox import FakeClock, SandboxConfig, create_app
from cobalt_sandbox.cli import build_config, parse_args
from cobalt_sandbox.egress import DeliveryRefused, delivery_target
from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS


class SpyTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, text="ok")


async def _sandbox(allow: tuple[str, ...] = ()) -> tuple[Sandbox, httpx.AsyncClient, SpyTransport]:
    app = create_app(SandboxConfig(clock=FakeClock(), delivery_allow_hosts=allow))
    sb: Sandbox = app.state.sandbox
    spy = SpyTransport()
    sb.delivery.transport = spy
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sb/v1", headers=HEADERS)
    return sb, client, spy


@pytest.fixture
async def setup() -> AsyncIterator[tuple[Sandbox, httpx.AsyncClient, SpyTransport]]:
    sb, client, spy = await _sandbox()
    async with client:
        yield sb, client, spy


async def _event_after_create(sb: Sandbox, client: httpx.AsyncClient) -> dict[str, Any]:
    r = await client.post("/patients", json={"first_name": "E", "last_name": "G", "dob": "2000-01-01", "sex": "female"})
    sb.advance(1)
    await sb.drain()
    events = (await client.get("/webhook-events", params={"job_id": r.json()["job_id"]})).json()["webhook_events"]
    detail = (await client.get(f"/webhook-events/{events[0]['event_id']}")).json()
    assert isinstance(detail, dict)
    return detail


async def test_external_host_is_refused_without_a_connection(
    setup: tuple[Sandbox, httpx.AsyncClient, SpyTransport],
) -> None:
    sb, client, spy = setup
    assert (await client.post("/webhook", json={"webhook_url": "https://any-host.example/hook"})).status_code == 200
    detail = await _event_after_create(sb, client)
    assert spy.requests == []
    assert detail["webhook_event"]["delivery_status"] == "failed"
    [attempt] = detail["delivery_attempts"]
    assert attempt["error"] == "refused" and attempt["url"] == "https://any-host.example/hook"
    assert "any-host.example" in attempt["reason"] and "--allow-delivery-host" in attempt["reason"]
    # Recorded as the first attempt, at the sandbox's time of the delivery (no retry of a refusal).
    assert attempt["attempt"] == 1 and attempt["at"] == detail["webhook_event"]["created_at"]


async def test_loopback_hosts_are_delivered(setup: tuple[Sandbox, httpx.AsyncClient, SpyTransport]) -> None:
    sb, client, spy = setup
    for url in ("http://127.0.0.1:9/a", "https://127.8.9.10:9/b", "http://[::1]:9/c", "http://localhost:9/d"):
        await client.post("/webhook", json={"webhook_url": url})
    detail = await _event_after_create(sb, client)
    assert sorted(str(r.url) for r in spy.requests) == [
        "http://127.0.0.1:9/a",
        "http://127.0.0.1:9/d",  # localhost is connected to as 127.0.0.1, never resolved
        "http://[::1]:9/c",
        "https://127.8.9.10:9/b",
    ]
    by_path = {r.url.path: r for r in spy.requests}
    assert by_path["/d"].headers["host"] == "localhost:9"
    assert detail["webhook_event"]["delivery_status"] == "success"


async def test_allow_listed_host_is_delivered() -> None:
    sb, client, spy = await _sandbox(allow=("Tunnel.Example.NET",))
    async with client:
        await client.post("/webhook", json={"webhook_url": "https://tunnel.example.net/hook"})
        await client.post("/webhook", json={"webhook_url": "https://other.example.net/hook"})
        detail = await _event_after_create(sb, client)
    assert [str(r.url) for r in spy.requests] == ["https://tunnel.example.net/hook"]
    assert [a.get("error") for a in detail["delivery_attempts"]] == [None, "refused"]


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1.nip.io/h",  # a name that resolves to loopback is still a name
        "http://0x7f000001/h",
        "http://127.1/h",
        "http://[::ffff:10.0.0.1]/h",
        "http://10.0.0.1/h",
        "http://localhost.example/h",
        "ftp://127.0.0.1/h",
        "http:///h",
    ],
)
def test_refused_urls(url: str) -> None:
    with pytest.raises(DeliveryRefused):
        delivery_target(url)


def test_https_localhost_keeps_its_server_name() -> None:
    target = delivery_target("https://localhost/h")
    assert target.url == "https://127.0.0.1/h"
    assert target.headers == {"host": "localhost"} and target.extensions == {"sni_hostname": "localhost"}


def test_cli_allow_list() -> None:
    config = build_config(parse_args(["--allow-delivery-host", "a.example", "--allow-delivery-host", "b.example"]))
    assert config.delivery_allow_hosts == ("a.example", "b.example")
    assert build_config(parse_args([])).delivery_allow_hosts == ()
