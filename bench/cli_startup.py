"""`cobalt --help` vs `python -c "import httpx"`: whole processes, side by side.

Each round starts both as fresh processes (interpreter start-up included, as a user waits for
it) and times them from outside with `perf_counter`; the rounds interleave the two, and the
printed ratio is the median of the per-round ratios. Bytecode caches are written first, as for an
installed wheel. Target: `cobalt --help` at most 2x the httpx import (the CLI imports only Click
for its help; the registry, httpx and Rich load when a command runs).
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time
from pathlib import Path

from _rounds import interleaved, median_ratio, print_table

ROOT = Path(__file__).resolve().parent.parent
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPATH"] = os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overlay"), str(ROOT / "sandbox")])
COMMANDS = {
    "import httpx": [sys.executable, "-c", "import httpx"],
    "cobalt --help": [sys.executable, "-m", "cobalt_sdk.cli", "--help"],
    "cobalt patients --help": [sys.executable, "-m", "cobalt_sdk.cli", "patients", "--help"],
}
TARGET = 2.0


def once(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, env=ENV, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    times = interleaved({name: functools.partial(once, argv) for name, argv in COMMANDS.items()}, runs)

    def ratio(name: str) -> float:
        return median_ratio(times, name, "import httpx")

    print(f"{runs} interleaved rounds of whole processes; ratios are medians of per-round ratios")
    print_table(times, "import httpx", "import httpx", width=24)
    print(f"cobalt --help / python -c 'import httpx' = {ratio('cobalt --help'):.2f}x (target <= {TARGET})")


if __name__ == "__main__":
    main()
