"""`nox -s mutation`: mutmut over overlay/cobalt_sdk and sandbox/cobalt_sandbox, one module at a time.

Each module is mutated in a staging folder of its own under `.mutation/` (git-ignored) and only the
fast tests that `tools/mutation_map.py` names for it are run against its mutants. Incremental: a
module runs again only when its content hash changed since its last run (the module, its mapped
test files, the shared test helpers, the spec and mutmut's version go into the hash). Arguments: module names
(`_retry`, `cobalt_sandbox.auth`, `webhooks`, a path) to force, `--all` to force every module,
`--budget SECONDS` for the wall-clock budget (modules not started within it wait for the next run),
`--jobs N` for mutmut's worker count.

Why mutmut 3 rather than cosmic-ray: mutmut forks the already-warmed test process per mutant and
runs only the tests that reach the mutated function, where cosmic-ray starts pytest afresh for
every mutant and rewrites the source file in place. On `_retry.py` with its tests: mutmut 44
mutants in 10 s; cosmic-ray 147 mutants at about 7 s each (120 done after 15 min), same machine.
mutmut only strips a `src/` prefix when it maps files to module names, so the staging folder lays
the packages out as `src/cobalt_sdk` and `src/cobalt_sandbox` (symlinks; mutmut copies them into
its `mutants/` folder, and the work tree itself is never rewritten).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mutation_map import TESTS

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".mutation"
RESULTS = CACHE / "results.json"
PACKAGES = {"cobalt_sdk": ROOT / "overlay" / "cobalt_sdk", "cobalt_sandbox": ROOT / "sandbox" / "cobalt_sandbox"}
KILLED = {"killed", "timeout", "caught by type check", "segfault"}
DEFAULT_BUDGET = 1200.0


@dataclass
class Survivor:
    name: str
    location: str
    status: str
    diff: str


@dataclass
class Result:
    module: str
    digest: str
    killed: int
    total: int
    seconds: float
    survivors: list[Survivor] = field(default_factory=list)

    @property
    def score(self) -> float:
        return 100.0 if self.total == 0 else 100.0 * self.killed / self.total


def dotted(module: str) -> str:
    """`overlay/cobalt_sdk/webhooks/_receiver.py` -> `cobalt_sdk.webhooks._receiver`."""
    parts = Path(module).with_suffix("").parts[1:]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def matches(arg: str, module: str) -> bool:
    name = dotted(module)
    wanted = arg.removesuffix(".py").replace("/", ".").removeprefix("overlay.").removeprefix("sandbox.")
    return name == wanted or name.startswith(wanted + ".") or name.endswith("." + wanted) or f".{wanted}." in name


def digest(module: str, tool_version: str) -> str:
    """Hash of everything a module's score depends on."""
    h = hashlib.sha256(tool_version.encode())
    helpers = sorted(p for p in (ROOT / "tests").rglob("*.py") if not p.name.startswith("test_"))
    for path in [ROOT / module, *(ROOT / t for t in TESTS[module]), *helpers, ROOT / "openapi.yaml"]:
        h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def load_results() -> dict[str, Result]:
    if not RESULTS.exists():
        return {}
    raw = json.loads(RESULTS.read_text(encoding="utf-8"))
    return {
        k: Result(**{**v, "survivors": [Survivor(**s) for s in v["survivors"]]}) for k, v in raw.items() if k in TESTS
    }


def save_result(result: Result) -> None:
    """Record one module's result, re-reading the file first so runs in parallel do not drop each other's."""
    CACHE.mkdir(exist_ok=True)
    results = {**load_results(), result.module: result}
    data = {k: asdict(v) for k, v in sorted(results.items())}
    RESULTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def stage(module: str) -> Path:
    """A fresh folder mutmut can run in: `src/<package>` links, tests, the spec, a pyproject with its config."""
    package = dotted(module).split(".")[0]
    work = CACHE / "work" / dotted(module)
    shutil.rmtree(work, ignore_errors=True)
    (work / "src").mkdir(parents=True)
    (work / "src" / package).symlink_to(PACKAGES[package])
    (work / "tests").symlink_to(ROOT / "tests")
    (work / "openapi.yaml").symlink_to(ROOT / "openapi.yaml")
    (work / "examples").symlink_to(ROOT / "examples")  # tests/webhooks/test_examples.py imports them
    (work / "README.md").symlink_to(ROOT / "README.md")  # tests/overlay/test_errors.py reads its error list
    (work / "contract_tests").symlink_to(ROOT / "contract_tests")  # tests/sandbox/test_spec_enforced.py imports it
    src_path = f"src/{package}/" + str(Path(module).relative_to(PACKAGES[package].relative_to(ROOT)))
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pytest_options = pyproject["tool"]["pytest"]["ini_options"]
    config = [
        "[tool.mutmut]",
        f"source_paths = {json.dumps([f'src/{package}/'])}",
        f"only_mutate = {json.dumps([src_path])}",
        f"pytest_add_cli_args_test_selection = {json.dumps(list(TESTS[module]))}",
        'pytest_add_cli_args = ["-p", "no:cacheprovider"]',
        'also_copy = ["openapi.yaml", "examples/", "README.md", "contract_tests/"]',
        "",
        "[tool.pytest.ini_options]",
        *(f"{key} = {json.dumps(value)}" for key, value in pytest_options.items()),
        "",
    ]
    (work / "pyproject.toml").write_text("\n".join(config), encoding="utf-8")
    return work


def function_starts(path: Path) -> dict[str, int]:
    """mutmut's mangled name of every function and method (`x_f`, `xǁClassǁmethod`) -> its first line."""
    starts: dict[str, int] = {}

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([child.lineno, *(d.lineno for d in child.decorator_list)])
                starts[f"xǁ{cls}ǁ{child.name}" if cls else f"x_{child.name}"] = first

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return starts


def locate(module: str, name: str, diff: str) -> str:
    """`path:line` of the first changed line of a mutant, from the hunk offsets inside its function."""
    mangled = name.partition("__mutmut_")[0].rpartition(".")[2]
    start = function_starts(ROOT / module).get(mangled)
    hunk = re.search(r"^@@ -(\d+)", diff, re.M)
    if start is None or hunk is None:
        return module
    line = int(hunk.group(1))
    for text in diff[hunk.end() :].split("\n")[1:]:
        if text.startswith("-"):
            break
        if not text.startswith("+"):
            line += 1
    return f"{module}:{start + line - 1}"


def mutmut(work: Path, *args: str, timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COBALT_SANDBOX_SPEC": str(ROOT / "openapi.yaml"), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.Popen(
        ["mutmut", *args],
        cwd=work,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        raise
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, "")


# One process for every diff (`mutmut show` would start mutmut once per mutant).
_DIFFS = """
import json, sys
from mutmut.mutation.diff_apply import get_diff_for_mutant
json.dump({name: get_diff_for_mutant(name) for name in json.load(sys.stdin)}, sys.stdout)
"""


def diffs_of(work: Path, names: list[str]) -> dict[str, str]:
    if not names:
        return {}
    out = subprocess.run(
        [sys.executable, "-c", _DIFFS], cwd=work, input=json.dumps(names), capture_output=True, text=True, check=True
    )
    diffs: dict[str, str] = json.loads(out.stdout)
    return diffs


def run_module(module: str, jobs: int, timeout: float, tool_version: str) -> Result:
    started = time.monotonic()
    work = stage(module)
    run = mutmut(work, "run", "--max-children", str(jobs), timeout=timeout)
    (work / "run.log").write_text(run.stdout, encoding="utf-8")
    if run.returncode != 0:
        tail = "\n".join(run.stdout.splitlines()[-25:])
        raise RuntimeError(f"mutmut failed on {module} (log: {work / 'run.log'}):\n{tail}")
    listing = mutmut(work, "results", "--all", "true").stdout
    statuses = dict(re.findall(r"^\s+(\S+__mutmut_\d+): (.+)$", listing, re.M))
    alive = sorted((n for n, s in statuses.items() if s not in KILLED), key=lambda n: int(n.rpartition("_")[2]))
    diffs = diffs_of(work, alive)
    survivors = [Survivor(n, locate(module, n, diffs[n]), statuses[n], diffs[n]) for n in alive]
    killed = sum(s in KILLED for s in statuses.values())
    return Result(module, digest(module, tool_version), killed, len(statuses), time.monotonic() - started, survivors)


def print_result(result: Result, cached: bool) -> None:
    note = "  (cached)" if cached else f"  ({result.seconds:.0f} s)"
    print(f"{result.module:48} {result.killed:4}/{result.total:<4} {result.score:5.1f}%{note}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nox -s mutation --", description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="modules to run even if unchanged")
    parser.add_argument("--all", action="store_true", help="run every module")
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET, help="wall-clock seconds (default %(default)s)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutmut workers (default: cores)")
    opts = parser.parse_args(argv)
    for module, tests in TESTS.items():
        missing = [t for t in tests if not (ROOT / t).exists()]
        if missing:
            parser.error(f"tools/mutation_map.py names missing test files for {module}: {missing}")
    tool_version = subprocess.run(["mutmut", "--version"], capture_output=True, text=True).stdout.strip()
    mutable = [m for m, tests in TESTS.items() if tests]
    for arg in opts.modules:
        if not any(matches(arg, m) for m in mutable):
            parser.error(f"no mutated module matches {arg!r}")
    results = load_results()
    # Forced modules run in the order they were named.
    forced = mutable if opts.all else list(dict.fromkeys(m for a in opts.modules for m in mutable if matches(a, m)))
    todo = forced or [m for m in mutable if m not in results or results[m].digest != digest(m, tool_version)]
    started = time.monotonic()
    ran: list[str] = []
    left: list[str] = []
    failed: list[str] = []
    for module in todo:
        remaining = opts.budget - (time.monotonic() - started)
        if remaining <= 0:
            left.append(module)
            continue
        print(f"mutating {module} against {', '.join(TESTS[module])}", flush=True)
        try:
            results[module] = run_module(module, opts.jobs, remaining, tool_version)
        except subprocess.TimeoutExpired:
            left.append(module)
            continue
        except RuntimeError as exc:  # one module's failure (its clean test run failed) does not stop the rest
            print(exc, flush=True)
            failed.append(module)
            continue
        ran.append(module)
        save_result(results[module])
        for s in results[module].survivors:
            print(f"  {s.status}: {s.location}  {s.name}\n" + "\n".join("    " + line for line in s.diff.splitlines()))
    results = {**load_results(), **{m: results[m] for m in ran}}
    print(f"\nmutation score per module (killed/total); {time.monotonic() - started:.0f} s this run")
    for module in mutable:
        if module in results:
            print_result(results[module], cached=module not in ran)
    if left:
        print(f"not run within the {opts.budget:.0f} s budget (next run picks them up): {', '.join(left)}")
    if failed:
        print(f"mutmut could not run (see the logs above): {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
