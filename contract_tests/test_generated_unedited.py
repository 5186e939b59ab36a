"""The generated client under test is what `nox -s generate` wrote: no file was edited by hand.

The contract suites exercise `generated/`; a hand edit there would be tested and then overwritten
by the next regeneration. `nox -s generate` writes a sha256 manifest of the tree beside it and
`generate -- --check` keeps that manifest fresh, so hashing the tree here is enough (no regeneration).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from drift import manifest_diff  # noqa: E402

GENERATED = ROOT / "generated" / "cobalt_api_client"
MANIFEST = ROOT / "generated" / "cobalt_api_client.sha256"


def test_generated_code_matches_its_manifest() -> None:
    edited = manifest_diff(GENERATED, MANIFEST.read_text(encoding="utf-8"))
    assert not edited, (
        f"generated/ was edited by hand (or not regenerated): {edited}; "
        "change openapi.yaml or the templates and run `nox -s generate`"
    )


def test_a_hand_edit_is_noticed(tmp_path: Path) -> None:
    copy = tmp_path / "cobalt_api_client"
    shutil.copytree(GENERATED, copy)
    target = copy / "errors.py"
    target.write_text(target.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    (copy / "extra.py").write_text("", encoding="utf-8")
    assert manifest_diff(copy, MANIFEST.read_text(encoding="utf-8")) == ["errors.py", "extra.py"]
