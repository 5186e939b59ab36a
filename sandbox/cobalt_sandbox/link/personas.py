"""Test logins for the sandbox's Cobalt Link: who signs in, and what the pretend EHR answers.

Pure data and one pure function, shared by the Link page, the browserless shortcut and the README's
table. The usernames follow Plaid's sandbox (`user_good` / `pass_good`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GOOD_PASSWORD = "pass_good"
MFA_CODE = "123456"
# Sandbox seconds after a successful `user_expiring` login until its EHR password stops working.
EXPIRES_AFTER = 60.0
# Failed passwords or codes one Link session accepts before it ends (a locked EHR would stop sooner).
MAX_FAILURES = 5

Step = Literal["connected", "mfa", "retry", "ended"]


@dataclass(frozen=True)
class Persona:
    name: str
    username: str
    password: str
    behaviour: str


PERSONAS: tuple[Persona, ...] = (
    Persona("good", "user_good", GOOD_PASSWORD, "connects at once"),
    Persona("mfa", "user_mfa", GOOD_PASSWORD, f"asks for a one-time code: {MFA_CODE} passes, any other retries"),
    Persona("locked", "user_locked", GOOD_PASSWORD, "the EHR account is locked: Link ends without a token"),
    Persona(
        "wrong_password",
        "user_good",
        "any other password",
        f"refused with a retry; after {MAX_FAILURES} failures the session ends",
    ),
    Persona(
        "expiring",
        "user_expiring",
        GOOD_PASSWORD,
        f"connects, then its password expires {EXPIRES_AFTER:g} s later: the token answers 403 login_required"
        " and access_token.login_required fires",
    ),
)

BY_USERNAME = {p.username: p for p in PERSONAS if p.name != "wrong_password"}


@dataclass(frozen=True)
class Answer:
    """What the pretend EHR said to one sign-in step."""

    step: Step
    error: str | None = None  # machine-readable code, e.g. "invalid_credentials"
    message: str | None = None  # what the Link page shows
    persona: str | None = None


INVALID = Answer("retry", "invalid_credentials", "The username or password is incorrect. Try again.")
LOCKED = Answer(
    "ended", "account_locked", "This EHR account is locked. Ask your EHR administrator to unlock it, then try again."
)
WRONG_CODE = Answer("retry", "invalid_mfa_code", "That code is not right. Check your authenticator and try again.")


def sign_in(username: str, password: str) -> Answer:
    """The EHR's answer to a username and password."""
    persona = BY_USERNAME.get(username.strip())
    if persona is None or password != persona.password:
        return INVALID
    if persona.name == "locked":
        return LOCKED
    if persona.name == "mfa":
        return Answer("mfa", persona=persona.name)
    return Answer("connected", persona=persona.name)


def verify_code(code: str) -> Answer:
    """The EHR's answer to the one-time code of the `mfa` persona."""
    return Answer("connected", persona="mfa") if code.strip() == MFA_CODE else WRONG_CODE


def by_name(name: str) -> Persona | None:
    return next((p for p in PERSONAS if p.name == name), None)
