"""`parse_event`'s error texts and fields, `UnknownEvent`'s accessors, and job id normalisation."""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import Any

import pytest

from cobalt_sdk.webhooks import UnknownEvent, WebhookPayloadError, event_class, parse_event
from cobalt_sdk.webhooks._events import normalise_job_id

from .spec import event_examples

EXAMPLE = event_examples()[0][2]  # appointment.cancelled
TYPE = EXAMPLE["type"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), (True, None), (False, None), (0, "0"), (42, "42"), ("j_1", "j_1"), (1.5, None)],
)
def test_job_ids_are_text_or_none(value: Any, expected: str | None) -> None:
    assert normalise_job_id(value) == expected


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{", "webhook body is not valid JSON (JSONDecodeError)"),
        (b"[" * 100_000 + b"]" * 100_000, "webhook body is not valid JSON (RecursionError)"),
        (b"[1, 2]", "webhook body must be a JSON object, not list"),
        (b'"text"', "webhook body must be a JSON object, not str"),
        (b"{}", "webhook body has no 'type' string"),
        (b'{"type": ""}', "webhook body has no 'type' string"),
    ],
)
def test_malformed_body_messages(body: bytes, message: str) -> None:
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(body)
    assert str(info.value) == message
    assert info.value.__suppress_context__ or info.value.__cause__ is None


def test_missing_envelope_field_message() -> None:
    broken = {k: v for k, v in EXAMPLE.items() if k != "data"}
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(broken)
    assert str(info.value) == f"{TYPE} event is missing required field 'data'" and info.value.field == "data"
    assert info.value.__suppress_context__


def test_missing_nested_field_is_found_in_data_first() -> None:
    data = {k: v for k, v in EXAMPLE["data"].items() if k != "mrn"}
    broken = {"aaa": {"other": 1}, **EXAMPLE, "data": data}  # `aaa` comes first and lacks it too
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(broken)
    assert info.value.field == "data.mrn"
    assert str(info.value) == f"{TYPE} event is missing required field 'data.mrn'"


def test_schema_mismatch_names_the_exception_type_not_a_field() -> None:
    with pytest.raises(WebhookPayloadError) as info:
        parse_event({**EXAMPLE, "data": "a string"})
    assert info.value.field is None
    assert str(info.value).startswith(f"{TYPE} event does not match its schema (") and str(info.value).endswith(
        "Error)"
    )
    assert info.value.__suppress_context__


def test_a_read_only_mapping_is_parsed_too() -> None:
    event = parse_event(MappingProxyType(EXAMPLE))
    assert event.id == EXAMPLE["id"] and type(event).__name__ == "AppointmentCancelledEvent"


def test_job_id_is_normalised_on_typed_events() -> None:
    example = next(e for n, _, e in event_examples() if "job_id" in e)
    assert parse_event({**example, "job_id": 12}).job_id == "12"  # type: ignore[union-attr]
    assert parse_event({**example, "job_id": True}).job_id is None  # type: ignore[union-attr]


def test_unknown_event_accessors_only_give_well_typed_values() -> None:
    odd = UnknownEvent("x.y", {"id": 5, "created": 1700000000, "job_id": 7, "data": [1]})
    assert (odd.id, odd.created, odd.job_id, odd.data) == (None, None, "7", {})
    good = UnknownEvent("x.y", {"id": "e", "created": "2026-01-01T00:00:00Z", "data": {"a": 1}})
    assert (good.id, good.created, good.job_id, good.data) == ("e", "2026-01-01T00:00:00Z", None, {"a": 1})
    assert event_class("x.y") is None and event_class(TYPE) is not None


def test_an_unknown_type_keeps_the_whole_body() -> None:
    body = {"id": "e", "type": "brand.new", "nested": {"deep": [1, 2]}}
    event = parse_event(json.dumps(body))
    assert isinstance(event, UnknownEvent) and event.raw == body and event.type == "brand.new"


def test_a_missing_field_inside_a_list_item_is_named_by_its_index() -> None:
    example = next(e for n, _, e in event_examples() if n == "AppointmentLiveFetchCompletedEvent")
    item = {k: v for k, v in example["data"]["appointments"][0].items() if k != "id"}
    data = {**example["data"], "id": "d1", "appointments": [item]}  # `data` itself has an `id`: look deeper
    with pytest.raises(WebhookPayloadError) as info:
        parse_event({**example, "data": data})
    assert info.value.field == "data.appointments[0].id"
