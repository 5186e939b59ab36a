"""Application factory: ``create_app(config) -> Starlette``."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.routing import Route

from cobalt_sandbox.api import ApiEndpoint
from cobalt_sandbox.config import SandboxConfig
from cobalt_sandbox.control import routes as control_routes
from cobalt_sandbox.faults import FaultInjector
from cobalt_sandbox.state import Sandbox


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """Build a sandbox app. ``app.state.sandbox`` is the live :class:`Sandbox` (Python API for tests)."""
    cfg = config or SandboxConfig()
    sandbox = Sandbox(cfg)
    faults = FaultInjector(cfg.faults, cfg.seed)
    api = ApiEndpoint(sandbox, faults)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await sandbox.start()
        try:
            yield
        finally:
            await sandbox.stop()

    app = Starlette(
        routes=[Route("/v1/{path:path}", api), *control_routes(sandbox, faults)],
        lifespan=lifespan,
    )
    app.state.sandbox = sandbox
    app.state.faults = faults
    return app
