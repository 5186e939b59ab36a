"""Every webhook test runs twice: with the C accelerator (`cobalt-sdk-speedups`) and on the pure path.

The accelerated run is skipped, saying so, when the extension is not installed (the nox sessions
install it). A test module that needs one path only overrides `webhook_path`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cobalt_sdk.webhooks import _accelerator

INSTALLED = _accelerator.ACCELERATOR


@pytest.fixture(params=["accelerated", "pure"], autouse=True)
def webhook_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "accelerated":
        if INSTALLED is None:
            pytest.skip("cobalt-sdk-speedups is not installed (pip install ./speedups): accelerated path skipped")
        monkeypatch.setattr(_accelerator, "ACCELERATOR", INSTALLED)
    else:
        monkeypatch.setattr(_accelerator, "ACCELERATOR", None)
    yield request.param
