"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields


class Unset:
    """The type of UNSET: a field absent from the JSON (unlike None, which is JSON null)."""

    # cobalt-sdk: UNSET stays one object through copy.deepcopy and pickle (models are compared
    # and serialised with `is UNSET`; a copied sentinel would be sent as a value).
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


def redacted_repr(model: Any, shown: tuple[str, ...] = ()) -> str:
    """cobalt-sdk: a model's repr names the fields that are set but shows no values (they carry
    patient data, and reprs end up in logs), except the `shown` ones (an event's constant `type`).
    `model.to_dict()` gives the values when they are wanted."""
    parts = [f"{name}={getattr(model, name)!r}" for name in shown]
    hidden = [
        f.name
        for f in fields(type(model))
        if f.name not in shown and f.name != "additional_properties" and getattr(model, f.name) is not UNSET
    ]
    extra = sorted(getattr(model, "additional_properties", {}))
    if hidden or extra:
        parts.append("values hidden: " + ", ".join(hidden + [f"[{key!r}]" for key in extra]))
    return f"{type(model).__name__}({', '.join(parts)})"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
