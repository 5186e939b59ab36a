"""Routes of the inspector: the page and its assets, the snapshot it polls, an event's details, and
its actions (JSON bodies only; the guard refuses them from other sites)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.faults import FaultInjector
from cobalt_sandbox.inspector import views
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Sandbox
from cobalt_sandbox.webguard import INSPECTOR_CSP, BadJson, asset, json_answer, require_json

STATIC = Path(__file__).parent / "static"
Endpoint = Callable[[Request], Awaitable[Response]]


def _answer(fn: Callable[[Request], Awaitable[JSON]], sb: Sandbox) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        try:
            result = await fn(request)
        except BadJson as err:
            return json_answer({"success": False, "message": err.message}, err.status)
        except ApiError as err:
            return json_answer(err.body(), err.status)
        sb.store.flush()
        return json_answer({"success": True, **result})

    return endpoint


def routes(sb: Sandbox, faults: FaultInjector) -> list[Route]:
    def static(name: str) -> Endpoint:
        async def serve(request: Request) -> Response:
            return asset(STATIC, name, INSPECTOR_CSP)

        return serve

    async def snapshot(request: Request) -> JSON:
        return views.snapshot(sb, faults)

    async def event(request: Request) -> JSON:
        return {"event": views.event(sb, request.path_params["id"])}

    async def resend(request: Request) -> JSON:
        await require_json(request)
        views.resend(sb, request.path_params["id"])
        return {}

    async def expire(request: Request) -> JSON:
        await require_json(request)
        views.expire(sb, request.path_params["handle"])
        return {}

    async def restore(request: Request) -> JSON:
        await require_json(request)
        views.restore(sb, request.path_params["handle"])
        return {}

    return [
        Route("/_sandbox/ui", static("inspector.html"), methods=["GET"]),
        Route("/_sandbox/ui/static/inspector.js", static("inspector.js"), methods=["GET"]),
        Route("/_sandbox/ui/static/inspector.css", static("inspector.css"), methods=["GET"]),
        Route("/_sandbox/inspect/snapshot", _answer(snapshot, sb), methods=["GET"]),
        Route("/_sandbox/inspect/events/{id}", _answer(event, sb), methods=["GET"]),
        Route("/_sandbox/inspect/events/{id}/resend", _answer(resend, sb), methods=["POST"]),
        Route("/_sandbox/inspect/tokens/{handle}/expire", _answer(expire, sb), methods=["POST"]),
        Route("/_sandbox/inspect/tokens/{handle}/restore", _answer(restore, sb), methods=["POST"]),
    ]
