"""The replay window: which signed times are read, and what is refused (with which message)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from cobalt_sdk.webhooks import WebhookVerificationError
from cobalt_sdk.webhooks._replay import check_fresh, parse_time, signed_time_field

T = datetime(2025, 10, 21, 14, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-10-21T14:30:00.000Z", T),
        ("2025-10-21t14:30:00z", T),
        ("2025-10-21 14:30:00Z", T),
        ("2025-10-21T14:30", T),
        ("2025-10-21T14:30:00", T),  # no offset: UTC
        ("  2025-10-21T14:30:00Z  ", T),
        ("2025-10-21T14:30:00 Z", T),
        ("2025-10-21T07:30:00-07:00", T),
        ("2025-10-21T07:30:00.000-7:00", T),  # Cobalt's one-digit hour offset
        ("2025-10-21T20:00:00+0530", T),
        ("2025-10-21T19:30:00+05", T + timedelta(hours=0)),
        ("2025-10-21T14:30:00.5Z", T + timedelta(microseconds=500_000)),
        ("2025-10-21T14:30:00,25Z", T + timedelta(microseconds=250_000)),
        ("2025-10-21T14:30:00.123456789Z", T + timedelta(microseconds=123_456)),
        ("2025-10-21T14:30:07Z", T + timedelta(seconds=7)),
    ],
)
def test_iso_forms(text: str, expected: datetime) -> None:
    parsed = parse_time(text)
    assert parsed == expected and parsed is not None and parsed.utcoffset() is not None


def test_offsets_are_kept() -> None:
    parsed = parse_time("2025-10-21T07:30:00-07:00")
    assert parsed is not None and parsed.utcoffset() == -timedelta(hours=7)
    parsed = parse_time("2025-10-21T20:00:00+05:30")
    assert parsed is not None and parsed.tzinfo == timezone(timedelta(hours=5, minutes=30))


@pytest.mark.parametrize(
    "value",
    ["2025-13-01T00:00:00Z", "2025-10-21T14:30:00+24:00", "yesterday", "2025-10-21", "", True, False, None, [], {}],
)
def test_unreadable(value: Any) -> None:
    assert parse_time(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1_761_057_000, T),
        (1_761_057_000.5, T + timedelta(microseconds=500_000)),
        (1_761_057_000_000, T),  # milliseconds
        (100_000_000_000, datetime(5138, 11, 16, 9, 46, 40, tzinfo=UTC)),  # 1e11 itself is seconds
        (-1_761_057_000_000, datetime(1914, 3, 13, 9, 30, tzinfo=UTC)),  # negative milliseconds
    ],
)
def test_numbers_are_unix_seconds_or_milliseconds(value: float, expected: datetime) -> None:
    assert parse_time(value) == expected


def test_numbers_out_of_range_are_unreadable() -> None:
    assert parse_time(1e20) is None
    assert parse_time(float("nan")) is None


def test_signed_time_field() -> None:
    assert signed_time_field({"created": 1, "timestamp": 2}) == "created"
    assert signed_time_field({"timestamp": 2}) == "timestamp"
    assert signed_time_field({}) == "created"


def now(offset: float) -> Any:
    return lambda: T.timestamp() + offset


def test_window_edges_are_inside() -> None:
    obj = {"created": "2025-10-21T14:30:00Z"}
    check_fresh(obj, 300, now(300))
    check_fresh(obj, 300, now(-300))
    with pytest.raises(WebhookVerificationError):
        check_fresh(obj, 300, now(300.5))
    with pytest.raises(WebhookVerificationError):
        check_fresh(obj, 300, now(-300.5))
    check_fresh({"timestamp": "2025-10-21T14:30:00Z"}, 0, now(0))  # live-fetch envelope


def test_refusal_messages() -> None:
    with pytest.raises(WebhookVerificationError) as info:
        check_fresh({"created": "2025-10-21T14:30:00Z"}, 300, now(1000))
    assert str(info.value) == (
        "webhook delivery is too old: its event was created 1000 s ago, over the 300 s tolerance "
        "(pass tolerance=None to replay history deliberately)"
    )
    with pytest.raises(WebhookVerificationError) as info:
        check_fresh({"created": "2025-10-21T14:30:00Z"}, 2.5, now(-1000))
    assert str(info.value) == "webhook delivery is created 1000 s in the future, over the 2.5 s tolerance"
    with pytest.raises(WebhookVerificationError) as info:
        check_fresh({}, 300, now(0))
    assert str(info.value) == (
        "webhook event has no usable signed time: 'created' is missing, so a replay cannot be ruled out "
        "(pass tolerance=None to accept old deliveries deliberately)"
    )
    with pytest.raises(WebhookVerificationError) as info:
        check_fresh({"timestamp": "soon"}, 300, now(0))
    assert "'timestamp' is not a readable time" in str(info.value)


def test_tolerance_none_accepts_anything() -> None:
    check_fresh({}, None, now(0))
    check_fresh({"created": "1999-01-01T00:00:00Z"}, None)


def test_default_clock_is_wall_time() -> None:
    check_fresh({"created": datetime.now(UTC).isoformat()}, 60)
    with pytest.raises(WebhookVerificationError):
        check_fresh({"created": "2020-01-01T00:00:00Z"}, 60)
