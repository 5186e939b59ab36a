"""Optional C accelerators for cobalt-sdk: `js_form` (webhook verification) and, in `_models`,
`build_run` (the inner loop of parsing pages of models). Each is imported on first use, so importing
one does not load the other."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._jsform import CHANGED, DUPLICATE, MAX_DEPTH, NOT_JSON, NOT_UTF8, SAME, TOO_DEEP, js_form

__all__ = ["CHANGED", "DUPLICATE", "MAX_DEPTH", "NOT_JSON", "NOT_UTF8", "SAME", "TOO_DEEP", "js_form"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import _jsform

        return getattr(_jsform, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
