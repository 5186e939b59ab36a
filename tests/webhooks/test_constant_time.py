"""Static check: every signature, digest and secret comparison in the SDK and sandbox uses hmac.compare_digest.

`==` / `!=` on a MAC or a credential leaks, through timing, how many leading bytes match. The check
walks the AST of every module under overlay/ and sandbox/ and fails on an equality comparison with
an operand that is a digest or a secret: a call to `.digest()`, `.hexdigest()`, `hmac.digest`,
`sign`, `_hmac_hex`, a name/attribute/subscript that says signature, digest, hmac or mac, one whose
name ends in `secret` or `access_token` (`cfg.client_secret`, a webhook `secret`), or a look-up of
such a header (`headers.get("client_secret")`). `len(...)` of one is fine.

Not covered, on purpose: the sandbox finds an access token's record by a dict look-up (a hash, then
one comparison of equal-hash keys), which gives no byte-by-byte oracle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = [ROOT / "overlay", ROOT / "sandbox"]
DIGEST_CALLS = {"digest", "hexdigest", "sign", "_hmac_hex", "compute_signature"}
DIGEST_WORDS = ("signature", "digest", "hmac", "mac", "verification")
SECRET_WORDS = ("secret", "access_token")


def _words(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Name):
        return [node.id.lower()]
    if isinstance(node, ast.Attribute):
        return [node.attr.lower(), *_words(node.value)]
    if isinstance(node, ast.Subscript):
        key = node.slice.value if isinstance(node.slice, ast.Constant) else None
        return [str(key).lower(), *_words(node.value)] if isinstance(key, str) else _words(node.value)
    return []


def _is_digest(node: ast.AST) -> bool:
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name == "len":
            return False
        if name in DIGEST_CALLS:
            return True
        if name == "get" and node.args and isinstance(node.args[0], ast.Constant):
            return str(node.args[0].value).lower().endswith(SECRET_WORDS)
        if name in {"encode", "decode", "lower", "strip", "upper", "hex", "fromhex"}:
            receiver = func.value if isinstance(func, ast.Attribute) else None
            return (receiver is not None and _is_digest(receiver)) or any(_is_digest(a) for a in node.args)
        return False
    words = _words(node)
    return any(w.endswith(DIGEST_WORDS + SECRET_WORDS) or w.startswith(DIGEST_WORDS) for w in words[:1])


def insecure_comparisons(source: str, filename: str = "<string>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, operands[:-1], operands[1:], strict=True):
            if isinstance(op, ast.Eq | ast.NotEq) and (_is_digest(left) or _is_digest(right)):
                if isinstance(left, ast.Constant) and left.value is None:
                    continue
                found.append(f"{filename}:{node.lineno}: {ast.unparse(node)}")
    return found


def modules() -> list[Path]:
    return sorted(p for root in SCANNED for p in root.rglob("*.py") if ".nox" not in p.parts)


def test_the_sdk_and_sandbox_compare_digests_in_constant_time() -> None:
    files = modules()
    assert {"_signature.py", "signing.py", "auth.py"} <= {p.name for p in files}
    found = [hit for p in files for hit in insecure_comparisons(p.read_text(encoding="utf-8"), str(p))]
    assert not found, "use hmac.compare_digest:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "snippet",
    [
        "ok = hmac.new(k, m, hashlib.sha256).hexdigest() == signature",
        "if expected != hmac.digest(k, m, 'sha256'): pass",
        "return sign(secret, payload) == header",
        "valid = headers['cobalt-verification'] == computed",
        "assert expected_signature.lower() == received",
        "x = a == b.digest()",
        # the sandbox's client credentials and a webhook secret
        "ok = headers.get('client_secret') == cfg.client_secret",
        "return sent is not None and sent == secret",
        "if given.encode() != secret.encode(): raise ApiError(401, 'x')",
        "same = hook['secret'] == provided",
        "if request.headers.get('access_token') != access_token: pass",
    ],
)
def test_the_check_catches_equality_on_digests(snippet: str) -> None:
    assert insecure_comparisons(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        "ok = hmac.compare_digest(sign(secret, payload), header)",
        "if len(signature) != 64: pass",
        "if signature is None: pass",
        "same = message == raw",
        "ok = hmac.compare_digest(sent.encode(), secret.encode())",
        "if headers.get('client_id') != cfg.client_id: pass",
        "if secret is None: pass",
        "fresh = token_handle == wanted",
    ],
)
def test_the_check_allows_the_rest(snippet: str) -> None:
    assert not insecure_comparisons(snippet)
