"""What a user reads off the SDK's exceptions: classes by status, messages, attributes, redaction."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

import cobalt_sdk.webhooks  # its errors are part of the tree
from cobalt_sdk import (
    APIStatusError,
    BadRequestError,
    InternalServerError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    RateLimitError,
    WebhookPayloadError,
    _errors,
)
from cobalt_sdk._errors import redact_values, status_error_class


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (404, NotFoundError),
        (418, APIStatusError),
        (422, BadRequestError),
        (429, RateLimitError),
        (499, APIStatusError),
        (500, InternalServerError),
        (599, InternalServerError),
    ],
)
def test_status_picks_the_exception_class(status: int, cls: type[APIStatusError]) -> None:
    assert status_error_class(status) is cls


def test_status_error_message_names_operation_and_status() -> None:
    err = NotFoundError(status_code=404, message="Not found.", operation="patients.get")
    assert str(err) == "patients.get: HTTP 404: Not found."
    assert repr(err) == "NotFoundError('patients.get: HTTP 404: Not found.')"
    assert (err.status_code, err.message, err.operation) == (404, "Not found.", "patients.get")
    assert str(APIStatusError(status_code=418, message="teapot", operation=None)) == "HTTP 418: teapot"


def test_values_sent_are_redacted_from_the_message_but_kept_on_it() -> None:
    err = BadRequestError(status_code=400, message="Patient azz not found", operation="x", redact=["zz", "azz"])
    assert str(err) == "x: HTTP 400: Patient [redacted] not found" and err.message == "Patient azz not found"


def test_redaction_longest_first_two_characters_and_up() -> None:
    assert redact_values("azz and zz", ["zz", "azz"]) == "[redacted] and [redacted]"
    assert redact_values("id 42, code 7", ["42", "7"]) == "id [redacted], code 7"
    assert redact_values("nothing here", ["absent"]) == "nothing here"


def test_job_failed_error() -> None:
    event = SimpleNamespace(type="patient.failed")
    reasons = [
        {"code": "MRN_TAKEN", "description": "Jane Doe's MRN is in use"},
        SimpleNamespace(code="EHR_DOWN", description="EHR unreachable"),
        {"code": "", "description": "no code given"},
        SimpleNamespace(description="a reason object without a code"),
    ]
    err = JobFailedError("42", event, "Jane Doe already exists", reasons)
    assert str(err) == "job 42 failed with event patient.failed (codes: MRN_TAKEN, EHR_DOWN)"
    assert err.codes == ["MRN_TAKEN", "EHR_DOWN"] and err.reasons == reasons
    assert (err.job_id, err.event, err.failure_reason) == ("42", event, "Jane Doe already exists")
    assert "Jane" not in str(err) and "Jane" not in repr(err)
    plain = JobFailedError("7", object(), None, [])
    assert str(plain) == "job 7 failed with event ?" and plain.codes == [] and plain.failure_reason is None


def test_job_timeout_error() -> None:
    err = JobTimeoutError("42", 2.5)
    assert str(err) == "job 42 produced no outcome event within 2.5 s"
    assert (err.job_id, err.timeout) == ("42", 2.5)
    assert str(JobTimeoutError("1", 180.0)) == "job 1 produced no outcome event within 180 s"


def test_webhook_payload_error_names_the_field() -> None:
    err = WebhookPayloadError("bad value", field="data.dob")
    assert (str(err), err.field) == ("bad value", "data.dob")
    assert WebhookPayloadError("bad").field is None


def _drawn_tree(text: str) -> set[tuple[str, str]]:
    """(parent, class) for every node below the root of a tree drawn with box characters."""
    pairs: set[tuple[str, str]] = set()
    stack: list[str] = []  # the names on the path to the current node, by depth
    root_column = -1
    for line in text.splitlines():
        if line.strip() == "CobaltError":
            root_column, stack = line.index("CobaltError"), ["CobaltError"]
        elif stack and (found := re.search(r"[├└]── (\w+)", line)):
            depth = (found.start() - root_column) // 4 + 1
            del stack[depth:]
            pairs.add((stack[depth - 1], found.group(1)))
            stack.append(found.group(1))
        elif stack and not line.strip(" │"):
            break
    return pairs


def _real_tree(cls: type[BaseException]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for sub in cls.__subclasses__():
        pairs |= {(cls.__name__, sub.__name__), *_real_tree(sub)}
    return pairs


@pytest.mark.parametrize("where", ["_errors.py docstring", "README"])
def test_the_drawn_exception_tree_is_the_real_one(where: str) -> None:
    """Both drawings of the tree hold every exception class, each under its real parent."""
    readme = Path(__file__).resolve().parents[2] / "README.md"
    text = readme.read_text(encoding="utf-8") if where == "README" else _errors.__doc__ or ""
    drawn, real = _drawn_tree(text), _real_tree(cobalt_sdk.CobaltError)
    assert drawn == real and len(real) > 20
