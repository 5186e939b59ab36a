"""parse_event against the spec: every example, generated payloads, unknown types, bad input."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cobalt_sdk.webhooks import UnknownEvent, WebhookPayloadError, event_class, event_types, parse_event

from .spec import event_examples, event_payloads, schemas, webhook_event_schema_names

PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_every_webhook_schema_has_a_model() -> None:
    names = webhook_event_schema_names()
    assert len(names) == len(event_types()) == 39
    for name in names:
        event_type = schemas()[name]["properties"]["type"]["const"]
        cls = event_class(event_type)
        assert cls is not None and cls.__name__ == name


@pytest.mark.parametrize(("name", "index", "example"), event_examples(), ids=lambda v: v if isinstance(v, str) else "")
def test_spec_examples_parse(name: str, index: int, example: dict[str, Any]) -> None:
    event = parse_event(json.dumps(example).encode())
    assert type(event).__name__ == name and not isinstance(event, UnknownEvent)
    assert event.type_ == example["type"]
    assert event.id == example["id"]
    again = parse_event(example)
    assert not isinstance(again, UnknownEvent) and again.to_dict()["type"] == example["type"]


@PROPS
@given(event_payloads())
def test_generated_payloads_parse_to_their_class(payload: dict[str, Any]) -> None:
    event = parse_event(json.dumps(payload))
    assert type(event) is event_class(payload["type"])
    expected_job_id = payload.get("job_id")
    assert getattr(event, "job_id", None) == (str(expected_job_id) if expected_job_id is not None else None)


@PROPS
@given(event_payloads(), st.data())
def test_missing_required_field_names_it(payload: dict[str, Any], data: st.DataObject) -> None:
    name = next(
        n for n in webhook_event_schema_names() if schemas()[n]["properties"]["type"]["const"] == payload["type"]
    )
    required = [f for f in schemas()[name]["required"] if f != "type"]
    missing = data.draw(st.sampled_from(required))
    del payload[missing]
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(json.dumps(payload))
    assert info.value.field == missing
    assert repr(missing) in str(info.value)


def test_missing_nested_field_names_its_path() -> None:
    example = next(e for n, _, e in event_examples() if n == "AppointmentCreatedEvent")
    broken = {**example, "data": {k: v for k, v in example["data"].items() if k != "appointment_id"}}
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(json.dumps(broken))
    assert info.value.field == "data.appointment_id"


@PROPS
@given(
    st.sampled_from(sorted(event_types())),
    st.dictionaries(
        st.sampled_from(["id", "object", "created", "data", "job_id", "access_token_reference_id", "x"]),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=5),
            lambda c: st.lists(c) | st.dictionaries(st.text(max_size=3), c),
        ),
    ),
)
def test_arbitrary_shapes_raise_only_payload_errors(event_type: str, body: dict[str, Any]) -> None:
    with contextlib.suppress(WebhookPayloadError):  # anything else (KeyError, TypeError...) fails
        parse_event(json.dumps({**body, "type": event_type}))


def test_unknown_type_keeps_raw() -> None:
    raw = {"id": "evt_1", "type": "brand_new.thing", "object": "event", "job_id": 42, "data": {"x": [1, 2]}}
    event = parse_event(json.dumps(raw))
    assert isinstance(event, UnknownEvent)
    assert event.type == "brand_new.thing"
    assert event.raw == raw
    assert event.id == "evt_1" and event.job_id == "42" and event.data == {"x": [1, 2]}
    assert "[1, 2]" not in repr(event)  # the payload (may hold PHI) stays out of repr


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (b"", None),
        (b"{", None),
        (b"not json", None),
        (b"\xff\xfe\x00", None),
        (b"[1, 2]", None),
        (b'"text"', None),
        (b"{}", "type"),
        (b'{"type": 5}', "type"),
        (b'{"type": ""}', "type"),
        (b"[" * 100_000 + b"]" * 100_000, None),
    ],
)
def test_malformed_bodies(body: bytes, field: str | None) -> None:
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(body)
    assert info.value.field == field


def test_wrong_const_is_a_payload_error() -> None:
    example = event_examples()[0][2]
    with pytest.raises(WebhookPayloadError):
        parse_event(json.dumps({**example, "object": "not-event"}))
    with pytest.raises(WebhookPayloadError):
        parse_event(json.dumps({**example, "data": "a string"}))
