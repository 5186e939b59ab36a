"""The optional C accelerator of webhook verification (`cobalt-sdk-speedups`, in the `speedups` extra).

`js_form(raw)` asks it for `JSON.stringify(JSON.parse(raw))` in one pass over the bytes. It is used
automatically when `cobalt_sdk_speedups` imports; `COBALT_SDK_SPEEDUPS=0` (read at import) or
`ACCELERATOR = None` (tests) switches it off, and then the pure-Python path of `_signature` runs.

Its answer is the same as the pure-Python writer's (`js_stringify(js_parse(raw, unique_keys=True))`),
which the differential tests in tests/webhooks/test_accelerator.py pin: bytes that are not UTF-8
are decoded with replacement first (as `js_parse` does), and nesting deeper than the extension's
`MAX_DEPTH` is left to the pure path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import Enum
from typing import Final

JsFormFunction = Callable[[bytes], tuple[int, bytes | None]]

_OFF = ("0", "false", "no", "off")


class Verdict(Enum):
    """What the accelerator found, besides a form that differs from the body."""

    SAME = "the body is already its own JavaScript form"
    NONE = "no JavaScript form: not JSON, or an object repeats a key"
    UNDECIDED = "not decided here (no accelerator, or nesting beyond its depth): use the pure path"


def _load() -> JsFormFunction | None:
    if os.environ.get("COBALT_SDK_SPEEDUPS", "").strip().lower() in _OFF:
        return None
    try:
        from cobalt_sdk_speedups import js_form as accelerated
    except ImportError:
        return None
    return accelerated


ACCELERATOR: JsFormFunction | None = _load()

# The extension's status codes (fixed by its C source; checked against the module in the tests).
SAME: Final = 0
CHANGED: Final = 1
DUPLICATE: Final = 2
NOT_JSON: Final = 3
NOT_UTF8: Final = 4
TOO_DEEP: Final = 5


def available() -> bool:
    """The C accelerator is installed and switched on."""
    return ACCELERATOR is not None


def js_form(raw: bytes) -> bytes | Verdict:
    """`JSON.stringify(JSON.parse(raw))` when it differs from `raw`, else a `Verdict`."""
    accelerated = ACCELERATOR
    if accelerated is None:
        return Verdict.UNDECIDED
    status, form = accelerated(raw)
    if status == NOT_UTF8:
        # As js_parse: undecodable bytes become U+FFFD, then the text is parsed.
        replaced = raw.decode(errors="replace").encode()  # UTF-8: Python's fixed default
        status, form = accelerated(replaced)
        if status == SAME:
            status, form = CHANGED, replaced
    if status == CHANGED and form is not None:
        return form
    if status == SAME:
        return Verdict.SAME
    if status in (DUPLICATE, NOT_JSON):
        return Verdict.NONE
    return Verdict.UNDECIDED


__all__ = ["ACCELERATOR", "Verdict", "available", "js_form"]
