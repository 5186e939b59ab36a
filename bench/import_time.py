"""`import cobalt_sdk` (and `from cobalt_sdk import Cobalt`) vs `import httpx`, fresh interpreters.

Each run starts a new interpreter that times its own import with `perf_counter` (so process
start-up noise stays out) and prints it. Runs are interleaved round by round; the printed ratios are
medians of the per-round ratios. Bytecode caching is on and every statement runs once before
measuring, as for an installed wheel (pip compiles it), even where PYTHONDONTWRITEBYTECODE is set.
Target: the SDK import at most 1.3x httpx's (the generated modules are imported lazily).

Cold start: whole processes, timed from outside (interpreter start to exit), that build a client
and make one call (`GET /appointments` of 100 appointments through an in-process MockTransport):
the SDK against raw httpx + json.loads. Target: at most 1.15x.
"""

from __future__ import annotations

import functools
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _rounds import interleaved, median_ratio, print_table

ROOT = Path(__file__).resolve().parent.parent
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPATH"] = os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overlay")])
STATEMENTS = {
    "httpx": "import httpx",
    "cobalt_sdk": "import cobalt_sdk",
    "Cobalt": "from cobalt_sdk import Cobalt; Cobalt",
}
TIMED = "import time; t = time.perf_counter(); exec({!r}); print(time.perf_counter() - t)"
_SERVE = (
    "def serve(request):\n"
    "    items = [{'id': f'a{i}', 'datetime': '2024-03-14T10:00:00Z', 'status': 'scheduled'} for i in range(100)]\n"
    "    return httpx.Response(200, json={'success': True, 'appointments': items})\n"
)
_CREDENTIALS = "client_id='ci', client_secret='cs', access_token='at'"
_DATES = "start_date='2024-03-14', end_date='2024-04-14'"
COLD = {
    "raw httpx": (
        "import json, httpx\n"
        + _SERVE
        + f"client = httpx.Client(base_url='http://cold.local/v1', headers=dict({_CREDENTIALS}), "
        "transport=httpx.MockTransport(serve))\n"
        f"json.loads(client.get('/appointments', params=dict({_DATES})).content)\n"
    ),
    "sdk": (
        "import httpx\nfrom cobalt_sdk import Cobalt\n"
        + _SERVE
        + f"client = Cobalt({_CREDENTIALS}, base_url='http://cold.local/v1', transport=httpx.MockTransport(serve))\n"
        f"client.appointments.list({_DATES}).page\n"
    ),
}


def once(statement: str) -> float:
    out = subprocess.run([sys.executable, "-c", TIMED.format(statement)], check=True, env=ENV, capture_output=True)
    return float(out.stdout)


def cold(program: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", program], check=True, env=ENV, capture_output=True)
    return time.perf_counter() - started


def cold_start(runs: int) -> None:
    times = interleaved({name: functools.partial(cold, program) for name, program in COLD.items()}, runs)
    ratio = median_ratio(times, "sdk", "raw httpx")
    print(f"cold start, {runs} rounds of whole processes (client built + one 100-item list call):")
    for name, values in times.items():
        print(f"  {name:10s} {statistics.median(values) * 1000:7.1f} ms")
    print(f"sdk cold start / raw httpx = {ratio:.2f}x (target <= 1.15)")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    times = interleaved({name: functools.partial(once, statement) for name, statement in STATEMENTS.items()}, runs)

    def ratio(name: str) -> float:
        return median_ratio(times, name, "httpx")

    print(f"{runs} rounds of fresh interpreters, import timed inside each; ratios are medians of per-round ratios")
    print_table(times, "httpx", "httpx")
    print(f"import cobalt_sdk / import httpx = {ratio('cobalt_sdk'):.2f}x (target <= 1.3)")
    print(f"from cobalt_sdk import Cobalt / import httpx = {ratio('Cobalt'):.2f}x (target <= 1.3)")
    cold_start(runs)


if __name__ == "__main__":
    main()
