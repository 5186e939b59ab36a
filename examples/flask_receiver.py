"""A Flask app that receives Cobalt webhooks (run: `flask --app examples.flask_receiver run`).

`request.get_data()` is the raw body the signature is checked against; processing happens on the
receiver's thread pool after Cobalt got its 200.
"""

from __future__ import annotations

import os
from typing import Any

from flask import Flask, Response, request

from cobalt_sdk.webhooks import UnknownEvent, WebhookReceiver


def handle_event(event: Any) -> None:
    """Your processing: runs on a worker thread after Cobalt got its 200."""
    if isinstance(event, UnknownEvent):
        return  # a type this SDK version does not know yet; event.raw has the payload
    # e.g. if event.type == "patient.created": save(event.data)


def create_app(secrets: list[str], handler: Any = handle_event, waiter: Any = None) -> Flask:
    app = Flask(__name__)
    receiver = WebhookReceiver(secrets, handler, waiter=waiter)
    app.extensions["cobalt_webhooks"] = receiver

    @app.post("/webhooks/cobalt")
    def webhook() -> Response:
        status, text = receiver.handle(request.get_data(cache=False), request.headers)
        return Response(text, status=status, mimetype="text/plain")

    return app


def _secrets_from_env() -> list[str]:
    names = ("COBALT_WEBHOOK_SECRET", "COBALT_WEBHOOK_SECRET_PREVIOUS")
    return [os.environ[n] for n in names if os.environ.get(n)] or ["unset-configure-COBALT_WEBHOOK_SECRET"]


app = create_app(_secrets_from_env())
