"""Signing and verifying Cobalt webhook bodies.

Cobalt's documented algorithm (the only one it shows) is, in Node::

    crypto.createHmac('sha256', secret).update(JSON.stringify(req.body)).digest('hex')

so the signed message is the *re-serialised* parsed body, not necessarily the bytes on the wire.
`verify_signature` returns the bytes that matched, and the event must be built from those (see
`construct_event`): when only the re-serialised form matched, the raw bytes may differ from what
Cobalt signed in ways a Python parser would see (`1e400`, `1.0`, `-0.0`, extra digits of a big
integer), so they are never parsed.

Order. The raw body is tried first (one HMAC): Cobalt's bodies are normally exactly
`JSON.stringify` output, so a genuine delivery costs one HMAC and no parsing. Then:

* With the C accelerator (`cobalt-sdk-speedups`, installed by the `speedups` extra; see
  `_accelerator`): one pass over the bytes gives the JavaScript form. If it equals the raw body,
  nothing else can match and the signature is rejected (one HMAC in all); if it differs, one more
  HMAC over the form. Not JSON, or an object that repeats a key: no JavaScript form, so only the
  raw bytes could have been signed and the signature is rejected. A raw-bytes signature over a
  body that is not its own JavaScript form stays accepted (Cobalt's signer never makes one, but
  other signers of the raw bytes keep working), and it is checked first, as without the
  accelerator. Nesting deeper than the extension's `MAX_DEPTH` (512) takes the path below.
* Without it (pure Python), cheapest first:

  1. for a body with line breaks, a guess at its compact form (`_fastform.pretty_compact`: line
     breaks, indentation and the space after each key's colon removed; byte operations only). A
     guess is safe: only bytes whose HMAC matched are ever parsed;
  2. a proof without splitting the text (`_fastform.is_js_form`) that the raw body or the guess is
     already the JavaScript form; then nothing else can match and a wrong signature is rejected
     without parsing;
  3. a lexical scan (`_canonical`) that compacts the body (whitespace outside strings, `45.0` ->
     `45`) and proves the result is what `JSON.stringify` writes;
  4. `json.loads` + compact `json.dumps` (C speed), used only when the same scan proves the output
     is already in JavaScript form;
  5. the byte-exact JavaScript writer (`_jsjson`), for everything else.

  Its cost is bounded, not small: rejecting a wrong signature costs at most about
  `PURE_REJECT_MS_PER_MB` (1200) ms per MB of body. bench/webhooks.py measured, on a 2-core
  machine where one HMAC costs 0.57 ms/MB (2026-12-04), 180-220 ms/MB on its worst shapes (arrays
  of subnormals such as `5e-324` and of 17-digit numbers in exponent form, which only the exact
  writer handles), about 110 ms/MB on plain 17-digit floats and 4-25 ms/MB on the issue's shapes;
  so with the default 2 MiB cap (`max_body_bytes`) one request costs up to about half a second of
  CPU there, and proportionally more on a slower core (earlier runs on busier machines measured up
  to 960 ms/MB).
  Install the `speedups` extra where that matters.

A body whose objects repeat a key verifies only by its raw bytes: parsers disagree about which
value wins, and `JSON.stringify` never writes one. Bodies over `max_body_bytes` are refused before
any of this. Every secret is tried with a constant-time comparison (several are valid during the
24 h rotation overlap). Secrets never appear in messages or reprs.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import string
from collections.abc import Iterator, Sequence
from typing import Any

from .._constants import WEBHOOK_MAX_BODY_BYTES
from .._errors import ConfigurationError, WebhookBodyTooLargeError, WebhookVerificationError
from . import _accelerator
from ._canonical import Scan, scan
from ._fastform import is_js_form, pretty_compact
from ._jsjson import js_parse, js_stringify

Secrets = str | bytes | Sequence[str | bytes]

_HEX = frozenset(string.hexdigits)
_SIGNATURE_LENGTH = 64
_NO_MATCH = "signature does not match the body"
#: The pure-Python path's measured worst case for rejecting a wrong signature (see the module doc).
PURE_REJECT_MS_PER_MB = 1200


# `.encode()` and `.decode()` without a codec are UTF-8: Python's fixed default, not the locale's.


def _key(secret: str | bytes) -> bytes:
    return secret if isinstance(secret, bytes) else secret.encode()


def secret_keys(secrets: Secrets) -> list[bytes]:
    """The secrets as HMAC keys; raises ConfigurationError if none is usable."""
    items: Sequence[str | bytes] = [secrets] if isinstance(secrets, str | bytes) else list(secrets)
    keys = [_key(s) for s in items if isinstance(s, str | bytes) and s]
    if not keys:
        raise ConfigurationError("no webhook secret configured")
    return keys


def signed_message(body: Any) -> bytes:
    """What Cobalt's algorithm signs: `JSON.stringify(JSON.parse(body))` as UTF-8.

    `body` may be the raw bytes/text of a delivery or an already-parsed JSON value.
    """
    if isinstance(body, bytes | bytearray):
        form = _accelerator.js_form(bytes(body))
        if isinstance(form, bytes):
            return form
        if form is _accelerator.Verdict.SAME:
            return bytes(body)
    value = js_parse(body) if isinstance(body, str | bytes | bytearray) else body
    return js_stringify(value).encode()


def _hmac_hex(key: bytes, message: bytes) -> str:
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def sign(body: Any, secret: str | bytes) -> str:
    """The `cobalt-verification` value Cobalt would send for `body` (hex HMAC-SHA256).

    `body` is the JSON text (bytes or str) or a parsed JSON value (dict, list...). Raises
    ValueError if text is not valid JSON.
    """
    return _hmac_hex(secret_keys(secret)[0], signed_message(body))


def _normalise_signature(signature: str | bytes | None) -> str:
    if signature is None:
        raise WebhookVerificationError("missing cobalt-verification signature")
    if isinstance(signature, bytes):
        signature = signature.decode("latin-1")
    signature = signature.strip()
    if not signature:
        raise WebhookVerificationError("empty cobalt-verification signature")
    if len(signature) != _SIGNATURE_LENGTH or not _HEX.issuperset(signature):
        raise WebhookVerificationError("malformed cobalt-verification signature (expected 64 hex characters)")
    return signature  # either case: bytes.fromhex reads both


def check_body_size(body: bytes | str, max_body_bytes: int | None) -> None:
    """Raise WebhookBodyTooLargeError if `body` is longer than `max_body_bytes` (None: no limit)."""
    if max_body_bytes is not None and len(body) > max_body_bytes:
        raise WebhookBodyTooLargeError(len(body), max_body_bytes)


def _raw_bytes(body: bytes | str) -> bytes:
    return body.encode(errors="surrogatepass") if isinstance(body, str) else bytes(body)


def _matches(keys: list[bytes], message: bytes, expected: bytes) -> bool:
    matched = False
    for key in keys:
        # Every secret is tried; no early exit, so timing does not reveal which one matched.
        matched |= hmac.compare_digest(hmac.digest(key, message, "sha256"), expected)
    return matched


def _compact_candidate(raw: bytes, raw_scan: Scan) -> bytes | None:
    """`json.dumps(json.loads(raw))` compact, if provably the JavaScript form of `raw`."""
    try:
        value = json.loads(raw.decode())
        # allow_nan=False: `NaN`/`Infinity` (which json.loads accepts, JSON.parse does not) and a
        # number out of a double's range (inf here, `null` in JS) raise, leaving it to `_exact_form`.
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        candidate = text.encode()  # a lone surrogate fails here (JS escapes it)
    except (ValueError, RecursionError):
        return None
    checked = scan(candidate)
    if checked is None or not checked.canonical:
        return None
    # Python and JS agree on every value here (the scan ruled out the numbers and keys where
    # they differ; its compact form drops the `.0` Python writes after a whole float, as JS
    # does), and both keep a repeated key's first place and last value: fewer keys in the
    # candidate means the body repeated one.
    return checked.compact if checked.keys == raw_scan.keys else b""


def _exact_form(raw: bytes) -> bytes | None:
    """`JSON.stringify(JSON.parse(raw))` by the byte-exact writer; None if not JSON or a key repeats."""
    try:
        return js_stringify(js_parse(raw, unique_keys=True)).encode()
    except (ValueError, RecursionError):
        return None


def _candidates(raw: bytes, *, json_only: bool = False) -> Iterator[tuple[bytes, bool]]:
    """What Cobalt may have signed for `raw`, cheapest first, as (message, is the JavaScript form).

    With the accelerator: the JavaScript form (`raw` itself when they are equal), or nothing when
    there is none. Without it: a guess may come first (a pretty-printed body with its layout
    removed: one HMAC, no parsing); the JavaScript form comes last, when there is one, and nothing
    is parsed unless byte operations (`_fastform`, then `_canonical`) cannot establish it.
    Those assume valid JSON; `json_only=True` parses the body first on that path and gives nothing
    for one `JSON.parse` refuses.
    """
    accelerated = _accelerator.js_form(raw)
    if isinstance(accelerated, bytes):
        yield accelerated, True
        return
    if accelerated is _accelerator.Verdict.SAME:
        yield raw, True
        return
    if accelerated is _accelerator.Verdict.NONE:
        return
    if json_only and not _is_json(raw):
        return
    yield from _pure_candidates(raw)


def _pure_candidates(raw: bytes) -> Iterator[tuple[bytes, bool]]:
    """`_candidates` without the accelerator (or beyond its nesting depth)."""
    if b"\n" in raw:
        pretty = pretty_compact(raw)
        # pretty_compact removes only whitespace outside strings unless a string holds `": `.
        proved = b'\\": ' not in raw and is_js_form(pretty, opening_colon=True)
        yield pretty, proved
        if proved:
            return
    elif is_js_form(raw):
        yield raw, True
        return
    raw_scan = scan(raw)
    if raw_scan is not None and raw_scan.canonical:
        yield raw_scan.compact, True
        return
    if raw_scan is not None:
        candidate = _compact_candidate(raw, raw_scan)
        if candidate is not None:
            if candidate:
                yield candidate, True
            return
    exact = _exact_form(raw)
    if exact is not None:
        yield exact, True


def js_form(raw: bytes) -> bytes | None:
    """What Cobalt's algorithm would have signed for `raw`; None if nothing (not JSON).

    A body that repeats a key gives None or a text that still repeats it, which `JSON.stringify`
    never writes, so no signature of Cobalt's can match it.

    The pure path's byte-level proofs assume valid JSON (`verify_signature` only needs them to be
    right for valid JSON: any other body verifies by its raw bytes or not at all), so without the
    accelerator `raw` is parsed first here: `not json`, `[1,]` or `NaN` give None on both paths.
    """
    for message, is_form in _candidates(raw, json_only=True):
        if is_form:
            return message
    return None


def _is_json(raw: bytes) -> bool:
    """`JSON.parse` accepts `raw` (nesting too deep for Python's parser counts as not JSON, as in `_exact_form`)."""
    try:
        js_parse(raw)
    except (ValueError, RecursionError):
        return False
    return True


def verify_signature(
    body: bytes | str,
    signature: str | bytes | None,
    secrets: Secrets,
    *,
    max_body_bytes: int | None = WEBHOOK_MAX_BODY_BYTES,
) -> bytes:
    """Check a delivery's `cobalt-verification` header and return the bytes that matched.

    The result is the raw body when its bytes are signed, else its JavaScript re-serialisation;
    parse the result, never the raw body. Raises WebhookBodyTooLargeError (before anything else)
    when the body is longer than `max_body_bytes` (None: no limit); WebhookVerificationError when
    the signature is missing, empty, not 64 hex characters, or matches neither form under any
    secret; ConfigurationError when no secret is given.
    """
    check_body_size(body, max_body_bytes)
    keys = secret_keys(secrets)
    expected = bytes.fromhex(_normalise_signature(signature))
    raw = _raw_bytes(body)
    if _matches(keys, raw, expected):
        return raw
    tried = [raw]
    for message, _ in _candidates(raw):
        # `==` on bytes compares lengths first, so this costs at most a memcmp per candidate.
        if not any(message == earlier for earlier in tried):
            if _matches(keys, message, expected):
                return message
            tried.append(message)
    raise WebhookVerificationError(_NO_MATCH)


__all__ = [
    "Secrets",
    "check_body_size",
    "js_form",
    "js_stringify",
    "secret_keys",
    "sign",
    "signed_message",
    "verify_signature",
]
