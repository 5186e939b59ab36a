"""Install the built wheel into a fresh venv and prove it is complete.

Usage: python tools/check_wheel.py dist

* exactly one wheel in DIST; it is installed with its dependencies and the `sandbox`, `cli`, `speedups` and
  `redis` extras into a fresh venv (uv when available, else `python -m venv` + pip), the `speedups` extra's
  C accelerator (`cobalt-sdk-speedups`) from the wheel built next to it in DIST/speedups/;
* every module of cobalt_api_client, cobalt_sdk and cobalt_sandbox found in the *installed* files
  imports, and is imported from the venv (not from the checkout);
* `py.typed` is shipped for every package (cobalt_sdk, cobalt_api_client, cobalt_sandbox);
* the base dependencies are attrs, httpx and python-dateutil only, and the extras `sandbox`, `cli`,
  `speedups` (msgspec, orjson), `otel` and `redis` bring exactly their packages;
* the metadata records the spec version (keyword `cobalt-api-spec-<info.version>`, see
  tools/hatch_metadata.py) and the version of overlay/cobalt_sdk/_version.py;
* the sdist next to it carries what is needed to rebuild (spec, packages, metadata hook);
* DIST/speedups/ holds one wheel and one sdist of cobalt-sdk-speedups: the wheel ships the extension,
  its stub and py.typed, the sdist the C source; installed, webhook verification uses it.

Exit 0 when everything holds, 1 with one line per problem otherwise, 2 on usage errors.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("cobalt_api_client", "cobalt_sdk", "cobalt_sandbox")
TYPED_PACKAGES = PACKAGES  # every package we ship carries py.typed
DIST_NAME = "cobalt-sdk"
BASE_DEPENDENCIES = {"attrs", "httpx", "python-dateutil"}  # the client needs nothing else
EXTRAS = {
    "sandbox": {"starlette", "uvicorn", "pyyaml", "jsonschema"},
    "cli": {"click", "rich", "pyyaml"},
    "speedups": {"msgspec", "orjson", "cobalt-sdk-speedups"},
    "redis": {"redis"},
}
INSTALL_TIMEOUT = 600
SDIST_REQUIRED = ("openapi.yaml", "tools/hatch_metadata.py", "pyproject.toml", "overlay/cobalt_sdk/_version.py")

# Runs inside the fresh venv (python -I, cwd = an empty temp dir): prints a JSON report.
PROBE = r"""
import importlib, importlib.metadata as md, json, sys, traceback
packages, typed = json.loads(sys.argv[1]), json.loads(sys.argv[2])
dist = md.distribution("cobalt-sdk")
files = [str(f).replace("\\", "/") for f in dist.files or []]
modules = []
for f in files:
    top = f.split("/", 1)[0]
    if top in packages and f.endswith(".py"):
        parts = f[:-3].split("/")
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
failures, outside = {}, []
prefix = sys.prefix
for name in sorted(set(modules)):
    try:
        module = importlib.import_module(name)
    except BaseException:
        failures[name] = traceback.format_exc(limit=3)
        continue
    where = getattr(module, "__file__", "") or ""
    if not where.startswith(prefix):
        outside.append(f"{name} -> {where}")
sdk_version = None
try:
    sdk_version = getattr(importlib.import_module("cobalt_sdk"), "__version__", None)
except BaseException:
    pass
from cobalt_sdk import _version
print(json.dumps({
    "modules": sorted(set(modules)),
    "packages_found": sorted({m.split(".")[0] for m in modules}),
    "failures": failures,
    "outside": outside,
    "typed": {p: f"{p}/py.typed" in files for p in typed},
    "keywords": dist.metadata.get("Keywords") or "",
    "version": dist.version,
    "version_module": _version.__version__,
    "requires": dist.requires or [],
    "fast_decoder": importlib.import_module("cobalt_api_client.types").json_loads is not json.loads,
    "accelerator": importlib.import_module("cobalt_sdk.webhooks._accelerator").available(),
    "build_run": importlib.import_module("cobalt_api_client.types").build_run is not None,
    "sdk_version": sdk_version,
}))
"""


def spec_version(root: Path) -> str:
    """info.version of openapi.yaml, read exactly like tools/hatch_metadata.py does (no hatchling here)."""
    text = (root / "openapi.yaml").read_text(encoding="utf-8")
    match = re.search(r"^info:\n(?:[ ].*\n)*?[ ]+version:\s*['\"]?([^'\"\n]+)", text, re.M)
    if not match:
        raise ValueError("openapi.yaml has no info.version")
    return match.group(1).strip()


def source_version(root: Path) -> str:
    text = (root / "overlay" / "cobalt_sdk" / "_version.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*['"]([^'"]+)['"]""", text, re.M)
    if not match:
        raise ValueError("overlay/cobalt_sdk/_version.py defines no __version__")
    return match.group(1)


def run(cmd: list[str], timeout: float, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=cwd, env=env, check=False)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def make_venv_and_install(venv: Path, requirement: str, find_links: Path | None = None) -> tuple[Path, str]:
    """Fresh venv with `requirement` installed; returns (python, installer description)."""
    links = ["--find-links", str(find_links)] if find_links else []
    uv = shutil.which("uv")
    if uv:
        created = run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], timeout=120)
        if created.returncode == 0:
            python = venv_python(venv)
            done = run([uv, "pip", "install", "--quiet", "--python", str(python), *links, requirement], INSTALL_TIMEOUT)
            if done.returncode != 0:
                raise RuntimeError(f"uv pip install {requirement} failed:\n{done.stdout}{done.stderr}")
            return python, "uv"
        shutil.rmtree(venv, ignore_errors=True)
    created = run([sys.executable, "-m", "venv", str(venv)], timeout=300)
    if created.returncode != 0:
        raise RuntimeError(f"python -m venv failed:\n{created.stdout}{created.stderr}")
    python = venv_python(venv)
    done = run([str(python), "-m", "pip", "install", "--quiet", *links, requirement], INSTALL_TIMEOUT)
    if done.returncode != 0:
        raise RuntimeError(f"pip install {requirement} failed:\n{done.stdout}{done.stderr}")
    return python, "pip"


def check_sdist(dist: Path) -> list[str]:
    sdists = sorted(dist.glob("*.tar.gz"))
    if len(sdists) != 1:
        return [f"{dist}: expected exactly one sdist (*.tar.gz), found {[p.name for p in sdists]}"]
    with tarfile.open(sdists[0]) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    missing = [n for n in SDIST_REQUIRED if n not in names]
    for package in ("generated/cobalt_api_client", "overlay/cobalt_sdk", "sandbox/cobalt_sandbox"):
        if f"{package}/__init__.py" not in names:
            missing.append(f"{package}/__init__.py")
    return [f"{sdists[0].name}: missing {n}" for n in missing]


SPEEDUPS_EXTENSIONS = ("_jsform", "_models")
SPEEDUPS_WHEEL = (
    "cobalt_sdk_speedups/__init__.py",
    *(f"cobalt_sdk_speedups/{name}.pyi" for name in SPEEDUPS_EXTENSIONS),
    "cobalt_sdk_speedups/py.typed",
)


def check_speedups(folder: Path) -> list[str]:
    """One wheel (extensions, stubs, py.typed) and one sdist (the C sources) of cobalt-sdk-speedups."""
    wheels, sdists = sorted(folder.glob("*.whl")), sorted(folder.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        return [
            f"{folder}: expected one wheel and one sdist of cobalt-sdk-speedups, found {sorted(os.listdir(folder))}"
        ]
    with zipfile.ZipFile(wheels[0]) as archive:
        names = set(archive.namelist())
    problems = [f"{wheels[0].name}: missing {n}" for n in SPEEDUPS_WHEEL if n not in names]
    for ext in SPEEDUPS_EXTENSIONS:
        if not any(n.startswith(f"cobalt_sdk_speedups/{ext}.") and n.endswith((".so", ".pyd")) for n in names):
            problems.append(f"{wheels[0].name}: no compiled {ext} extension")
    with tarfile.open(sdists[0]) as archive:
        sources = archive.getnames()
    for ext in SPEEDUPS_EXTENSIONS:
        if not any(n.endswith(f"src/cobalt_sdk_speedups/{ext}.c") for n in sources):
            problems.append(f"{sdists[0].name}: missing src/cobalt_sdk_speedups/{ext}.c")
    return problems


def check_requirements(requires: list[str]) -> list[str]:
    """The base dependencies are exactly BASE_DEPENDENCIES and each extra brings exactly its packages."""
    found: dict[str, set[str]] = {}
    for line in requires:
        name = re.split(r"[\s;<>=!~\[(]", line.strip(), maxsplit=1)[0].lower()
        marker = re.search(r"""extra\s*==\s*['"]([^'"]+)['"]""", line)
        found.setdefault(marker.group(1) if marker else "", set()).add(name)
    problems = []
    for extra, expected in {"": BASE_DEPENDENCIES, **EXTRAS}.items():
        if found.get(extra, set()) != expected:
            what = f"extra {extra!r}" if extra else "base dependencies"
            problems.append(f"{what}: {sorted(found.get(extra, set()))}, expected {sorted(expected)}")
    return problems


def check(dist: Path) -> list[str]:
    wheels = sorted(dist.glob("*.whl"))
    if len(wheels) != 1:
        return [f"{dist}: expected exactly one wheel, found {[p.name for p in wheels]}"]
    wheel = wheels[0].resolve()
    problems = check_sdist(dist)
    speedups = dist / "speedups"
    if not speedups.is_dir():
        return [*problems, f"{speedups}: missing (the speedups extra's C accelerator is built there)"]
    problems += check_speedups(speedups)
    expected_keyword = f"cobalt-api-spec-{spec_version(ROOT)}"
    expected_version = source_version(ROOT)

    with tempfile.TemporaryDirectory(prefix="cobalt-check-wheel-") as tmp:
        started = time.monotonic()
        python, installer = make_venv_and_install(
            Path(tmp) / "venv", f"{DIST_NAME}[sandbox,cli,speedups,redis] @ {wheel.as_uri()}", speedups
        )
        took = time.monotonic() - started
        print(f"installed {wheel.name} [sandbox,cli,speedups,redis] with {installer} in {took:.1f}s")
        empty = Path(tmp) / "cwd"
        empty.mkdir()
        probe = run(
            [str(python), "-I", "-c", PROBE, json.dumps(PACKAGES), json.dumps(TYPED_PACKAGES)], timeout=300, cwd=empty
        )
        if probe.returncode != 0:
            return [*problems, f"import probe crashed:\n{probe.stdout}{probe.stderr}"]
        report = json.loads(probe.stdout.strip().splitlines()[-1])
        scripts = Path(python).parent
        if not any((scripts / name).exists() for name in ("cobalt-sandbox", "cobalt-sandbox.exe")):
            problems.append("console script cobalt-sandbox was not installed")
        cobalt = next((scripts / n for n in ("cobalt", "cobalt.exe") if (scripts / n).exists()), None)
        if cobalt is None:
            problems.append("console script cobalt was not installed")
        else:
            helped = run([str(cobalt), "--help"], timeout=60, cwd=empty)
            if helped.returncode != 0 or "listen" not in helped.stdout:
                problems.append(f"`cobalt --help` failed (exit {helped.returncode}): {helped.stderr.strip()[-200:]}")

    for package in PACKAGES:
        if package not in report["packages_found"]:
            problems.append(f"package {package} is not in the wheel")
    for name, trace in report["failures"].items():
        last = trace.strip().splitlines()[-1] if trace.strip() else "?"
        problems.append(f"import {name} failed: {last}")
    for line in report["outside"]:
        problems.append(f"module imported from outside the venv: {line}")
    for package, shipped in report["typed"].items():
        if not shipped:
            problems.append(f"{package}/py.typed is not shipped in the wheel (type checkers will ignore {package})")
    keywords = [k.strip() for k in report["keywords"].split(",")]
    if expected_keyword not in keywords:
        problems.append(f"metadata keywords {keywords} lack {expected_keyword!r} (tools/hatch_metadata.py)")
    if report["version"] != expected_version:
        problems.append(f"wheel version {report['version']} != overlay/cobalt_sdk/_version.py {expected_version}")
    problems.extend(check_requirements(report["requires"]))
    if not report["fast_decoder"]:
        problems.append("with the speedups extra installed, responses are not decoded by msgspec")
    if not report["accelerator"]:
        problems.append("with the speedups extra installed, webhook verification does not use cobalt_sdk_speedups")
    if not report["build_run"]:
        problems.append("with the speedups extra installed, pages of models are not built by cobalt_sdk_speedups")
    if report["sdk_version"] not in (None, expected_version):
        problems.append(f"cobalt_sdk.__version__ is {report['sdk_version']!r}, expected {expected_version!r}")
    if not problems:
        print(
            f"{wheel.name}: OK: {len(report['modules'])} modules import, py.typed shipped for "
            f"{', '.join(TYPED_PACKAGES)}, keywords carry {expected_keyword}, dependencies "
            f"{', '.join(sorted(BASE_DEPENDENCIES))}, extras {', '.join(sorted(EXTRAS))}"
        )
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python tools/check_wheel.py DIST_DIR", file=sys.stderr)
        return 2
    try:
        problems = check(Path(argv[0]))
    except (RuntimeError, ValueError, subprocess.TimeoutExpired) as exc:
        print(f"check_wheel: {exc}", file=sys.stderr)
        return 1
    for problem in problems:
        print(f"check_wheel: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
