"""A user's app that connects an EHR through Cobalt Link in Lightbox mode, run against the sandbox.

The browser never sees a secret: the server creates the link token, the page opens Link with it
(`window.CobaltLink.init({token, onSuccess})`), and the server exchanges the `public_token` for the
access token it keeps. When a call answers `login_required`, the page reopens Link in update mode.
New Window mode works too: send the user to `{sandbox}/link?token={link_token}&callback_url=
http://127.0.0.1:8000/callback` (with Cobalt, the callback URL is set up with Cobalt instead).

    cobalt-sandbox --port 8765 &
    COBALT_BASE_URL=http://127.0.0.1:8765/v1 COBALT_CLIENT_ID=ci_sandbox COBALT_CLIENT_SECRET=cs_sandbox \\
        uvicorn examples.link_app:app --host 127.0.0.1 --port 8000
"""

from __future__ import annotations

import datetime
import html
import os
from pathlib import Path
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from cobalt_sdk import AsyncCobalt, LoginRequiredError

STATIC = Path(__file__).parent / "link_app_static"
USER_ID, ORG_ID = "user_123", "org_456"  # your own ids for the signed-in user and their clinic
CSP = "default-src 'none'; script-src 'self' {link}; frame-src {link}; connect-src 'self'; style-src 'self'"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def create_app(base_url: str, client_id: str, client_secret: str) -> Starlette:
    link_origin = _origin(base_url)  # the sandbox serves Link; with Cobalt it is Cobalt's own script
    tokens: dict[str, str] = {}  # user id -> access token (a real app keeps it encrypted in its database)

    def cobalt(access_token: str | None = None) -> AsyncCobalt:
        return AsyncCobalt(
            base_url=base_url, client_id=client_id, client_secret=client_secret, access_token=access_token
        )

    async def page(request: Request) -> Response:
        body = (
            (STATIC / "index.html")
            .read_text(encoding="utf-8")
            .replace("{{LINK_SCRIPT}}", html.escape(link_origin + "/link/cobalt-link.js", quote=True))
        )
        return HTMLResponse(body, headers={"content-security-policy": CSP.format(link=link_origin)})

    async def script(request: Request) -> Response:
        return Response((STATIC / "app.js").read_bytes(), media_type="text/javascript")

    async def link_token(request: Request) -> JSONResponse:
        """A fresh link token; update mode when this user already has a connection."""
        existing = tokens.get(USER_ID)
        async with cobalt() as client:
            if existing is None:
                created = await client.link.create_token(user_id=USER_ID, org_id=ORG_ID)
            else:  # update mode: Link repairs this connection, and the token stays the same
                created = await client.link.create_token(user_id=USER_ID, org_id=ORG_ID, access_token=existing)
        return JSONResponse({"link_token": created.token, "update": existing is not None})

    async def exchange(request: Request) -> JSONResponse:
        body = await request.json()
        async with cobalt() as client:
            exchanged = await client.link.exchange_token(public_token=str(body["public_token"]))
        tokens[USER_ID] = exchanged.token
        return JSONResponse({"connected": True})

    async def callback(request: Request) -> Response:
        """New Window mode: Link redirects here with `?token={public_token}`."""
        public_token = request.query_params.get("token")
        if not public_token:
            return JSONResponse({"error": "missing token"}, status_code=400)
        async with cobalt() as client:
            exchanged = await client.link.exchange_token(public_token=public_token)
        tokens[USER_ID] = exchanged.token
        return RedirectResponse("/?connected=1", status_code=303)

    async def appointments(request: Request) -> JSONResponse:
        token = tokens.get(USER_ID)
        if token is None:
            return JSONResponse({"error": "not_connected"}, status_code=409)
        start = datetime.date(2025, 1, 1)
        try:
            async with cobalt(token) as client:
                pager = await client.appointments.list(start_date=start, end_date=start + datetime.timedelta(days=30))
                count = len(pager.page.appointments or [])
        except LoginRequiredError:
            return JSONResponse({"error": "login_required"}, status_code=403)
        return JSONResponse({"appointments": count})

    return Starlette(
        routes=[
            Route("/", page),
            Route("/app.js", script),
            Route("/api/link-token", link_token, methods=["POST"]),
            Route("/api/exchange", exchange, methods=["POST"]),
            Route("/api/appointments", appointments, methods=["GET"]),
            Route("/callback", callback, methods=["GET"]),
        ]
    )


def _from_env() -> Starlette:
    return create_app(
        os.environ.get("COBALT_BASE_URL", "http://127.0.0.1:8765/v1"),
        os.environ.get("COBALT_CLIENT_ID", "ci_sandbox"),
        os.environ.get("COBALT_CLIENT_SECRET", "cs_sandbox"),
    )


app = _from_env()
