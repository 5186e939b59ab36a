"""The SDK's immutable records (credentials, client config, operations, job sources) keep what
`@dataclass(frozen=True)` gave them: value equality and hash, no assignment, `replace` checked like
construction, copies and pickles, and reprs without secrets."""

from __future__ import annotations

import copy
import pickle
import time

import httpx
import pytest

from cobalt_sdk._config import ClientConfig, Credentials, make_timeout
from cobalt_sdk._jobs import JobSource
from cobalt_sdk._types import Operation

SECRET, TOKEN = "cs-4f1c9e-very-secret", "at-77a0b1-token"


def _config(**changes: object) -> ClientConfig:
    values: dict[str, object] = {
        "credentials": Credentials("ci", SECRET, TOKEN),
        "base_url": "https://api.example.test/v1",
        "timeout": make_timeout(None),
        "max_retries": 2,
    }
    values.update(changes)
    return ClientConfig(**values)  # type: ignore[arg-type]


def test_equal_by_value_and_hashable() -> None:
    a, b = Operation("patients.get", "GET", "/patients/{id}"), Operation("patients.get", "GET", "/patients/{id}")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Operation("patients.get", "GET", "/patients/{id}", requires_access_token=False)
    assert Credentials("ci", SECRET) == Credentials("ci", SECRET, None)
    assert Credentials("ci", SECRET) != Credentials("ci", SECRET, TOKEN)
    assert (Operation("a", "GET", "/a") == ("a", "GET", "/a", True)) is False  # not a tuple


def test_defaults() -> None:
    assert Operation("a", "GET", "/a").requires_access_token is True
    config = _config()
    assert (config.deadline, dict(config.default_headers), dict(config.default_query), config.log_filter) == (
        None,
        {},
        {},
        True,
    )


@pytest.mark.parametrize("name", ["client_id", "client_secret", "access_token"])
def test_assignment_and_deletion_are_refused(name: str) -> None:
    creds = Credentials("ci", SECRET, TOKEN)
    with pytest.raises(AttributeError, match="immutable"):
        setattr(creds, name, "other")
    with pytest.raises(AttributeError, match="immutable"):
        delattr(creds, name)
    with pytest.raises(AttributeError):
        creds.extra = 1
    assert (creds.client_id, creds.client_secret, creds.access_token) == ("ci", SECRET, TOKEN)


def test_repr_shows_fields_in_order_but_never_secrets() -> None:
    creds = Credentials("ci", SECRET, TOKEN)
    assert repr(creds) == "Credentials(client_id='ci')"
    text = repr(_config(credentials=creds))
    assert SECRET not in text and TOKEN not in text
    assert text.startswith(
        "ClientConfig(credentials=Credentials(client_id='ci'), base_url='https://api.example.test/v1'"
    )
    expected = "Operation(name='a', method='GET', path='/a', requires_access_token=True)"
    assert repr(Operation("a", "GET", "/a")) == expected


def test_replace_changes_only_what_it_names_and_validates() -> None:
    config = _config()
    changed = config.replace(max_retries=5, deadline=3.0)
    assert (changed.max_retries, changed.deadline, changed.base_url) == (5, 3.0, config.base_url)
    assert (config.max_retries, config.deadline) == (2, None)  # the original is untouched
    with pytest.raises(ValueError, match="max_retries must be >= 0"):
        config.replace(max_retries=-1)
    with pytest.raises(ValueError, match="deadline must be > 0 seconds"):
        config.replace(deadline=0)
    with pytest.raises(TypeError, match="has no field 'retries'"):
        config.replace(retries=3)


def test_construction_validates() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        _config(max_retries=-1)
    with pytest.raises(ValueError, match="deadline"):
        _config(deadline=-2.5)


def test_copy_deepcopy_and_pickle_give_equal_records() -> None:
    config = _config(default_headers={"X-Trace": "1"})
    clone = copy.copy(config)
    assert clone == config and clone is not config and clone.credentials is config.credentials
    creds = Credentials("ci", SECRET, TOKEN)
    assert copy.deepcopy(creds) == creds
    assert pickle.loads(pickle.dumps(creds)) == creds
    op = Operation("a", "GET", "/a", False)
    assert pickle.loads(pickle.dumps(op)) == op
    source = JobSource(list, time.monotonic, time.sleep)
    assert copy.copy(source) == source and copy.copy(source).clock is time.monotonic


def test_timeout_field_is_the_httpx_timeout() -> None:
    assert isinstance(_config().timeout, httpx.Timeout)
