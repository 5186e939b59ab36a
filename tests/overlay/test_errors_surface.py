"""What a user reads off the SDK's exceptions: classes by status, messages, attributes, redaction."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from cobalt_sdk import (
    APIStatusError,
    BadRequestError,
    InternalServerError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    RateLimitError,
    WebhookPayloadError,
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
