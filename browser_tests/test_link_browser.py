"""Cobalt Link in a real browser: New Window and Lightbox for every persona, ending in a working
access token (or, for `locked`, in no token), and update mode after the password expired."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from selenium.webdriver.remote.webdriver import WebDriver

from cobalt_sandbox.link.personas import EXPIRES_AFTER

from .conftest import World, shot, visible, wait_for
from .linkpage import run_persona

PERSONAS = ["good", "mfa", "wrong_password", "expiring", "locked"]


def status_is(driver: WebDriver, text: str) -> None:
    wait_for(driver, lambda d: d.find_element("id", "status").text == text, f"the app to say {text!r}")


def open_lightbox(page: WebDriver, world: World) -> None:
    page.get(world.app_origin + "/")
    page.find_element("id", "connect").click()
    frame = visible(page, "cobalt-link-frame")
    page.switch_to.frame(frame)


@pytest.mark.parametrize("persona", PERSONAS)
def test_new_window(page: WebDriver, world: World, persona: str) -> None:
    token = world.link_token()
    query = urlencode({"token": token, "callback_url": world.app_origin + "/callback"})
    page.get(f"{world.origin}/link?{query}")
    run_persona(page, persona, shots="new-window" if persona in ("mfa", "wrong_password", "locked") else "")
    if persona == "locked":
        assert page.current_url.startswith(world.origin)  # no redirect, no token
        assert world.app_get("/api/appointments") == {"error": "not_connected"}
        return
    # Link redirected to the app's callback with ?token=pt_..., and the app exchanged it server-side
    wait_for(page, lambda d: urlsplit(d.current_url).path == "/", "the app's page after the callback")
    assert parse_qs(urlsplit(page.current_url).query) == {"connected": ["1"]}
    assert "appointments" in world.app_get("/api/appointments")


@pytest.mark.parametrize("persona", PERSONAS)
def test_lightbox(page: WebDriver, world: World, persona: str) -> None:
    open_lightbox(page, world)
    if persona == "good":
        page.switch_to.default_content()
        shot(page, "lightbox-modal")
        page.switch_to.frame(page.find_element("id", "cobalt-link-frame"))
    run_persona(page, persona)
    if persona == "locked":
        page.find_element("id", "close").click()
        page.switch_to.default_content()
        status_is(page, "Link closed: account_locked")
        assert not page.find_elements("id", "cobalt-link-overlay")
        return
    page.switch_to.default_content()
    status_is(page, "Connected.")
    assert not page.find_elements("id", "cobalt-link-overlay")  # the modal closed itself
    page.find_element("id", "load").click()
    wait_for(page, lambda d: d.find_element("id", "status").text.endswith("appointments this month."), "appointments")


def test_update_mode_after_the_password_expired(page: WebDriver, world: World) -> None:
    open_lightbox(page, world)
    run_persona(page, "expiring")
    page.switch_to.default_content()
    status_is(page, "Connected.")
    world.advance(EXPIRES_AFTER)
    page.find_element("id", "load").click()
    status_is(page, "Your EHR login expired: reconnect it.")
    page.find_element("id", "connect").click()
    page.switch_to.frame(visible(page, "cobalt-link-frame"))
    title = visible(page, "credentials-title")
    assert title.text == "Reconnect WebPT"
    assert not page.find_element("id", "back").is_displayed()  # update mode keeps the EHR
    shot(page, "update-mode")
    run_persona(page, "good", update=True)
    page.switch_to.default_content()
    status_is(page, "Reconnected.")
    page.find_element("id", "load").click()
    wait_for(page, lambda d: d.find_element("id", "status").text.endswith("appointments this month."), "appointments")
    events = world.control.get("/_sandbox/events").json()["events"]
    assert [e["type"] for e in events].count("access_token.login_required") == 1
