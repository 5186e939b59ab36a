"""Optional C accelerator for cobalt-sdk (see `js_form`)."""

from ._jsform import CHANGED, DUPLICATE, MAX_DEPTH, NOT_JSON, NOT_UTF8, SAME, TOO_DEEP, js_form

__all__ = ["CHANGED", "DUPLICATE", "MAX_DEPTH", "NOT_JSON", "NOT_UTF8", "SAME", "TOO_DEEP", "js_form"]
