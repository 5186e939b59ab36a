"""A user's webhook endpoint for the tests: Starlette + our `WebhookReceiver`, run by uvicorn."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from cobalt_sandbox.server import serve_app
from cobalt_sdk.webhooks import WebhookDelivery, WebhookReceiver


@dataclass
class Inbox:
    """What the endpoint saw: verified deliveries, and every answer it gave."""

    secret: str = ""
    verified: list[WebhookDelivery] = field(default_factory=list)
    answers: list[tuple[int, str]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def types(self) -> list[str]:
        with self.lock:
            return [d.type for d in self.verified]


@contextmanager
def webhook_endpoint(inbox: Inbox) -> Iterator[str]:
    """Serve POST /webhooks on 127.0.0.1; yields its URL."""

    def keep(delivery: WebhookDelivery) -> None:
        with inbox.lock:
            inbox.verified.append(delivery)

    receiver = WebhookReceiver(secrets=lambda: inbox.secret, dispatch=keep)

    async def hook(request: Request) -> PlainTextResponse:
        body = await request.body()
        headers: Any = request.headers
        status, text = receiver.handle(body, headers)
        with inbox.lock:
            inbox.answers.append((status, text))
            inbox.headers.append(dict(request.headers))
        return PlainTextResponse(text, status_code=status)

    app = Starlette(routes=[Route("/webhooks", hook, methods=["POST"])])
    with serve_app(app) as port:
        yield f"http://127.0.0.1:{port}/webhooks"
