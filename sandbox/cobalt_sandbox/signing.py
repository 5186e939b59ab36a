"""Webhook payload serialisation and HMAC-SHA256 signatures (Cobalt's `cobalt-verification` header)."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any


def compact_json(payload: Any) -> str:
    """The body as JavaScript's JSON.stringify would write it for our payloads."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def sign(secret: str, payload: Any) -> str:
    """Lower-case hex HMAC-SHA256 of the compact JSON body."""
    return hmac.new(secret.encode(), compact_json(payload).encode(), hashlib.sha256).hexdigest()


def verify(secret: str, payload: Any, signature: str) -> bool:
    return hmac.compare_digest(sign(secret, payload), signature)
