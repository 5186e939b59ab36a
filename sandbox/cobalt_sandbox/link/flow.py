"""Cobalt Link's sessions in the sandbox: link token -> sign-in steps -> public token -> access token.

One Link session lives on its link token (single use, 30 minutes). Each step returns a *view*: what
the Link page shows next. A finished session yields a `public_token` that `GET /v1/link/token/exchange`
accepts once. Update mode (a link token made with an existing `access_token`) skips the EHR choice
and, once exchanged, restores that same token.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlencode, urlsplit, urlunsplit

from cobalt_sandbox.clock import iso
from cobalt_sandbox.control import expire_token
from cobalt_sandbox.egress import LOCALHOST, is_loopback_literal
from cobalt_sandbox.link import ehrs, personas
from cobalt_sandbox.link.personas import Answer
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Sandbox

LINK_TOKEN_TTL = 30 * 60.0  # documented: a link token is single use and expires after 30 minutes
PUBLIC_TOKEN_TTL = 30 * 60.0  # not documented; the same lifetime as the link token it comes from
INVALID_PUBLIC_TOKEN = "Invalid or expired public_token."


class LinkError(Exception):
    """A Link step that cannot go on: ``code`` for programs, ``message`` for people."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _bad_session() -> LinkError:
    message = "This link token is invalid, expired or already used. Start Link again from your app."
    return LinkError(400, "invalid_link_token", message)


def is_loopback_url(value: str) -> bool:
    """An http(s) URL whose host is loopback (127.0.0.0/8, ::1 or localhost), with no user info."""
    try:
        parts = urlsplit(value)
        host = (parts.hostname or "").lower()
        _ = parts.port  # raises on a malformed port
    except ValueError:
        return False
    loopback = host == LOCALHOST or is_loopback_literal(host)
    return parts.scheme in ("http", "https") and "@" not in parts.netloc and loopback


def is_loopback_origin(value: str) -> bool:
    """`scheme://host[:port]` with nothing after it, on loopback."""
    parts = urlsplit(value)
    return is_loopback_url(value) and not parts.path and not parts.query and not parts.fragment


def with_token(callback_url: str, public_token: str) -> str:
    """`callback_url` with `token={public_token}` added to its query."""
    parts = urlsplit(callback_url)
    query = f"{parts.query}&" if parts.query else ""
    return urlunsplit(parts._replace(query=query + urlencode({"token": public_token})))


# -- link tokens ---------------------------------------------------------------------------------------
def create_link_token(
    sb: Sandbox, user_id: str, org_id: str, access_token: str | None = None, emr_name: str | None = None
) -> str:
    """Start a Link session (what `POST /v1/link/token/create` does); returns the `lt_...` token."""
    ehr = ehrs.find(emr_name)
    if access_token is not None:
        existing = sb.token_record(access_token)
        if existing is None:
            raise LinkError(400, "invalid_access_token", "Invalid access_token.")
        ehr = ehrs.find(existing.get("ehr")) or ehrs.DEFAULT
    token = "lt_" + secrets.token_hex(12)
    now = sb.clock.now()
    sb.store.put(
        "link_tokens",
        token,
        {
            "token": token,
            "user_id": user_id,
            "org_id": org_id,
            "update_of": access_token,
            "ehr": ehr.id if ehr else None,
            "step": "credentials" if ehr else "choose_ehr",
            "failures": 0,
            "created_at": iso(now),
            "expires_at": now + LINK_TOKEN_TTL,
            "used": False,
            "callback_url": None,
        },
    )
    return token


def _session(sb: Sandbox, link_token: object) -> JSON:
    rec = sb.store.get("link_tokens", link_token) if isinstance(link_token, str) else None
    if rec is None or rec["used"] or rec["step"] == "ended" or rec["expires_at"] < sb.clock.now():
        raise _bad_session()
    return rec


def view(rec: JSON, answer: Answer | None = None, public_token: str | None = None) -> JSON:
    """What the Link page shows for this session now."""
    ehr = ehrs.find(rec.get("ehr"))
    out: JSON = {
        "step": rec["step"],
        "mode": "update" if rec.get("update_of") else "create",
        "ehr": {"id": ehr.id, "name": ehr.name} if ehr else None,
        "ehrs": [{"id": e.id, "name": e.name} for e in ehrs.EHRS],
        "personas": [
            {"name": p.name, "username": p.username, "password": p.password, "behaviour": p.behaviour}
            for p in personas.PERSONAS
        ],
        "attempts_left": personas.MAX_FAILURES - int(rec["failures"]),
        "error": answer.error if answer else None,
        "message": answer.message if answer else None,
    }
    if public_token is not None:
        out["public_token"] = public_token
        if rec.get("callback_url"):
            out["redirect_url"] = with_token(str(rec["callback_url"]), public_token)
    return out


def start(sb: Sandbox, link_token: object, callback_url: object = None) -> JSON:
    """Open the session; a `callback_url` (loopback only) is where New Window mode redirects."""
    rec = _session(sb, link_token)
    if callback_url not in (None, ""):
        if not isinstance(callback_url, str) or not is_loopback_url(callback_url):
            message = "callback_url must be an http(s) URL on this machine (127.0.0.1 or localhost)."
            raise LinkError(400, "invalid_callback_url", message)
        rec["callback_url"] = callback_url
        sb.store.touch("link_tokens", rec["token"])
    return view(rec)


def choose_ehr(sb: Sandbox, link_token: object, ehr_id: object) -> JSON:
    rec = _session(sb, link_token)
    if rec.get("update_of"):
        raise LinkError(400, "wrong_step", "Update mode reconnects the EHR this connection already uses.")
    if rec["step"] not in ("choose_ehr", "credentials"):
        raise LinkError(400, "wrong_step", "Choose the EHR before signing in.")
    ehr = ehrs.find(ehr_id)
    if ehr is None:
        raise LinkError(400, "unknown_ehr", "Choose one of the EHRs listed.")
    rec.update(ehr=ehr.id, step="credentials")
    sb.store.touch("link_tokens", rec["token"])
    return view(rec)


def _answered(sb: Sandbox, rec: JSON, answer: Answer) -> JSON:
    if answer.step == "retry":
        rec["failures"] = int(rec["failures"]) + 1
        if rec["failures"] >= personas.MAX_FAILURES:
            rec["step"] = "ended"
            answer = Answer("ended", "too_many_attempts", "Too many failed attempts. Start Link again from your app.")
    elif answer.step == "ended":
        rec["step"] = "ended"
    elif answer.step == "mfa":
        rec["step"] = "mfa"
    sb.store.touch("link_tokens", rec["token"])
    if answer.step != "connected":
        return view(rec, answer)
    rec.update(step="connected", used=True, persona=answer.persona)
    return view(rec, public_token=_issue_public_token(sb, rec, str(answer.persona)))


def submit_credentials(sb: Sandbox, link_token: object, username: object, password: object) -> JSON:
    rec = _session(sb, link_token)
    if rec["step"] != "credentials":
        raise LinkError(400, "wrong_step", "Choose your EHR first." if rec["step"] == "choose_ehr" else "Not now.")
    if not isinstance(username, str) or not isinstance(password, str) or not username or not password:
        raise LinkError(400, "missing_credentials", "Enter your EHR username and password.")
    return _answered(sb, rec, personas.sign_in(username, password))


def submit_code(sb: Sandbox, link_token: object, code: object) -> JSON:
    rec = _session(sb, link_token)
    if rec["step"] != "mfa":
        raise LinkError(400, "wrong_step", "Sign in with your username and password first.")
    if not isinstance(code, str) or not code.strip():
        raise LinkError(400, "missing_code", "Enter the code from your authenticator.")
    return _answered(sb, rec, personas.verify_code(code))


# -- public tokens and the exchange -----------------------------------------------------------------------
def _issue_public_token(sb: Sandbox, rec: JSON, persona: str) -> str:
    now = sb.clock.now()
    token = "pt_" + secrets.token_hex(12)
    sb.store.put(
        "public_tokens",
        token,
        {
            "token": token,
            "link_token": rec["token"],
            "user_id": rec["user_id"],
            "org_id": rec["org_id"],
            "update_of": rec.get("update_of"),
            "ehr": rec.get("ehr") or ehrs.DEFAULT.id,
            "persona": persona,
            "created_at": iso(now),
            "expires_at": now + PUBLIC_TOKEN_TTL,
            "password_expires_at": now + personas.EXPIRES_AFTER if persona == "expiring" else None,
            "used": False,
        },
    )
    return token


def exchange(sb: Sandbox, public_token: object) -> str:
    """The access token for a public token (once); update mode restores and returns the existing token."""
    pub = sb.store.get("public_tokens", public_token) if isinstance(public_token, str) else None
    if pub is None or pub["used"] or pub["expires_at"] < sb.clock.now():
        raise LinkError(400, "invalid_public_token", INVALID_PUBLIC_TOKEN)
    pub["used"] = True
    sb.store.touch("public_tokens", pub["token"])
    ehr = ehrs.find(pub["ehr"]) or ehrs.DEFAULT
    fields: JSON = {
        "ehr": ehr.id,
        "emr_instance_domain": ehr.emr_instance_domain,
        "persona": pub["persona"],
        "password_expires_at": pub["password_expires_at"],
        "linked_at": iso(sb.clock.now()),
    }
    existing = sb.token_record(pub.get("update_of"))
    if existing is not None:  # update mode: the same token, working again
        existing.update(fields, expired=False)
        sb.store.touch("tokens", existing["token"])
        token = str(existing["token"])
    else:
        token = "at_" + secrets.token_hex(16)
        sb.store.put(
            "tokens",
            token,
            {
                "token": token,
                "reference_id": pub["user_id"],
                "user_id": pub["user_id"],
                "org_id": pub["org_id"],
                "expired": False,
                "active": True,
                **fields,
            },
        )
    _plan_expiry(sb, token, fields["password_expires_at"])
    return token


# -- the browserless shortcut ----------------------------------------------------------------------------
def shortcut(
    sb: Sandbox,
    persona: object,
    link_token: object = None,
    ehr: object = None,
    user_id: str = "user_sandbox_link",
    org_id: str = "org_sandbox_link",
    access_token: str | None = None,
) -> JSON:
    """Run a whole Link session for a persona without a browser; the view it ends on (with its public_token).

    The failing personas end as they do on the page: `locked` -> `account_locked`, `wrong_password`
    -> `invalid_credentials` (one failed try; the session stays open for a retry).
    """
    who = personas.by_name(persona) if isinstance(persona, str) else None
    if who is None:
        names = ", ".join(p.name for p in personas.PERSONAS)
        raise LinkError(400, "unknown_persona", f"Unknown persona. Known personas: {names}")
    if link_token in (None, ""):
        link_token = create_link_token(sb, user_id, org_id, access_token=access_token)
    rec = _session(sb, link_token)
    if rec["step"] == "choose_ehr":
        choose_ehr(sb, link_token, ehr if ehr not in (None, "") else ehrs.DEFAULT.id)
    elif ehr not in (None, "") and not rec.get("update_of"):
        choose_ehr(sb, link_token, ehr)
    password = "not-the-password" if who.name == "wrong_password" else who.password
    out = submit_credentials(sb, link_token, who.username, password)
    if out["step"] == "mfa":
        out = submit_code(sb, link_token, personas.MFA_CODE)
    return out


# -- passwords that expire later -----------------------------------------------------------------------------
EXPIRIES = "password_expiries"  # token -> when its pretend EHR password runs out


def _plan_expiry(sb: Sandbox, token: str, when: float | None) -> None:
    if when is None:
        if sb.store.get(EXPIRIES, token) is not None:
            sb.store.delete(EXPIRIES, token)
    else:
        sb.store.put(EXPIRIES, token, {"token": token, "at": when})


def expire_due(sb: Sandbox) -> int:
    """Expire the tokens whose password ran out (the `expiring` persona): each then answers 403
    `login_required`, and `access_token.login_required` fires. Cheap when nothing is planned (every tick)."""
    planned = sb.store.col(EXPIRIES)
    if not planned:
        return 0
    now = sb.clock.now()
    due = [key for key, entry in planned.items() if float(entry["at"]) <= now]
    for key in due:
        sb.store.delete(EXPIRIES, key)
        rec = sb.token_record(key)
        if rec is not None and not rec.get("expired"):
            rec["password_expires_at"] = None
            expire_token(sb, key, "password_expired")
    if due:
        sb.store.flush()
    return len(due)
