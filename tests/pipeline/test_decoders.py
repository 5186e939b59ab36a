"""Response bodies are decoded by `types.json_loads` (msgspec with the `speedups` extra, else orjson
when installed, else json)
and parsed by `types.parse_json`, which pauses the cyclic garbage collector while models are built.

Pinned here: both decoders, and the parse with and without the speedups extra's C loop, give equal
models for generated bodies of every response schema of the spec; what the fast decoders refuse is
decided by json; the choice can be forced; and the caller's collector setting is the same after a
parse as before it, whatever happened during it.
"""

from __future__ import annotations

import gc
import importlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.schemas import BaseSchema

from cobalt_api_client import types as generated_types
from cobalt_api_client.client import Client
from cobalt_api_client.models import Appointment, AppointmentsListResponse
from contract_tests import _spec

FAST = generated_types.json_loads
CLIENT = Client(base_url="http://decoders.local")


def _response_schemas() -> dict[str, tuple[str, str, int, dict[str, Any]]]:
    """Every distinct JSON response schema: name -> (tag, operation id, status, schema)."""
    found: dict[str, tuple[str, str, int, dict[str, Any]]] = {}
    for op in _spec.operations():
        for status, response in op.raw["responses"].items():
            media = (_spec.resolve(response).get("content") or {}).get("application/json")
            if media and "schema" in media:
                name = str(media["schema"].get("$ref", f"{op.operation_id}_{status}")).rsplit("/", 1)[-1]
                found.setdefault(name, (op.tag, op.operation_id, int(status), media["schema"]))
    return found


RESPONSES = _response_schemas()


def _generation_schema() -> BaseSchema:
    import schemathesis

    spec = _spec.spec_copy()
    spec["paths"] = {
        f"/__decoders/{name}": {"post": {**_spec._pseudo_op(schema), "operationId": f"decoders_{name}"}}
        for name, (_, _, _, schema) in RESPONSES.items()
    }
    spec.pop("webhooks", None)
    spec["security"] = []
    return schemathesis.openapi.from_dict(spec)


GENERATION = _generation_schema()


def _endpoint(tag: str, operation_id: str) -> ModuleType:
    return importlib.import_module(f"cobalt_api_client.api.{tag}.{operation_id}")


def _parse(name: str, content: bytes, loads: Callable[[bytes], Any]) -> tuple[str, Any]:
    tag, operation_id, status, _ = RESPONSES[name]
    saved, generated_types.json_loads = generated_types.json_loads, loads
    try:
        parsed = _endpoint(tag, operation_id)._parse_response(
            client=CLIENT, response=httpx.Response(status, content=content)
        )
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        return "raised", (type(exc), str(exc))
    finally:
        generated_types.json_loads = saved
    return "parsed", (parsed, parsed.to_dict())


ORJSON = generated_types._orjson_loads()


@pytest.fixture(autouse=True)
def msgspec_for_every_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """msgspec decodes only large bodies; here every body, so the tests compare it with json."""
    monkeypatch.setattr(generated_types, "_LARGE", 0)


def test_msgspec_is_imported_for_the_first_large_body_only() -> None:
    code = (
        "import sys; from cobalt_api_client import types; "
        "assert types.json_loads(b'[1]') == [1] and 'msgspec' not in sys.modules; "
        "body = b'[' + b'1,' * types._LARGE + b'1]'; "
        "assert types.json_loads(body) == [1] * (types._LARGE + 1) and 'msgspec' in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


FAST_DECODERS = {"msgspec": FAST, "orjson": ORJSON}


def test_the_fast_decoder_is_installed_for_the_tests() -> None:
    assert _maker(FAST) == "_msgspec_loads" and ORJSON is not None
    assert len(RESPONSES) > 40 and "ErrorResponse" in RESPONSES and "AppointmentsListResponse" in RESPONSES


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_fast_and_standard_decoders_give_equal_models(name: str) -> None:
    bodies = GENERATION[f"/__decoders/{name}"]["POST"].as_strategy().map(lambda case: case.body)

    @settings(
        max_examples=6,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
    @given(body=bodies, ascii_only=st.booleans())
    def check(body: Any, ascii_only: bool) -> None:
        content = json.dumps(body, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
        assert ORJSON is not None
        standard = _parse(name, content, json.loads)
        assert _parse(name, content, FAST) == standard and _parse(name, content, ORJSON) == standard
        helper, generated_types.build_run = generated_types.build_run, None  # the pure Python loop
        try:
            assert _parse(name, content, json.loads) == standard
        finally:
            generated_types.build_run = helper

    check()


@pytest.mark.parametrize(
    "content",
    [
        b'{"a": NaN}',
        b'\xef\xbb\xbf{"a": 1}',
        b'{"a": "\\ud800"}',
        '{"a": 1}'.encode("utf-16"),
        b"[1e400]",
        b"{}",
        b'{"job_id": 18446744073709551616, "n": -9223372036854775809}',  # beyond 64 bits: still ints
        b'{"id": "1234567890123456789"}',
        b'{"a": 1, "a": 2, "f": 1.0000000000000002, "e": -0.0, "u": "\\u00e9\\ud83d\\ude00"}',
    ],
)
@pytest.mark.parametrize("decoder", sorted(FAST_DECODERS))
def test_what_a_fast_decoder_refuses_or_reads_differently_is_decided_by_json(content: bytes, decoder: str) -> None:
    loads = FAST_DECODERS[decoder]
    assert loads is not None
    assert repr(loads(content)) == repr(json.loads(content))


@pytest.mark.parametrize("decoder", sorted(FAST_DECODERS))
def test_invalid_json_raises_what_json_raises(decoder: str) -> None:
    loads = FAST_DECODERS[decoder]
    assert loads is not None
    with pytest.raises(json.JSONDecodeError):
        loads(b'{"a": ')


def _maker(loads: Callable[[bytes], Any]) -> str:
    """The function of types.py that made a decoder."""
    return str(getattr(loads, "__qualname__", "")).split(".")[0]


def test_the_decoder_can_be_forced_or_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COBALT_SDK_JSON_DECODER", "json")
    assert generated_types._choose_loads() is json.loads
    monkeypatch.setenv("COBALT_SDK_JSON_DECODER", "orjson")
    assert _maker(generated_types._choose_loads()) == "_orjson_loads"
    monkeypatch.delenv("COBALT_SDK_JSON_DECODER")
    assert _maker(generated_types._choose_loads()) == _maker(FAST) == "_msgspec_loads"
    monkeypatch.setitem(sys.modules, "msgspec", None)  # not installed: orjson
    assert _maker(generated_types._choose_loads()) == "_orjson_loads"
    monkeypatch.setitem(sys.modules, "orjson", None)  # neither
    assert generated_types._choose_loads() is json.loads


@pytest.fixture
def gc_state() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


BODY = json.dumps({"success": True, "appointments": [{"id": "a1", "datetime": "2024-03-14T10:00:00Z"}]}).encode()


@pytest.mark.usefixtures("gc_state")
@pytest.mark.parametrize("loads", [FAST, json.loads], ids=["fast", "standard"])
def test_parse_pauses_the_collector_and_restores_the_callers_setting(loads: Callable[[bytes], Any]) -> None:
    seen: list[bool] = []

    def parse(data: Any, owned: bool) -> AppointmentsListResponse:
        seen.append(gc.isenabled())
        return AppointmentsListResponse.from_dict(data, owned)

    def failing(data: Any, owned: bool) -> AppointmentsListResponse:
        raise KeyError("success")

    saved, generated_types.json_loads = generated_types.json_loads, loads
    try:
        gc.enable()
        parsed = generated_types.parse_json(BODY, parse)
        assert seen == [False] and gc.isenabled()
        assert isinstance(parsed.appointments, list) and isinstance(parsed.appointments[0], Appointment)
        with pytest.raises(KeyError):
            generated_types.parse_json(BODY, failing)
        assert gc.isenabled()  # back on after an error too
        gc.disable()
        generated_types.parse_json(BODY, parse)
        assert seen == [False, False] and not gc.isenabled()  # a caller's "off" is never switched on
        with pytest.raises(json.JSONDecodeError):
            generated_types.parse_json(b"{", parse)
        assert not gc.isenabled()
    finally:
        generated_types.json_loads = saved


def test_parsed_models_own_the_decoded_data_but_from_dict_copies() -> None:
    source = {"id": "a1", "datetime": "2024-03-14T10:00:00+00:00", "insurances": [{"name": "Acme"}]}
    kept = json.loads(json.dumps(source))
    public = Appointment.from_dict(kept)
    assert kept == source and vars(public) is not kept
    owned_data = json.loads(json.dumps(source))
    owned = Appointment.from_dict(owned_data, True)
    assert vars(owned) is owned_data  # no copy on the endpoint path
    assert owned == public and owned.to_dict() == source
