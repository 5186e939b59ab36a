"""The C accelerator (`cobalt_sdk_speedups.js_form`) against the pure-Python JavaScript writer.

Differential: for generated JSON values, for texts written every way JSON allows (whitespace,
escapes, number spellings) and for mutated or broken texts (duplicates, invalid UTF-8, lone
surrogates, truncation), the accelerated answer is exactly `js_stringify(js_parse(raw,
unique_keys=True))` or, when that has no answer (not JSON, a repeated key), "no form". Node
itself is compared with both paths in test_node_compat.
"""

from __future__ import annotations

import json
import math
import os
import struct
import sys
from decimal import Decimal, localcontext
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cobalt_sdk.webhooks import _accelerator, sign, verify_signature
from cobalt_sdk.webhooks._accelerator import Verdict
from cobalt_sdk.webhooks._signature import _exact_form

speedups = pytest.importorskip("cobalt_sdk_speedups", reason="cobalt-sdk-speedups is not installed")
ACCELERATOR = speedups.js_form

SETTINGS = settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(autouse=True)
def webhook_path(monkeypatch: pytest.MonkeyPatch) -> str:
    """This module compares the two paths itself: the accelerator stays on."""
    monkeypatch.setattr(_accelerator, "ACCELERATOR", ACCELERATOR)
    return "both"


def accelerated(raw: bytes) -> bytes | Verdict | None:
    """The accelerator's form of `raw` (raw itself when unchanged), None for "no form"."""
    answer = _accelerator.js_form(raw)
    if answer is Verdict.SAME:
        return raw
    if answer is Verdict.NONE:
        return None
    return answer


def assert_same_as_pure(raw: bytes) -> None:
    answer = accelerated(raw)
    if answer is Verdict.UNDECIDED:  # deeper than MAX_DEPTH: the pure path decides
        assert raw.count(b"[") + raw.count(b"{") > speedups.MAX_DEPTH
        return
    assert answer == _exact_form(raw), raw[:200]


# ------------------------------------------------------------------ generated values

FLOATS = st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from(
    [0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e21, 1e-7, 1e-6, 0.1, 2**53 + 2.0]
)
INTS = st.integers(min_value=-(10**30), max_value=10**30) | st.sampled_from([2**53, 2**53 + 1, 10**21, -(2**63)])
KEYS = st.text(max_size=6) | st.sampled_from(["0", "1", "10", "01", "4294967294", "4294967295", "-1", "a"])
VALUES = st.recursive(
    st.none() | st.booleans() | INTS | FLOATS | st.text(max_size=12),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=25,
)


@SETTINGS
@given(VALUES, st.booleans(), st.sampled_from([None, 0, 1, 2, "\t"]))
def test_generated_values(value: Any, ascii_only: bool, indent: int | str | None) -> None:
    separators = (",", ":") if indent is None else None
    text = json.dumps(value, ensure_ascii=ascii_only, indent=indent, separators=separators)
    assert_same_as_pure(text.encode("utf-8", errors="surrogatepass"))


# ------------------------------------------------------------------ number spellings


def spellings(x: float) -> list[str]:
    out = [repr(x), f"{x:.17g}", f"{x:.20e}", f"{x:e}", f"{x:.3E}", f"{x:.0f}" if abs(x) < 1e30 else "1"]
    if x == int(x) and abs(x) < 1e25:
        out += [str(int(x)), f"{int(x)}.000", f"{int(x)}e0", f"{int(x)}E-0"]
    digits = f"{abs(x):.25e}"
    mantissa, exponent = digits.split("e")
    sign = "-" if math.copysign(1, x) < 0 else ""
    out += [
        f"{sign}{mantissa.replace('.', '')}e{int(exponent) - 25}",
        f"{sign}0.{mantissa.replace('.', '')}e{int(exponent) + 1}",
    ]
    return [s.replace("inf", "1e999").replace("nan", "0") for s in out]


@SETTINGS
@given(FLOATS | st.floats(min_value=-1e-300, max_value=1e-300) | st.builds(float, INTS))
def test_number_spellings(x: float) -> None:
    for spelling in spellings(x):
        assert_same_as_pure(f"[{spelling}]".encode())
        assert_same_as_pure(f'{{"n":{spelling}}}'.encode())


@SETTINGS
@given(st.integers(min_value=0, max_value=2**64 - 1))
def test_doubles_from_bits(bits: int) -> None:
    x = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if math.isfinite(x):
        for spelling in spellings(x):
            assert_same_as_pure(f"[{spelling}]".encode())


NUMBER_TOKENS = st.from_regex(r"\A-?(0|[1-9][0-9]{0,30})(\.[0-9]{1,30})?([eE][-+]?[0-9]{1,4})?\Z")


@SETTINGS
@given(st.lists(NUMBER_TOKENS, min_size=1, max_size=8))
def test_number_tokens(tokens: list[str]) -> None:
    assert_same_as_pure(("[" + ",".join(tokens) + "]").encode())


# Number-focused strategies for the C number core (a 128-bit product for decimal -> double, with
# an exact comparison at rounding midpoints; Schubfach for the shortest digits). Set
# COBALT_NUMBER_EXAMPLES to run many more examples locally.
NUMBER_SETTINGS = settings(SETTINGS, max_examples=int(os.environ.get("COBALT_NUMBER_EXAMPLES", "300")))
BOUNDARIES = [
    "5e-324",
    "4.9e-324",
    "2.4703282292062327e-324",
    "2.4703282292062328e-324",
    "1e-323",
    "2.2250738585072011e-308",
    "2.2250738585072014e-308",
    "2.225073858507201e-308",
    "1.7976931348623157e308",
    "1.7976931348623158e308",
    "1.7976931348623159e308",
    "1e309",
    "-1e309",
    "9007199254740991",
    "9007199254740992",
    "9007199254740993",
    "9007199254740995",
    "-9007199254740993",
    "18014398509481985",
    "4503599627370496.5",
    "4503599627370497.5",
    "1e21",
    "999999999999999999999",
    "1e-7",
    "1e-6",
    "0.000001",
    "0.0000001",
    "9.999999999999999e20",
    "1e22",
    "1e23",
    "8.41e21",
    "-0",
    "-0.0",
    "0e-999",
    "-0e999",
    "1e-400",
    "123456789012345678901234567890e-330",
]


def _double(bits: int) -> float:
    return float(struct.unpack("<d", struct.pack("<Q", bits))[0])


@SETTINGS
@given(st.sampled_from(BOUNDARIES), st.sampled_from(["", "0", "00000000000"]), st.sampled_from(["[{}]", '{{"k":{}}}']))
def test_boundary_numbers(token: str, zeros: str, layout: str) -> None:
    mantissa, _, exponent = token.partition("e")
    padded = mantissa + (zeros if "." in mantissa else ("." + zeros if zeros else ""))
    spelled = padded + ("e" + exponent if exponent else "")
    assert_same_as_pure(layout.format(spelled).encode())


@NUMBER_SETTINGS
@given(st.lists(st.integers(min_value=0, max_value=2**63 - 1), min_size=1, max_size=20))
def test_random_doubles_in_every_spelling(bits: list[int]) -> None:
    values = [x for x in map(_double, bits) if math.isfinite(x)]
    tokens = [spelling for x in values for spelling in spellings(x)]
    if tokens:
        assert_same_as_pure(("[" + ",".join(tokens) + "]").encode())


# More than 19 significant digits: the accelerator reads the first 19 from the integer digits, from
# both runs, or from the fraction after `0.` and its zeros, and the rest only for a nonzero digit.
LONG_TOKENS = [
    "1234567890123456789.5",  # 19 integer digits, the rest in the fraction
    "1234567890123456789.0000001",  # the only nonzero digit after the 19 is far in the fraction
    "1234567890123456789.0000000",
    "12345678901234567890",  # 20 integer digits
    "12345678901234567891",
    "9999999999999999999.9",  # m + 1 is 10**19
    "99999999999999999999999",
    "123456789012345678.91",  # 18 + 2: one fraction digit completes the 19
    "1.2345678901234567891",  # 1 + 19
    "1.2345678901234567890000",
    "0.12345678901234567891",  # 0. then 20 digits
    "0.00000012345678901234567891",  # zeros after 0. before the 20
    "0.00000012345678901234567890000000001e-300",
    "4503599627370496.50000000000000000001",  # just above a midpoint between doubles
    "4503599627370496.49999999999999999999",  # just below it
    "9007199254740993.0000000000000000001",
    "9007199254740992.9999999999999999999",  # just below the midpoint 2**53 + 1
    "9007199254740993.00000000000000000000",  # the midpoint itself, written with 20 more digits
    str(2**1024 - 2**970) + ".1",  # the midpoint above DBL_MAX, plus a tenth: Infinity
    f"{5**1075}1e-1076",  # 2**-1075 (half the smallest subnormal) and a little more: rounds up
    "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828e-324",
]


@pytest.mark.parametrize("token", LONG_TOKENS)
@pytest.mark.parametrize("sign", ["", "-"])
def test_more_than_19_digits(token: str, sign: str) -> None:
    assert_same_as_pure(f'[{sign}{token},{{"k":{sign}{token}}}]'.encode())


DECIMALS = st.builds(
    lambda sign, digits, point, exponent: (
        f"{sign}{digits[:point] or '0'}{'.' + digits[point:] if digits[point:] else ''}"
        + (f"e{exponent}" if exponent is not None else "")
    ),
    st.sampled_from(["", "-"]),
    st.from_regex(r"\A[1-9][0-9]{0,24}\Z"),
    st.integers(min_value=0, max_value=25),
    st.none() | st.integers(min_value=-360, max_value=330),
)


@NUMBER_SETTINGS
@given(st.lists(DECIMALS, min_size=1, max_size=20))
def test_random_decimals(tokens: list[str]) -> None:
    assert_same_as_pure(("[" + ",".join(tokens) + "]").encode())


@NUMBER_SETTINGS
@given(
    st.integers(min_value=2**52, max_value=2**53 - 1), st.integers(min_value=-1074, max_value=971), st.integers(0, 30)
)
def test_rounding_midpoints(significand: int, binary_exponent: int, shift: int) -> None:
    """Decimals exactly halfway between two doubles (and one unit of their last digit either side)."""
    with localcontext(prec=1200):  # exact: 2**-1075 has 1075 significant digits
        exact = Decimal(2 * significand + 1) * Decimal(2) ** (binary_exponent - 1)
        text = f"{exact:f}" if -30 < binary_exponent < 60 else f"{exact:e}"
        digits = f"{exact.normalize():e}"
    mantissa, exponent = digits.split("e")
    head = mantissa.replace(".", "")[: 19 + shift]
    point = int(exponent) - len(head) + 1
    near = [f"{head}e{point}", f"{int(head) + 1}e{point}", f"{int(head) - 1}e{point}"]
    assert_same_as_pure(("[" + ",".join([text, *near]) + "]").encode())


# The one-step path for short numbers (at most 15 digits, at most one `.`, first digit 1-9) runs
# only with 32 bytes of input after the token, which the short texts above rarely have: these put
# each token before a long string, after the token and as the last array element.
PAD = '"' + "p" * 40 + '"'
FAST_PATH_TOKENS = [
    "7",
    "-7",
    "45.0",
    "-45.0",
    "12.50",
    "100.000",
    "1.05",
    "10.01",
    "99999999999999.9",
    "9999999999999.90",
    "123456789012345",  # 15 digits: copied
    "1234567890123456",  # 16: the general path
    "12345678901234567",  # 17
    "1234567890123456789",  # 19
    "12345678901234567890",  # 20
    "1234567890123456789012345",  # 25
    "9007199254740991",  # 2**53 - 1
    "9007199254740992",  # 2**53
    "9007199254740993",  # 2**53 + 1: rounds to 2**53
    "-9007199254740993",
    "100000000000000",
    "1000000000000000.0",
    "1.5e3",
    "1.5E3",
    "15e-1",
    "1e21",
    "999999999999999999999",
    "1e-7",
    "0.0000001",
    "0.000001",
    "0.5",
    "-0",
    "-0.0",
    "0",
    "5e-324",
    "2.2250738585072011e-308",
    "1.",
    "1.2.3",
    "01",
    "1e",
    "1-2",
    "1+2",
    "1.5.",
    "1..5",
    "-",
    "-a",
    # Handed to the general path with their digits already found (an exponent, or 16-31 bytes):
    "12.50e-2",
    "-1.5e+3",
    "1e400",
    "-5e-400",
    "0.0e99",
    "123e",
    "12.5E",
    "1234567890123456.5e1",
    "-1234567890123456.5",
    "1234567890123456789012345678901",  # 31 bytes: the longest handed over
    "-1234567890123456789012345678901",
    "12345678901234567890123456789012",  # 32: read again from its start
    "1234567890123456.",
    "1234567890123456..5",
    "12345678901234567.5.5",
    "123456789012345678.e5",
]


@pytest.mark.parametrize("token", FAST_PATH_TOKENS)
def test_short_numbers_with_room_after_them(token: str) -> None:
    for layout in ("[{t},{pad}]", "[{pad},{t},{pad}]", '{{"k":{t},"p":{pad}}}', "[{t}     {pad}]"):
        assert_same_as_pure(layout.format(t=token, pad=PAD).encode())


@pytest.mark.parametrize(
    ("token", "written"),
    [("45.0", "45"), ("-45.000", "-45"), ("12.50", "12.5"), ("100.0", "100"), ("1.05", "1.05"), ("-7", "-7")],
)
def test_short_numbers_are_cut_at_their_last_significant_digit(token: str, written: str) -> None:
    assert accelerated(f"[{token},{PAD}]".encode()) == f"[{written},{PAD}]".encode()


@NUMBER_SETTINGS
@given(st.lists(NUMBER_TOKENS | DECIMALS, min_size=1, max_size=12))
def test_number_tokens_with_room_after_them(tokens: list[str]) -> None:
    assert_same_as_pure(("[" + ",".join(f"{t},{PAD}" for t in tokens) + "]").encode())


@pytest.mark.parametrize("token", FAST_PATH_TOKENS)
def test_short_numbers_at_the_end_of_the_text(token: str) -> None:
    """Around the one-step path's condition (32 bytes from the token's start to the end): it
    turns on and off as the text's tail grows, and reads nothing past the text."""
    for room in range(40):
        assert_same_as_pure(("[" + token + " " * room + "]").encode())
        assert_same_as_pure(("[" + token + "]" + " " * room).encode())


def test_a_form_longer_than_its_text_is_returned_whole() -> None:
    """Exponents written out grow the form past the first buffer (it is resized, and moves)
    between short numbers taken in one step; the result is a bytes object of its own."""
    raw = ("[" + ",".join(["1E20", "45.0", '"' + "x" * 40 + '"', "-12.50"] * 3000) + "]").encode()
    status, form = ACCELERATOR(raw)
    assert status == speedups.CHANGED and type(form) is bytes
    assert form == _exact_form(raw) and len(form) > len(raw)
    assert sys.getrefcount(form) == 2  # this name and the call's argument: nothing else holds it
    status, form = ACCELERATOR(b"[45.0," + PAD.encode() + b"]")
    assert form == b"[45," + PAD.encode() + b"]" and sys.getrefcount(form) == 2


# ------------------------------------------------------------------ unusual and broken texts

ESCAPES = st.sampled_from(
    [
        "\\u00e9",
        "\\u00E9",
        "\\/",
        "\\b",
        "\\f",
        "\\n",
        "\\r",
        "\\t",
        '\\"',
        "\\\\",
        "\\u0000",
        "\\u001F",
        "\\u007f",
        "\\u2028",
        "\\ud800",
        "\\udfff",
        "\\ud83d\\ude00",
        "\\uD83D\\uDE00",
        "\\ud83d\\u0041",
        "\\udbff\\udbff",
        "é",
        "😀",
        "\u2028",
        "\x7f",
        "\\x",
        "\\u12",
        "\x01",
    ]
)


@SETTINGS
@given(st.lists(ESCAPES | st.text(alphabet='ab ",:{}[]', max_size=3), max_size=10), st.booleans())
def test_string_contents(parts: list[str], as_key: bool) -> None:
    body = "".join(parts)
    text = f'{{"{body}":1}}' if as_key else f'["{body}"]'
    assert_same_as_pure(text.encode("utf-8", errors="surrogatepass"))


MUTATIONS = st.sampled_from(["insert", "delete", "replace", "duplicate", "truncate", "space"])
NOISE = st.sampled_from(
    [
        b" ",
        b"\t",
        b"\n",
        b"\r\n",
        b"\xff",
        b"\xc3",
        b"\xed\xa0\x80",
        b"\xf4\x90\x80\x80",
        b"\xc0\xaf",
        b",",
        b":",
        b'"',
        b"\\",
        b"{",
        b"}",
        b"[",
        b"]",
        b"0",
        b"-",
        b".",
        b"e",
        b"1e400",
        b"\xe2\x80\xa8",
        b"\x00",
        b"\xef\xbb\xbf",
    ]
)


@SETTINGS
@given(VALUES, st.lists(st.tuples(MUTATIONS, st.integers(min_value=0), NOISE), min_size=1, max_size=4))
def test_mutated_texts(value: Any, mutations: list[tuple[str, int, bytes]]) -> None:
    raw = json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8", errors="surrogatepass")
    for kind, at, noise in mutations:
        at %= len(raw) + 1
        if kind == "insert":
            raw = raw[:at] + noise + raw[at:]
        elif kind == "delete":
            raw = raw[:at] + raw[at + 1 :]
        elif kind == "replace":
            raw = raw[:at] + noise + raw[at + len(noise) :]
        elif kind == "duplicate" and b'":' in raw:
            start = raw.find(b"{")
            raw = raw[: start + 1] + b'"k":1,"k":2,' + raw[start + 1 :] if start >= 0 else raw
        elif kind == "truncate":
            raw = raw[:at]
        else:
            raw = raw.replace(b",", b" , ").replace(b":", b" :\t")
    assert_same_as_pure(raw)


@SETTINGS
@given(st.binary(max_size=40))
def test_random_bytes(raw: bytes) -> None:
    assert_same_as_pure(raw)
    assert_same_as_pure(b'{"a":"' + raw + b'"}')


# ------------------------------------------------------------------ targeted cases

CASES = [
    b'{"a":1}',
    b" \r\n\t[ 1 , 2 ] \n",
    b"[1e21,1e20,1e-7,1e-6,0.000001,0.0000001,5e-324,1.7976931348623157e308,1e400,-1e400,1e-400]",
    b"[12345678901234567890,9007199254740993,123456789012345678901234567890,100000000000000000000000]",
    b"[-0,-0.0,0.0,0e5,-0e-5,0.000e+10,45.0,1.50,1E5,1.5E+3,2.5e-3,123e19,00e1]",
    b"[0.30000000000000004,0.1234567890123456789,1.0000000000000002,4.35,0.1e1]",
    b"[1e999999999999999999999,1e-999999999999999999999," + b"1" * 5000 + b"," + b"0." + b"0" * 5000 + b"1]",
    b'"\\u00e9\\/\\u2028\\ud800\\udc00\\ud83d\\ude00\\uD800x\\u0001\\u001F\\b\\t\\u0000"',
    b'{"b":1,"10":2,"2":3,"a":4,"4294967295":5,"4294967294":6,"01":7,"-1":8,"1.5":9}',
    b'{"a":{"3":1,"z":2,"0":3},"0":[{"1":0,"0":1}]}',
    b'{"a":1,"a":2}',
    b'{"\\u0061":1,"a":2}',
    b'{"\xf0\x9f\x98\x80":1,"\\ud83d\\ude00":2}',
    b'{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k9":9,"k10":10,"k11":11,"k12":12,'
    b'"k13":13,"k14":14,"k15":15,"k16":16,"k3":17}',
    b"{" + b",".join(b'"%d":%d' % (i, i) for i in range(40, 0, -1)) + b"}",
    b"[1,]",
    b'{"a":1,}',
    b"[01]",
    b"[1.]",
    b"[.5]",
    b"[+1]",
    b"[1e]",
    b"[NaN]",
    b"[Infinity]",
    b"[-Infinity]",
    b"nul",
    b'"a\x01"',
    b'"\xff"',
    b'"\xed\xa0\x80"',
    b"\xef\xbb\xbf{}",
    b"",
    b"   ",
    b"1",
    b'"x"',
    b"[] []",
    b"{}",
    b"[[[]]]",
    b"[" * speedups.MAX_DEPTH + b"]" * speedups.MAX_DEPTH,
    b"[" * (speedups.MAX_DEPTH + 1) + b"]" * (speedups.MAX_DEPTH + 1),
    b'{"x":"\xe2\x80\xa8","y":"\x7f"}',
]


@pytest.mark.parametrize("raw", CASES, ids=range(len(CASES)))
def test_targeted_cases(raw: bytes) -> None:
    assert_same_as_pure(raw)


def test_statuses_and_results() -> None:
    assert (speedups.SAME, speedups.CHANGED, speedups.DUPLICATE) == (
        _accelerator.SAME,
        _accelerator.CHANGED,
        _accelerator.DUPLICATE,
    )
    assert (speedups.NOT_JSON, speedups.NOT_UTF8, speedups.TOO_DEEP) == (
        _accelerator.NOT_JSON,
        _accelerator.NOT_UTF8,
        _accelerator.TOO_DEEP,
    )
    raw = b'{"a":[1,"b"]}'
    status, form = ACCELERATOR(raw)
    assert status == speedups.SAME and form is raw
    assert ACCELERATOR(bytearray(raw)) == (speedups.SAME, raw)
    assert ACCELERATOR(memoryview(b"[1.0]")) == (speedups.CHANGED, b"[1]")
    assert ACCELERATOR(b'{"a":1,"a":1}') == (speedups.DUPLICATE, None)
    assert ACCELERATOR(b"[1,]") == (speedups.NOT_JSON, None)
    assert ACCELERATOR(b'["\xff"]') == (speedups.NOT_UTF8, None)
    assert ACCELERATOR(b"[" * 600 + b"]" * 600) == (speedups.TOO_DEEP, None)
    with pytest.raises(TypeError):
        ACCELERATOR("text")


def test_the_verdicts_of_js_form() -> None:
    """`js_form` hands back a form only when it differs from the body; else it says which case."""
    assert _accelerator.js_form(b'{"a":[1,"b"]}') is Verdict.SAME
    assert _accelerator.js_form(b"[1.0]") == b"[1]"
    assert _accelerator.js_form(b'{"a":1,"a":1}') is Verdict.NONE
    assert _accelerator.js_form(b"[1,]") is Verdict.NONE
    assert _accelerator.js_form(b'["caf\xc3\xa9"]') is Verdict.SAME  # valid UTF-8 is not replaced


def test_deep_bodies_are_verified_on_the_pure_path() -> None:
    raw = b"[" * 600 + b"1.0" + b"]" * 600
    assert _accelerator.js_form(raw) is Verdict.UNDECIDED
    signature = sign(raw, "s")
    assert verify_signature(raw, signature, "s") == b"[" * 600 + b"1" + b"]" * 600


def test_not_utf8_is_decoded_with_replacement_like_the_pure_path() -> None:
    raw = b'{"a":"x\xffy","b":"\xed\xa0\x80"}'
    assert accelerated(raw) == '{"a":"x\ufffdy","b":"\ufffd\ufffd\ufffd"}'.encode()
    assert accelerated(raw) == _exact_form(raw)


def test_switched_off_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COBALT_SDK_SPEEDUPS", "0")
    assert _accelerator._load() is None
    monkeypatch.setenv("COBALT_SDK_SPEEDUPS", "1")
    assert _accelerator._load() is ACCELERATOR
    for off in ("false", " Off ", "NO\n"):  # any case, spaces around
        monkeypatch.setenv("COBALT_SDK_SPEEDUPS", off)
        assert _accelerator._load() is None
    monkeypatch.delenv("COBALT_SDK_SPEEDUPS")  # unset: on when installed
    assert _accelerator._load() is ACCELERATOR


def test_available_says_whether_the_accelerator_is_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_accelerator, "ACCELERATOR", None)
    assert not _accelerator.available()
    monkeypatch.setattr(_accelerator, "ACCELERATOR", ACCELERATOR)
    assert _accelerator.available()


# ------------------------------------------------------------------ verify_signature's order


def _count_hmacs(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    import hmac as hmac_module

    messages: list[bytes] = []
    digest = hmac_module.digest

    def counting(key: bytes, message: bytes, name: str) -> bytes:
        messages.append(message)
        return digest(key, message, name)

    monkeypatch.setattr(hmac_module, "digest", counting)  # the module _signature calls
    return messages


def test_one_hmac_when_the_body_is_its_own_form(monkeypatch: pytest.MonkeyPatch) -> None:
    from cobalt_sdk.webhooks import WebhookVerificationError

    raw = b'{"id":"evt_1","data":{"n":[1,2.5,"x"]}}'
    messages = _count_hmacs(monkeypatch)
    with pytest.raises(WebhookVerificationError):
        verify_signature(raw, "0" * 64, "s")
    assert messages == [raw]


def test_raw_then_form_for_a_pretty_body(monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib
    import hmac as hmac_module

    from cobalt_sdk.webhooks import WebhookVerificationError

    raw = b'{\n  "id": "evt_1",\n  "n": 1.0\n}'
    form = b'{"id":"evt_1","n":1}'
    messages = _count_hmacs(monkeypatch)
    with pytest.raises(WebhookVerificationError):
        verify_signature(raw, "0" * 64, "s")
    assert messages == [raw, form]
    assert verify_signature(raw, sign(raw, "s"), "s") == form
    # A signer of the raw bytes (not Cobalt's algorithm) still verifies, and gets the raw bytes.
    raw_signature = hmac_module.new(b"s", raw, hashlib.sha256).hexdigest()
    assert verify_signature(raw, raw_signature, "s") == raw


def test_no_form_means_only_the_raw_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    from cobalt_sdk.webhooks import WebhookVerificationError

    messages = _count_hmacs(monkeypatch)
    for raw in (b'{\n "a": 1,\n "a": 2\n}', b"{\n not json\n}"):
        messages.clear()
        with pytest.raises(WebhookVerificationError):
            verify_signature(raw, "0" * 64, "s")
        assert messages == [raw]
