"""sign/verify: round trips, tampering, formatting freedom and secret rotation (property-based).

Payloads are generated from the spec's webhook event schemas (tests/webhooks/spec.py).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cobalt_sdk import ConfigurationError
from cobalt_sdk.webhooks import WebhookVerificationError, js_stringify, sign, verify_signature
from cobalt_sdk.webhooks._jsjson import js_parse

from .spec import event_payloads

SECRET = "whsec_test_current"
OLD_SECRET = "whsec_test_previous"
PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

secrets_st = st.text(min_size=1, max_size=40)


def dumps(obj: Any, **kwargs: Any) -> bytes:
    return json.dumps(obj, **kwargs).encode("utf-8", errors="surrogatepass")


def js_view(obj: Any) -> str:
    return js_stringify(js_parse(dumps(obj)))


def paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside obj (not the root)."""
    out: list[tuple[Any, ...]] = []
    items = obj.items() if isinstance(obj, dict) else enumerate(obj) if isinstance(obj, list) else []
    for key, value in items:
        out.append((*prefix, key))
        out.extend(paths(value, (*prefix, key)))
    return out


def value_at(obj: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        obj = obj[key]
    return obj


def parent_of(obj: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        obj = obj[key]
    return obj


def changed_value(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if value is None:
        return 0
    if isinstance(value, int | float):
        return value + 1 if abs(value) < 2**52 else -value if value else 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, list):
        return [*value, None]
    return {**value, "__extra": 1}


MUTATIONS = ["value", "rename_key", "delete", "wrap", "add_key"]


def mutate(obj: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    mutated = copy.deepcopy(obj)
    kind = data.draw(st.sampled_from(MUTATIONS))
    if kind == "add_key":
        objects = [()] + [p for p in paths(mutated) if isinstance(value_at(mutated, p), dict)]
        value_at(mutated, data.draw(st.sampled_from(objects)))["__added"] = True
        return mutated
    path = data.draw(st.sampled_from(paths(mutated)))
    parent = parent_of(mutated, path)
    key = path[-1]
    if kind == "value":
        parent[key] = changed_value(parent[key])
    elif kind == "rename_key" and isinstance(parent, dict):
        parent[key + "_renamed"] = parent.pop(key)
    elif kind == "delete":
        del parent[key]
    else:
        parent[key] = [parent[key]]
    return mutated


@PROPS
@given(event_payloads(), secrets_st)
def test_sign_verify_round_trip(payload: dict[str, Any], secret: str) -> None:
    signature = sign(payload, secret)
    assert len(signature) == 64
    verify_signature(dumps(payload), signature, secret)  # Python's json.dumps: spaces, \u escapes
    verify_signature(js_view(payload).encode(), signature, [OLD_SECRET, secret])  # the JS bytes themselves
    assert sign(dumps(payload), secret) == signature  # text and parsed value sign the same


@PROPS
@given(event_payloads(), st.data())
def test_any_content_change_is_rejected(payload: dict[str, Any], data: st.DataObject) -> None:
    signature = sign(payload, SECRET)
    tampered = mutate(payload, data)
    assume(js_view(tampered) != js_view(payload))  # e.g. a key renamed onto an equal one
    with pytest.raises(WebhookVerificationError):
        verify_signature(dumps(tampered), signature, SECRET)


@PROPS
@given(event_payloads(), st.integers(min_value=0, max_value=63), st.integers(min_value=1, max_value=15))
def test_any_signature_change_is_rejected(payload: dict[str, Any], position: int, delta: int) -> None:
    body = dumps(payload)
    signature = sign(payload, SECRET)
    digit = (int(signature[position], 16) + delta) % 16
    forged = signature[:position] + format(digit, "x") + signature[position + 1 :]
    for bad in (forged, signature[:-1], signature + "0", signature[1:] + signature[0]):
        if bad == signature:
            continue
        with pytest.raises(WebhookVerificationError):
            verify_signature(body, bad, SECRET)


@PROPS
@given(
    event_payloads(),
    st.sampled_from([None, 0, 2, "\t"]),
    st.sampled_from([(",", ":"), (", ", ": "), (" ,\n", " :\t")]),
    st.booleans(),
    st.booleans(),
)
def test_whitespace_and_equivalent_escapes_are_accepted(
    payload: dict[str, Any],
    indent: int | str | None,
    separators: tuple[str, str],
    ensure_ascii: bool,
    escape_slashes: bool,
) -> None:
    signature = sign(payload, SECRET)
    text = json.dumps(payload, indent=indent, separators=separators, ensure_ascii=ensure_ascii)
    if escape_slashes:
        text = text.replace("/", "\\/")  # "/" only occurs inside strings in JSON text
    verify_signature("\n  " + text + " \r\n", signature, SECRET)


@PROPS
@given(event_payloads(), secrets_st, secrets_st)
def test_rotation(payload: dict[str, Any], current: str, retired: str) -> None:
    assume(current != retired)
    body = dumps(payload)
    # During the overlap both the new and the old secret verify.
    verify_signature(body, sign(payload, current), [current, retired])
    verify_signature(body, sign(payload, retired), [current, retired])
    # After the overlap only the current one does.
    verify_signature(body, sign(payload, current), [current])
    with pytest.raises(WebhookVerificationError):
        verify_signature(body, sign(payload, retired), [current])


def test_raw_body_signature_accepted_even_if_not_json() -> None:
    import hashlib
    import hmac

    body = b"not json at all"
    signature = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    verify_signature(body, signature, SECRET)
    with pytest.raises(WebhookVerificationError):
        verify_signature(body, "0" * 64, SECRET)


@pytest.mark.parametrize(
    ("signature", "reason"),
    [
        (None, "missing"),
        ("", "empty"),
        ("   ", "empty"),
        ("abc", "malformed"),
        ("g" * 64, "malformed"),
        ("sha256=" + "0" * 64, "malformed"),
    ],
)
def test_missing_empty_malformed(signature: str | None, reason: str) -> None:
    with pytest.raises(WebhookVerificationError, match=reason):
        verify_signature(b"{}", signature, SECRET)


def test_uppercase_and_padded_signature_accepted() -> None:
    signature = sign({"a": 1}, SECRET)
    verify_signature(b'{"a":1}', " " + signature.upper() + "\n", SECRET)


def test_no_secret_is_a_configuration_error() -> None:
    for secrets in ("", [], [""]):
        with pytest.raises(ConfigurationError):
            verify_signature(b"{}", "0" * 64, secrets)


def test_secret_never_in_messages() -> None:
    secret = "whsec_SUPER_SECRET_VALUE"
    for signature in (None, "x", "0" * 64):
        with pytest.raises(WebhookVerificationError) as info:
            verify_signature(b'{"a":1}', signature, [secret, "other"])
        assert "SUPER_SECRET" not in str(info.value) and "SUPER_SECRET" not in repr(info.value)
