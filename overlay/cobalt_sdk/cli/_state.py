"""What the root command hands to every subcommand: settings, output mode, one client."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cobalt_sdk import Cobalt

    from ._settings import Settings


@dataclass
class State:
    flags: dict[str, str | None]
    profile: str | None
    as_json: bool = False
    debug: bool = False
    _settings: Settings | None = field(default=None, repr=False)
    _client: Cobalt | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from ._settings import resolve

            self._settings = resolve(self.flags, self.profile)
        return self._settings

    def client(self, **options: Any) -> Cobalt:
        """The API client for these settings (built on first use, closed when the command ends)."""
        if self._client is None:
            import click

            from cobalt_sdk import Cobalt

            s = self.settings
            self._client = Cobalt(
                base_url=s.get("base_url"),
                client_id=s.get("client_id"),
                client_secret=s.get("client_secret"),
                access_token=s.get("access_token"),
                **options,
            )
            click.get_current_context().call_on_close(self._client.close)
        return self._client
