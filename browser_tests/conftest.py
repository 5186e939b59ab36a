"""Real headless Chromium (Debian's chromium + chromium-driver) against a sandbox and the example app,
both on 127.0.0.1. Screenshots go to artifacts/screenshots/ (COBALT_SCREENSHOTS overrides)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from cobalt_sandbox import FakeClock, SandboxConfig
from cobalt_sandbox.server import RunningServer, serve, serve_app
from examples.link_app import create_app

CHROMIUM = os.environ.get("COBALT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("COBALT_CHROMEDRIVER", "/usr/bin/chromedriver")
SHOTS = Path(os.environ.get("COBALT_SCREENSHOTS", Path(__file__).parent.parent / "artifacts" / "screenshots"))
WAIT = 10.0  # seconds any one condition may take (every wait is bounded)
# What the probe of this machine found Chromium needs here (a closed network, root, no GPU).
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
)

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip(
        f"Chromium not found ({CHROMIUM}, {CHROMEDRIVER}): run `nox -s browser`, which installs Debian's "
        "chromium and chromium-driver",
        allow_module_level=True,
    )


@pytest.fixture(scope="session")
def driver() -> Iterator[webdriver.Chrome]:
    profile = tempfile.mkdtemp(prefix="cobalt-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    browser.set_page_load_timeout(WAIT)
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


def console_log(driver: webdriver.Chrome) -> list[dict[str, Any]]:
    """The browser console's entries since the last call (Selenium leaves get_log untyped)."""
    entries: list[dict[str, Any]] = driver.get_log("browser")  # type: ignore[no-untyped-call]
    return entries


@pytest.fixture
def page(driver: webdriver.Chrome) -> Iterator[webdriver.Chrome]:
    """The browser, left clean for the next test; fails on any CSP violation or script error."""
    console_log(driver)  # drop what earlier tests left
    yield driver
    problems = [e["message"] for e in console_log(driver) if e["level"] == "SEVERE"]
    driver.switch_to.default_content()
    driver.get("about:blank")
    assert not [p for p in problems if "Content Security Policy" in p or "Uncaught" in p], problems


@dataclass
class World:
    """A sandbox on a fake clock, the example app beside it, and HTTP clients for both."""

    sandbox: RunningServer
    origin: str  # the sandbox's http://127.0.0.1:PORT
    app_origin: str
    control: httpx.Client  # the sandbox's control API and /v1 (with the client credentials)

    def link_token(self, **body: str) -> str:
        headers = {"client_id": self.sandbox.config.client_id, "client_secret": self.sandbox.config.client_secret}
        resp = self.control.post(
            "/v1/link/token/create", json={"user_id": "u1", "org_id": "o1", **body}, headers=headers
        )
        resp.raise_for_status()
        return str(resp.json()["token"])

    def advance(self, seconds: float) -> None:
        self.control.post("/_sandbox/clock/advance", json={"seconds": seconds}).raise_for_status()

    def app_get(self, path: str) -> Any:
        return httpx.get(self.app_origin + path).json()


@pytest.fixture
def world() -> Iterator[World]:
    with serve(SandboxConfig(clock=FakeClock(), job_delay=1.0)) as sandbox:
        origin = sandbox.base_url.removesuffix("/v1")
        app = create_app(sandbox.base_url, sandbox.config.client_id, sandbox.config.client_secret)
        with serve_app(app) as app_port, httpx.Client(base_url=origin) as control:
            yield World(sandbox, origin, f"http://127.0.0.1:{app_port}", control)


def wait_for(driver: WebDriver, condition: Callable[[WebDriver], Any], what: str) -> Any:
    return WebDriverWait(driver, WAIT, poll_frequency=0.1).until(condition, message=f"waited {WAIT:g} s for {what}")


def visible(driver: WebDriver, element_id: str) -> WebElement:
    def shown(d: WebDriver) -> WebElement | bool:
        found = d.find_elements("id", element_id)
        return found[0] if found and found[0].is_displayed() else False

    element: WebElement = wait_for(driver, shown, f"#{element_id} to show")
    return element


def shot(driver: WebDriver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))
