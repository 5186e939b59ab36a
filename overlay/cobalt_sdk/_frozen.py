"""Frozen: the base of the SDK's small immutable records (credentials, client config, operations).

What `@dataclass(frozen=True)` gives (equality and hash by value, a repr, no assignment after
`__init__`, `replace`) without its cost at import: a dataclass builds its methods from source at
class creation, about 0.6 ms per class, and five of them sat on the path of `from cobalt_sdk import
Cobalt`. Here the methods are written once and read the field names from `_fields`.

A subclass lists its fields in order in `_fields` (and `__slots__ = _fields`), sets them in
`__init__` with `_assign`, and names in `_hidden` the fields whose values its repr must not show
(secrets).
"""

from __future__ import annotations

from typing import Any, ClassVar, Self, TypeVar

R = TypeVar("R", bound="Frozen")


class Frozen:
    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()  # in order (for the repr); `__slots__ = _fields`
    _hidden: ClassVar[frozenset[str]] = frozenset()

    def _assign(self, **values: Any) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Frozen)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self), self._values()))

    def __repr__(self) -> str:
        shown = (f"{name}={getattr(self, name)!r}" for name in self._fields if name not in self._hidden)
        return f"{type(self).__name__}({', '.join(shown)})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: use replace({name}=...)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def replace(self, **changes: Any) -> Self:
        """A copy with `changes` applied (checked by `__init__` as a new record would be)."""
        unknown = sorted(set(changes) - set(self._fields))
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(map(repr, unknown))}")
        values = {name: getattr(self, name) for name in self._fields}
        values.update(changes)
        return _rebuild(type(self), values)

    def __reduce__(self) -> tuple[Any, ...]:  # copy, deepcopy and pickle (assignment is refused)
        return (_rebuild, (type(self), {name: getattr(self, name) for name in self._fields}))


def _rebuild(cls: type[R], values: dict[str, Any]) -> R:
    return cls(**values)
