"""Cobalt Link's sessions: each persona through the page's JSON steps, the exchange, update mode,
the expiring password, and the browserless shortcut."""

from __future__ import annotations

import time

import httpx
import pytest

from cobalt_sandbox import FakeClock
from cobalt_sandbox.link import flow, personas
from cobalt_sandbox.state import Sandbox

from .conftest import CLIENT, exchange, link_token, step

LOGIN_REQUIRED = {
    "success": False,
    "error": "login_required",
    "message": "Account link expired. Please go through the integration setup again.",
}


async def sign_in(web: httpx.AsyncClient, token: str, username: str, password: str = "pass_good") -> dict[str, object]:
    resp = await step(web, "credentials", token=token, username=username, password=password)
    assert resp.status_code == 200, resp.text
    body: dict[str, object] = resp.json()
    return body


async def appointments(web: httpx.AsyncClient, access_token: str) -> httpx.Response:
    params = {"start_date": "2025-01-01", "end_date": "2025-01-31"}
    return await web.get("/v1/appointments", params=params, headers={**CLIENT, "access_token": access_token})


async def test_good_login_gives_a_public_token_that_exchanges_once_for_a_working_token(web: httpx.AsyncClient) -> None:
    token = await link_token(web)
    start = (await step(web, "start", token=token)).json()
    assert start["step"] == "choose_ehr" and start["mode"] == "create"
    assert [e["name"] for e in start["ehrs"]][:2] == ["eClinicalWorks", "WebPT"]
    assert {p["username"] for p in start["personas"]} >= {"user_good", "user_mfa", "user_locked", "user_expiring"}
    chosen = (await step(web, "ehr", token=token, ehr="webpt")).json()
    assert chosen["step"] == "credentials" and chosen["ehr"] == {"id": "webpt", "name": "WebPT"}
    done = await sign_in(web, token, "user_good")
    assert done["step"] == "connected"
    public = str(done["public_token"])
    assert public.startswith("pt_") and "redirect_url" not in done
    first = await exchange(web, public)
    assert first.status_code == 200 and first.json()["success"] is True
    access = first.json()["token"]
    assert access.startswith("at_")
    assert (await appointments(web, access)).status_code == 200
    again = await exchange(web, public)
    assert again.status_code == 400
    assert again.json() == {"success": False, "message": "Invalid or expired public_token."}
    # the link token was used up too
    reopened = await step(web, "start", token=token)
    assert reopened.status_code == 400 and reopened.json()["error"] == "invalid_link_token"


async def test_mfa_persona_asks_for_a_code_and_retries_a_wrong_one(web: httpx.AsyncClient) -> None:
    token = await link_token(web, emr_name="eClinicalWorks")
    assert (await step(web, "start", token=token)).json()["step"] == "credentials"  # emr_name preselects
    assert (await sign_in(web, token, "user_mfa"))["step"] == "mfa"
    wrong = (await step(web, "code", token=token, code="000000")).json()
    assert wrong["step"] == "mfa" and wrong["error"] == "invalid_mfa_code" and wrong["attempts_left"] == 4
    done = (await step(web, "code", token=token, code=personas.MFA_CODE)).json()
    assert done["step"] == "connected"
    assert (await exchange(web, done["public_token"])).status_code == 200


async def test_locked_account_ends_the_session_without_a_token(web: httpx.AsyncClient) -> None:
    token = await link_token(web, emr_name="WebPT")
    out = await sign_in(web, token, "user_locked")
    assert out["step"] == "ended" and out["error"] == "account_locked" and "public_token" not in out
    assert "locked" in str(out["message"])
    retry = await step(web, "credentials", token=token, username="user_good", password="pass_good")
    assert retry.status_code == 400 and retry.json()["error"] == "invalid_link_token"


async def test_wrong_password_allows_a_retry_then_connects(web: httpx.AsyncClient) -> None:
    token = await link_token(web, emr_name="WebPT")
    wrong = await sign_in(web, token, "user_good", "pass_bad")
    assert wrong["step"] == "credentials" and wrong["error"] == "invalid_credentials"
    assert wrong["message"] == "The username or password is incorrect. Try again."
    assert (await sign_in(web, token, "user_good"))["step"] == "connected"


async def test_too_many_wrong_passwords_end_the_session(web: httpx.AsyncClient) -> None:
    token = await link_token(web, emr_name="WebPT")
    answers = [await sign_in(web, token, "user_good", f"nope{i}") for i in range(personas.MAX_FAILURES)]
    assert [a["step"] for a in answers[:-1]] == ["credentials"] * (personas.MAX_FAILURES - 1)
    assert answers[-1]["step"] == "ended" and answers[-1]["error"] == "too_many_attempts"


async def test_expiring_password_turns_the_token_into_login_required_and_fires_the_event(
    web: httpx.AsyncClient, sb: Sandbox, clock: FakeClock
) -> None:
    token = await link_token(web, emr_name="eClinicalWorks")
    done = await sign_in(web, token, "user_expiring")
    access = (await exchange(web, str(done["public_token"]))).json()["token"]
    assert (await appointments(web, access)).status_code == 200
    clock.advance(personas.EXPIRES_AFTER - 1)
    assert (await appointments(web, access)).status_code == 200
    clock.advance(1)
    refused = await appointments(web, access)
    assert refused.status_code == 403 and refused.json() == LOGIN_REQUIRED
    fired = [e for e in sb.events_list() if e["event_type"] == "access_token.login_required"]
    assert len(fired) == 1
    assert fired[0]["data"]["error_type"] == "password_expired"
    assert fired[0]["data"]["emr_instance_domain"] == "ecw.sandbox.ehr.example.test"
    clock.advance(3600)  # fires once
    assert len([e for e in sb.events_list() if e["event_type"] == "access_token.login_required"]) == 1


async def test_update_mode_restores_the_expired_token_without_changing_it(
    web: httpx.AsyncClient, sb: Sandbox, clock: FakeClock
) -> None:
    done = await sign_in(web, await link_token(web, emr_name="WebPT"), "user_expiring")
    access = (await exchange(web, str(done["public_token"]))).json()["token"]
    clock.advance(personas.EXPIRES_AFTER)
    assert (await appointments(web, access)).status_code == 403
    update = await link_token(web, access_token=access)
    start = (await step(web, "start", token=update)).json()
    assert start["mode"] == "update" and start["step"] == "credentials" and start["ehr"]["id"] == "webpt"
    refused = await step(web, "ehr", token=update, ehr="elation")
    assert refused.status_code == 400 and refused.json()["error"] == "wrong_step"
    done = await sign_in(web, update, "user_good")
    restored = await exchange(web, str(done["public_token"]))
    assert restored.json() == {"success": True, "token": access}
    assert (await appointments(web, access)).status_code == 200
    clock.advance(personas.EXPIRES_AFTER * 10)  # a good login does not expire again
    assert (await appointments(web, access)).status_code == 200


async def test_update_mode_needs_a_token_the_sandbox_issued(web: httpx.AsyncClient) -> None:
    resp = await web.post(
        "/v1/link/token/create", json={"user_id": "u", "org_id": "o", "access_token": "at_nope"}, headers=CLIENT
    )
    assert resp.status_code == 400 and resp.json() == {"success": False, "message": "Invalid access_token."}


async def test_link_tokens_expire_after_thirty_minutes(web: httpx.AsyncClient, clock: FakeClock) -> None:
    token = await link_token(web)
    clock.advance(flow.LINK_TOKEN_TTL + 1)
    assert (await step(web, "start", token=token)).json()["error"] == "invalid_link_token"


async def test_public_tokens_expire(web: httpx.AsyncClient, clock: FakeClock) -> None:
    done = await sign_in(web, await link_token(web, emr_name="WebPT"), "user_good")
    clock.advance(flow.PUBLIC_TOKEN_TTL + 1)
    assert (await exchange(web, str(done["public_token"]))).status_code == 400


async def test_new_window_callback_gets_the_public_token(web: httpx.AsyncClient) -> None:
    token = await link_token(web, emr_name="WebPT")
    callback = "http://localhost:3000/cobalt/callback?state=abc"
    assert (await step(web, "start", token=token, callback_url=callback)).status_code == 200
    done = await sign_in(web, token, "user_good")
    assert done["redirect_url"] == f"http://localhost:3000/cobalt/callback?state=abc&token={done['public_token']}"


@pytest.mark.parametrize(
    "callback",
    [
        "https://evil.example.com/cb",
        "http://127.0.0.1.evil.example/cb",
        "javascript:alert(1)",
        "http://user@127.0.0.1/cb",
    ],
)
async def test_callbacks_off_this_machine_are_refused(web: httpx.AsyncClient, callback: str) -> None:
    token = await link_token(web)
    resp = await step(web, "start", token=token, callback_url=callback)
    assert resp.status_code == 400 and resp.json()["error"] == "invalid_callback_url"


@pytest.mark.parametrize("persona", ["good", "mfa", "expiring"])
async def test_shortcut_makes_exchangeable_tokens(web: httpx.AsyncClient, persona: str) -> None:
    resp = await web.post("/_sandbox/link/public-token", json={"persona": persona, "ehr": "elation"})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["ehr"] == {"id": "elation", "name": "Elation"} and body["mode"] == "create"
    access = (await exchange(web, body["public_token"])).json()["token"]
    assert (await appointments(web, access)).status_code == 200


@pytest.mark.parametrize(
    ("persona", "error"), [("locked", "account_locked"), ("wrong_password", "invalid_credentials")]
)
async def test_shortcut_refuses_like_the_page(web: httpx.AsyncClient, persona: str, error: str) -> None:
    resp = await web.post("/_sandbox/link/public-token", json={"persona": persona})
    assert resp.status_code == 400 and resp.json()["error"] == error


async def test_shortcut_in_update_mode(web: httpx.AsyncClient, sb: Sandbox) -> None:
    access = sb.config.access_token
    sb.token_record(access)["expired"] = True  # type: ignore[index]
    resp = await web.post("/_sandbox/link/public-token", json={"persona": "good", "access_token": access})
    assert resp.json()["mode"] == "update"
    assert (await exchange(web, resp.json()["public_token"])).json()["token"] == access
    assert (await appointments(web, access)).status_code == 200


async def test_shortcut_names_the_personas_for_an_unknown_one(web: httpx.AsyncClient) -> None:
    resp = await web.post("/_sandbox/link/public-token", json={"persona": "user_nobody"})
    assert resp.status_code == 400
    assert resp.json()["message"] == "Unknown persona. Known personas: good, mfa, locked, wrong_password, expiring"


async def test_python_shortcut(sb: Sandbox) -> None:
    out = flow.shortcut(sb, "mfa")
    assert flow.exchange(sb, str(out["public_token"])).startswith("at_")


def test_on_the_real_clock_the_sandbox_expires_the_password_by_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lifespan's ticker (no fake clock to move): the expiry lands within a few tick intervals."""
    from cobalt_sandbox import SandboxConfig
    from cobalt_sandbox.server import serve

    monkeypatch.setattr(personas, "EXPIRES_AFTER", 0.2)
    with serve(SandboxConfig(tick_interval=0.02)) as server:
        sandbox: Sandbox = server.app.state.sandbox
        access = flow.exchange(sandbox, str(flow.shortcut(sandbox, "expiring")["public_token"]))
        record = sandbox.token_record(access)
        assert record is not None and record["expired"] is False
        deadline = time.monotonic() + 10.0  # bounded: far above 0.2 s plus a few 20 ms ticks
        while not record["expired"] and time.monotonic() < deadline:
            time.sleep(0.02)
        assert record["expired"] is True
        assert [e["event_type"] for e in sandbox.events_list()] == ["access_token.login_required"]
