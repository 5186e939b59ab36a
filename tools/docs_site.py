"""`nox -s docs`: the reference site, built offline into build/docs/ from the docstrings, the README and the spec.

Stages build/docs-src/: the hand-written pages of docs/, the README (as the home page), CONTRIBUTING.md,
SPEC_CONVENTIONS.md and CHANGELOG.md, and pages generated here: one per resource (its sync and async
classes, every method), the models, the public names of `cobalt_sdk` and `cobalt_sdk.webhooks` (read
from their `__all__`, so a new export gets a place by itself), the sandbox's control routes, and the
spec's operations and event types as tables; then Redocly's rendering of openapi.yaml
(`spec/openapi.html`). `mkdocs build --strict` turns every warning into a failure: a broken link or
anchor, a cross-reference mkdocstrings cannot resolve, a page missing from the nav or a nav entry with
no page. Nothing here imports the packages (griffe reads their source), and nothing needs the network.

    python tools/docs_site.py            # stage and build (what the session runs)
    python tools/docs_site.py --stage    # stage only (to look at the generated Markdown)
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / "build" / "docs-src"
SITE = ROOT / "build" / "docs"
SPEC = ROOT / "openapi.yaml"
API = ROOT / "generated" / "cobalt_api_client" / "api"
REDOCLY = ROOT / "tools" / "spec-lint"
REDOC_BUNDLE = REDOCLY / "node_modules" / "@redocly" / "cli" / "lib" / "chunks" / "redoc.standalone.js"
COPIED = {"index.md": "README.md", "contributing.md": "CONTRIBUTING.md", "changelog.md": "CHANGELOG.md"}
COPIED["spec/conventions.md"] = "SPEC_CONVENTIONS.md"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def public_names(init: Path) -> list[str]:
    """The `__all__` of a package's `__init__.py`, read without importing it."""
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            value = ast.literal_eval(node.value)
            return [str(name) for name in value]
    raise SystemExit(f"{init} has no __all__")


def directives(paths: Iterable[str], heading_level: int = 2) -> str:
    return "\n".join(f"::: {p}\n    options:\n      heading_level: {heading_level}\n" for p in paths)


def sdk_pages() -> dict[str, str]:
    """Client, jobs and pagination, errors, webhooks: every name the two packages export, on one page each."""
    names = [n for n in public_names(ROOT / "overlay" / "cobalt_sdk" / "__init__.py") if n != "__version__"]
    client = [n for n in names if n in ("Cobalt", "AsyncCobalt")]
    errors = [f"cobalt_sdk.{n}" for n in names if n.endswith("Error")]
    jobs = [n for n in names if n not in client and not n.endswith("Error")]
    hooks = public_names(ROOT / "overlay" / "cobalt_sdk" / "webhooks" / "__init__.py")
    errors += [f"cobalt_sdk.webhooks.{n}" for n in hooks if n.endswith("Error") and n not in names]
    return {
        "reference/client.md": "# Clients\n\n`Cobalt` and `AsyncCobalt` take the same arguments; each API "
        "resource is an attribute (see [Resources](resources/index.md)).\n\n"
        + directives(f"cobalt_sdk.{n}" for n in client),
        "reference/jobs.md": "# Jobs, waiters and pagination\n\n"
        "Writes that start an EHR job return a `Job`; lists return a `Pager`.\n\n"
        + directives(f"cobalt_sdk.{n}" for n in jobs),
        "reference/errors.md": "# Errors\n\nEverything the SDK raises is a `CobaltError`.\n\n" + directives(errors),
        "reference/webhooks.md": "# Webhooks\n\n"
        "::: cobalt_sdk.webhooks\n    options:\n      heading_level: 2\n      members: false\n\n"
        "The webhook errors are on the [Errors](errors.md) page.\n\n"
        + directives(f"cobalt_sdk.webhooks.{n}" for n in hooks if not n.endswith("Error")),
    }


def resource_pages(spec: dict[str, Any]) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """One page per resource, and operationId -> (resource, method) for the operations table."""
    pages: dict[str, str] = {}
    methods: dict[str, tuple[str, str]] = {}
    tags = [str(t["name"]) for t in spec.get("tags", [])]
    found = sorted(p.name for p in API.iterdir() if (p / "__init__.py").is_file())
    if sorted(tags) != found:
        raise SystemExit(f"spec tags {sorted(tags)} and generated resources {found} differ: run `nox -s generate`")
    for op in _operations(spec):
        tag = op["tags"][0]
        methods[op["operationId"]] = (tag, op["operationId"].removeprefix(tag + "_"))
    index = ["# Resources", "", "Each is an attribute of the client: `cobalt.<resource>.<method>(...)`.", ""]
    index += ["| resource | operations |", "| --- | --- |"]
    for tag in tags:
        cls = "".join(part.capitalize() for part in tag.split("_")) + "Resource"
        ops = [m for op_id, (t, m) in methods.items() if t == tag]
        pages[f"reference/resources/{tag}.md"] = (
            f"# `cobalt.{tag}`\n\n"
            f"{_tag_description(spec, tag)}\n\n"
            f"::: cobalt_api_client.api.{tag}.{cls}\n    options:\n      heading_level: 2\n\n"
            f"::: cobalt_api_client.api.{tag}.Async{cls}\n    options:\n      heading_level: 2\n"
        )
        links = ", ".join(f"[`{m}`]({tag}.md#cobalt_api_client.api.{tag}.{cls}.{m})" for m in ops)
        index.append(f"| [`{tag}`]({tag}.md) | {links} |")
    pages["reference/resources/index.md"] = "\n".join(index) + "\n"
    return pages, methods


def _tag_description(spec: dict[str, Any], tag: str) -> str:
    for t in spec.get("tags", []):
        if t["name"] == tag:
            return str(t.get("description", "")).strip()
    return ""


def model_pages() -> dict[str, str]:
    """The models: webhook event payloads on one page, every other model on another."""
    init = ROOT / "generated" / "cobalt_api_client" / "models" / "__init__.py"
    names: list[str] = []
    for node in ast.walk(ast.parse(init.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            names.extend(a.name for a in node.names if a.name[:1].isupper())
    events = [n for n in names if "Event" in n and not n.startswith("WebhookEvent")]
    rest = [n for n in names if n not in events]
    head = (
        "Generated attrs classes. A field the response left out is `UNSET`; unknown fields are kept in "
        "`additional_properties`; `to_dict()` gives the JSON back.\n\n"
    )
    return {
        "reference/models/index.md": "# Models\n\n"
        + head
        + "Event payloads: [Event models](events.md).\n\n"
        + directives(f"cobalt_api_client.models.{n}" for n in rest),
        "reference/models/events.md": "# Event models\n\nThe payload of every webhook event type "
        "(see [Event types](../../spec/events.md)).\n\n" + directives(f"cobalt_api_client.models.{n}" for n in events),
    }


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                out.append({**item[method], "_method": method.upper(), "_path": path})
    return out


def _cell(text: object) -> str:
    return " ".join(str(text or "").split()).replace("|", "\\|")


def _anchor(event: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", event.lower()).strip("-")


def spec_pages(spec: dict[str, Any], methods: dict[str, tuple[str, str]]) -> dict[str, str]:
    """The operations (with the SDK method and the events each triggers) and the event types."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    events: dict[str, dict[str, Any]] = {}
    for name, item in spec.get("webhooks", {}).items():
        ref = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        schema_name = str(ref).rsplit("/", 1)[-1]
        events[name] = {"schema": schema_name, **schemas[schema_name]}
    triggered: dict[str, list[str]] = {}
    for name, ev in events.items():
        if ev.get("x-operation"):
            triggered.setdefault(str(ev["x-operation"]), []).append(name)

    ops = ["# Operations", "", "Every operation of `openapi.yaml`, with the SDK method that calls it and the event "]
    ops[-1] += "types finishing its job sends. The full rendering: [OpenAPI reference](openapi.html)."
    ops += ["", "| operation | SDK method | summary | events |", "| --- | --- | --- | --- |"]
    for op in _operations(spec):
        key = f"{op['_method']} {op['_path']}"
        tag, meth = methods[op["operationId"]]
        cls = "".join(part.capitalize() for part in tag.split("_")) + "Resource"
        sdk = f"[`cobalt.{tag}.{meth}`](../reference/resources/{tag}.md#cobalt_api_client.api.{tag}.{cls}.{meth})"
        evs = ", ".join(f"[`{e}`](events.md#{_anchor(e)})" for e in triggered.get(key, []))
        ops.append(f"| `{key}` | {sdk} | {_cell(op.get('summary'))} | {evs} |")

    out = ["# Event types", "", "Every event type of the spec's `webhooks:` section. The SDK parses each into the"]
    out[-1] += " model named here (`cobalt_sdk.webhooks.parse_event`); field tables list the event's `data`."
    for name, ev in sorted(events.items()):
        out += ["", f"## `{name}` {{#{_anchor(name)}}}", ""]
        out.append(_cell(ev.get("description")))
        out.append("")
        facts = [f"kind: `{ev.get('x-event-kind', 'n/a')}`"]
        if ev.get("x-operation"):
            facts.append(f"sent when the job of `{ev['x-operation']}` ends ({ev.get('x-outcome', 'either way')})")
        model = f"../reference/models/events.md#cobalt_api_client.models.{ev['schema']}"
        facts.append(f"model: [`{ev['schema']}`]({model})")
        out.append("; ".join(facts) + ".")
        data_ref = ev.get("properties", {}).get("data", {}).get("$ref")
        data = schemas.get(str(data_ref).rsplit("/", 1)[-1], {}) if data_ref else {}
        props: dict[str, Any] = data.get("properties", {})
        if props:
            required = set(data.get("required", []))
            out += ["", "| `data` field | type | required | description |", "| --- | --- | --- | --- |"]
            for field, schema in props.items():
                out.append(
                    f"| `{field}` | {_cell(_type_of(schema))} | {'yes' if field in required else ''} "
                    f"| {_cell(schema.get('description'))} |"
                )
    return {"spec/operations.md": "\n".join(ops) + "\n", "spec/events.md": "\n".join(out) + "\n"}


def _type_of(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for combo in ("oneOf", "anyOf"):
        if combo in schema:
            return " or ".join(_type_of(s) for s in schema[combo])
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        kind = " or ".join(map(str, kind))
    if kind == "array":
        return f"array of {_type_of(schema.get('items', {}))}"
    if "format" in schema:
        return f"{kind} ({schema['format']})"
    if "enum" in schema:
        return f"{kind}: " + ", ".join(f"`{v}`" for v in schema["enum"])
    return str(kind)


def control_page() -> str:
    """The sandbox's /_sandbox routes, read from the route table in control.py, with what each one calls."""
    tree = ast.parse((ROOT / "sandbox" / "cobalt_sandbox" / "control.py").read_text(encoding="utf-8"))
    actions = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    calls: dict[str, str] = {}
    rows: list[tuple[str, str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.AsyncFunctionDef):
            calls[node.name] = _first_action(node, actions)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "table":
            assert isinstance(node.value, ast.List)
            for elt in node.value.elts:
                assert isinstance(elt, ast.Tuple)
                path, method, fn = elt.elts
                assert isinstance(path, ast.Constant) and isinstance(method, ast.Constant) and isinstance(fn, ast.Name)
                rows.append((str(method.value), str(path.value), fn.id))
    if not rows:
        raise SystemExit("no route table found in sandbox/cobalt_sandbox/control.py")
    lines = ["| method | path | does what (Python) |", "| --- | --- | --- |"]
    lines += [f"| {m} | `{p}` | {calls.get(fn, '')} |" for m, p, fn in rows]
    return "\n".join(lines) + "\n"


def _first_action(fn: ast.AsyncFunctionDef, actions: set[str]) -> str:
    """The first control action or Sandbox/faults method a route endpoint calls, as `name()`."""
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id in actions:
            return f"`{node.func.id}()`"
        target = node.func
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
            owner = {"sb": "Sandbox", "faults": "FaultInjector"}.get(target.value.id)
            if owner:
                return f"`{owner}.{target.attr}()`"
    return ""


def stage() -> None:
    shutil.rmtree(STAGE, ignore_errors=True)
    shutil.copytree(ROOT / "docs", STAGE)
    # The README (the home page) links its images as docs/...: keep that path valid in the site.
    for images in ("screenshots",):
        if (ROOT / "docs" / images).is_dir():
            shutil.copytree(ROOT / "docs" / images, STAGE / "docs" / images)
    for target, source in COPIED.items():
        (STAGE / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / source, STAGE / target)
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    resources, methods = resource_pages(spec)
    pages = {**sdk_pages(), **resources, **model_pages(), **spec_pages(spec, methods)}
    sandbox = STAGE / "sandbox.md"
    pages["sandbox.md"] = sandbox.read_text(encoding="utf-8").replace("<!-- control-routes -->", control_page())
    for rel, text in pages.items():
        path = STAGE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    redoc = STAGE / "spec" / "openapi.html"
    _redocly("build-docs", str(SPEC), "--output", str(redoc), "--title", "Cobalt API (openapi.yaml)")
    # The page is prerendered; its script (for search and expanding) is the Redoc bundle that the pinned
    # CLI ships: served from beside the page rather than from Redocly's CDN, so the site works offline.
    shutil.copyfile(REDOC_BUNDLE, redoc.parent / REDOC_BUNDLE.name)
    html = re.sub(
        r"https://cdn\.redocly\.com/redoc/v[\d.]+/bundles/redoc\.standalone\.js",
        REDOC_BUNDLE.name,
        redoc.read_text(encoding="utf-8"),
    )
    html = re.sub(r'\s(?:integrity|crossorigin)="[^"]*"', "", html)
    loads = r'<(?:script|link|img)\b[^>]*\s(?:src|href)="(https?://[^"]+)"|\bfrom\s*"(https?://[^"]+)"'
    remote = sorted({url for pair in re.findall(loads, html) for url in pair if url})
    if remote:
        raise SystemExit(f"{redoc.relative_to(ROOT)} still loads from the network: {remote}")
    redoc.write_text(html, encoding="utf-8")


def _redocly(*args: str) -> None:
    """The Redocly CLI pinned for the lint session (installed by its npm ci when missing)."""
    binary = REDOCLY / "node_modules" / ".bin" / "redocly"
    if not binary.exists():
        subprocess.run(["npm", "ci", "--prefix", str(REDOCLY), "--no-audit", "--no-fund"], check=True)
    env = {"REDOCLY_TELEMETRY": "off", "NO_UPDATE_NOTIFIER": "1"}
    subprocess.run([str(binary), *args], check=True, env={**os.environ, **env}, cwd=ROOT)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", action="store_true", help="write build/docs-src/ only")
    args = parser.parse_args(argv)
    stage()
    if args.stage:
        return 0
    shutil.rmtree(SITE, ignore_errors=True)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml")], cwd=ROOT
    ).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
