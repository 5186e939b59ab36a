"""Where the CLI's settings come from: flags, then `COBALT_*` variables, then a named profile.

Profiles live in `config.toml` in the platform's config directory (`click.get_app_dir("cobalt")`,
or the file named by `COBALT_CONFIG`)::

    [profiles.default]
    base_url = "http://127.0.0.1:8765/v1"
    client_id = "ci_sandbox"
    client_secret = "cs_sandbox"
    access_token = "at_sandbox"

The profile is `--profile`, else `COBALT_PROFILE`, else `default`. Secret values are masked
whenever they are shown.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from .._errors import ConfigurationError

APP_NAME = "cobalt"
DEFAULT_PROFILE = "default"
DEFAULT_BASE_URL = "https://api.usecobalt.com/v1"

#: setting name -> (environment variable, is a secret)
KEYS: dict[str, tuple[str, bool]] = {
    "base_url": ("COBALT_BASE_URL", False),
    "client_id": ("COBALT_CLIENT_ID", False),
    "client_secret": ("COBALT_CLIENT_SECRET", True),
    "access_token": ("COBALT_ACCESS_TOKEN", True),
    "webhook_secret": ("COBALT_WEBHOOK_SECRET", True),
}


def config_dir() -> Path:
    """The directory of the config file, listen cursors and the local webhook secret."""
    explicit = os.environ.get("COBALT_CONFIG")
    if explicit:
        return Path(explicit).expanduser().parent
    return Path(click.get_app_dir(APP_NAME))


def config_path() -> Path:
    explicit = os.environ.get("COBALT_CONFIG")
    return Path(explicit).expanduser() if explicit else config_dir() / "config.toml"


def mask(value: str) -> str:
    """A secret as shown to people: its last four characters only when it is long enough."""
    if len(value) >= 16:
        return "****" + value[-4:]
    return "****"


@dataclass(frozen=True)
class Source:
    value: str
    origin: str  # "flag", "env COBALT_X", "profile NAME", "default"


@dataclass
class Settings:
    """The resolved settings, each with where it came from."""

    profile: str
    path: Path
    values: dict[str, Source] = field(default_factory=dict)

    def get(self, key: str) -> str | None:
        src = self.values.get(key)
        return src.value if src else None

    def shown(self) -> list[tuple[str, str, str]]:
        """(name, displayed value, origin) for every setting; secrets masked."""
        rows = []
        for key, (_env, secret) in KEYS.items():
            src = self.values.get(key)
            if src is None:
                rows.append((key, "-", "unset"))
            else:
                rows.append((key, mask(src.value) if secret else src.value, src.origin))
        return rows


def load_profiles(path: Path) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(f"cannot read the config file {path} ({type(exc).__name__})") from None
    profiles = data.get("profiles", {})
    return profiles if isinstance(profiles, dict) else {}


def resolve(flags: dict[str, str | None], profile: str | None) -> Settings:
    """Flags win over `COBALT_*` variables, which win over the profile's values."""
    path = config_path()
    name = profile or os.environ.get("COBALT_PROFILE") or DEFAULT_PROFILE
    profiles = load_profiles(path)
    if profile and name not in profiles:
        known = ", ".join(sorted(profiles)) or "none"
        raise ConfigurationError(f"no profile {name!r} in {path} (profiles: {known})")
    chosen = profiles.get(name, {})
    settings = Settings(name, path)
    for key, (env, _secret) in KEYS.items():
        flag = flags.get(key)
        if flag:
            settings.values[key] = Source(flag, "flag")
        elif os.environ.get(env):
            settings.values[key] = Source(os.environ[env], f"env {env}")
        elif isinstance(chosen.get(key), str) and chosen[key]:
            settings.values[key] = Source(chosen[key], f"profile {name}")
    if "base_url" not in settings.values:
        settings.values["base_url"] = Source(DEFAULT_BASE_URL, "default")
    return settings
