from typing import Any

def build_run(cls: type, items: list[Any], start: int, shape: list[str], out: list[Any], owned: bool, /) -> int:
    """Append `object.__new__(cls)` with each item as its `__dict__` (a copy unless `owned`) to
    `out`, for `items[start:]` while an item is a dict with exactly the keys of `shape`, in order;
    return the index of the first item not built."""
