"""The sandbox signs webhook bodies the way Cobalt documents: hex HMAC-SHA256 of `JSON.stringify(body)`.

Checked against answers computed here from the literal bytes JavaScript would write (compact, UTF-8,
non-ASCII kept as is), and against the SDK's own verifier, so a user's receiver that accepts the
sandbox's deliveries accepts Cobalt's.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import pytest

from cobalt_sandbox import signing
from cobalt_sdk.webhooks import verify_signature

SECRET = "whsec_sandbox_test"
PAYLOAD: dict[str, Any] = {"type": "patient.created", "data": {"name": "Zoë Ångström", "ids": [1, 2.5]}, "ok": True}
# What JSON.stringify(PAYLOAD) writes in Node, as UTF-8.
JS_BODY = '{"type":"patient.created","data":{"name":"Zoë Ångström","ids":[1,2.5]},"ok":true}'.encode()


def test_body_is_what_json_stringify_writes() -> None:
    assert signing.compact_json(PAYLOAD).encode("utf-8") == JS_BODY


def test_signature_is_hex_hmac_sha256_of_that_body() -> None:
    expected = hmac.new(SECRET.encode(), JS_BODY, hashlib.sha256).hexdigest()
    assert signing.sign(SECRET, PAYLOAD) == expected
    assert signing.sign("another secret", PAYLOAD) != expected


def test_the_sdk_verifier_accepts_a_sandbox_signature() -> None:
    verify_signature(JS_BODY, signing.sign(SECRET, PAYLOAD), SECRET)


@pytest.mark.parametrize(
    ("secret", "payload"),
    [(SECRET, PAYLOAD), ("wrong", PAYLOAD), (SECRET, {**PAYLOAD, "ok": False})],
    ids=["genuine", "wrong-secret", "tampered"],
)
def test_verify_accepts_only_the_genuine_signature(secret: str, payload: dict[str, Any]) -> None:
    genuine = signing.sign(SECRET, PAYLOAD)
    assert signing.verify(secret, payload, genuine) is (secret == SECRET and payload == PAYLOAD)
