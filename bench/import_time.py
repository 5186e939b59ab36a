"""`import cobalt_sdk` (and `from cobalt_sdk import Cobalt`) vs `import httpx`, fresh interpreters.

Prints the median wall time of several runs of each, side by side, and the ratios. Target: the SDK
import at most 1.3x httpx's (the generated modules are imported lazily).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overlay")])}
STATEMENTS = {
    "httpx": "import httpx",
    "cobalt_sdk": "import cobalt_sdk",
    "Cobalt": "from cobalt_sdk import Cobalt; Cobalt",
}


def once(statement: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, env=ENV)
    return time.perf_counter() - t


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    baseline = statistics.median(once("pass") for _ in range(runs))
    times: dict[str, list[float]] = {k: [] for k in STATEMENTS}
    for _ in range(runs):  # interleaved, so machine noise hits all alike
        for name, statement in STATEMENTS.items():
            times[name].append(once(statement) - baseline)
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"{runs} fresh interpreters each, interpreter start-up ({baseline * 1000:.1f} ms) subtracted")
    for name, value in med.items():
        print(f"  {name:10s} {value * 1000:7.1f} ms  ({value / med['httpx']:.2f}x httpx)")
    print(f"import cobalt_sdk / import httpx = {med['cobalt_sdk'] / med['httpx']:.2f}x (target <= 1.3)")
    print(f"from cobalt_sdk import Cobalt / import httpx = {med['Cobalt'] / med['httpx']:.2f}x")


if __name__ == "__main__":
    main()
