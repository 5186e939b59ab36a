"""The sandbox's browser side in one piece for the app factory: Link's routes and the inspector's,
the guard in front of them, and what must run while the app is up."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from starlette.middleware import Middleware
from starlette.routing import Route

from cobalt_sandbox.faults import FaultInjector
from cobalt_sandbox.inspector import web as inspector_web
from cobalt_sandbox.link import web as link_web
from cobalt_sandbox.state import Sandbox
from cobalt_sandbox.webguard import BrowserGuard


@dataclass
class BrowserSide:
    routes: list[Route]
    middleware: list[Middleware]
    running: Callable[[], contextlib.AbstractAsyncContextManager[None]]


def browser_side(sb: Sandbox, faults: FaultInjector) -> BrowserSide:
    return BrowserSide(
        routes=[*link_web.routes(sb), *inspector_web.routes(sb, faults)],
        middleware=[Middleware(BrowserGuard)],
        running=link_web.watch_expiries(sb),
    )
