"""Access tokens the sandbox issued, and who each one acts for (read from the store)."""

from __future__ import annotations

from cobalt_sandbox.spec import JSON
from cobalt_sandbox.store import Store


class Tokens:
    """Look up a token's record, reference id and user id; an unknown token acts as the default one."""

    def __init__(self, store: Store, default_token: str) -> None:
        self.store = store
        self.default_token = default_token

    def record(self, token: str | None) -> JSON | None:
        return self.store.get("tokens", token) if token else None

    def _acting(self, token: str | None) -> JSON:
        return self.record(token) or self.record(self.default_token) or {}

    def reference_id(self, token: str | None) -> str:
        return str(self._acting(token).get("reference_id") or "")

    def user_id(self, token: str | None) -> str:
        return str(self._acting(token).get("user_id") or "")
