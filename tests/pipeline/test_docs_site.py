"""The reference site's pages, without building it: every generated or hand-written page is in the nav of
mkdocs.yml, and the spec pages cover every operation and event type. (`nox -s docs` builds the site in
strict mode, which also fails on broken links; it is not part of `ci`, so these catch the common misses.)"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import docs_site  # noqa: E402


def _nav_pages(node: Any) -> set[str]:
    if isinstance(node, str):
        return {node}
    if isinstance(node, list):
        return set().union(*(_nav_pages(item) for item in node))
    if isinstance(node, dict):
        return set().union(*(_nav_pages(value) for value in node.values()))
    return set()


def _spec() -> dict[str, Any]:
    return dict(yaml.safe_load(docs_site.SPEC.read_text(encoding="utf-8")))


def _pages() -> dict[str, str]:
    spec = _spec()
    resources, methods = docs_site.resource_pages(spec)
    return {**docs_site.sdk_pages(), **resources, **docs_site.model_pages(), **docs_site.spec_pages(spec, methods)}


def test_every_page_is_in_the_nav() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = _nav_pages(config["nav"])
    hand = {str(p.relative_to(ROOT / "docs")) for p in (ROOT / "docs").rglob("*.md")}
    pages = set(_pages()) | hand | set(docs_site.COPIED)
    assert pages - nav == set(), "add these pages to the nav of mkdocs.yml"
    assert nav - pages - {"spec/openapi.html"} == set(), "the nav names pages nothing writes"


def test_every_operation_and_event_is_on_the_spec_pages() -> None:
    spec, pages = _spec(), _pages()
    ops = pages["spec/operations.md"]
    for item in spec["paths"].values():
        for method in docs_site.HTTP_METHODS:
            if method in item:
                tag = item[method]["tags"][0]
                assert f"`cobalt.{tag}.{item[method]['operationId'].removeprefix(tag + '_')}`" in ops
    events = pages["spec/events.md"]
    for name in spec["webhooks"]:
        assert f"## `{name}` {{#{docs_site._anchor(name)}}}" in events


def test_every_public_name_has_a_page() -> None:
    pages = _pages()
    text = "\n".join(pages[p] for p in ("reference/client.md", "reference/jobs.md", "reference/errors.md"))
    for name in docs_site.public_names(ROOT / "overlay" / "cobalt_sdk" / "__init__.py"):
        assert name == "__version__" or f"::: cobalt_sdk.{name}\n" in text
    hooks = pages["reference/webhooks.md"] + pages["reference/errors.md"]
    for name in docs_site.public_names(ROOT / "overlay" / "cobalt_sdk" / "webhooks" / "__init__.py"):
        assert f"cobalt_sdk.webhooks.{name}\n" in hooks or f"::: cobalt_sdk.{name}\n" in hooks


def test_the_sandbox_routes_come_from_control_py() -> None:
    routes = docs_site.control_page()
    assert "| POST | `/_sandbox/clock/advance` | `Sandbox.advance()` |" in routes
    assert "| POST | `/_sandbox/ehr/appointments` | `staff_create_appointment()` |" in routes
    assert routes.count("\n") >= 3 + 15
