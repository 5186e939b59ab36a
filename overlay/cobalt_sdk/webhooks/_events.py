"""Parse webhook bodies into the generated, typed event models.

The event type -> model table is generated from the spec (`cobalt_api_client.models.EVENT_MODELS`,
one entry per schema whose `type` is pinned with `const`), so a new event in `openapi.yaml` is
parsed as soon as the client is regenerated. Models are imported on first use.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._errors import WebhookPayloadError

if TYPE_CHECKING:
    from ._event_union import Event


@dataclass(frozen=True)
class UnknownEvent:
    """An event whose type this SDK version does not know. The raw payload is kept whole."""

    type: str
    raw: dict[str, Any] = field(repr=False)

    @property
    def id(self) -> str | None:
        value = self.raw.get("id")
        return value if isinstance(value, str) else None

    @property
    def created(self) -> str | None:
        value = self.raw.get("created")
        return value if isinstance(value, str) else None

    @property
    def job_id(self) -> str | None:
        return normalise_job_id(self.raw.get("job_id"))

    @property
    def data(self) -> dict[str, Any]:
        value = self.raw.get("data")
        return value if isinstance(value, dict) else {}


def normalise_job_id(value: object) -> str | None:
    """Cobalt sends `job_id` as an integer in create responses and a string in events."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, str)):
        return str(value)
    return None


def _models() -> Any:
    return importlib.import_module("cobalt_api_client.models")


def event_class(event_type: str) -> type[Any] | None:
    """The generated model class for an event type, or None if the type is unknown."""
    models = _models()
    name = models.EVENT_MODELS.get(event_type)
    return getattr(models, name) if name else None


def event_types() -> tuple[str, ...]:
    """Every event type the spec defines."""
    return tuple(_models().EVENT_MODELS)


def load_json(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    try:
        obj = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise WebhookPayloadError(f"webhook body is not valid JSON ({type(exc).__name__})") from None
    if not isinstance(obj, dict):
        raise WebhookPayloadError(f"webhook body must be a JSON object, not {type(obj).__name__}")
    return obj


def parse_event(body: bytes | str | Mapping[str, Any]) -> Event:
    """Parse a webhook body (raw bytes, text, or an already-decoded dict) into a typed event.

    Returns an instance of the generated event model for known types (with `job_id` normalised to
    `str | None`), or an `UnknownEvent` that keeps the raw payload. Raises `WebhookPayloadError`
    naming the field when the body is not JSON or breaks its event type's schema.
    """
    event: Event = event_from_json(load_json(body))  # annotated, not cast: the parsed union
    return event


def event_from_json(obj: dict[str, Any]) -> Any:
    """The typed event (or `UnknownEvent`) for an already decoded JSON object."""
    event_type = obj.get("type")
    if not isinstance(event_type, str) or not event_type:
        raise WebhookPayloadError("webhook body has no 'type' string", field="type")
    cls = event_class(event_type)
    if cls is None:
        return UnknownEvent(event_type, obj)
    return from_model(cls, obj, event_type)


def from_model(cls: type[Any], obj: dict[str, Any], event_type: str) -> Any:
    try:
        event = cls.from_dict(obj)
    except KeyError as exc:
        name = _missing_field_path(cls, obj, str(exc.args[0]) if exc.args else "?")
        raise WebhookPayloadError(f"{event_type} event is missing required field {name!r}", field=name) from None
    except (ValueError, TypeError, AttributeError) as exc:
        raise WebhookPayloadError(f"{event_type} event does not match its schema ({type(exc).__name__})") from None
    if hasattr(event, "job_id"):
        event.job_id = normalise_job_id(obj.get("job_id"))
    return event


def _missing_field_path(cls: type[Any], obj: Mapping[str, Any], name: str) -> str:
    """Where the missing key is: the envelope if the event model itself has that field, else the
    first nested object (breadth first, `data` before the rest) that lacks it."""
    own = {a.name for a in cls.__attrs_attrs__}  # every event model is an attrs class
    if name not in obj and (name in own or f"{name}_" in own or not own):
        return name
    queue: list[tuple[str, Any]] = sorted(obj.items(), key=lambda kv: kv[0] != "data")
    while queue:
        path, value = queue.pop(0)
        if isinstance(value, list):
            queue.extend((f"{path}[{i}]", v) for i, v in enumerate(value))
        elif isinstance(value, Mapping):
            if name not in value:
                return f"{path}.{name}"
            queue.extend((f"{path}.{k}", v) for k, v in value.items())
    return name
