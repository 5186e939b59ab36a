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
from cobalt_sandbox.registry import Registry, build_registry
from cobalt_sandbox.state import Sandbox, load_spec


def create_app(config: SandboxConfig | None = None, *, registry: Registry | None = None) -> Starlette:
    """Build a sandbox app. ``app.state.sandbox`` is the live :class:`Sandbox` (Python API for tests).

    ``registry`` (default: :func:`~cobalt_sandbox.registry.build_registry`) is checked against the spec
    before anything else is built: a :class:`~cobalt_sandbox.registry.RegistryError` names every
    operation without a handler and every job-starting operation without a completer.
    """
    cfg = config or SandboxConfig()
    reg = registry if registry is not None else build_registry()
    reg.check(load_spec(cfg))
    sandbox = Sandbox(cfg, reg.completers)
    faults = FaultInjector(cfg.faults, cfg.seed)
    api = ApiEndpoint(sandbox, faults, reg)
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
    app.state.registry = reg
    return app
