"""Where webhook deliveries may go: loopback hosts by default, others only when the user allows them by name.

A sandbox run in CI or on a laptop must not be a way for whoever registers a webhook to make it open
connections to other machines. Loopback means a literal address in 127.0.0.0/8, ``::1``, or the name
``localhost``, which is never handed to a resolver: the delivery connects to 127.0.0.1 itself and sends
``localhost`` as the Host header (and TLS server name). Any other name, including one that happens to
resolve to loopback, is refused unless it is on the allow-list (``--allow-delivery-host``).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Collection
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

LOCALHOST = "localhost"
LOCALHOST_ADDRESS = "127.0.0.1"


class DeliveryRefused(Exception):
    """The URL's host is not one the sandbox may deliver to; the message says why (host only, no path)."""


@dataclass(frozen=True)
class Target:
    """What to connect to for one delivery: the URL, plus the headers and request extensions it needs."""

    url: str
    headers: dict[str, str] = field(default_factory=dict)
    extensions: dict[str, str] = field(default_factory=dict)


def is_loopback_literal(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def delivery_target(url: str, allowed_hosts: Collection[str] = ()) -> Target:
    """Where to send a delivery for ``url``; raises :class:`DeliveryRefused` for hosts that are not allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise DeliveryRefused(f"scheme {parts.scheme or '(none)'!r} is not http or https")
    host = (parts.hostname or "").lower()
    if not host:
        raise DeliveryRefused("the webhook URL has no host")
    if host in {h.lower() for h in allowed_hosts} or is_loopback_literal(host):
        return Target(url)
    if host == LOCALHOST:
        netloc = LOCALHOST_ADDRESS if parts.port is None else f"{LOCALHOST_ADDRESS}:{parts.port}"
        host_header = LOCALHOST if parts.port is None else f"{LOCALHOST}:{parts.port}"
        extensions = {"sni_hostname": LOCALHOST} if parts.scheme == "https" else {}
        return Target(urlunsplit(parts._replace(netloc=netloc)), {"host": host_header}, extensions)
    raise DeliveryRefused(
        f"host {host!r} is not a loopback address; the sandbox delivers only to 127.0.0.0/8, ::1 and localhost"
        " unless the host is allowed (--allow-delivery-host / SandboxConfig.delivery_allow_hosts)"
    )
