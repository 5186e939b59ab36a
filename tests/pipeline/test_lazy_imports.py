"""A client and one call import only that call's endpoint and models (cold start): not the
generated clients (the runner builds and parses requests itself) nor the webhook event parsers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = """
import json, sys, httpx
from cobalt_sdk import Cobalt

def serve(request):
    return httpx.Response(200, json={"success": True, "appointments": [{"id": "a1"}]})

client = Cobalt(client_id="ci", client_secret="cs", access_token="at", base_url="http://lazy.local/v1",
                transport=httpx.MockTransport(serve))
page = client.appointments.list(start_date="2024-03-14", end_date="2024-04-14").page
assert page.appointments[0].id == "a1"
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("cobalt_api_client.", "cobalt_sdk.webhooks")))))
"""


def test_one_list_call_imports_only_the_list_endpoint_and_its_models() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overlay")])}
    out = subprocess.run([sys.executable, "-c", PROGRAM], env=env, capture_output=True, text=True, check=True)
    modules = set(json.loads(out.stdout))
    endpoints = {m for m in modules if m.startswith("cobalt_api_client.api.appointments.")}
    assert endpoints == {"cobalt_api_client.api.appointments.appointments_list"}
    assert "cobalt_api_client.models.appointments_create_request" not in modules
    assert not any(m.endswith("_event") for m in modules), sorted(modules)
    assert "cobalt_api_client.client" not in modules
    assert not any(m.startswith("cobalt_sdk.webhooks") for m in modules), sorted(modules)


def test_the_generated_package_still_exports_its_clients() -> None:
    import cobalt_api_client
    from cobalt_api_client import AuthenticatedClient, Client, client

    assert cobalt_api_client.Client is client.Client is Client
    assert cobalt_api_client.AuthenticatedClient is client.AuthenticatedClient is AuthenticatedClient
    assert {"AuthenticatedClient", "Client", "client"} <= set(dir(cobalt_api_client))
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        cobalt_api_client.Nope  # noqa: B018
