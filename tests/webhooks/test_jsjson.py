"""The JSON.stringify reimplementation, case by case (Node itself is checked in test_node_compat)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cobalt_sdk.webhooks import js_stringify
from cobalt_sdk.webhooks._jsjson import js_number, js_parse


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1.0, "1"),
        (0.1, "0.1"),
        (-0.0, "0"),
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (123e19, "1.23e+21"),
        (1.5e-7, "1.5e-7"),
        (1e-7, "1e-7"),
        (1e-6, "0.000001"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (-2.5, "-2.5"),
        (2**53, "9007199254740992"),
        (2**53 + 1, "9007199254740992"),
        (123456789012345678901234567890, "1.2345678901234568e+29"),
        (10**400, "null"),
        (float("inf"), "null"),
        (float("nan"), "null"),
    ],
)
def test_js_number(value: float, expected: str) -> None:
    assert js_number(value) == expected


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_js_number_round_trips(value: float) -> None:
    assert float(js_number(value)) == value


def test_integer_like_keys_first_ascending() -> None:
    text = '{"b":1,"10":2,"2":3,"01":4,"-1":5,"4294967295":6,"4294967294":7,"a":8}'
    assert js_stringify(js_parse(text)) == '{"2":3,"10":2,"4294967294":7,"b":1,"01":4,"-1":5,"4294967295":6,"a":8}'


def test_only_canonical_ascii_integers_are_array_indices() -> None:
    """The key "0" is an index; "", a superscript or an Arabic-Indic digit (str.isdigit() says yes) are names."""
    text = '{"b":1,"":2,"\u00b2":3,"\u0661":4,"0":5,"00":6}'
    assert js_stringify(js_parse(text)) == '{"0":5,"b":1,"":2,"\u00b2":3,"\u0661":4,"00":6}'


def test_keys_that_are_not_strings_are_written_as_javascript_names_them() -> None:
    """A dict built in Python (an event re-signed in a test, say) may hold int keys: JS sees their text."""
    assert js_stringify({"b": 1, 10: [None], 2: "a"}) == '{"2":"a","10":[null],"b":1}'
    assert js_stringify({1.5: True, "a": {7: 0}}) == '{"1.5":true,"a":{"7":0}}'
    # 1 and "1" name one JS property: it keeps the first position and the last value.
    assert js_stringify({"b": 0, 1: "a", "c": 2, "1": "d"}) == '{"1":"d","b":0,"c":2}'


def test_duplicate_key_keeps_first_position_last_value() -> None:
    assert js_stringify(js_parse('{"a":1,"b":2,"a":3}')) == '{"a":3,"b":2}'


def test_string_escapes() -> None:
    value = json.loads('"\\u2028\\u2029/\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\\u007f é😀\\ud800\\udc00\\udfff"')
    assert js_stringify(value) == '"\u2028\u2029/\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\x7f é😀𐀀\\udfff"'


def test_lone_surrogate_escaped_lowercase() -> None:
    assert js_stringify("\udabc") == '"\\udabc"'


def test_compact_nested() -> None:
    text = '{ "a" : [ 1 , { "b" : null , "c" : true } , [ ] , { } ] , "d" : false }'
    assert js_stringify(js_parse(text)) == '{"a":[1,{"b":null,"c":true},[],{}],"d":false}'


def test_rejects_non_json_constants() -> None:
    with pytest.raises(ValueError):
        js_parse('{"a": NaN}')


def test_rejects_unserialisable() -> None:
    with pytest.raises(TypeError) as info:
        js_stringify({"a": [{1, 2}]})
    assert str(info.value) == "js_stringify cannot serialise set"


def test_every_number_is_parsed_as_a_double() -> None:
    """As in JS: an integer past 2**53 is rounded to a double when parsed, not kept exact."""
    parsed = js_parse("[12345678901234567890,1,-0,2.5e0]")
    assert parsed == [12345678901234567168.0, 1.0, 0.0, 2.5]
    assert [type(number) for number in parsed] == [float] * 4
    assert str(parsed[0]) == "1.2345678901234567e+19"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1e16, "10000000000000000"),  # the first double repr() writes with an exponent
        (9999999999999998.0, "9999999999999998"),
        (1.2345678901234567e16, "12345678901234568"),  # 17 digits, no point
        (-1.5e300, "-1.5e+300"),
        (1e-4, "0.0001"),
        (-1e-5, "-0.00001"),
        (1.2345e-5, "0.000012345"),
        (-1e-7, "-1e-7"),
        (1.5e-300, "1.5e-300"),
        (-(2**53), "-9007199254740992"),
        (-(2**53) - 1, "-9007199254740992"),
        (7, "7"),
        (-7, "-7"),
        (0, "0"),
    ],
)
def test_js_number_edges(value: float, expected: str) -> None:
    assert js_number(value) == expected


def test_repeated_key_refused_only_when_asked() -> None:
    with pytest.raises(ValueError) as info:
        js_parse('{"a":1,"b":{"c":1,"c":2}}', unique_keys=True)
    assert str(info.value) == "an object repeats a key"
    assert js_parse('{"a":1,"b":{"c":2}}', unique_keys=True) == {"a": 1.0, "b": {"c": 2.0}}
    assert js_parse('{"c":1,"c":2}') == {"c": 2.0}


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_json_constants_are_named(constant: str) -> None:
    with pytest.raises(ValueError) as info:
        js_parse(f"[1,{constant}]")
    assert str(info.value) == f"{constant} is not valid JSON"


def test_bytes_that_are_not_utf8_become_replacement_characters() -> None:
    """As Node's body parser decodes them: the signed form holds U+FFFD."""
    assert js_parse(b'{"a":"x\xffy"}') == {"a": "x\ufffdy"}
    assert js_parse(bytearray(b'["\xc3\xa9"]')) == ["\u00e9"]
    assert js_stringify(js_parse(b'["\xe2\x82"]')) == '["\ufffd"]'


def test_a_surrogate_pair_of_two_code_points_is_one_character() -> None:
    """Text decoded with `surrogatepass` spells U+1F600 as two code points; JS sees one character."""
    assert js_stringify("a\ud83d\ude00b") == '"a\U0001f600b"'
    assert js_stringify(["\ud83d\ude00", "\ude00\ud83d"]) == '["\U0001f600","\\ude00\\ud83d"]'
