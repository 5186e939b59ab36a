"""The error type handlers raise, and the Cobalt error envelope."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A failed request: answered with ``{"success": false, "message": ...}``."""

    def __init__(
        self, status: int, message: str, extra: dict[str, Any] | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra or {}
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {"success": False, "message": self.message, **self.extra}


def bad_request(message: str) -> ApiError:
    return ApiError(400, message)


def not_found(message: str) -> ApiError:
    return ApiError(404, message)
