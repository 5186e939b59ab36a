from collections.abc import Callable
from typing import Any, Final

PLAN: Final[int]
"""The plan format `build_run` takes (1: steps `(key, dest, fn, with_owned)` and `(key, dest, model)`)."""
BUILDS: Final[int]
"""1 where `build_run` builds models (every supported Python since 0.3.2), 0 where it leaves
every class to Python (0.3.1 on 3.13+)."""

def build_run(
    cls: type,
    items: list[Any],
    start: int,
    shape: list[str],
    out: list[Any],
    owned: bool,
    work: Callable[[dict[str, Any]], object] | tuple[Any, ...] | None = None,
    /,
) -> int:
    """Append `object.__new__(cls)` with each item as its `__dict__` (a copy unless `owned`) to
    `out`, for `items[start:]` while an item is a dict with exactly the keys of `shape`, in order;
    return the index of the first item not built. The item's work is done first: `work(d)` when it
    is callable, the steps of a plan (a tuple, for owned data only) when it is one. An error the
    work raises is the call's."""
