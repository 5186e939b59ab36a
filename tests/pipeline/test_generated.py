"""The generated client: every module imports, and a spec change without regenerating is caught."""

from __future__ import annotations

import importlib
import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cobalt_api_client

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from drift import tree_diff  # noqa: E402


def test_every_generated_module_imports() -> None:
    names = [m.name for m in pkgutil.walk_packages(cobalt_api_client.__path__, "cobalt_api_client.")]
    for name in names:
        importlib.import_module(name)
    assert len(names) > 300


def test_every_resource_is_reachable_from_both_clients() -> None:
    from cobalt_api_client.api import RESOURCE_NAMES, AsyncResources, SyncResources

    for name in RESOURCE_NAMES:
        assert name in vars(SyncResources) and name in vars(AsyncResources)


@pytest.mark.skipif(shutil.which("openapi-python-client") is None, reason="openapi-python-client is not installed")
def test_changing_the_spec_without_regenerating_is_drift(tmp_path: Path) -> None:
    work = tmp_path / "repo"
    (work / "tools").mkdir(parents=True)
    shutil.copy(ROOT / "tools" / "generate.sh", work / "tools" / "generate.sh")
    shutil.copytree(ROOT / "generator", work / "generator")
    spec = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert "Human-readable explanation of what went wrong." in spec
    (work / "openapi.yaml").write_text(
        spec.replace("Human-readable explanation of what went wrong.", "Changed without regenerating."),
        encoding="utf-8",
    )
    out = tmp_path / "fresh" / "cobalt_api_client"
    subprocess.run(["bash", "tools/generate.sh", str(out)], cwd=work, check=True, capture_output=True, env=os.environ)
    assert tree_diff(ROOT / "generated" / "cobalt_api_client", out) == ["models/error_response.py"]
