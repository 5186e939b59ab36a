"""Build event envelopes exactly as the spec's event schemas describe, and record them.

The bus gets the spec, the store, the clock, the seed, the token lookup and ``deliver`` (which queues a
recorded event for delivery); it does not know the sandbox, the scheduler or how delivery works.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from typing import Any

from cobalt_sandbox.clock import Clock, iso
from cobalt_sandbox.event_types import EventName
from cobalt_sandbox.spec import JSON, Spec
from cobalt_sandbox.store import Store
from cobalt_sandbox.synth import synthesize
from cobalt_sandbox.tokens import Tokens

LIVE_FETCH_FIELDS = ("timestamp", "action")


class EventBus:
    """Creates events, stores them for /webhook-events and hands them to delivery."""

    def __init__(
        self, spec: Spec, store: Store, clock: Clock, seed: int, tokens: Tokens, deliver: Callable[[str], None]
    ) -> None:
        self.spec = spec
        self.store = store
        self.clock = clock
        self.seed = seed
        self.tokens = tokens
        self.deliver = deliver

    def _event_id(self) -> str:
        n = self.store.counter("event")
        return str(uuid.UUID(int=random.Random(f"{self.seed}:{n}").getrandbits(128), version=4))

    def data_for(self, event_type: EventName, ctx: JSON) -> JSON:
        """Event data: the context keys the data schema declares, plus synthesized required ones."""
        ev = self.spec.events[event_type]
        if ev.data_schema is None:
            return dict(ctx)
        schema = self.spec.schemas[ev.data_schema]
        props: dict[str, Any] = schema.get("properties", {})
        if not props:
            return {k: v for k, v in ctx.items() if not k.startswith("_")}
        data = {k: v for k, v in ctx.items() if k in props}
        missing = [name for name in schema.get("required", []) if name not in data]
        if missing:  # seeding a generator costs more than the rest of this: only when needed
            rng = random.Random(f"{self.seed}:{event_type}")
            for name in missing:
                data[name] = synthesize(self.spec, props[name], rng, name, depth=1)
        return data

    def emit(self, event_type: EventName, ctx: JSON, job_id: int | str | None = None, token: str | None = None) -> JSON:
        """Create, store and queue delivery of one event; returns the stored record."""
        ev = self.spec.events[event_type]
        props = self.spec.schemas[ev.schema].get("properties", {})
        ref_id = self.tokens.reference_id(token)
        event_id = self._event_id()
        now = self.clock.now()
        data = self.data_for(event_type, ctx)
        envelope: JSON = {"id": event_id}
        if "timestamp" in props:  # live-fetch envelope
            envelope.update({"user_id": self.tokens.user_id(token), "access_token_reference_id": ref_id})
            if job_id is not None:
                envelope["job_execution_id"] = str(job_id)
                envelope["job_id"] = str(job_id)
            envelope.update({"timestamp": iso(now), "type": event_type, "action": "sync", "data": data})
        else:
            envelope.update(
                {"access_token_reference_id": ref_id, "object": "event", "created": iso(now), "type": event_type}
            )
            if job_id is not None and "job_id" in props:
                envelope["job_id"] = str(job_id)
            envelope["data"] = data
        hooks = self.store.all("webhooks")
        record: JSON = {
            "event_id": event_id,
            "event_type": event_type,
            "webhook_url": hooks[0]["url"] if hooks else None,
            "delivery_status": "pending" if hooks else None,
            "data": data,
            "created_at": iso(now),
            "job_id": None if job_id is None else str(job_id),
            "access_token_reference_id": ref_id,
            "_envelope": envelope,
            "_ts": now,
            "_deliveries": [],
        }
        self.store.put("webhook_events", event_id, record)
        if hooks:
            self.deliver(event_id)
        return record
