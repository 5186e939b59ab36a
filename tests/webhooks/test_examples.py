"""The example apps, driven through their frameworks' real test clients."""

from __future__ import annotations

import json
import sys
import threading
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cobalt_sdk.webhooks import UnknownEvent, sign

with warnings.catch_warnings():  # starlette 1.x nudges towards httpx2; httpx is what we pin
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from .spec import event_examples

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from examples import flask_receiver, starlette_receiver

SECRET = "whsec_example"
PATH = "/webhooks/cobalt"


def signed(body: bytes, webhook_id: str) -> dict[str, str]:
    return {"Cobalt-Verification": sign(body, SECRET), "Webhook-Id": webhook_id, "Content-Type": "application/json"}


def now_iso() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def scenario(post: Any) -> None:
    # Fresh events: the receivers refuse one whose signed `created` is older than 300 s.
    body = json.dumps({**event_examples()[0][2], "created": now_iso()}, indent=2).encode()
    assert post(body, signed(body, "wh_1")) == (200, "Webhook received")
    assert post(body, signed(body, "wh_1")) == (200, "Already processed")
    assert post(body, {**signed(body, "wh_2"), "Cobalt-Verification": "f" * 64}) == (401, "Invalid signature")
    assert post(b'{"no": "type"}', signed(b'{"no": "type"}', "wh_3")) == (400, "Invalid payload")
    unknown = json.dumps({"type": "brand.new", "id": "e", "created": now_iso()}).encode()
    assert post(unknown, signed(unknown, "wh_4")) == (200, "Webhook received")


def wait_for(events: list[Any], count: int) -> None:
    deadline = time.monotonic() + 5
    while len(events) < count and time.monotonic() < deadline:
        time.sleep(0.01)


def test_starlette_example() -> None:
    events: list[Any] = []

    async def handler(event: Any) -> None:
        events.append(event)

    app = starlette_receiver.create_app([SECRET], handler)
    with TestClient(app) as client:

        def post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
            response = client.post(PATH, content=body, headers=headers)
            return response.status_code, response.text

        scenario(post)
    wait_for(events, 2)
    assert len(events) == 2 and isinstance(events[1], UnknownEvent)
    assert starlette_receiver.app is not None


def test_flask_example() -> None:
    events: list[Any] = []
    lock = threading.Lock()

    def handler(event: Any) -> None:
        with lock:
            events.append(event)

    app = flask_receiver.create_app([SECRET], handler)
    client = app.test_client()

    def post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        response = client.post(PATH, data=body, headers=headers)
        return response.status_code, response.get_data(as_text=True)

    scenario(post)
    app.extensions["cobalt_webhooks"].close()
    assert len(events) == 2 and isinstance(events[1], UnknownEvent)
