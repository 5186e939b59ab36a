"""What users find without reading our source: `help()`/`dir()` list the lazy exports, every shipped
package is marked typed."""

from __future__ import annotations

import importlib
import pydoc
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import cobalt_api_client
import cobalt_sandbox
import cobalt_sdk
import cobalt_sdk.webhooks

SHIPPED = (cobalt_api_client, cobalt_sdk, cobalt_sandbox)
PLAIN = pydoc.plaintext  # type: ignore[attr-defined]  # what help() prints, without the terminal bold


@pytest.mark.parametrize("package", SHIPPED, ids=lambda p: p.__name__)
def test_every_shipped_package_has_py_typed(package: ModuleType) -> None:
    assert (Path(str(package.__file__)).parent / "py.typed").is_file()


@pytest.mark.parametrize("module", [cobalt_sdk, cobalt_sdk.webhooks], ids=lambda m: m.__name__)
def test_dir_lists_every_export(module: ModuleType) -> None:
    names = dir(module)
    assert set(module.__all__) <= set(names)
    assert names == sorted(names)


def test_help_shows_lazy_names() -> None:
    text = pydoc.render_doc(cobalt_sdk.webhooks, renderer=PLAIN)
    assert "class WebhookReceiver" in text and "construct_event(" in text and "class Deduplicator" in text
    text = pydoc.render_doc(cobalt_sdk, renderer=PLAIN)
    assert "class Cobalt(" in text and "class AsyncJobWaiter(" in text and "class Pager(" in text


def test_dir_imports_nothing() -> None:
    """Listing the names stays cheap: only help()/getattr import the lazy modules."""
    code = (
        "import sys, cobalt_sdk, cobalt_sdk.webhooks; dir(cobalt_sdk); dir(cobalt_sdk.webhooks); "
        "print(sorted(m for m in ('cobalt_sdk._client', 'cobalt_sdk.webhooks._receiver') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"
    assert importlib.import_module("cobalt_sdk").Cobalt.__name__ == "Cobalt"
