"""Lists without pages iterate their items; other responses refuse iteration by name (no `KeyError: 0`)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from cobalt_api_client import models
from cobalt_api_client.models import (
    AppointmentsGetResponse,
    AvailabilityListResponse,
    LinkExchangeTokenResponse,
    ProvidersListResponse,
)

from .fakes import FakeAPI, appointments_page, json_response, make_async_client, make_client

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text(encoding="utf-8"))
PROVIDERS = {"success": True, "providers": [{"id": "12241", "name": "Dr. A"}, {"id": "12242", "name": "Dr. B"}]}


def test_for_provider_in_providers_list() -> None:
    api = FakeAPI()
    api.on("GET", "/providers", lambda r: json_response(200, PROVIDERS))
    providers = make_client(api).providers.list()
    assert [p.id for p in providers] == ["12241", "12242"]
    assert len(providers) == 2 and list(providers) == providers.providers


async def test_async_list_iterates_too() -> None:
    api = FakeAPI()
    api.on("GET", "/providers", lambda r: json_response(200, PROVIDERS))
    async with make_async_client(api) as cobalt:
        providers = await cobalt.providers.list()
    assert [p.id for p in providers] == ["12241", "12242"]


def test_a_nested_list_iterates_through_its_path() -> None:
    window = {"start": "2024-03-14T09:00:00Z", "end": "2024-03-14T10:00:00Z"}
    body = {"success": True, "results": {"availability": [window, window]}}
    response = AvailabilityListResponse.from_dict(body)
    assert len(response) == 2 and list(response) == response.results.availability


def test_a_page_model_iterates_its_own_items() -> None:
    api = FakeAPI()
    api.on("GET", "/appointments", lambda r: json_response(200, appointments_page(1, 1)))
    pager = make_client(api).appointments.list(start_date=datetime.date(2024, 3, 14), end_date="2024-03-15")
    assert [a.id for a in pager.page] == [a.id for a in pager] == ["appt_1_0", "appt_1_1"]


@pytest.mark.parametrize(
    ("model", "body", "message"),
    [
        (LinkExchangeTokenResponse, {"success": True, "token": "t"}, "^LinkExchangeTokenResponse is not iterable$"),
        (
            AppointmentsGetResponse,
            {"success": True, "appointments": {"id": "a"}},
            "^AppointmentsGetResponse is not iterable$",
        ),
    ],
)
def test_other_responses_refuse_iteration_with_a_type_error(model: Any, body: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        iter(model.from_dict(body))


def test_a_model_with_several_lists_names_them() -> None:
    lists = [
        name
        for name, schema in SPEC["components"]["schemas"].items()
        if "x-items" not in schema and sum(p.get("type") == "array" for p in schema.get("properties", {}).values()) > 1
    ]
    assert lists, "the spec has a schema with several lists (the case this test covers)"
    model = getattr(models, lists[0])
    instance = model.__new__(model)
    instance.__dict__ = {}
    with pytest.raises(TypeError, match=r"holds several lists and is not iterable; iterate one of \."):
        iter(instance)


def test_every_list_operation_returns_an_iterable_response() -> None:
    """Each `*_list` operation's response schema names its items (`x-items`), so it iterates."""
    missing = []
    for methods in SPEC["paths"].values():
        for op in methods.values():
            if isinstance(op, dict) and str(op.get("operationId", "")).split("_")[-1] == "list":
                ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
                name = ref.rsplit("/", 1)[1]
                if "__iter__" not in vars(getattr(models, name)) or not hasattr(getattr(models, name), "__len__"):
                    missing.append(name)
    assert missing == []


def test_providers_response_is_still_a_mapping_of_unknown_fields() -> None:
    response = ProvidersListResponse.from_dict({**PROVIDERS, "next_cursor": "abc"})
    assert response["next_cursor"] == "abc" and "next_cursor" in response and len(response) == 2
