"""Header authentication: client_id + client_secret always, access_token where the operation's security asks."""

from __future__ import annotations

import hmac

from starlette.datastructures import Headers

from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.spec import Operation
from cobalt_sandbox.state import Sandbox

LOGIN_REQUIRED = "Account link expired. Please go through the integration setup again."
# The spec's apiKey header names. Starlette's `Headers` looks names up case-insensitively, as HTTP
# requires, so they are named once here (no spelling of them inside a function to vary).
CLIENT_ID, CLIENT_SECRET, ACCESS_TOKEN = "client_id", "client_secret", "access_token"


def _same(sent: str | None, secret: str) -> bool:
    """Constant-time comparison (tests/webhooks/test_constant_time.py holds every credential to it)."""
    return sent is not None and hmac.compare_digest(sent.encode(), secret.encode())


def authenticate(sb: Sandbox, op: Operation, headers: Headers) -> str | None:
    """Return the access token in use (or None for client-only operations); raise ApiError otherwise."""
    cfg = sb.config
    if not (_same(headers.get(CLIENT_ID), cfg.client_id) and _same(headers.get(CLIENT_SECRET), cfg.client_secret)):
        raise ApiError(401, "Invalid client credentials.")
    if not op.needs_access_token:
        return None
    token = headers.get(ACCESS_TOKEN)
    rec = sb.token_record(token)
    if rec is None:
        raise ApiError(401, "User not found.")
    if rec.get("expired"):
        # Any operation that takes an access token answers an expired EHR login this way (the spec
        # declares the 403 on each); a token the sandbox never issued stays a 401 above.
        raise ApiError(403, LOGIN_REQUIRED, extra={"error": "login_required"})
    return token
