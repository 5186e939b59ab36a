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
from collections.abc import Iterable, Mapping
from typing import Any

_MAX_ARRAY_INDEX = 2**32 - 2
_INDEX_FORM = re.compile("0|[1-9][0-9]*")  # the canonical decimal form of an integer, ASCII only


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
        text = bytes(text).decode(errors="replace")  # UTF-8, as Node's body parser reads it
    return json.loads(
        text,
        # dict() keeps the first position and the last value of a duplicate key, like JSON.parse.
        object_pairs_hook=_unique_pairs if unique_keys else _JSObject,
        parse_int=float,  # (parse_float is float already)
        parse_constant=_reject_constant,
    )


def _array_index(key: str) -> int | None:
    if _INDEX_FORM.fullmatch(key) is None:
        return None
    value = int(key)
    return value if value <= _MAX_ARRAY_INDEX else None


def js_key_order(keys: Iterable[str]) -> list[str]:
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
    if not math.isfinite(number):
        return "null"  # JSON.stringify(Infinity) === "null"
    if number == 0:
        return "0"  # also -0
    # repr() writes the shortest digits that round-trip, which is what ECMAScript asks for too.
    text = repr(number)
    if "e" not in text:
        # Plain decimal (1e-4 <= |number| < 1e16), as JS writes it but for a trailing ".0".
        return text.removesuffix(".0")
    # "d[.ddd]e+XX" (at least 1e16) or "d[.ddd]e-XX" (below 1e-4); JS writes numbers below 1e21 and
    # from 1e-6 in full, and the others as "d[.ddd]e+X" / "d[.ddd]e-X", exponent unpadded.
    mantissa, _, exponent = text.partition("e")
    power = int(exponent)  # number == mantissa * 10**power
    if power < -6 or power > 20:
        return f"{mantissa}e{power:+d}"
    unsigned = mantissa.removeprefix("-")
    sign = "-" if unsigned != mantissa else ""
    digits = unsigned.replace(".", "")
    if exponent.startswith("-"):
        return sign + "0." + "0" * (-power - 1) + digits
    return sign + digits + "0" * (power + 1 - len(digits))


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
        # A JS property name is a string: the keys 1 and "1" name one property, which keeps the
        # first position and the last value (as an object literal does). js_parse's keys are strings.
        members = obj if type(obj) is _JSObject else {str(key): value for key, value in obj.items()}
        out.append("{")
        for i, key in enumerate(js_key_order(members)):
            if i:
                out.append(",")
            out.append(js_string(key))
            out.append(":")
            _write(members[key], out)
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
