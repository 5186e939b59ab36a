"""`import cobalt_sdk` (and `from cobalt_sdk import Cobalt`) vs `import httpx`, fresh interpreters.

Each run starts a new interpreter that times its own import with `perf_counter` (so process
start-up noise stays out) and prints it. Runs are interleaved round by round; the printed ratios are
medians of the per-round ratios. Bytecode caching is on and every statement runs once before
measuring, as for an installed wheel (pip compiles it), even where PYTHONDONTWRITEBYTECODE is set.
Target: the SDK import at most 1.3x httpx's (the generated modules are imported lazily).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPATH"] = os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overlay")])
STATEMENTS = {
    "httpx": "import httpx",
    "cobalt_sdk": "import cobalt_sdk",
    "Cobalt": "from cobalt_sdk import Cobalt; Cobalt",
}
TIMED = "import time; t = time.perf_counter(); exec({!r}); print(time.perf_counter() - t)"


def once(statement: str) -> float:
    out = subprocess.run([sys.executable, "-c", TIMED.format(statement)], check=True, env=ENV, capture_output=True)
    return float(out.stdout)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    for statement in STATEMENTS.values():  # writes the bytecode caches
        once(statement)
    times: dict[str, list[float]] = {k: [] for k in STATEMENTS}
    for _ in range(runs):
        for name, statement in STATEMENTS.items():
            times[name].append(once(statement))

    def ratio(name: str) -> float:
        return statistics.median(a / b for a, b in zip(times[name], times["httpx"], strict=True))

    print(f"{runs} rounds of fresh interpreters, import timed inside each; ratios are medians of per-round ratios")
    for name, values in times.items():
        print(f"  {name:10s} {statistics.median(values) * 1000:7.1f} ms  ({ratio(name):.2f}x httpx)")
    print(f"import cobalt_sdk / import httpx = {ratio('cobalt_sdk'):.2f}x (target <= 1.3)")
    print(f"from cobalt_sdk import Cobalt / import httpx = {ratio('Cobalt'):.2f}x")


if __name__ == "__main__":
    main()
