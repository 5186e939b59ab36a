"""Driving the sandbox's Link page as a person would, one persona at a time."""

from __future__ import annotations

from selenium.webdriver.remote.webdriver import WebDriver

from cobalt_sandbox.link.personas import GOOD_PASSWORD, MFA_CODE

from .conftest import shot, visible, wait_for

USERNAMES = {"good": "user_good", "mfa": "user_mfa", "locked": "user_locked", "wrong_password": "user_good"}
USERNAMES["expiring"] = "user_expiring"


def fill(driver: WebDriver, element_id: str, text: str) -> None:
    field = visible(driver, element_id)
    field.clear()
    field.send_keys(text)


def sign_in(driver: WebDriver, username: str, password: str) -> None:
    fill(driver, "username", username)
    fill(driver, "password", password)
    driver.find_element("id", "sign-in").click()


def run_persona(driver: WebDriver, persona: str, ehr: str = "webpt", update: bool = False, shots: str = "") -> None:
    """From Link's first screen to its last for ``persona`` (connected, or ended for `locked`)."""
    if not update:
        visible(driver, "choose")
        if shots:
            shot(driver, f"{shots}-choose-ehr")
        driver.find_element("css selector", f'button[data-ehr="{ehr}"]').click()
    visible(driver, "credentials")
    if shots:
        shot(driver, f"{shots}-credentials")
    if persona == "wrong_password":
        sign_in(driver, USERNAMES[persona], "not-" + GOOD_PASSWORD)
        error = visible(driver, "credentials-error")
        assert error.text == "The username or password is incorrect. Try again."
        if shots:
            shot(driver, f"{shots}-wrong-password")
    sign_in(driver, USERNAMES[persona], GOOD_PASSWORD)
    if persona == "mfa":
        visible(driver, "mfa")
        fill(driver, "code", "000000")
        driver.find_element("id", "verify").click()
        wait_for(driver, lambda d: d.find_element("id", "mfa-error").is_displayed(), "the wrong-code message")
        if shots:
            shot(driver, f"{shots}-mfa")
        fill(driver, "code", MFA_CODE)
        driver.find_element("id", "verify").click()
    if persona == "locked":
        ended = visible(driver, "ended-error")
        assert "locked" in ended.text
        if shots:
            shot(driver, f"{shots}-locked")
