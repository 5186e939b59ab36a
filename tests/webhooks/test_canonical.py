"""The lexical shortcut: whenever it claims a body's JavaScript form, the exact writer agrees."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cobalt_sdk.webhooks import js_stringify
from cobalt_sdk.webhooks._canonical import scan
from cobalt_sdk.webhooks._jsjson import js_parse
from cobalt_sdk.webhooks._signature import js_form

from .spec import NUMBERS, TEXT, event_payloads

PROPS = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

JSONISH = st.recursive(
    st.none() | st.booleans() | NUMBERS | TEXT,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(TEXT | st.sampled_from(["0", "7", "01"]), inner, max_size=4)
    ),
    max_leaves=12,
)


def styles(value: Any) -> list[bytes]:
    out = []
    for kwargs in (
        {"separators": (",", ":"), "ensure_ascii": False},
        {"separators": (",", ":")},
        {"indent": 2, "ensure_ascii": False},
        {},
    ):
        text = json.dumps(value, **kwargs)
        out.append(text.encode("utf-8", errors="surrogatepass"))
    return out


def exact(raw: bytes) -> bytes:
    return js_stringify(js_parse(raw)).encode("utf-8")


@PROPS
@given(JSONISH | event_payloads())
def test_claims_agree_with_the_exact_writer(value: Any) -> None:
    for raw in styles(value):
        result = scan(raw)
        if result is not None and result.canonical:
            assert result.compact == exact(raw), raw
        form = js_form(raw)
        if form is not None:
            assert form == exact(raw), raw


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        (b'{"a":1,"b":"x y, z: [1, 2]"}', True),
        (b'{ "a" : [ 1 , 2 ] }\n', True),
        (b'{"a":1.5,"b":-0.25,"c":0.000001}', True),
        (b'{"a":1.50}', False),
        (b'{"a":2.0}', True),  # a point zero is dropped, as JS prints 2
        (b"[2.0,10.0,0.0]", True),
        (b"[2.0,3.50]", False),
        (b'{"a":-0.0}', False),
        (b'{"a":1.0e5}', False),
        (b'{"a":12345678901234567.0}', False),
        (b'{"a":-0}', False),
        (b'{"a":1e5}', False),
        (b'{"a":1E5}', False),
        (b'{"a":0.0000001}', False),
        (b'{"a":1234567890123456}', False),
        (b'{"b":1,"2":1}', False),
        (b'{"":1,"2":1}', False),  # an index key beside an empty one
        (b'{"":1,"X":[false,true]}', True),  # an empty key is no index key; the e of false is no exponent
        (b'{"a":false}', True),
        (b"-0", False),  # a bare -0 (JS prints 0)
        (b" -0.0 ", False),
        (b'{"a":"\\u00e9"}', False),
        (b'{"a":"\\/"}', False),
        (b'{"a":"\\u001f\\n\\"\\\\"}', True),
        (b'{"a":"\\\\u0041"}', True),  # an escaped backslash, then the letters u0041
        (b'{"a":"caf\xc3\xa9"}', True),
        (b'{"a":"\xff"}', False),
    ],
)
def test_rules(raw: bytes, canonical: bool) -> None:
    result = scan(raw)
    assert result is not None and result.canonical is canonical
    if canonical:
        assert result.compact == exact(raw)


def test_repeated_keys_are_counted(webhook_path: str) -> None:
    assert scan(b'{"a":1,"a":2}').keys == 2  # type: ignore[union-attr]
    # The accelerator reports no form; the pure path a text that still repeats the key, which
    # nothing JS writes matches. Either way only the raw bytes can verify.
    still_repeated = None if webhook_path == "accelerated" else b'{"a":1,"a":2}'
    assert js_form(b'{"a":1,"a":2}') == still_repeated
    assert js_form(b'{"a": 1, "a": 2}') == still_repeated
    assert js_form(b'{"a" : 1.0, "a": 2}') == still_repeated
    assert js_form(b'{"a":"x","b":{"c":1e400}}') == b'{"a":"x","b":{"c":null}}'


@pytest.mark.parametrize("raw", [b'{"a}', b'["a", "b]', b'"'])
def test_an_odd_number_of_quotes_is_left_to_the_parser(raw: bytes) -> None:
    assert scan(raw) is None


@pytest.mark.parametrize(("raw", "form"), [(b"-0", b"0"), (b"-0.0", b"0"), (b" -0 ", b"0"), (b"[-0]", b"[0]")])
def test_a_bare_negative_zero_is_written_as_js_writes_it(raw: bytes, form: bytes) -> None:
    assert js_form(raw) == form == exact(raw)
