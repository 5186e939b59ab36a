"""Retry-After as a user sees it: the client waits exactly what the server asked, sub-second values included."""

from __future__ import annotations

import pytest

from .fakes import APPOINTMENT, FakeAPI, FakeClock, json_response, make_client

OK = {"success": True, "appointments": APPOINTMENT}


@pytest.mark.parametrize(("header", "waited"), [("0.5", 0.5), ("0", 0.0), ("-3", 0.0), ("1.25", 1.25)])
def test_client_waits_what_retry_after_asks(header: str, waited: float) -> None:
    api, clock = FakeAPI(), FakeClock()
    busy = json_response(429, {"success": False, "message": "busy"}, {"Retry-After": header})
    api.on("GET", "/appointments/a", lambda r: busy, lambda r: json_response(200, OK))
    make_client(api, clock).appointments.get("a")
    assert clock.sleeps == [waited] and len(api.requests) == 2
