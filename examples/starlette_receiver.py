"""A Starlette app that receives Cobalt webhooks (run: `uvicorn examples.starlette_receiver:app`).

The receiver verifies the `cobalt-verification` signature over the raw body, refuses stale
events, drops duplicate event ids and answers at once; `handle_event` runs as an asyncio task
afterwards.
"""

from __future__ import annotations

import os
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from cobalt_sdk.webhooks import AsyncWebhookReceiver, UnknownEvent


async def handle_event(event: Any) -> None:
    """Your processing: runs after Cobalt got its 200."""
    if isinstance(event, UnknownEvent):
        return  # a type this SDK version does not know yet; event.raw has the payload
    # e.g. if event.type == "appointment.created": await store(event.data.appointment_id)


def create_app(secrets: list[str], handler: Any = handle_event, waiter: Any = None) -> Starlette:
    receiver = AsyncWebhookReceiver(secrets, handler, waiter=waiter)

    async def webhook(request: Request) -> PlainTextResponse:
        status, text = await receiver.handle(await request.body(), request.headers)
        return PlainTextResponse(text, status_code=status)

    app = Starlette(routes=[Route("/webhooks/cobalt", webhook, methods=["POST"])])
    app.state.receiver = receiver
    return app


def _secrets_from_env() -> list[str]:
    # During a rotation keep the previous secret for the 24 h overlap.
    names = ("COBALT_WEBHOOK_SECRET", "COBALT_WEBHOOK_SECRET_PREVIOUS")
    return [os.environ[n] for n in names if os.environ.get(n)] or ["unset-configure-COBALT_WEBHOOK_SECRET"]


app = create_app(_secrets_from_env())
