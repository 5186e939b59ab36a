"""The /v1 ASGI endpoint: route by the spec, fault-inject, authenticate, validate, dispatch, answer."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import parse_qs

from starlette.datastructures import Headers
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from cobalt_sandbox import ops_account, ops_appointments, ops_clinical, ops_directory, ops_patients, ops_webhooks
from cobalt_sandbox.auth import authenticate
from cobalt_sandbox.config import MAX_BODY_BYTES
from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.faults import DroppedConnection, FaultInjector
from cobalt_sandbox.link import ops as ops_link
from cobalt_sandbox.ops_common import HANDLERS, SCHEMA_VIEW, Req
from cobalt_sandbox.spec import Operation
from cobalt_sandbox.state import Sandbox
from cobalt_sandbox.validation import parse_body, validate_body, validate_params

log = logging.getLogger("cobalt_sandbox.api")
PREFIX = "/v1"
_LOADED = (ops_account, ops_appointments, ops_clinical, ops_directory, ops_patients, ops_webhooks)
HANDLERS.update(ops_link.HANDLERS)  # the Link operations come as a table


class _TooLarge(Exception):
    pass


def error_response(op: Operation | None, err: ApiError, allowed: list[str] | None = None) -> Response:
    """The error envelope, with the status mapped onto one the operation declares."""
    status = err.status
    if op is not None and not op.declares(status):
        if status in (403, 404) and op.declares(400) and status != 403:
            status = 400
        elif status == 403:
            status = 401
        elif op.declares(400) and status < 500:
            status = 400
        else:
            status = 500
    headers = dict(err.headers)
    if status == 405 and op is None and allowed:
        headers["Allow"] = ", ".join(allowed)
    return JSONResponse(err.body(), status_code=status, headers=headers or None)


class ApiEndpoint:
    """Raw ASGI app so faults can abort a response half-way."""

    def __init__(self, sandbox: Sandbox, faults: FaultInjector) -> None:
        self.sb = sandbox
        self.faults = faults
        missing = [o.op_id for o in sandbox.spec.operations if o.op_id not in HANDLERS]
        if missing:
            raise RuntimeError(f"no handler for operations: {missing}")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope["path"])[len(PREFIX) :] or "/"
        method = str(scope["method"])
        op, path_params, path_exists = self.sb.spec.match(method, path)
        try:
            if await self.faults.before():
                await send(
                    {
                        "type": "http.response.start",
                        "status": 200,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")],
                    }
                )
                raise DroppedConnection(f"{method} {path}")
            response = await self._handle(scope, receive, op, path_params, path_exists)
        except ApiError as err:
            response = error_response(op, err, self.sb.spec.allowed_methods(path) if err.status == 405 else None)
        except DroppedConnection:
            log.info("dropped connection for %s %s", method, op.op_id if op else path)
            raise
        except Exception as exc:  # never leak a traceback (or data) to the client
            log.error("internal error in %s: %s", op.op_id if op else path, type(exc).__name__)
            log.debug("internal error", exc_info=True)
            response = error_response(op, ApiError(500, "Internal server error."))
        try:
            self.sb.store.flush()  # persist, then answer: an acknowledged write is on disk
        except Exception as exc:
            log.error("could not save state for %s: %s", op.op_id if op else path, type(exc).__name__)
            response = error_response(op, ApiError(500, "Internal server error."))
        log.info("%s %s -> %d", method, op.op_id if op else "unknown", response.status_code)
        await response(scope, receive, send)

    async def _handle(
        self, scope: Scope, receive: Receive, op: Operation | None, path_params: dict[str, str], path_exists: bool
    ) -> Response:
        if op is None:
            if path_exists:
                raise ApiError(405, "Method not allowed.")
            raise ApiError(404, "Not found.")
        headers = Headers(scope=scope)
        token = authenticate(self.sb, op, headers)
        self.sb.tick()
        raw = await self._read_body(receive) if op.body_schema else b""
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        params = validate_params(self.sb.spec, op, query, path_params)
        body: dict[str, Any] = {}
        if op.body_schema:
            body = parse_body(op, raw, headers.get("content-type", ""))
            view = SCHEMA_VIEW.get(op.op_id)
            validate_body(self.sb.spec, op, view(self.sb, body) if view else body)
        req = Req(
            sb=self.sb, op=op, params=params, body=body, token=token, fail_reason=headers.get("x-sandbox-fail") or None
        )
        result = HANDLERS[op.op_id](req)
        if isinstance(result, Response):
            return result
        return JSONResponse(result, status_code=op.success_status)

    @staticmethod
    async def _read_body(receive: Receive) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise ApiError(400, "Request body too large.")
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)
