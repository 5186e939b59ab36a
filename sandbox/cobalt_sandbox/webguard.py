"""What keeps the sandbox's browser pages (Link, the inspector) and its control API safe to leave open.

- Only this machine: a request that comes from a browser (it carries ``Origin`` or ``Sec-Fetch-Site``)
  must name a loopback ``Host``, so a page on another site cannot reach the sandbox through DNS
  rebinding.
- No cross-site writes: a state-changing request from a browser must come from the sandbox's own
  origin, and a body in a type a cross-site form can send (form, multipart, text) is refused, so no
  CORS "simple request" changes anything. The JSON endpoints of the pages also require
  ``Content-Type: application/json`` from everyone (:func:`require_json`).
- Pages and assets carry a Content-Security-Policy that allows scripts, styles and connections from
  the sandbox itself only (no inline script, no external script or font), ``nosniff``, no referrer.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from cobalt_sandbox.egress import LOCALHOST, is_loopback_literal

GUARDED_PREFIXES = ("/_sandbox", "/link")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SIMPLE_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data", "text/plain")
SAME_SITE_FETCHES = frozenset({"same-origin", "none"})
MAX_JSON_BYTES = 64 * 1024

BASE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'none'; base-uri 'none'"
)
# Link is framed by the app that opens it (Lightbox mode): apps on this machine only.
LINK_CSP = (
    BASE_CSP + "; frame-ancestors 'self' http://127.0.0.1:* http://localhost:* https://127.0.0.1:* https://localhost:*"
)
INSPECTOR_CSP = BASE_CSP + "; frame-ancestors 'none'"
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css"}


def _host_is_loopback(host_header: str) -> bool:
    host = host_header.strip().lower()
    if host.startswith("["):  # [::1]:8765
        return is_loopback_literal(host[1 : host.find("]")] if "]" in host else "")
    name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return name == LOCALHOST or is_loopback_literal(name)


def refusal(headers: Headers, method: str, scheme: str) -> tuple[int, str] | None:
    """Why a request to a guarded path must be refused (status, message), or None to let it through."""
    origin = headers.get("origin")
    fetch_site = headers.get("sec-fetch-site")
    host = headers.get("host", "")
    browser = origin is not None or fetch_site is not None
    if browser and not _host_is_loopback(host):
        return 403, "The sandbox's pages answer only on 127.0.0.1 or localhost."
    if method in SAFE_METHODS:
        return None
    if origin is not None and origin != f"{scheme}://{host}":
        return 403, "Cross-origin requests cannot change the sandbox."
    if fetch_site is not None and fetch_site not in SAME_SITE_FETCHES:
        return 403, "Cross-site requests cannot change the sandbox."
    content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type in SIMPLE_TYPES:
        return 415, "Send JSON (Content-Type: application/json)."
    return None


class BrowserGuard:
    """ASGI middleware applying :func:`refusal` to the sandbox's own paths (``/v1`` is left alone)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and str(scope["path"]).startswith(GUARDED_PREFIXES):
            refused = refusal(Headers(scope=scope), str(scope["method"]), str(scope.get("scheme", "http")))
            if refused is not None:
                status, message = refused
                await JSONResponse({"success": False, "message": message}, status_code=status)(scope, receive, send)
                return
        await self.app(scope, receive, send)


class BadJson(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


async def require_json(request: Request) -> dict[str, Any]:
    """The request's JSON object body; only `application/json` is accepted."""
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type != "application/json":
        raise BadJson(415, "Send JSON (Content-Type: application/json).")
    raw = await request.body()
    if len(raw) > MAX_JSON_BYTES:
        raise BadJson(413, "Request body too large.")
    try:
        value = json.loads(raw or b"{}")
    except ValueError:
        raise BadJson(400, "Invalid JSON in request body.") from None
    if not isinstance(value, dict):
        raise BadJson(400, "Request body must be a JSON object.")
    return value


def security_headers(csp: str) -> dict[str, str]:
    return {
        "content-security-policy": csp,
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "cache-control": "no-store",
    }


def json_answer(body: dict[str, Any], status: int = 200) -> JSONResponse:
    """JSON for the pages: never cached, never sniffed, not readable by other origins' <script> tags."""
    headers = security_headers(INSPECTOR_CSP) | {"cross-origin-resource-policy": "same-origin"}
    return JSONResponse(body, status_code=status, headers=headers)


@cache
def _asset(folder: str, name: str) -> bytes:
    return (Path(folder) / name).read_bytes()


def asset(folder: Path, name: str, csp: str, extra: dict[str, str] | None = None) -> Response:
    """A file shipped in ``folder`` (names are fixed by the routes, never taken from the request)."""
    content_type = CONTENT_TYPES[Path(name).suffix]
    return Response(_asset(str(folder), name), media_type=content_type, headers=security_headers(csp) | (extra or {}))
