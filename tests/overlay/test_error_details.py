"""The details users rely on in the SDK's errors: exact texts, the fields each error carries, and
secrets redacted from every place an exception keeps text (args, OS error fields, `message`/`msg`,
notes, the whole `__cause__`/`__context__` chain), so no `str()`, `repr()` or traceback shows them.
"""

from __future__ import annotations

import traceback

import pytest

from cobalt_sdk import (
    APIStatusError,
    BadRequestError,
    JobError,
    JobEventError,
    LoginRequiredError,
    NotFoundError,
    PermissionDeniedError,
)
from cobalt_sdk._errors import REDACTED, redact_exception, redact_values, status_error_class
from cobalt_sdk.webhooks import WebhookBodyTooLargeError, WebhookPayloadError

SECRET = "s3cr3t-client-secret"


def _everything(exc: BaseException) -> str:
    """All a user can see of an exception: str, repr and the formatted traceback of its chain."""
    return "\n".join([str(exc), repr(exc), "".join(traceback.format_exception(exc))])


# --- LoginRequiredError ----------------------------------------------------------------------


def test_login_required_says_how_to_restore_the_link() -> None:
    err = LoginRequiredError(
        status_code=403, message="login required", operation="patients.list", code="login_required"
    )
    assert str(err) == (
        "patients.list: HTTP 403: login required (login_required: re-run Cobalt Link in update mode "
        "with the existing access_token, via link.create_token(access_token=...), so the user can "
        "restore the EHR link)"
    )
    assert isinstance(err, PermissionDeniedError)
    assert err.code == "login_required"


def test_only_a_403_login_required_is_a_login_required_error() -> None:
    assert status_error_class(403, "login_required") is LoginRequiredError
    assert status_error_class(403) is PermissionDeniedError
    assert status_error_class(403, "forbidden") is PermissionDeniedError
    assert status_error_class(400, "login_required") is BadRequestError
    assert status_error_class(404, "login_required") is NotFoundError


def test_a_plain_permission_error_has_no_hint() -> None:
    err = PermissionDeniedError(status_code=403, message="forbidden", operation="patients.list")
    assert str(err) == "patients.list: HTTP 403: forbidden"


# --- APIStatusError fields -------------------------------------------------------------------


def test_status_error_carries_request_id_headers_and_body() -> None:
    err = APIStatusError(
        status_code=409,
        message=f"conflict for {SECRET}",
        operation="patients.update",
        secrets=[SECRET],
        headers={"x-request-id": "req-42"},
        request_id="req-42",
        body=f'{{"message": "conflict for {SECRET}"}}',
    )
    assert str(err) == f"patients.update: HTTP 409: conflict for {REDACTED} [request id req-42]"
    assert repr(err) == f"APIStatusError({str(err)!r})"
    assert err.request_id == "req-42"
    assert dict(err.headers) == {"x-request-id": "req-42"}
    assert err.body == f'{{"message": "conflict for {REDACTED}"}}'
    assert SECRET not in _everything(err)


def test_status_error_without_optional_fields() -> None:
    err = APIStatusError(status_code=418, message="teapot", operation=None, secrets=[SECRET])
    assert str(err) == "HTTP 418: teapot"
    assert err.request_id is None
    assert err.body is None
    assert err.code is None
    assert dict(err.headers) == {}
    assert err.retry_after is None


# --- JobEventError, WebhookBodyTooLargeError ------------------------------------------------


def test_job_event_error_names_the_job_event_and_field() -> None:
    err = JobEventError("job-7", "evt-3", "data.patient_id")
    assert str(err) == "job job-7: event evt-3 does not match its schema (field 'data.patient_id')"
    assert isinstance(err, JobError)
    assert (err.job_id, err.event_id, err.field) == ("job-7", "evt-3", "data.patient_id")


def test_job_event_error_without_event_id_or_field() -> None:
    err = JobEventError("job-7", None, None)
    assert str(err) == "job job-7: event ? does not match its schema"
    assert (err.job_id, err.event_id, err.field) == ("job-7", None, None)


def test_body_too_large_error_gives_size_and_limit() -> None:
    err = WebhookBodyTooLargeError(2_000_001, 1_000_000)
    assert str(err) == "webhook body is 2000001 bytes, over the 1000000-byte limit (max_body_bytes)"
    assert isinstance(err, WebhookPayloadError)
    assert (err.size, err.limit, err.field) == (2_000_001, 1_000_000, None)


# --- redaction -------------------------------------------------------------------------------


def test_url_encoded_forms_of_a_secret_are_redacted() -> None:
    secret = "tok/en val"  # quote(safe="") and quote_plus differ, and differ from quote's default
    for form in ("tok/en val", "tok%2Fen%20val", "tok%2Fen+val"):
        assert redact_values(f"url ?t={form}&x", [secret]) == f"url ?t={REDACTED}&x"


def test_a_number_sent_is_redacted_only_where_it_stands_alone() -> None:
    """A page size of 30 once turned `port=33011` into `port=3[redacted]11` in httpcore's lines
    (tests/overlay/test_transport_logs.py failed whenever the sandbox's free port held a number the
    call sent). Digits inside a longer number are not the value; elsewhere it still goes."""
    text = "GET http://127.0.0.1:33011/v1/patients?page_size=30 in 130.4 ms, mrn 30, 30-day, x30y"
    assert redact_values(text, ["30"]) == (
        f"GET http://127.0.0.1:33011/v1/patients?page_size={REDACTED} in 130.4 ms, mrn {REDACTED},"
        f" {REDACTED}-day, x{REDACTED}y"
    )
    assert redact_values("MRN-12345 and 912345", ["12345"]) == f"MRN-{REDACTED} and 912345"
    assert redact_values("id=a30b", ["a30b"]) == f"id={REDACTED}"  # not digits only: everywhere


def test_a_two_character_secret_is_redacted_and_a_missing_one_ignored() -> None:
    exc = RuntimeError("token zq leaked")
    redact_exception(exc, [None, "zq"])  # type: ignore[list-item]  # an unset credential is None
    assert str(exc) == f"token {REDACTED} leaked"


def test_arguments_other_than_text_are_kept() -> None:
    exc = ValueError(404, f"secret {SECRET}", None)
    redact_exception(exc, [SECRET])
    assert exc.args == (404, f"secret {REDACTED}", None)


def test_os_error_fields_are_redacted() -> None:
    exc = FileNotFoundError(2, f"no such file {SECRET}", f"/tmp/{SECRET}.json")
    redact_exception(exc, [SECRET])
    assert exc.strerror == f"no such file {REDACTED}"
    assert exc.filename == f"/tmp/{REDACTED}.json"
    assert SECRET not in _everything(exc)


class _WithMessage(Exception):
    def __init__(self, message: str, msg: str) -> None:
        super().__init__("see message")
        self.message = message
        self.msg = msg


def test_message_and_msg_attributes_are_redacted() -> None:
    exc = _WithMessage(f"message {SECRET}", f"msg {SECRET}")
    redact_exception(exc, [SECRET])
    assert exc.message == f"message {REDACTED}"
    assert exc.msg == f"msg {REDACTED}"
    assert exc.args == ("see message",)


def test_text_attributes_without_a_secret_are_left_alone() -> None:
    exc = _WithMessage("plain message", f"msg {SECRET}")
    redact_exception(exc, [SECRET])
    assert exc.message == "plain message"
    assert exc.msg == f"msg {REDACTED}"


class _ReadOnlyMessage(Exception):
    @property
    def message(self) -> str:
        return f"computed {SECRET}"


def test_a_read_only_text_attribute_does_not_stop_redaction() -> None:
    exc = _ReadOnlyMessage(f"args {SECRET}")
    redact_exception(exc, [SECRET])  # must not raise
    assert exc.args == (f"args {REDACTED}",)


def test_notes_are_redacted_and_other_notes_kept() -> None:
    exc = RuntimeError("failed")
    exc.add_note(f"while sending {SECRET}")
    exc.__notes__.append(7)  # type: ignore[arg-type]  # code can put anything there
    redact_exception(exc, [SECRET])
    assert exc.__notes__ == [f"while sending {REDACTED}", 7]


def test_the_whole_chain_is_redacted_even_when_it_loops() -> None:
    cause = ConnectionError(f"cause {SECRET}")
    context = OSError(5, f"context {SECRET}")
    outer = RuntimeError(f"outer {SECRET}")
    outer.__cause__ = cause
    outer.__context__ = outer  # already seen: the walk goes on to the rest
    cause.__context__ = context
    context.__context__ = cause  # a loop: each exception is visited once, the walk ends
    redact_exception(outer, [SECRET])
    assert (str(outer), str(cause), context.strerror) == (
        f"outer {REDACTED}",
        f"cause {REDACTED}",
        f"context {REDACTED}",
    )


def test_a_raised_chain_shows_no_secret_in_its_traceback() -> None:
    try:
        try:
            raise KeyError(SECRET)
        except KeyError as inner:
            raise RuntimeError(f"lookup of {SECRET} failed") from inner
    except RuntimeError as exc:
        redact_exception(exc, [SECRET])
        assert SECRET not in _everything(exc)
        assert REDACTED in _everything(exc)
    else:  # pragma: no cover
        pytest.fail("not raised")
