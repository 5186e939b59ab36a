"""Fuzz construct_event and both receivers with hostile input (deterministic, a few seconds).

Properties: only the documented errors escape `construct_event` (WebhookVerificationError,
WebhookPayloadError and its WebhookBodyTooLargeError); the receivers never raise and answer one
of their documented statuses; and nothing is accepted unless the bytes it was built from are
exactly the signed ones (so no content that differs from a signed body ever reaches a handler).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cobalt_sdk.webhooks import (
    AsyncWebhookReceiver,
    WebhookDelivery,
    WebhookPayloadError,
    WebhookReceiver,
    WebhookVerificationError,
    construct_event,
    js_stringify,
    sign,
)
from cobalt_sdk.webhooks._jsjson import js_parse

from .spec import event_examples

SECRET = "whsec_fuzz"
FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CREATED = "2025-10-21T14:30:00.000Z"
NOW = 1761057060.0  # 60 s after CREATED
MAX = 64 * 1024


def clock() -> float:
    return NOW


EVENTS = [{**example, "created": CREATED} for _, _, example in event_examples()[:6]] + [
    {"id": "evt_u", "object": "event", "created": CREATED, "type": "x.unknown", "data": {"n": 1, "s": "é\u2028"}}
]
SIGNED = [js_stringify(js_parse(json.dumps(e))).encode() for e in EVENTS]
SIGNATURES = [sign(body, SECRET) for body in SIGNED]
STATUSES = {(200, "Webhook received"), (200, "Already processed"), (400, "Invalid payload")}
STATUSES |= {(401, "Invalid signature"), (413, "Payload too large")}

SPLICES = [
    b"NaN",
    b"Infinity",
    b"-Infinity",
    b"1e400",
    b"-0.0",
    b"1.0",
    b"12345678901234567890",
    b'"\\ud800"',
    b'"\\udfff\\ud800"',
    b"\xff\xfe",
    b"\xed\xa0\x80",  # a UTF-8-encoded surrogate (invalid UTF-8)
    b"[" * 3000 + b"]" * 3000,
    b'{"a":' * 1500 + b"1" + b"}" * 1500,
    b'"id":"evt_other",',
    b'"type":"x.unknown",',
    b"\\u0000",
    b" \n\t\r ",
    b"\x00",
    b'"',
    b"\\",
    b"null",
    b"{}",
]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[int, bytes]:
    index = draw(st.integers(0, len(SIGNED) - 1))
    body = bytearray(SIGNED[index])
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["flip", "delete", "insert", "splice", "duplicate", "reformat"]))
        at = draw(st.integers(0, max(len(body) - 1, 0)))
        if kind == "flip" and body:
            body[at] ^= draw(st.integers(1, 255))
        elif kind == "delete":
            del body[at : at + draw(st.integers(1, 8))]
        elif kind == "insert":
            body[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "splice":
            body[at:at] = draw(st.sampled_from(SPLICES))
        elif kind == "duplicate" and body.startswith(b"{"):
            body[1:1] = b'"id":"evt_dup",'  # a repeated key: JSON.parse would keep the last one
        elif kind == "reformat":
            indent = draw(st.sampled_from([None, 1, "\t"]))
            with contextlib.suppress(ValueError):
                body = bytearray(json.dumps(json.loads(bytes(body)), indent=indent).encode())
    return index, bytes(body)


def header_variants(signature: str) -> st.SearchStrategy[Any]:
    value = st.sampled_from(
        [signature, signature.upper(), f"  {signature}\t", f"{signature},{signature}", f"v1,{signature}", "", "0" * 64]
    )
    name = st.sampled_from(
        ["cobalt-verification", "Cobalt-Verification", "COBALT-VERIFICATION", " cobalt-verification"]
    )
    extra = st.sampled_from(
        [
            [],
            [("webhook-id", "wh_1")],
            [("webhook-timestamp", "2001-01-01T00:00:00Z")],
            [("webhook-attempt", "two")],
            [("webhook-timestamp", "garbage")],
        ]
    )

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        pairs = [(draw(name), draw(value)) for _ in range(draw(st.integers(0, 3)))] + draw(extra)
        if draw(st.booleans()):
            return dict(pairs)

        class Raw:
            def items(self) -> list[tuple[bytes, bytes]]:
                return [(k.encode(), v.encode("latin-1")) for k, v in pairs]

        return Raw()

    return build()


def check_construct(body: bytes, headers: Any) -> WebhookDelivery | None:
    try:
        delivery = construct_event(body, headers, SECRET, clock=clock, max_body_bytes=MAX)
    except (WebhookVerificationError, WebhookPayloadError):
        return None
    assert delivery.body in SIGNED, "built from bytes nobody signed"
    assert js_stringify(js_parse(delivery.body)) == delivery.body.decode()
    return delivery


@FUZZ
@given(st.binary(max_size=2048), st.data())
def test_random_bytes(body: bytes, data: st.DataObject) -> None:
    assert check_construct(body, data.draw(header_variants(SIGNATURES[0]))) is None


@FUZZ
@given(mutated(), st.data())
def test_mutated_signed_bodies(case: tuple[int, bytes], data: st.DataObject) -> None:
    index, body = case
    delivery = check_construct(body, data.draw(header_variants(SIGNATURES[index])))
    if delivery is not None:
        assert delivery.body == SIGNED[index]
        assert delivery.event_id == EVENTS[index]["id"]


@FUZZ
@given(
    st.lists(st.one_of(mutated(), st.tuples(st.just(0), st.binary(max_size=512))), min_size=1, max_size=6), st.data()
)
def test_receivers_never_raise(cases: list[tuple[int, bytes]], data: st.DataObject) -> None:
    handled: list[bytes] = []
    handled_async: list[bytes] = []
    sync_receiver = WebhookReceiver(SECRET, dispatch=lambda d: handled.append(d.body), clock=clock, max_body_bytes=MAX)
    async_receiver = AsyncWebhookReceiver(
        SECRET, dispatch=lambda d: handled_async.append(d.body), clock=clock, max_body_bytes=MAX
    )
    requests = [(body, data.draw(header_variants(SIGNATURES[index]))) for index, body in cases]

    async def run_async() -> list[Any]:
        return [await async_receiver.handle(body, headers) for body, headers in requests]

    sync_answers = [sync_receiver.handle(body, headers) for body, headers in requests]
    async_answers = asyncio.run(run_async())
    assert set(sync_answers) <= STATUSES and sync_answers == async_answers  # the twins agree
    assert handled == handled_async and all(body in SIGNED for body in handled)
    assert len(handled) == len(set(handled))  # each signed event handled at most once
