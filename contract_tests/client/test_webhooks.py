"""Client contract for webhooks: every event schema of the spec parses into its typed model.

Each event's documented examples and hypothesis-generated payloads (valid against the event's
schema in components/schemas) must come out of `parse_event` as the class `EVENT_MODELS` names,
with the same `type`.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from cobalt_api_client import models
from cobalt_sdk.webhooks._events import parse_event
from contract_tests import _registry, _spec

MAX_EXAMPLES = 10


def _check(event_type: str, payload: Any) -> None:
    assert not _spec.validation_errors({"$ref": f"#/components/schemas/{models.EVENT_MODELS[event_type]}"}, payload)
    event = parse_event(payload)
    cls = getattr(models, models.EVENT_MODELS[event_type])
    assert isinstance(event, cls), f"{event_type}: parsed as {type(event).__name__}, expected {cls.__name__}"
    assert str(event.type) == event_type


def test_event_models_match_spec() -> None:
    """EVENT_MODELS lists exactly the spec's webhook events, each with the schema the spec names."""
    assert {e.event_type: e.schema_name for e in _spec.webhook_events()} == dict(models.EVENT_MODELS)


@pytest.mark.parametrize("event_type", _spec.webhook_event_types())
def test_webhook_event(event_type: str) -> None:
    event = next(e for e in _spec.webhook_events() if e.event_type == event_type)
    ran = 0
    for example in event.examples:
        _check(event_type, example)
        ran += 1

    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(payload=_spec.webhook_body(event))
    def run(payload: Any) -> None:
        nonlocal ran
        _check(event_type, payload)
        ran += 1

    run()
    _registry.record("webhooks", event_type, ran)
