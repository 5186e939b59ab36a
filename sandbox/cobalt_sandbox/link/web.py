"""HTTP side of the sandbox's Link: the page, its script, the Lightbox loader, the page's JSON steps,
and the browserless shortcut ``POST /_sandbox/link/public-token``."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from cobalt_sandbox.clock import FakeClock
from cobalt_sandbox.link import flow
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Sandbox
from cobalt_sandbox.webguard import LINK_CSP, BadJson, asset, json_answer, require_json

STATIC = Path(__file__).parent / "static"
Step = Callable[[JSON], JSON]


def _step(sb: Sandbox, fn: Step) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            result = fn(await require_json(request))
        except BadJson as err:
            return json_answer({"success": False, "error": "bad_request", "message": err.message}, err.status)
        except flow.LinkError as err:
            return json_answer({"success": False, "error": err.code, "message": err.message}, err.status)
        sb.store.flush()
        return json_answer({"success": True, **result})

    return endpoint


def _shortcut(sb: Sandbox, body: JSON) -> JSON:
    access_token = body.get("access_token")
    out = flow.shortcut(
        sb,
        body.get("persona"),
        link_token=body.get("link_token"),
        ehr=body.get("ehr"),
        user_id=str(body.get("user_id") or "user_sandbox_link"),
        org_id=str(body.get("org_id") or "org_sandbox_link"),
        access_token=None if access_token in (None, "") else str(access_token),
    )
    if "public_token" not in out:  # the persona's sign-in was refused, as on the page
        raise flow.LinkError(400, str(out["error"]), str(out["message"]))
    return {"public_token": out["public_token"], "mode": out["mode"], "ehr": out["ehr"]}


def _credentials(sb: Sandbox, body: JSON) -> JSON:
    return flow.submit_credentials(sb, body.get("token"), body.get("username"), body.get("password"))


def routes(sb: Sandbox) -> list[Route]:
    async def page(request: Request) -> Response:
        return asset(STATIC, "link.html", LINK_CSP)

    def static(name: str) -> Callable[[Request], Awaitable[Response]]:
        async def serve(request: Request) -> Response:
            return asset(STATIC, name, LINK_CSP)

        return serve

    async def loader(request: Request) -> Response:
        # Loaded by the user's app from another origin (`<script src=...>`), like Cobalt's own snippet.
        return asset(STATIC, "cobalt-link.js", LINK_CSP, {"cross-origin-resource-policy": "cross-origin"})

    steps: list[tuple[str, Step]] = [
        ("/link/api/start", lambda b: flow.start(sb, b.get("token"), b.get("callback_url"))),
        ("/link/api/ehr", lambda b: flow.choose_ehr(sb, b.get("token"), b.get("ehr"))),
        ("/link/api/credentials", lambda b: _credentials(sb, b)),
        ("/link/api/code", lambda b: flow.submit_code(sb, b.get("token"), b.get("code"))),
        ("/_sandbox/link/public-token", lambda b: _shortcut(sb, b)),
    ]
    return [
        Route("/link", page, methods=["GET"]),
        Route("/link/", page, methods=["GET"]),
        Route("/link/cobalt-link.js", loader, methods=["GET"]),
        Route("/link/static/link.js", static("link.js"), methods=["GET"]),
        Route("/link/static/link.css", static("link.css"), methods=["GET"]),
        *(Route(path, _step(sb, fn), methods=["POST"]) for path, fn in steps),
    ]


def watch_expiries(sb: Sandbox) -> Callable[[], contextlib.AbstractAsyncContextManager[None]]:
    """Expire `expiring`-persona tokens on time: at once on every fake-clock move (registered now, so
    in-process apps without a lifespan get it too); on the real clock, every tick interval while the
    returned lifespan context is open."""
    if isinstance(sb.clock, FakeClock):

        def on_advance() -> None:
            flow.expire_due(sb)

        sb.clock.on_advance(on_advance)

    @contextlib.asynccontextmanager
    async def running() -> AsyncIterator[None]:
        if isinstance(sb.clock, FakeClock):
            yield
            return
        task = asyncio.get_running_loop().create_task(_tick(sb))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    return running


async def _tick(sb: Sandbox) -> None:
    while True:
        await asyncio.sleep(sb.config.tick_interval)
        flow.expire_due(sb)
