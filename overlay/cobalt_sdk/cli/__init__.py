"""The `cobalt` command: every API operation from the terminal, webhooks forwarded to a local
URL (`cobalt listen`), events on demand in the sandbox (`cobalt trigger`), and job progress.

Install with `pip install "cobalt-sdk[cli]"`. Start-up matters (`cobalt --help` must stay cheap),
so this package imports Click only, and every heavier module (httpx, the generated client, Rich,
the spec) is imported inside the command that needs it.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point."""
    from ._app import run

    run(argv)


__all__ = ["main"]
