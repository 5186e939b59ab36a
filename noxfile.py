"""Every workflow of the project: `nox -s ci` runs the whole suite; `nox -s demo` runs the demo."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent / "tools"))
from drift import manifest, manifest_diff, tree_diff

nox.options.default_venv_backend = "uv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["ci"]

ROOT = Path(__file__).parent
GENERATED = ROOT / "generated" / "cobalt_api_client"
MANIFEST = ROOT / "generated" / "cobalt_api_client.sha256"
PY = "3.11"
TYPED = ["overlay", "sandbox", "tests", "contract_tests", "bench", "examples", "browser_tests", "tools", "generator"]
CHROMIUM = (Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver"))  # Debian's chromium, chromium-driver
NEWEST = "3.13"  # the newest Python we support (attributes inline in instances, asyncio's newer behaviour)


def _patch_level(python: Path) -> int:
    """3 for .../versions/3.13.3/bin/python3.13; -1 for a pre-release or other build (3.13.0rc1, 3.13t)."""
    patch = python.parts[-3].removeprefix(f"{NEWEST}.")
    return int(patch) if patch.isdigit() else -1


def _newest_python() -> str | None:
    """An interpreter of NEWEST: on PATH (not pyenv's shim, which runs only the selected version),
    else one that pyenv has installed."""
    on_path = shutil.which(f"python{NEWEST}")
    candidates = [on_path] if on_path and "/.pyenv/shims/" not in on_path else []
    installed = Path.home().glob(f".pyenv/versions/{NEWEST}.*/bin/python{NEWEST}")
    candidates += [str(path) for path in sorted(installed, key=_patch_level, reverse=True)]  # newest first
    return next((path for path in candidates if os.access(path, os.X_OK)), None)


NEWEST_PYTHON = _newest_python()


def _dev(session: nox.Session) -> None:
    session.install("-r", "requirements/dev.txt")
    # The C accelerator of the `speedups` extra (built here: gcc and the Python headers are on CI).
    session.install("./speedups")
    session.install("--no-deps", "-e", ".")


@nox.session(python=PY)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from openapi.yaml; `-- --check` fails if the committed code drifted."""
    session.install("-r", "requirements/generate.txt")
    if "--check" in session.posargs:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "cobalt_api_client"
            session.run("bash", "tools/generate.sh", str(out), silent=True, external=True)
            changed = tree_diff(GENERATED, out)
        if changed:
            session.error(
                "generated/ differs from what openapi.yaml produces; run `nox -s generate` and commit. "
                "Drifted files: " + ", ".join(changed)
            )
        stale = manifest_diff(GENERATED, MANIFEST.read_text(encoding="utf-8") if MANIFEST.exists() else "")
        if stale:
            session.error(f"{MANIFEST.relative_to(ROOT)} is stale; run `nox -s generate` and commit. Files: {stale}")
        session.log("generated/ matches openapi.yaml and its manifest")
        return
    session.run("bash", "tools/generate.sh", external=True)
    MANIFEST.write_text(manifest(GENERATED), encoding="utf-8")


@nox.session(python=PY)
def lint(session: nox.Session) -> None:
    """ruff on the hand-written code; the spec through the validator, our checks and Redocly."""
    _dev(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # generated/ is excluded above; its templates must still emit no unused or undefined names.
    session.run("ruff", "check", "generated", "--isolated", "--select=F401,F811,F821", "--target-version=py311")
    session.run("openapi-spec-validator", "openapi.yaml")
    session.run("python", "tools/spec_checks.py", "openapi.yaml")
    session.run("python", "tools/spec_notes.py", "--check")
    session.run("bash", "tools/spec-lint/run.sh", external=True)


@nox.session(python=PY)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on overlay, sandbox, tests and (through their imports) the generated client."""
    _dev(session)
    session.run("mypy", "--strict", *[d for d in TYPED if (ROOT / d).exists()], "generated/cobalt_api_client")


def _pytest_args(default: str, posargs: list[str]) -> list[str]:
    """`-- PATH ...` runs just those paths; options alone (`-- -x -k name`) run the whole default folder."""
    named = any(not arg.startswith("-") and (ROOT / arg.split("::")[0]).exists() for arg in posargs)
    return list(posargs) if named else [default, *posargs]


def _ensure_redis(session: nox.Session) -> None:
    """redis-server (Debian's package) for tests/fleet: installed when missing (CI runs as root)."""
    if shutil.which("redis-server"):
        return
    if os.geteuid() != 0:
        session.error("tests/fleet need redis-server: apt-get install -y redis-server (needs root)")
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", external=True, env=env)
    session.run("apt-get", "install", "-y", "--no-install-recommends", "redis-server", external=True, env=env)


@nox.session(python=PY)
def tests(session: nox.Session) -> None:
    """Unit and integration tests (offline; tests/fleet start a real redis-server on 127.0.0.1)."""
    _dev(session)
    _ensure_redis(session)
    session.run("pytest", *_pytest_args("tests", session.posargs))


@nox.session(python=NEWEST_PYTHON or False)
def tests_newest(session: nox.Session) -> None:
    """The same tests on Python 3.13 (the other sessions run on PY), where CPython's changes show up:
    attributes kept inline in instances (the speedups' C loop sets instance dicts another way there,
    CPython gh-133912) and asyncio's (awaiting tasks that have all finished no longer yields)."""
    if NEWEST_PYTHON is None:
        session.skip(f"no Python {NEWEST} found (on PATH or pyenv's): the tests on it are skipped")
    _dev(session)
    _ensure_redis(session)
    session.run("pytest", *_pytest_args("tests", session.posargs))


@nox.session(python=PY)
def contract(session: nox.Session) -> None:
    """Contract suites: schemathesis against the sandbox, respx against the client. `-- --live` for a live URL."""
    _dev(session)
    session.run("pytest", *_pytest_args("contract_tests", session.posargs))


@nox.session(python=PY)
def mutation(session: nox.Session) -> None:
    """mutmut over overlay/ and sandbox/, modules changed since the last run; `-- NAME...` or `-- --all` to force.

    Not part of `ci`: run it before closing an issue that changes those packages (tools/mutation.py).
    """
    _dev(session)
    session.install("-r", "requirements/mutation.txt")
    session.run("python", "tools/mutation.py", *session.posargs)


@nox.session(python=PY)
def docs(session: nox.Session) -> None:
    """The reference site in build/docs/ (open build/docs/index.html): MkDocs strict, offline; part of `ci`.

    Pages for the SDK, the sandbox and the spec's operations and events, generated from the code and
    openapi.yaml (tools/docs_site.py); a broken link, anchor or cross-reference fails the build.
    """
    session.install("-r", "requirements/docs.txt")
    session.run("python", "tools/docs_site.py", *session.posargs)


@nox.session(python=PY)
def demo(session: nox.Session) -> None:
    """End-to-end demo against the embedded sandbox."""
    _dev(session)
    session.run("python", "-m", "cobalt_sandbox.demo", *session.posargs)


def _ensure_chromium(session: nox.Session) -> str | None:
    """Debian's chromium and chromium-driver, installed when missing; the reason when they cannot be."""
    if all(p.exists() for p in CHROMIUM):
        return None
    if not shutil.which("apt-get") or os.geteuid() != 0:
        return "Chromium is not installed, and installing it needs root and apt-get (chromium, chromium-driver)"
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    try:
        session.run("apt-get", "update", external=True, env=env)
        session.run(
            "apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver", external=True, env=env
        )
    except nox.command.CommandFailed:
        return "apt-get could not install chromium and chromium-driver (see its output above)"
    return (
        None
        if all(p.exists() for p in CHROMIUM)
        else "chromium was installed but /usr/bin/chromium or chromedriver is missing"
    )


@nox.session(python=PY)
def browser(session: nox.Session) -> None:
    """Link (both modes, every persona, update mode) and the inspector in headless Chromium.

    Installs Debian's chromium and chromium-driver when missing (skips, saying why, only when it cannot);
    screenshots go to artifacts/screenshots/.
    """
    missing = _ensure_chromium(session)
    if missing:
        session.skip(f"skipping the browser tests: {missing}")
    _dev(session)
    session.run("pytest", *_pytest_args("browser_tests", session.posargs))


BENCHES = ("overhead", "import_time", "cli_startup", "job_fanin", "sandbox", "webhooks")


def _ensure_wrk(session: nox.Session) -> bool:
    """wrk (Debian's package) for bench/sandbox.py: installed when missing and we are root."""
    if shutil.which("wrk"):
        return True
    if os.geteuid() != 0:
        session.warn(
            "skipping bench/sandbox.py: wrk is not installed and installing it needs root (apt-get install wrk)"
        )
        return False
    session.run("apt-get", "update", external=True)
    session.run("apt-get", "install", "-y", "wrk", external=True)
    return True


@nox.session(python=PY)
def bench(session: nox.Session) -> None:
    """Every benchmark in bench/, printing ratios measured side by side in one run; `-- sandbox` runs one."""
    _dev(session)
    chosen = session.posargs or list(BENCHES)
    unknown = sorted(set(chosen) - set(BENCHES))
    if unknown:
        session.error(f"unknown bench {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
    for name in BENCHES:
        if name not in chosen or not (ROOT / "bench" / f"{name}.py").exists():
            continue
        if name == "sandbox" and not _ensure_wrk(session):
            continue
        session.run("python", f"bench/{name}.py")


@nox.session(python=PY)
def build(session: nox.Session) -> None:
    """Build wheel + sdist, install the wheel into a fresh venv and import every module."""
    session.install("-r", "requirements/release.txt")
    shutil.rmtree(ROOT / "dist", ignore_errors=True)
    session.install("uv==0.13.9")
    session.run("python", "-m", "build", "--installer", "uv", "--outdir", "dist", ".")
    # The C accelerator of the `speedups` extra is its own distribution (speedups/): dist/speedups/.
    session.run("python", "-m", "build", "--installer", "uv", "--outdir", "dist/speedups", "speedups")
    session.run("twine", "check", "dist/*.whl", "dist/*.tar.gz", "dist/speedups/*")
    session.run("python", "tools/check_wheel.py", "dist", external=True)


@nox.session(python=PY)
def publish(session: nox.Session) -> None:
    """Upload dist/* to the index in COBALT_INDEX_URL (with COBALT_INDEX_USER / COBALT_INDEX_PASSWORD)."""
    session.install("-r", "requirements/release.txt")
    session.run("python", "tools/publish.py", "dist")


@nox.session(python=PY)
def publish_test(session: nox.Session) -> None:
    """Publish to a real authenticated pypiserver on 127.0.0.1 and install from it."""
    session.install("-r", "requirements/release.txt", "pytest==9.2.0", "pytest-timeout==2.4.0")
    session.run("pytest", "-q", "-p", "no:cacheprovider", "tools/test_publish.py")


@nox.session(python=False)
def ci(session: nox.Session) -> None:
    """Everything CI runs, in order (each step is its own session)."""
    session.notify("generate", ["--check"])
    for name in ("lint", "typecheck", "tests", "tests_newest", "contract", "browser", "docs", "build", "publish_test"):
        session.notify(name)
