"""Tokens: who a token acts for, and the default token standing in for an unknown one."""

from __future__ import annotations

from collections.abc import Mapping

from cobalt_sandbox.store import Store
from cobalt_sandbox.tokens import Tokens


def _tokens(*records: Mapping[str, object]) -> Tokens:
    store = Store()
    for rec in records:
        store.put("tokens", str(rec["token"]), dict(rec))
    return Tokens(store, "at_default")


DEFAULT = {"token": "at_default", "reference_id": "ref_default", "user_id": "user_default"}
OTHER = {"token": "at_other", "reference_id": "ref_other", "user_id": "user_other"}


def test_a_known_token_acts_for_its_own_user() -> None:
    tokens = _tokens(DEFAULT, OTHER)
    assert tokens.record("at_other") == OTHER
    assert (tokens.reference_id("at_other"), tokens.user_id("at_other")) == ("ref_other", "user_other")


def test_an_unknown_or_missing_token_acts_as_the_default_one() -> None:
    tokens = _tokens(DEFAULT, OTHER)
    for token in ("at_nobody", None, ""):
        assert tokens.record(token) is None
        assert (tokens.reference_id(token), tokens.user_id(token)) == ("ref_default", "user_default")


def test_without_any_token_record_the_ids_are_empty() -> None:
    tokens = _tokens()
    assert (tokens.reference_id("at_default"), tokens.user_id(None)) == ("", "")
    blank = _tokens({"token": "at_default", "reference_id": None, "user_id": None})
    assert (blank.reference_id("at_default"), blank.user_id("at_default")) == ("", "")
