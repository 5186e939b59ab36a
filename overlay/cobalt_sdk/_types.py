"""Small shared types: operation descriptors, the NOT_GIVEN sentinel and timeout arguments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, TypeAlias

import httpx


class NotGiven:
    """Sentinel for "argument not passed" where `None` is itself meaningful."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

#: A per-call timeout: seconds, an `httpx.Timeout`, or NOT_GIVEN for the client's default.
TimeoutArg: TypeAlias = "float | httpx.Timeout | NotGiven"


@dataclass(frozen=True, slots=True)
class Operation:
    """What the runner needs to know about one spec operation."""

    name: str
    method: str
    path: str
    requires_access_token: bool = True


def timeout_extension(timeout: float | httpx.Timeout) -> dict[str, float | None]:
    t = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    return t.as_dict()
