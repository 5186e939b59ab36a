"""Application factory: ``create_app(config) -> Starlette``."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from cobalt_sandbox.api import ApiEndpoint
from cobalt_sandbox.browser import browser_side
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
    browser = browser_side(sandbox, faults)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await sandbox.start()
        try:
            async with browser.running():
                yield
        finally:
            await sandbox.stop()

    app = Starlette(
        routes=[Route("/v1/{path:path}", api), *control_routes(sandbox, faults), *browser.routes],
        middleware=browser.middleware,
        lifespan=lifespan,
    )
    not_found = app.router.default

    async def fallback(scope: Scope, receive: Receive, send: Send) -> None:
        """Paths the route regex cannot match (e.g. with a decoded newline) still get the /v1 envelope."""
        if scope["type"] == "http" and str(scope["path"]).startswith("/v1/"):
            await api(scope, receive, send)
        else:
            await not_found(scope, receive, send)

    app.router.default = fallback
    app.state.sandbox = sandbox
    app.state.faults = faults
    return app
