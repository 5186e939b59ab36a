"""Live mode: the server suite against a real Cobalt URL (`pytest contract_tests --live`).

Needs COBALT_BASE_URL, COBALT_CLIENT_ID, COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN. Read-only
(GET) operations only unless `--live-writes`; at most `--live-rate` requests per second (default
5); `--live-max-examples` cases per operation (default 3), plus the spec's examples; every
credential is sanitised from failure reports. Without `--live` or without credentials the tests are
skipped with the reason shown.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings

from contract_tests import _registry
from contract_tests.conftest import LIVE
from contract_tests.server import _schemas

if not LIVE.enabled:
    _SKIP = "live mode is off (pass --live with COBALT_BASE_URL/CLIENT_ID/CLIENT_SECRET/ACCESS_TOKEN set)"
elif LIVE.missing:
    _SKIP = "live mode needs these environment variables: " + ", ".join(LIVE.missing)
else:
    _SKIP = ""

pytestmark = pytest.mark.skipif(bool(_SKIP), reason=_SKIP or "-")

_CREDENTIALS = {
    "client_id": LIVE.env.get("COBALT_CLIENT_ID") or "unset",
    "client_secret": LIVE.env.get("COBALT_CLIENT_SECRET") or "unset",
    "access_token": LIVE.env.get("COBALT_ACCESS_TOKEN") or "unset",
}
LIVE_SCHEMA = _schemas.build_schema(
    credentials=_CREDENTIALS,
    base_url=LIVE.env.get("COBALT_BASE_URL") or None,
    max_examples=LIVE.max_examples,
    rate_limit=f"{max(1, int(LIVE.rate))}/s",
    read_only=not LIVE.writes,
    coverage_phase=False,  # its boundary-value cases would multiply the requests sent to a live API
    live=True,  # a documented 429 is acceptable from the real, rate-limited service only
)


@LIVE_SCHEMA.parametrize()
@settings(
    max_examples=LIVE.max_examples,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_live(case: Any) -> None:
    if not LIVE.writes:
        assert case.method.upper() == "GET", "write operation reached in read-only live mode"
    case.call_and_validate()
    _registry.record("server_live", _schemas.operation_id_of(case))
