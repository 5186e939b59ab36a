"""Merge spec/base.yaml with spec/parts/*.yaml (or the named parts) into one document."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def merge(parts: list[Path]) -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((ROOT / "spec/base.yaml").read_text())
    for part in parts:
        frag = yaml.safe_load(part.read_text()) or {}
        for tag in frag.get("tags", []):
            if any(t["name"] == tag["name"] for t in doc["tags"]):
                sys.exit(f"{part}: duplicate tag {tag['name']}")
            doc["tags"].append(tag)
        for key in ("paths", "webhooks"):
            for name, val in (frag.get(key) or {}).items():
                if name in doc[key]:
                    # same path, different methods: merge
                    for m, op in val.items():
                        if m in doc[key][name]:
                            sys.exit(f"{part}: duplicate {key} {name} {m}")
                        doc[key][name][m] = op
                else:
                    doc[key][name] = val
        for section, entries in (frag.get("components") or {}).items():
            target = doc["components"].setdefault(section, {})
            for name, val in entries.items():
                if name in target:
                    sys.exit(f"{part}: duplicate components/{section}/{name}")
                target[name] = val
    return doc


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[2:]] or sorted((ROOT / "spec/parts").glob("*.yaml"))
    out = Path(sys.argv[1])
    out.write_text(yaml.safe_dump(merge(args), sort_keys=False, allow_unicode=True, width=100))
    print(f"wrote {out}")
