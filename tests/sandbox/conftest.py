"""Fixtures: an in-process sandbox on a fake clock, reached through httpx.ASGITransport."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from cobalt_sandbox import (
    FakeClock,
    SandboxConfig,
    create_app,
)
from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(clock: FakeClock) -> Iterator[Starlette]:
    yield create_app(SandboxConfig(clock=clock, job_delay=1.0))


@pytest.fixture
def sb(app: Starlette) -> Sandbox:
    sandbox: Sandbox = app.state.sandbox
    return sandbox


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.test/v1", headers=HEADERS) as c:
        yield c


def json_of(resp: httpx.Response) -> Any:
    return resp.json()
