"""The README's demo flow, run as a test (real HTTP on 127.0.0.1, short job delay)."""

from __future__ import annotations

import pytest

from cobalt_sandbox.demo import run
from cobalt_sandbox.profiles import PROFILES


@pytest.mark.parametrize("ehr", sorted(PROFILES))
def test_demo_flow_succeeds_end_to_end(ehr: str) -> None:
    lines: list[str] = []
    assert run(job_delay=0.2, out=lines.append, ehr=ehr) == 0, "\n".join(lines)
    text = "\n".join(lines)
    assert "patient.created: MRN assigned" in text
    assert "appointment.created: appointment" in text
    assert "telephone_encounter.created: EHR encounter" in text
    assert "signed, verified webhooks" in text and "demo finished: every step succeeded" in text
