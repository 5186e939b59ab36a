"""Every operation of openapi.yaml refuses a request that lacks or gets wrong a credential its security asks for.

The operations come from the spec's own `paths` (not a hand list), and which credentials each one
takes from its `security` (or the global one), read here independently of the sandbox's parser.
A refused request answers 401 with Cobalt's exact message and leaves the sandbox's data untouched.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from starlette.applications import Starlette

from cobalt_sandbox.state import Sandbox

from .tests_sandbox_helpers import HEADERS

SPEC: dict[str, Any] = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text("utf-8"))
METHODS = ("get", "put", "post", "patch", "delete")
BAD_CLIENT = {"success": False, "message": "Invalid client credentials."}
BAD_TOKEN = {"success": False, "message": "User not found."}


def operations() -> list[Any]:
    found = []
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                schemes = {name for req in op.get("security", SPEC.get("security", [])) for name in req}
                found.append(pytest.param(method.upper(), path, schemes, id=op["operationId"]))
    return found


OPERATIONS = operations()


def credential_cases(schemes: set[str]) -> list[tuple[str, dict[str, str], dict[str, Any]]]:
    """(what is wrong, headers sent, expected body) for every credential this operation takes."""
    cases: list[tuple[str, dict[str, str], dict[str, Any]]] = [("no credentials", {}, BAD_CLIENT)]
    for name in ("client_id", "client_secret"):
        cases.append((f"wrong {name}", {**HEADERS, name: HEADERS[name] + "x"}, BAD_CLIENT))
        cases.append((f"no {name}", {k: v for k, v in HEADERS.items() if k != name}, BAD_CLIENT))
    if "access_token" in schemes:
        cases.append(("wrong access_token", {**HEADERS, "access_token": "not-a-token"}, BAD_TOKEN))
        cases.append(("no access_token", {k: v for k, v in HEADERS.items() if k != "access_token"}, BAD_TOKEN))
    return cases


def test_the_spec_has_operations_of_both_kinds() -> None:
    kinds = {"access_token" in p.values[2] for p in OPERATIONS}
    assert len(OPERATIONS) > 40 and kinds == {True, False}


@pytest.mark.parametrize(("method", "path", "schemes"), OPERATIONS)
async def test_operation_refuses_bad_credentials(
    app: Starlette, sb: Sandbox, method: str, path: str, schemes: set[str]
) -> None:
    url = re.sub(r"\{[^}]+\}", "x1", path)
    before = copy.deepcopy(sb.store.collections)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.test/v1") as client:
        for what, headers, expected in credential_cases(schemes):
            r = await client.request(method, url, headers=headers, json={})
            assert (r.status_code, r.json()) == (401, expected), f"{method} {path} with {what}"
        assert sb.store.collections == before, f"{method} {path}: a refused request changed the sandbox's data"
        # The same request with every credential right is not refused: the cases above test auth, not the URL.
        accepted = await client.request(method, url, headers=HEADERS, json={})
        assert accepted.status_code != 401, f"{method} {path} refused valid credentials"
        if "access_token" not in schemes:
            no_token = {k: v for k, v in HEADERS.items() if k != "access_token"}
            r = await client.request(method, url, headers=no_token, json={})
            assert r.status_code != 401, f"{method} {path} asked for an access_token its security does not list"
