"""Static check: every signature/digest comparison in the SDK and sandbox uses hmac.compare_digest.

`==` / `!=` on a MAC leaks, through timing, how many leading bytes match. The check walks the AST
of every module under overlay/ and sandbox/ and fails on an equality comparison with an operand
that is a digest: a call to `.digest()`, `.hexdigest()`, `hmac.digest`, `sign`, `_hmac_hex`, or a
name/attribute/subscript that says signature, digest, hmac or mac. `len(...)` of one is fine.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = [ROOT / "overlay", ROOT / "sandbox"]
DIGEST_CALLS = {"digest", "hexdigest", "sign", "_hmac_hex", "compute_signature"}
DIGEST_WORDS = ("signature", "digest", "hmac", "mac", "verification")


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
        if name in {"encode", "decode", "lower", "strip", "upper", "hex", "fromhex"}:
            receiver = func.value if isinstance(func, ast.Attribute) else None
            return (receiver is not None and _is_digest(receiver)) or any(_is_digest(a) for a in node.args)
        return False
    words = _words(node)
    return any(w.endswith(DIGEST_WORDS) or w.startswith(DIGEST_WORDS) for w in words[:1])


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
    assert any(p.name == "_signature.py" for p in files) and any(p.name == "signing.py" for p in files)
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
    ],
)
def test_the_check_allows_the_rest(snippet: str) -> None:
    assert not insecure_comparisons(snippet)
