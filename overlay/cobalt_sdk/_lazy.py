"""Lazy package exports (PEP 562): a name is imported from its module on first access.

Keeps `import cobalt_sdk` and `import cobalt_sdk.webhooks` cheap: the clients, job waiters and the
webhook receiver (which pulls in `email`, `concurrent.futures` and friends) load only when used.
`lazy_dir` makes `dir()` (and so `help()`, IDE completion, `inspect.getmembers`) list the lazy
names as well, imported only when asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, namespace: dict[str, Any], where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `name` from the relative module `where[name]` and caches it."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value
        return value

    return __getattr__


def lazy_dir(namespace: dict[str, Any], where: Mapping[str, str]) -> Callable[[], list[str]]:
    """A module `__dir__` that lists the names already loaded and the lazy ones still to import."""

    def __dir__() -> list[str]:
        return sorted({*namespace, *where})

    return __dir__
