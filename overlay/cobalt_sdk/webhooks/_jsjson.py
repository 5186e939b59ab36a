"""A byte-exact reimplementation of JavaScript's `JSON.parse` + `JSON.stringify` round trip.

Cobalt signs `JSON.stringify(req.body)` (the parsed and re-serialised body), so a receiver in
another language has to reproduce what V8 prints for the same JSON text:

* compact separators, non-ASCII characters and `/` left as they are;
* keys in insertion order, except that array-index keys ("0" .. "4294967294" in canonical form)
  come first in ascending numeric order, as for every ordinary JavaScript object;
* a duplicate key keeps its first position and its last value (as `JSON.parse` does);
* every number is an IEEE double printed by `Number.prototype.toString` (shortest round trip,
  `1e+21`, `1.5e-7`, `-0` -> `0`, big integers rounded to the nearest double);
* strings escaped like `JSON.stringify` (ES2019 "well-formed"): `"` `\\` `\\b` `\\f` `\\n` `\\r` `\\t`,
  other controls below U+0020 and lone surrogates as lowercase `\\uXXXX`; U+2028/U+2029 are not
  escaped.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

_MAX_ARRAY_INDEX = 2**32 - 2


class _JSObject(dict[str, Any]):
    """A parsed JSON object; a plain dict whose key order is the one `JSON.parse` produced."""


def _unique_pairs(pairs: list[tuple[str, Any]]) -> _JSObject:
    obj = _JSObject(pairs)
    if len(obj) != len(pairs):
        raise ValueError("an object repeats a key")
    return obj


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def js_parse(text: str | bytes | bytearray, *, unique_keys: bool = False) -> Any:
    """Parse JSON text as `JSON.parse` would: every number becomes a float (a JS double).

    A repeated key keeps its first position and its last value (as in JS), or raises ValueError
    with `unique_keys=True`.
    """
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    return json.loads(
        text,
        # dict() keeps the first position and the last value of a duplicate key, like JSON.parse.
        object_pairs_hook=_unique_pairs if unique_keys else _JSObject,
        parse_int=float,
        parse_float=float,
        parse_constant=_reject_constant,
    )


def _array_index(key: str) -> int | None:
    if not key or not key.isascii() or not key.isdigit() or (len(key) > 1 and key[0] == "0"):
        return None
    value = int(key)
    return value if value <= _MAX_ARRAY_INDEX else None


def js_key_order(keys: Sequence[str]) -> list[str]:
    """Own-property order of an ordinary JS object: array indices ascending, then insertion order."""
    indices: list[tuple[int, str]] = []
    named: list[str] = []
    for key in keys:
        index = _array_index(key)
        if index is None:
            named.append(key)
        else:
            indices.append((index, key))
    indices.sort()
    return [key for _, key in indices] + named


def js_number(value: float | int) -> str:
    """`Number.prototype.toString()` of the double nearest to `value`."""
    try:
        number = float(value)  # an int within 2**53 prints as itself either way
    except OverflowError:
        return "null"
    if math.isnan(number) or math.isinf(number):
        return "null"  # JSON.stringify(Infinity) === "null"
    if number == 0:
        return "0"  # also -0
    if 1e-4 <= abs(number) < 1e16:
        # Here repr() writes the same shortest digits in plain decimal form, "2.0" for 2.
        text = repr(number)
        return text[:-2] if text.endswith(".0") else text
    sign = "-" if number < 0 else ""
    # repr() is the shortest string that round-trips, which is what ECMAScript asks for; out of
    # the range above it has an exponent and no trailing zero in its digits.
    _, digit_tuple, exponent = Decimal(repr(abs(number))).as_tuple()
    digits = "".join(map(str, digit_tuple))
    k = len(digits)
    n = k + int(exponent)  # value = 0.digits * 10**n
    # Either n >= 17 (at least 1e16) with k <= 17 digits, or n <= -3 (below 1e-4): ECMAScript's
    # "digits, point, more digits" case (k > n > 0) cannot occur.
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif -6 < n <= 0:
        text = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
        text = f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"
    return sign + text


_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NEEDS_ESCAPE = re.compile(r'[\ud800-\udbff][\udc00-\udfff]|["\\\x00-\x1f\ud800-\udfff]')


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    if len(char) == 2:  # a surrogate pair spelled as two code points: one character in JS
        return chr(0x10000 + ((ord(char[0]) - 0xD800) << 10) + (ord(char[1]) - 0xDC00))
    return _SHORT_ESCAPES.get(char) or f"\\u{ord(char):04x}"


def js_string(value: str) -> str:
    """`JSON.stringify` of a string: lone surrogates escaped, a pair written as its character."""
    return '"' + _NEEDS_ESCAPE.sub(_escape, value) + '"'


def js_stringify(obj: Any) -> str:
    """`JSON.stringify(obj)` for JSON-like Python data, byte for byte as Node prints it.

    Dict keys follow JavaScript's own-property order (array-index keys first, ascending). `None`
    is `null`; ints and floats are printed as JS doubles; NaN and infinities become `null`.
    """
    parts: list[str] = []
    _write(obj, parts)
    return "".join(parts)


def _write(obj: Any, out: list[str]) -> None:
    if obj is None:
        out.append("null")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    elif isinstance(obj, str):
        out.append(js_string(obj))
    elif isinstance(obj, int | float):
        out.append(js_number(obj))
    elif isinstance(obj, Mapping):
        out.append("{")
        first = True
        for key in js_key_order([str(k) for k in obj]):
            value = obj[key] if key in obj else _lookup_non_str(obj, key)
            if not first:
                out.append(",")
            first = False
            out.append(js_string(key))
            out.append(":")
            _write(value, out)
        out.append("}")
    elif isinstance(obj, list | tuple):
        out.append("[")
        for i, item in enumerate(obj):
            if i:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        raise TypeError(f"js_stringify cannot serialise {type(obj).__name__}")


def _lookup_non_str(obj: Mapping[Any, Any], key: str) -> Any:
    for k, v in obj.items():
        if str(k) == key:
            return v
    raise KeyError(key)  # pragma: no cover - keys come from obj itself
