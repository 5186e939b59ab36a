"""The sandbox object: spec, store, clock, jobs, events and webhooks, plus a Python API for tests.

``Sandbox`` composes the parts and hands each one only its collaborators, so dependencies run one way::

    handlers (ops_*.py), control.py, api.py
        -> Sandbox (this module)
            -> Scheduler (jobs.py)   gets store, clock, config, spec, bound completers, emit
            -> EventBus (events.py)  gets spec, store, clock, seed, tokens, deliver
            -> Delivery (delivery.py) gets store, clock, config
                -> Store, Clock, SandboxConfig, Spec, Tokens

No part holds the sandbox; the scheduler reaches the bus through ``emit`` and the bus reaches delivery
through ``deliver``. Completers (handler-layer code) are bound to the sandbox here, when it is built.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import secrets
from collections.abc import Callable, Mapping
from typing import Any

from cobalt_sandbox.clock import FakeClock, iso
from cobalt_sandbox.config import SandboxConfig
from cobalt_sandbox.delivery import Delivery
from cobalt_sandbox.events import EventBus
from cobalt_sandbox.jobs import Finish, Outcome, Scheduler
from cobalt_sandbox.seed import Seeder, hex_id
from cobalt_sandbox.spec import JSON, Spec
from cobalt_sandbox.store import Store
from cobalt_sandbox.tokens import Tokens

_SPEC_CACHE: dict[str, Spec] = {}


def load_spec(config: SandboxConfig) -> Spec:
    key = str(config.spec_path)
    if key not in _SPEC_CACHE:
        _SPEC_CACHE[key] = Spec.load(config.spec_path)
    return _SPEC_CACHE[key]


class Sandbox:
    """All sandbox state. Reachable in-process as ``app.state.sandbox``."""

    def __init__(self, config: SandboxConfig, completers: Mapping[str, Completer]) -> None:
        """``completers``: one per job kind (operationId), as a :class:`~cobalt_sandbox.registry.Registry` holds."""
        self.config = config
        self.spec = load_spec(config)
        self.clock = config.clock
        self.store = Store(config.db_path)
        self.tokens = Tokens(self.store, config.access_token)
        self.delivery = Delivery(self.store, self.clock, config)
        self.events = EventBus(self.spec, self.store, self.clock, config.seed, self.tokens, self.delivery.enqueue)
        bound: dict[str, Finish] = {op_id: functools.partial(fn, self) for op_id, fn in completers.items()}
        self.jobs = Scheduler(self.store, self.clock, config, self.spec, bound, self.events.emit)
        self.clock.on_advance(self._on_advance)
        self._ticker: asyncio.Task[None] | None = None
        self._rate_window: list[float] = []
        if self.store.is_empty():
            self._initialise()

    # -- lifecycle --------------------------------------------------------------
    def _initialise(self) -> None:
        Seeder(self.spec, self.config.seed, self.config.profile).run(self.store)
        self.store.put(
            "tokens",
            self.config.access_token,
            {
                "token": self.config.access_token,
                "reference_id": self.config.access_token_reference_id,
                "user_id": "user_sandbox",
                "expired": False,
                "active": True,
            },
        )
        self.store.put(
            "settings",
            "account",
            {
                "required_patient_fields": list(self.config.required_patient_fields),
                "timezone": "America/New_York",
                "last_schedule_sync": iso(self.clock.now()),
            },
        )
        self.store.flush()

    def reset(self) -> None:
        """Back to the freshly seeded state (webhooks, events and jobs are dropped)."""
        self.store.clear()
        self.jobs.fail_next.clear()
        self._initialise()
        self.jobs.rebuild()

    def tick(self) -> int:
        """Finish due jobs and start pending deliveries. Called per request, by the ticker and by FakeClock."""
        done = self.jobs.run_due()
        self.delivery.kick()
        return done

    def _on_advance(self) -> None:
        self.tick()

    async def start(self) -> None:
        if not isinstance(self.clock, FakeClock) and self._ticker is None:
            self._ticker = asyncio.get_running_loop().create_task(self._tick_forever())

    async def stop(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
            self._ticker = None
        await self.delivery.drain()
        await self.delivery.close()
        self.store.close()

    async def _tick_forever(self) -> None:
        while True:
            await asyncio.sleep(self.config.tick_interval)
            self.tick()

    # -- Python API for tests -------------------------------------------------------
    def advance(self, seconds: float) -> int:
        """Advance a FakeClock (and complete due jobs); returns jobs finished."""
        if not isinstance(self.clock, FakeClock):
            raise TypeError("advance() needs SandboxConfig(clock=FakeClock())")
        before = self.jobs.finished
        self.clock.advance(seconds)
        return self.jobs.finished - before

    async def drain(self) -> None:
        """Wait for every in-flight webhook delivery (and its retry)."""
        await self.delivery.drain()

    def fail_next_job(self, kind: str, reason: str = "Simulated failure") -> None:
        """Make the next job of ``kind`` (operationId like ``patients_create``, or tag prefix) fail."""
        self.jobs.fail_next_job(kind, reason)

    def verify_secrets(self, webhook_id: str | None = None) -> list[str]:
        """Signing secrets a receiver may currently accept: the current one plus unexpired rotated ones."""
        now = self.clock.now()
        out: list[str] = []
        for hook in self.store.all("webhooks"):
            if webhook_id is not None and hook["id"] != webhook_id:
                continue
            out.append(hook["secret"])
            out.extend(p["secret"] for p in hook.get("previous", []) if p["expires_at"] > now)
        return out

    def events_list(self) -> list[JSON]:
        return self.store.all("webhook_events")

    # -- helpers used by handlers ------------------------------------------------
    def token_record(self, token: str | None) -> JSON | None:
        return self.tokens.record(token)

    def reference_id(self, token: str | None) -> str:
        return self.tokens.reference_id(token)

    def user_id(self, token: str | None) -> str:
        return self.tokens.user_id(token)

    def new_id(self, kind: str) -> str:
        return hex_id(kind, self.config.seed, self.store.counter(f"id:{kind}"))

    def new_secret(self) -> str:
        return "whsec_" + secrets.token_urlsafe(24)

    def rotate(self, hook: JSON) -> str:
        hook.setdefault("previous", []).append(
            {"secret": hook["secret"], "expires_at": self.clock.now() + self.config.secret_grace_seconds}
        )
        hook["secret"] = self.new_secret()
        self.store.touch("webhooks")
        return str(hook["secret"])

    def find(self, collection: str, **match: Any) -> JSON | None:
        for rec in self.store.all(collection):
            if all(rec.get(k) == v for k, v in match.items()):
                return rec
        return None


# completer(sandbox, job, failure_reason or None) -> Outcome: finishes the jobs of one operation
Completer = Callable[[Sandbox, JSON, "str | None"], Outcome]
