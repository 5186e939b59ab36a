"""Which events fail a job: the spec's `x-outcome` first, the event name only for types without one;
events fed by hand (duck-typed, from a queue or a test) follow the same rules."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from cobalt_api_client import models
from cobalt_sdk import JobFailedError, JobWaiter

from .fakes import FakeAPI, make_client


def resolve(event: Any) -> Any:
    waiter = JobWaiter(make_client(FakeAPI()), polling=False)
    result = waiter.add(event.job_id)
    waiter.feed(event)
    assert result.done
    return result


def test_the_spec_outcome_decides_over_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    outcomes = {**models.EVENT_OUTCOMES, "thing.rejected": "failure", "thing.failover_done": "success"}
    monkeypatch.setattr(models, "EVENT_OUTCOMES", outcomes)
    rejected = resolve(SimpleNamespace(job_id="1", type="thing.rejected", data={"failure_reason": "no"}))
    assert isinstance(rejected.error, JobFailedError) and rejected.error.failure_reason == "no"
    assert resolve(SimpleNamespace(job_id="2", type="thing.failover_done", data={})).error is None


def test_types_without_an_outcome_go_by_the_last_name_segment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models, "EVENT_OUTCOMES", {})
    assert isinstance(resolve(SimpleNamespace(job_id="1", type="new.upload_failed", data={})).error, JobFailedError)
    assert resolve(SimpleNamespace(job_id="2", type="failed.created", data={})).error is None


def test_fed_objects_without_type_or_data() -> None:
    plain = resolve(SimpleNamespace(job_id="1"))
    assert plain.error is None and plain.event.job_id == "1"  # no type: not a failure
    failed = resolve(SimpleNamespace(job_id="2", type="patient.failed"))
    assert isinstance(failed.error, JobFailedError) and failed.error.failure_reason is None
    odd = resolve(SimpleNamespace(job_id="3", type="patient.failed", data=["not", "a", "dict"]))
    assert isinstance(odd.error, JobFailedError) and odd.error.reasons == []
