from collections.abc import Callable
from typing import Any

def build_run(
    cls: type,
    items: list[Any],
    start: int,
    shape: list[str],
    out: list[Any],
    owned: bool,
    work: Callable[[dict[str, Any]], object] | None = None,
    /,
) -> int:
    """Append `object.__new__(cls)` with each item as its `__dict__` (a copy unless `owned`;
    `work(d)` called on it first unless `work` is None) to `out`, for `items[start:]` while an item
    is a dict with exactly the keys of `shape`, in order; return the index of the first item not
    built. An error `work` raises is the call's."""
