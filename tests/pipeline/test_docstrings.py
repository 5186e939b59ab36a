"""Every resource method documents each argument (IDE hover, `help()`) from the spec's descriptions."""

from __future__ import annotations

import importlib
import inspect
import re

import pytest

from cobalt_api_client.api import RESOURCE_NAMES
from cobalt_sdk import Cobalt

# Per-call options every method shares; the client options documentation covers them.
SHARED = {"timeout", "extra_headers", "extra_query", "extra_body", "max_retries", "deadline"}


def _methods() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for name in RESOURCE_NAMES:
        module = importlib.import_module(f"cobalt_api_client.api.{name}")
        for cls in (getattr(module, n) for n in module.__all__):
            for attr, fn in vars(cls).items():
                if not attr.startswith("_") and inspect.isfunction(fn):
                    found.append((f"{cls.__name__}.{attr}", fn))
    return found


METHODS = _methods()


@pytest.mark.parametrize(("name", "fn"), METHODS, ids=[n for n, _ in METHODS])
def test_every_argument_has_an_args_entry(name: str, fn: object) -> None:
    doc = inspect.getdoc(fn) or ""
    assert "\nArgs:\n" in doc, name
    documented = set(re.findall(r"^    (\w+): \S", doc.split("\nArgs:\n", 1)[1], flags=re.MULTILINE))
    arguments = {p for p in inspect.signature(fn).parameters if p != "self"} - SHARED  # type: ignore[arg-type]
    assert arguments - documented == set(), name


def test_descriptions_come_from_the_spec() -> None:
    """Parameter descriptions (written on the parameter, not its schema) and body field descriptions."""
    from cobalt_api_client.api.availability import AvailabilityResource
    from cobalt_api_client.api.telephone_encounters import TelephoneEncountersResource

    listing = inspect.getdoc(AvailabilityResource.list) or ""
    assert "provider_ids: Provider EHR ids to restrict the result to (sent comma-separated)." in listing
    assert "start_date: Start of the window." in listing and "A `datetime.date` or an ISO date string" in listing
    assert "provider_type: Compute availability for the primary or the secondary provider." in listing
    assert "Optional (default `'primary'`)." in " ".join(listing.split())
    create = inspect.getdoc(TelephoneEncountersResource.create) or ""
    assert re.search(r"^    patient_mrn: \S", create, flags=re.MULTILINE)


def test_help_on_a_method_shows_the_args() -> None:
    import pydoc

    text = pydoc.render_doc(Cobalt, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    assert "class Cobalt" in text
    resource = type(Cobalt(client_id="c", client_secret="s", access_token="t").providers)
    text = pydoc.render_doc(resource.list, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    assert "Args:" in text and "timeout:" in text
