"""Hatch metadata hook: records the spec's `info.version` in the package metadata (keywords)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface


def spec_version(root: str) -> str:
    text = (Path(root) / "openapi.yaml").read_text(encoding="utf-8")
    match = re.search(r"^info:\n(?:[ ].*\n)*?[ ]+version:\s*['\"]?([^'\"\n]+)", text, re.M)
    if not match:
        raise ValueError("openapi.yaml has no info.version")
    return match.group(1).strip()


class CustomMetadataHook(MetadataHookInterface):
    def update(self, metadata: dict[str, Any]) -> None:
        metadata["keywords"] = ["cobalt", "ehr", "sdk", f"cobalt-api-spec-{spec_version(self.root)}"]
