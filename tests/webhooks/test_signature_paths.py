"""verify_signature, step by step: which messages are HMAC'd for each body shape, and the exact answers.

A receiver relies on a genuine delivery costing one HMAC, a wrong signature costing at most one per
distinct candidate, and a forged body never verifying; these tests pin the candidates the pure path
tries (the accelerated path's are pinned in test_accelerator.py) and the texts of every refusal.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator

import pytest

from cobalt_sdk import ConfigurationError
from cobalt_sdk.webhooks import (
    WebhookBodyTooLargeError,
    WebhookVerificationError,
    _accelerator,
    sign,
    verify_signature,
)
from cobalt_sdk.webhooks._signature import Secrets, check_body_size, js_form, secret_keys, signed_message

SECRET = "whsec_paths"
WRONG = "0" * 64


@pytest.fixture(autouse=True)
def webhook_path() -> str:
    """One run per test: the tests that need the pure path ask for `pure`; the rest do not depend on it."""
    return "as installed"


@pytest.fixture
def pure(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pure-Python path only, whatever the module-wide `webhook_path` parameter is."""
    monkeypatch.setattr(_accelerator, "ACCELERATOR", None)


@pytest.fixture
def hmacs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    """Every message `_signature` HMACs (it calls `hmac.digest`)."""
    messages: list[bytes] = []
    digest = hmac.digest

    def counting(key: bytes, message: bytes, name: str) -> bytes:
        messages.append(message)
        return digest(key, message, name)

    monkeypatch.setattr(hmac, "digest", counting)
    yield messages


def raw_signature(body: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


# (body, the messages a wrong signature is checked against, in order, on the pure path)
PURE_CANDIDATES = [
    # Already the JavaScript form (proved without parsing): the raw bytes only.
    (b'{"id":"evt_1","n":[1,2.5,"x"]}', [b'{"id":"evt_1","n":[1,2.5,"x"]}']),
    # Pretty-printed, its compact guess proved: raw, then the guess, nothing else.
    (b'{\n  "id": "evt_1",\n  "n": 1\n}', [b'{\n  "id": "evt_1",\n  "n": 1\n}', b'{"id":"evt_1","n":1}']),
    # Pretty with CR/tab layout: the guess drops them too.
    (b'{\r\n\t"a": 1\r\n}', [b'{\r\n\t"a": 1\r\n}', b'{"a":1}']),
    # Pretty, but `1.0` is not how JS writes it: the guess, then the scan's exact form.
    (
        b'{\n  "id": "evt_1",\n  "n": 1.0\n}',
        [b'{\n  "id": "evt_1",\n  "n": 1.0\n}', b'{"id":"evt_1","n":1.0}', b'{"id":"evt_1","n":1}'],
    ),
    # One line with spaces: the scan compacts it.
    (b'{"a": 1, "b": [true, null]}', [b'{"a": 1, "b": [true, null]}', b'{"a":1,"b":[true,null]}']),
    # An exponent: json.loads + dumps, proved by a second scan.
    (b'{"a":1E2}', [b'{"a":1E2}', b'{"a":100}']),
    (b'{"a":2.5e1,"b":"x"}', [b'{"a":2.5e1,"b":"x"}', b'{"a":25,"b":"x"}']),
    # An exponent and a repeated key: nothing but the raw bytes can have been signed.
    (b'{"a":1E2,"a":2}', [b'{"a":1E2,"a":2}']),
    # Out of a double's range: only the exact writer knows JS writes null.
    (b'{"a":1e400}', [b'{"a":1e400}', b'{"a":null}']),
    # ... and a repeated key there too: no form (json.loads keeps the out-of-range last value).
    (b'{"a":1,"a":1e400}', [b'{"a":1,"a":1e400}']),
    (b'{"a":1e400,"a":1}', [b'{"a":1e400,"a":1}']),
    # A digit-only key: JS moves it first (only the exact writer reorders).
    (b'{"b":1,"7":2}', [b'{"b":1,"7":2}', b'{"7":2,"b":1}']),
    # Not JSON: the raw bytes only (an odd number of quotes, a raw control byte: no scan at all).
    (b'{"a":}', [b'{"a":}']),
    (b'{"a":"b}', [b'{"a":"b}']),
    (b'{"a":"\x01"}', [b'{"a":"\x01"}']),
    # A lone surrogate escape is already what JS writes: nothing new to try.
    (b'{"a":"\\ud800"}', [b'{"a":"\\ud800"}']),
    # A string that holds `": ` after an escaped quote: the guess is tried, never trusted.
    (
        b'{\n "a": "x\\": y"\n}',
        [b'{\n "a": "x\\": y"\n}', b'{"a":"x\\":y"}', b'{"a":"x\\": y"}'],
    ),
]


@pytest.mark.parametrize(("body", "tried"), PURE_CANDIDATES)
def test_pure_path_candidates_in_order(pure: None, hmacs: list[bytes], body: bytes, tried: list[bytes]) -> None:
    with pytest.raises(WebhookVerificationError) as info:
        verify_signature(body, WRONG, SECRET)
    assert str(info.value) == "signature does not match the body"
    assert hmacs == tried
    # Cobalt's signature (over the last candidate, the JavaScript form) verifies and returns it.
    if len(tried) > 1:
        hmacs.clear()
        assert verify_signature(body, sign(body, SECRET), SECRET) == tried[-1]
        assert js_form(body) == tried[-1]


@pytest.mark.parametrize(("body", "tried"), PURE_CANDIDATES)
def test_raw_signature_costs_one_hmac(pure: None, hmacs: list[bytes], body: bytes, tried: list[bytes]) -> None:
    assert verify_signature(body, raw_signature(body), SECRET) == body
    assert hmacs == [body]


def test_js_form_answers(pure: None) -> None:
    assert js_form(b'{"a":1}') == b'{"a":1}'
    assert js_form(b'{"a": 1}') == b'{"a":1}'
    assert js_form(b'{\n "a": 1\n}') == b'{"a":1}'
    assert js_form(b'{"a":1E2}') == b'{"a":100}'
    assert js_form(b'{"a":1e400}') == b'{"a":null}'
    # A repeated key: None, or a text that still repeats it (no signature of Cobalt's matches).
    assert js_form(b'{"a":1E2,"a":2}') is None
    assert js_form(b'{"a":1,"a":2}') == b'{"a":1,"a":2}'
    assert js_form(b'{\n "a": 1,\n "a": 2\n}') == b'{"a":1,"a":2}'


def test_a_pretty_guess_that_changed_a_string_is_not_accepted(pure: None) -> None:
    """`pretty_compact` also strips the space of `": ` inside a string; a signature over that guess
    is not Cobalt's signature of the body, and the event must not carry the altered string."""
    body = b'{\n "a": "x\\": y"\n}'
    form = b'{"a":"x\\": y"}'
    assert js_form(body) == form
    assert verify_signature(body, sign(body, SECRET), SECRET) == form


@pytest.mark.parametrize(
    ("body", "form"),
    [
        (b'{"a":1}\n', b'{"a":1}'),  # pretty_compact gives the JavaScript form, proved: nothing after it
        # A key ending in an escaped backslash holds `\\": `, so the guess is not trusted; the scan
        # then finds the same bytes again, which are not HMAC'd a second time.
        (b'{\n "a\\\\": 1\n}', b'{"a\\\\":1}'),
    ],
)
def test_the_same_candidate_is_hmacd_once(pure: None, hmacs: list[bytes], body: bytes, form: bytes) -> None:
    with pytest.raises(WebhookVerificationError):
        verify_signature(body, WRONG, SECRET)
    assert hmacs == [body, form]
    assert verify_signature(body, sign(body, SECRET), SECRET) == form


def test_every_secret_is_tried_and_any_one_matches(hmacs: list[bytes]) -> None:
    body = b'{"a":1}'
    for secrets in ([SECRET, "other"], ["other", SECRET], ("other", "another", SECRET)):
        hmacs.clear()
        assert verify_signature(body, raw_signature(body), secrets) == body
        assert len(hmacs) == len(secrets)  # no early exit: timing does not say which one matched


@pytest.mark.parametrize("secret", ["s\u00e9cret", "s\u00e9cret".encode(), b"\xff\x00binary"])
def test_text_and_byte_secrets(secret: str | bytes) -> None:
    key = secret.encode("utf-8") if isinstance(secret, str) else secret
    body = b'{"a":1}'
    signature = hmac.new(key, body, hashlib.sha256).hexdigest()
    assert sign(body, secret) == signature
    assert verify_signature(body, signature, secret) == body
    assert verify_signature(body, signature, [secret]) == body
    assert secret_keys(secret) == [key]


def test_empty_secrets_in_a_list_are_skipped() -> None:
    """A rotation list read from the environment may hold blanks; the others still work."""
    body = b'{"a":1}'
    assert secret_keys(["", SECRET, b""]) == [SECRET.encode()]
    assert verify_signature(body, raw_signature(body), ["", SECRET]) == body
    nothings: list[Secrets] = ["", b"", [], ["", b""], ()]
    for nothing in nothings:
        with pytest.raises(ConfigurationError) as info:
            secret_keys(nothing)
        assert str(info.value) == "no webhook secret configured"


@pytest.mark.parametrize(
    ("signature", "message"),
    [
        (None, "missing cobalt-verification signature"),
        ("", "empty cobalt-verification signature"),
        (b"", "empty cobalt-verification signature"),
        (" \t", "empty cobalt-verification signature"),
        ("0" * 63, "malformed cobalt-verification signature (expected 64 hex characters)"),
        ("0" * 65, "malformed cobalt-verification signature (expected 64 hex characters)"),
        ("0" * 63 + "g", "malformed cobalt-verification signature (expected 64 hex characters)"),
        ("0" * 63 + "\u0660", "malformed cobalt-verification signature (expected 64 hex characters)"),
    ],
)
def test_refusal_texts(signature: str | bytes | None, message: str) -> None:
    with pytest.raises(WebhookVerificationError) as info:
        verify_signature(b'{"a":1}', signature, SECRET)
    assert str(info.value) == message


def test_signature_as_bytes_and_in_any_case() -> None:
    body = b'{"a":1}'
    signature = raw_signature(body)
    for given in (signature.encode(), signature.upper(), signature.upper().encode(), f"  {signature}\r\n".encode()):
        assert verify_signature(body, given, SECRET) == body
    with pytest.raises(WebhookVerificationError):
        verify_signature(b'{"a":2}', signature.encode(), SECRET)


def test_size_cap_is_inclusive() -> None:
    body = b'{"a":"' + b"x" * 92 + b'"}'  # 100 bytes
    assert len(body) == 100
    assert verify_signature(body, raw_signature(body), SECRET, max_body_bytes=100) == body
    check_body_size(body, 100)
    check_body_size(body, None)
    with pytest.raises(WebhookBodyTooLargeError) as info:
        verify_signature(body, raw_signature(body), SECRET, max_body_bytes=99)
    assert (info.value.size, info.value.limit) == (100, 99)
    assert str(info.value) == "webhook body is 100 bytes, over the 99-byte limit (max_body_bytes)"
    # Checked before the signature is even read.
    with pytest.raises(WebhookBodyTooLargeError):
        verify_signature(body, None, SECRET, max_body_bytes=99)
    with pytest.raises(WebhookBodyTooLargeError):
        verify_signature(body, "x", [], max_body_bytes=99)


def test_text_bodies_are_their_utf8_bytes() -> None:
    text = '{"name":"Jos\u00e9"}'
    body = text.encode("utf-8")
    assert verify_signature(text, raw_signature(body), SECRET) == body
    # A lone surrogate (a framework that decoded with surrogates) is kept, not an encoding crash.
    odd = '{"a":"\ud800"}'
    odd_bytes = odd.encode("utf-8", errors="surrogatepass")
    assert verify_signature(odd, raw_signature(odd_bytes), SECRET) == odd_bytes
    with pytest.raises(WebhookVerificationError):
        verify_signature(odd, WRONG, SECRET)
    assert verify_signature(bytearray(body), raw_signature(body), SECRET) == body  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b'{"a":1}', b'{"a":1}'),
        (bytearray(b'{"a": 1.0}'), b'{"a":1}'),
        (b'{"b":1,"7":2}', b'{"7":2,"b":1}'),
        ('{"a": [1E2]}', b'{"a":[100]}'),
        ({"a": [1.0, "\u00e9"]}, '{"a":[1,"\u00e9"]}'.encode()),
        ([1, None], b"[1,null]"),
    ],
)
def test_signed_message_is_the_javascript_form(value: object, message: bytes) -> None:
    assert signed_message(value) == message
    assert sign(value, SECRET) == raw_signature(message)


def test_signed_message_of_text_that_is_not_json_raises() -> None:
    with pytest.raises(ValueError):
        signed_message(b"{not json")
    with pytest.raises(ValueError):
        signed_message("{not json")


@pytest.mark.parametrize(
    ("body", "form"),
    [
        ('{"a":1E2,"b":"Jos\u00e9"}'.encode(), '{"a":100,"b":"Jos\u00e9"}'.encode()),
        (b'{"a": 2.50e0, "b": [1, "x, y: z"]}', b'{"a":2.5,"b":[1,"x, y: z"]}'),
    ],
)
def test_the_slow_writer_is_not_needed_for_an_exponent(
    pure: None, monkeypatch: pytest.MonkeyPatch, body: bytes, form: bytes
) -> None:
    """json.loads + json.dumps (C speed) gives the form of these; the byte-exact writer never runs."""
    from cobalt_sdk.webhooks import _signature

    def slow(*args: object, **kwargs: object) -> None:
        raise AssertionError("the byte-exact JavaScript writer ran")

    assert js_form(body) == form  # js_form parses the body first on this path (see below)
    monkeypatch.setattr(_signature, "js_parse", slow)
    assert verify_signature(body, raw_signature(form), SECRET) == form


@pytest.mark.parametrize("body", [b'{"a":NaN,"b":1E2}', b'{"a":[Infinity],"b":1E2}', b'{"a":-Infinity,"b":1E2}'])
def test_nan_and_infinity_are_not_json(pure: None, hmacs: list[bytes], body: bytes) -> None:
    """Python's json.loads accepts them, JSON.parse does not: no form, so only the raw bytes (the
    exponent keeps the byte scans from vouching for the text, so the parsers decide)."""
    with pytest.raises(WebhookVerificationError):
        verify_signature(body, WRONG, SECRET)
    assert hmacs == [body]
    assert js_form(body) is None


NOT_JSON = [b"not json", b"[1,]", b'{"a":}', b"NaN", b'{"a":1} x', b"", b"  "]


@pytest.mark.parametrize("body", NOT_JSON)
def test_js_form_of_text_that_is_not_json_is_none(pure: None, hmacs: list[bytes], body: bytes) -> None:
    """What Cobalt would have signed: nothing, for a body JSON.parse refuses, as with the accelerator
    (the byte scans alone would answer `notjson` for `not json`); verifying still tries the raw bytes."""
    assert js_form(body) is None
    with pytest.raises(WebhookVerificationError):
        verify_signature(body, WRONG, SECRET)
    assert verify_signature(body, raw_signature(body), SECRET) == body


@pytest.mark.parametrize("body", NOT_JSON)
def test_js_form_of_text_that_is_not_json_is_none_with_the_accelerator(accelerated: None, body: bytes) -> None:
    assert js_form(body) is None


def test_js_form_of_nesting_too_deep_for_python_is_none(pure: None) -> None:
    """Deeper than Python's parser goes: no form is claimed (as `sign` cannot make one either)."""
    body = b"[" * 100_000 + b"]" * 100_000
    assert js_form(body) is None


def _forbid(monkeypatch: pytest.MonkeyPatch, target: object, name: str) -> None:
    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"{name} ran")

    monkeypatch.setattr(target, name, forbidden)


@pytest.mark.parametrize(
    ("body", "form"),
    [
        (b'{\n  "id": "evt_1",\n  "n": [\n    1,\n    2.5\n  ]\n}', b'{"id":"evt_1","n":[1,2.5]}'),
        (b'{\r\n\t"a": "b c, d"\r\n}', b'{"a":"b c, d"}'),
        (b'{\r\n"a": 1\r\n}', b'{"a":1}'),  # CR only
        (b'{\n\t"a": 1\n}', b'{"a":1}'),  # tab only
        (b'{\n"a":\t1\n}', b'{"a":1}'),  # a tab that starts no line
        (b'{\r\n\t"X": "X"\r\n}', b'{"X":"X"}'),  # only CR and tab are dropped from the strings' text
        (b'{"id":"evt_1","n":[1,2.5,"x"]}', b'{"id":"evt_1","n":[1,2.5,"x"]}'),
    ],
)
def test_a_proved_form_needs_no_scan_and_no_parse(
    pure: None, monkeypatch: pytest.MonkeyPatch, body: bytes, form: bytes
) -> None:
    """A compact body, or a pretty one whose guess is proved, costs byte operations only."""
    from cobalt_sdk.webhooks import _signature

    assert js_form(body) == form
    _forbid(monkeypatch, _signature, "scan")
    _forbid(monkeypatch, _signature, "js_parse")
    _forbid(monkeypatch, json, "loads")
    assert verify_signature(body, raw_signature(form), SECRET) == form
    with pytest.raises(WebhookVerificationError):  # rejecting a wrong signature too
        verify_signature(body, WRONG, SECRET)


@pytest.mark.parametrize(
    ("body", "form"),
    [
        (b'{"a": 1, "b": [true, null, "x, y"]}', b'{"a":1,"b":[true,null,"x, y"]}'),
        (b"2.0", b"2"),  # a bare number as Python writes it
        (b'{"X": 1, "b": [2.0]}', b'{"X":1,"b":[2]}'),
        (b'{"": 1, "X": false}', b'{"":1,"X":false}'),  # an empty key, and false's e
        (b'{"": [true, false]}', b'{"":[true,false]}'),
    ],
)
def test_a_one_line_body_with_spaces_needs_no_parse(
    pure: None, monkeypatch: pytest.MonkeyPatch, body: bytes, form: bytes
) -> None:
    from cobalt_sdk.webhooks import _signature

    assert js_form(body) == form
    _forbid(monkeypatch, _signature, "js_parse")
    _forbid(monkeypatch, json, "loads")
    assert verify_signature(body, raw_signature(form), SECRET) == form


@pytest.mark.parametrize(
    ("body", "form"),
    [
        # A string that starts with a colon: the guess loses its space, so it is not trusted.
        (b'{\n  "k": ": v"\n}', b'{"k":": v"}'),
        (b'{\n  "k": [1, ": v"]\n}', b'{"k":[1,": v"]}'),
        # `": ` after an escaped quote inside a string: the guess changed the string.
        (b'{\n  "a": "1\\": 2"\n}', b'{"a":"1\\": 2"}'),
    ],
)
def test_pretty_bodies_whose_guess_alters_a_string(pure: None, body: bytes, form: bytes) -> None:
    assert js_form(body) == form
    assert verify_signature(body, sign(body, SECRET), SECRET) == form
    assert sign(body, SECRET) == raw_signature(form)


@pytest.fixture
def accelerated(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.webhooks.conftest import INSTALLED

    if INSTALLED is None:
        pytest.skip("cobalt-sdk-speedups is not installed: accelerated path skipped")
    monkeypatch.setattr(_accelerator, "ACCELERATOR", INSTALLED)


def test_with_the_accelerator_the_pure_scans_never_run(accelerated: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from cobalt_sdk.webhooks import _signature

    for name in ("scan", "js_parse", "is_js_form", "pretty_compact"):
        _forbid(monkeypatch, _signature, name)
    for body, form in [
        (b'{"a": 1.0}', b'{"a":1}'),
        (b'{\n "a": [1E2]\n}', b'{"a":[100]}'),
        (b'{"a":1}', b'{"a":1}'),
    ]:
        assert js_form(body) == form
        assert verify_signature(body, raw_signature(form), SECRET) == form
        assert signed_message(body) == form
    assert js_form(b'{"a":1,"a":2}') is None
    assert js_form(b"not json") is None
