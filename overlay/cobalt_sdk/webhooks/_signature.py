"""Signing and verifying Cobalt webhook bodies.

Cobalt's documented algorithm (the only one it shows) is, in Node::

    crypto.createHmac('sha256', secret).update(JSON.stringify(req.body)).digest('hex')

so the signed message is the *re-serialised* parsed body, not the bytes on the wire. A signature
is accepted when it matches either the raw body bytes or the JavaScript re-serialisation of the
body (computed only if the raw bytes do not match), under any of the given secrets (several are
valid during the 24 h rotation overlap). Comparison is constant-time. Secrets never appear in
messages or reprs.
"""

from __future__ import annotations

import hashlib
import hmac
import string
from collections.abc import Sequence
from typing import Any

from .._errors import ConfigurationError, WebhookVerificationError
from ._jsjson import js_parse, js_stringify

Secrets = str | bytes | Sequence[str | bytes]

_HEX = frozenset(string.hexdigits)
_SIGNATURE_LENGTH = 64


def _key(secret: str | bytes) -> bytes:
    return secret if isinstance(secret, bytes) else secret.encode("utf-8")


def secret_keys(secrets: Secrets) -> list[bytes]:
    """The secrets as HMAC keys; raises ConfigurationError if none is usable."""
    items: Sequence[str | bytes] = [secrets] if isinstance(secrets, str | bytes) else list(secrets)
    keys = [_key(s) for s in items if isinstance(s, str | bytes) and s]
    if not keys:
        raise ConfigurationError("no webhook secret configured")
    return keys


def signed_message(body: Any) -> bytes:
    """What Cobalt's algorithm signs: `JSON.stringify(JSON.parse(body))` as UTF-8.

    `body` may be the raw bytes/text of a delivery or an already-parsed JSON value.
    """
    value = js_parse(body) if isinstance(body, str | bytes | bytearray) else body
    return js_stringify(value).encode("utf-8")


def _hmac_hex(key: bytes, message: bytes) -> str:
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def sign(body: Any, secret: str | bytes) -> str:
    """The `cobalt-verification` value Cobalt would send for `body` (hex HMAC-SHA256).

    `body` is the JSON text (bytes or str) or a parsed JSON value (dict, list...). Raises
    ValueError if text is not valid JSON.
    """
    return _hmac_hex(secret_keys(secret)[0], signed_message(body))


def _normalise_signature(signature: str | bytes | None) -> str:
    if signature is None:
        raise WebhookVerificationError("missing cobalt-verification signature")
    if isinstance(signature, bytes):
        signature = signature.decode("latin-1")
    signature = signature.strip()
    if not signature:
        raise WebhookVerificationError("empty cobalt-verification signature")
    if len(signature) != _SIGNATURE_LENGTH or not _HEX.issuperset(signature):
        raise WebhookVerificationError("malformed cobalt-verification signature (expected 64 hex characters)")
    return signature.lower()


def verify_signature(body: bytes | str, signature: str | bytes | None, secrets: Secrets) -> None:
    """Check a delivery's `cobalt-verification` header; return None or raise.

    Raises WebhookVerificationError when the signature is missing, empty, not 64 hex characters,
    or matches neither the raw body nor its JavaScript re-serialisation under any secret; raises
    ConfigurationError when no secret is given.
    """
    keys = secret_keys(secrets)
    expected = _normalise_signature(signature).encode("ascii")
    raw = body.encode("utf-8", errors="surrogatepass") if isinstance(body, str) else bytes(body)
    matched = False
    for key in keys:
        # Every secret is tried; no early exit, so timing does not reveal which one matched.
        matched |= hmac.compare_digest(_hmac_hex(key, raw).encode("ascii"), expected)
    if matched:
        return
    try:
        message = signed_message(raw)
    except (ValueError, RecursionError):
        raise WebhookVerificationError("signature does not match the body") from None
    if message != raw:
        for key in keys:
            matched |= hmac.compare_digest(_hmac_hex(key, message).encode("ascii"), expected)
    if not matched:
        raise WebhookVerificationError("signature does not match the body")


__all__ = ["Secrets", "js_stringify", "secret_keys", "sign", "signed_message", "verify_signature"]
