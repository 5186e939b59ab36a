"""Whole-buffer tests that a JSON text is already its own JavaScript form, without splitting it.

`is_js_form(text)` answers True only when `text` (assumed to be valid JSON, as in `_canonical`) is
byte for byte `JSON.stringify(JSON.parse(text))`, repeated keys aside. It never builds a Python
object per string or per value: one `bytes.translate` folds the text onto a small alphabet, and a
fixed handful of substring searches look for what JavaScript would write differently
(whitespace next to punctuation, exponents, `-0`, long or tiny numbers, trailing zeros, array-index
keys, escapes). Each search hit is then looked at on its own: quote parity up to it tells whether
it is inside a string (where it is just text); outside every string it answers False (even for a
number JS happens to print the same way). Too many hits (`HIT_LIMIT`), or anything unusual, answers False; the
caller then takes the precise scan (`_canonical.scan`), so False never loses a delivery.

Cost: a few whole-buffer passes (each well under one HMAC) plus the hits; the quote parities are
counted incrementally, so all hits together are one more pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

HIT_LIMIT = 64  # hits looked at one by one, or one per 2 KiB of text if that is more

_MASKED_BACKSLASH = b"\x00\x00"
_MASKED_QUOTE = b"\x01\x01"
# Digits and points fold onto "0", every punctuation mark but ":" onto ",", "E" onto "e". Signs,
# quotes, colons and spaces stay as they are, and every other byte is deleted: outside strings
# that is only letters of true/false/null, so no adjacency the searches look for is created there,
# and the searches run over a shorter text. Quotes are all kept, so quote parity still holds.
_FOLD = bytes.maketrans(b"123456789.{}[]E", b"0000000000,,,,e")
_KEPT = frozenset(b'0123456789.-eE ,:{}[]"')
_DELETE = bytes(code for code in range(256) if code not in _KEPT)
_CONTAINER_ENDS = (b"{}", b"[]")
_TRAILING_ZERO = re.compile(rb"\.[0-9]*0(?![0-9])")
# JSON.stringify writes these five controls as \b \t \n \f \r and the other ones below 0x20 as \u00xx.
_CONTROL_ESCAPES = tuple(b"\\u%04x" % code for code in range(0x20) if code not in (0x08, 0x09, 0x0A, 0x0C, 0x0D))

# Searches in the folded text. Whitespace next to punctuation is the only whitespace that can
# stand outside a string in valid JSON (two values are never adjacent, and the text starts and
# ends with a bracket); line breaks and tabs are looked for before the fold.
_SPACE = (b", ", b" ,", b": ", b" :")
# A digit before an exponent; a one-digit negative integer (maybe -0); 8 digits or points in a row
# (a number of more than 15 significant digits has one, and so has one below 1e-6 written out).
_NUMBER = (b"0e", b"-0,", b"00000000")
_OPENING_COLON = (b',":', b':":')
# The end of a key whose last character is a digit: perhaps a key of digits only, which JS moves
# before the other keys (array-index order). After the fold its characters are all "0"; so are
# those of a key of other letters and digits only (`a1`): not proven, and the precise scan decides.
_DIGIT_KEY_END = b'0":'
_ZEROS = re.compile(rb"0*")


def _mask(text: bytes) -> bytes | None:
    if b"\x00" in text or b"\x01" in text:
        return None
    if b"\\" not in text:
        return text
    return text.replace(b"\\\\", _MASKED_BACKSLASH).replace(b'\\"', _MASKED_QUOTE)


def is_utf8(text: bytes) -> bool:
    if text.isascii():
        return True
    try:
        text.decode()
    except UnicodeDecodeError:
        return False
    return True


def escapes_are_js(masked: bytes) -> bool:
    """Every escape (in a text whose `\\\\` and `\\"` are masked) is one JSON.stringify writes:
    \\b \\f \\n \\r \\t and `\\u00xx` for the other controls (never `\\/` or another `\\u`)."""
    if b"\\" not in masked:
        return True
    if b"\\/" in masked:
        return False
    unicode_escapes = masked.count(b"\\u")
    return not unicode_escapes or unicode_escapes == sum(masked.count(e) for e in _CONTROL_ESCAPES)


def _hits(haystack: bytes, needle: bytes, out: list[int], limit: int) -> bool:
    """Append the position of each occurrence (not overlapping); False once more than `limit` are collected.

    Searched from the end: `rfind` tests a needle's first byte first, and the first bytes here
    (space, sign, digit) are rarer in JSON text than the last ones (punctuation): about half the
    time of `find` or `count`."""
    at = haystack.rfind(needle)
    while at >= 0:
        out.append(at)
        if len(out) > limit:
            return False
        at = haystack.rfind(needle, 0, at)
    return True


def _key_is_digits(short: bytes, at: int) -> bool:
    """The key whose last character is at `at` (in the folded text) is all "0"s there."""
    opening = short.rfind(b'"', 0, at)
    return _ZEROS.fullmatch(short, opening + 1, at) is not None


def _all_inside_strings(text: bytes, positions: Iterable[int], limit: int) -> bool:
    """Every position (ascending) lies inside a string, an odd number of quotes before it, and
    there are at most `limit` of them. Counting starts at 1: `text[0]` is the opening bracket."""
    inside, counted = 0, 1
    for seen, at in enumerate(positions):
        inside ^= text.count(b'"', counted, at) & 1
        counted = at
        if not inside or seen >= limit:
            return False
    return True


def is_js_form(text: bytes, *, opening_colon: bool = False) -> bool:
    """True only if `text` (valid JSON) is exactly what JSON.stringify writes for it; see module doc.

    `opening_colon=True` also answers False when a string starts with a colon (`pretty_compact`
    may have removed a space from such a string, so its output is then not the body's value)."""
    if text[:1] + text[-1:] not in _CONTAINER_ENDS:
        return False  # a bare number or string at the top, or whitespace around the value
    if b"\n" in text or b"\r" in text or b"\t" in text:
        return False
    masked = _mask(text)
    if masked is None or not escapes_are_js(masked) or not is_utf8(text):
        return False
    short = masked.translate(_FOLD, _DELETE)
    limit = max(HIT_LIMIT, len(text) >> 11)
    keys: list[int] = []
    if not _hits(short, _DIGIT_KEY_END, keys, limit) or any(_key_is_digits(short, at) for at in keys):
        return False
    hits: list[int] = []
    # With opening_colon, punctuation outside strings right before `":` means a string opens there
    # and starts with a colon.
    needles = _NUMBER + _SPACE + _OPENING_COLON if opening_colon else _NUMBER + _SPACE
    for needle in needles:
        if not _hits(short, needle, hits, limit):
            return False
    hits.sort()
    # Whitespace, or a number JS may print differently, is allowed only inside strings, and so is a
    # fraction that ends in 0 (`1.50`, `2.0`: searched in the unfolded text, lazily).
    return _all_inside_strings(short, hits, limit) and _all_inside_strings(
        masked, (match.start() for match in _TRAILING_ZERO.finditer(masked)), limit
    )


def pretty_compact(raw: bytes) -> bytes:
    """A cheap guess at the compact form of a pretty-printed body: line breaks, indentation and the
    space after each key's colon removed. A guess only (a string holding `": ` is changed too):
    it is worth one HMAC, and the event is parsed from it only if its HMAC matches, so a wrong
    guess costs nothing but that HMAC."""
    text = raw.translate(None, b"\r\t") if b"\r" in raw or b"\t" in raw else raw
    lines = text.split(b"\n")
    return b"".join(map(bytes.lstrip, lines)).replace(b'": ', b'":')


__all__ = ["HIT_LIMIT", "escapes_are_js", "is_js_form", "is_utf8", "pretty_compact"]
