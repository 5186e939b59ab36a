"""The inspector in a real browser: a delivery appears live with the receiver's answer, resend adds an
attempt, and a patient named `<script>alert(1)</script>` shows as text."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from selenium.common.exceptions import NoAlertPresentException, StaleElementReferenceException
from selenium.webdriver.remote.webdriver import WebDriver
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from cobalt_sandbox.server import serve_app

from .conftest import World, shot, visible, wait_for

XSS = "<script>alert(1)</script>"


@pytest.fixture
def receiver() -> Iterator[str]:
    """A real webhook receiver on 127.0.0.1 that answers every delivery with 200 and a short text."""

    async def hook(request: Request) -> PlainTextResponse:
        await request.body()
        return PlainTextResponse("received by the test receiver")

    with serve_app(Starlette(routes=[Route("/hook", hook, methods=["POST"])])) as port:
        yield f"http://127.0.0.1:{port}/hook"


def api(world: World) -> dict[str, str]:
    return {
        "client_id": world.sandbox.config.client_id,
        "client_secret": world.sandbox.config.client_secret,
        "access_token": world.sandbox.config.access_token,
    }


def create_patient(world: World, first_name: str) -> None:
    body = {"first_name": first_name, "last_name": "Lovelace", "dob": "1990-01-01", "sex": "female"}
    world.control.post("/v1/patients", json=body, headers=api(world)).raise_for_status()
    world.advance(1)  # the job finishes; the sandbox delivers its event before answering


def rows(driver: WebDriver, table: str) -> list[list[str]]:
    """The table's cell texts, read in one script (the page redraws tables while it polls)."""
    script = (
        "return Array.from(document.querySelectorAll(arguments[0])).map(r => Array.from(r.cells, c => c.innerText))"
    )
    found: list[list[str]] = driver.execute_script(script, f"#{table} tbody tr")
    return found


def click(driver: WebDriver, css: str) -> None:
    """Click what ``css`` finds, again if a redraw replaced it in between."""

    def clicked(d: WebDriver) -> bool:
        try:
            d.find_element("css selector", css).click()
        except StaleElementReferenceException:
            return False
        return True

    wait_for(driver, clicked, f"a click on {css}")


def test_a_delivery_shows_live_and_resends(page: WebDriver, world: World, receiver: str) -> None:
    world.control.post("/v1/webhook", json={"webhook_url": receiver}, headers=api(world)).raise_for_status()
    page.get(world.origin + "/_sandbox/ui")
    visible(page, "events-empty")
    create_patient(world, "Ada")  # while the page is open: it must pick the event up by itself
    wait_for(page, lambda d: rows(d, "events") and rows(d, "events")[0][0] == "patient.created", "the event row")
    # the row may first show the delivery pending: the page keeps polling until it lands
    wait_for(page, lambda d: rows(d, "events")[0][3:] == ["success", "1", "200"], "the delivery's outcome")
    shot(page, "inspector-events")
    click(page, "#events tbody tr")
    visible(page, "detail")
    wait_for(page, lambda d: len(rows(d, "attempts")) == 1, "the delivery attempt")
    number, url, _at, answer, latency, excerpt = rows(page, "attempts")[0]
    assert (number, url, answer, excerpt) == ("1", receiver, "HTTP 200", "received by the test receiver")
    assert latency.endswith(" ms")
    headers = dict((name, value) for name, value in rows(page, "headers"))
    assert len(headers["cobalt-verification"]) == 64 and headers["webhook-attempt"] == "1"
    assert page.find_element("id", "signed-body").text.startswith('{"id":')
    shot(page, "inspector-event")
    page.find_element("id", "resend").click()
    wait_for(page, lambda d: len(rows(d, "attempts")) == 2, "the resent attempt")
    assert rows(page, "attempts")[1][3] == "HTTP 200"
    page.find_element("css selector", 'button[data-tab="jobs"]').click()
    wait_for(page, lambda d: rows(d, "jobs") and rows(d, "jobs")[0][2] == "succeeded", "the finished job")
    shot(page, "inspector-jobs")
    page.find_element("css selector", 'button[data-tab="tokens"]').click()
    assert rows(page, "tokens")[0][5] == "active"
    click(page, "#tokens button")
    wait_for(page, lambda d: rows(d, "tokens")[0][5] == "expired", "the token to show expired")
    shot(page, "inspector-tokens")
    page.find_element("css selector", 'button[data-tab="controls"]').click()
    page.find_element("css selector", "#fail-form button").click()
    wait_for(page, lambda d: d.find_element("id", "fail-next").text == "* \u00d71", "the waiting failure")
    visible(page, "clock-seconds").clear()
    page.find_element("id", "clock-seconds").send_keys("5")
    page.find_element("id", "clock-advance").click()
    wait_for(page, lambda d: "Clock advanced" in d.find_element("id", "control-message").text, "the clock")
    shot(page, "inspector-controls")
    state = world.control.get("/_sandbox/state").json()
    assert state["fail_next"] == {"*": ["Simulated failure"]}


def test_patient_data_is_shown_as_text(page: WebDriver, world: World, receiver: str) -> None:
    world.control.post("/v1/webhook", json={"webhook_url": receiver}, headers=api(world)).raise_for_status()
    create_patient(world, XSS)
    mrn = world.control.get("/_sandbox/events").json()["events"][-1]["data"]["mrn"]
    # EHR staff touch the record: patient.updated carries the stored name
    world.control.patch(f"/_sandbox/ehr/patients/{mrn}", json={"last_name": "Byron"}).raise_for_status()
    page.get(world.origin + "/_sandbox/ui")
    wait_for(page, lambda d: rows(d, "events") and rows(d, "events")[0][0] == "patient.updated", "the event row")
    click(page, "#events tbody tr")
    envelope = visible(page, "envelope")
    wait_for(page, lambda d: XSS in d.find_element("id", "envelope").text, "the patient's name")
    assert XSS in page.find_element("id", "signed-body").text
    with pytest.raises(NoAlertPresentException):
        page.switch_to.alert.accept()
    scripts = page.execute_script("return Array.from(document.scripts).map(s => s.src)")
    assert scripts == [world.origin + "/_sandbox/ui/static/inspector.js"]  # nothing injected
    assert envelope.find_elements("tag name", "script") == []
    # the API still holds the name exactly as given
    shot(page, "inspector-escaped")
    events = httpx.get(world.origin + "/_sandbox/events").json()["events"]
    assert any(e["data"].get("first_name") == XSS for e in events)
