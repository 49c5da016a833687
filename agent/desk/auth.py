"""Who gets into the desk: one-time sign-in links, session tokens and CSRF tokens.

Every token is `payload.signature`, the signature an HMAC-SHA256 of the payload with the
desk's secret (`agent.ports.DeskState.secret`), so that `rounds login-link` and `rounds serve`
agree. Used sign-in links and signed-out sessions are remembered there too, so that a
restart does not make them valid again. Pure: every function takes `now`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import orjson

LINK_LIFETIME = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(hours=12)
_LOGIN, _SESSION = "login", "session"


@dataclass(frozen=True, slots=True)
class Grant:
    """What a valid token says: whose it is (empty for a visitor not signed in), its id and end."""

    email: str
    nonce: str
    expires: datetime

    @property
    def signed_in(self) -> bool:
        return bool(self.email)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: bytes, kind: str, email: str, expires: datetime) -> str:
    payload = orjson.dumps(
        {"k": kind, "e": email, "n": secrets.token_urlsafe(12), "x": int(expires.timestamp())}
    )
    body = _b64(payload)
    return f"{body}.{_b64(hmac.new(secret, body.encode(), hashlib.sha256).digest())}"


def _verify(secret: bytes, kind: str, token: str, now: datetime) -> Grant | None:
    """The grant of a well-signed, unexpired `token` of `kind`, else None (never raises)."""
    body, _, signature = token.partition(".")
    expected = _b64(hmac.new(secret, body.encode(), hashlib.sha256).digest())
    if not signature or not hmac.compare_digest(signature, expected):
        return None
    try:
        data = orjson.loads(_unb64(body))
        expires = datetime.fromtimestamp(int(data["x"]), tz=now.tzinfo)
        grant = Grant(str(data["e"]), str(data["n"]), expires)
    except (binascii.Error, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return None
    if data.get("k") != kind or expires <= now:
        return None
    return grant


def login_token(secret: bytes, email: str, now: datetime) -> str:
    """A sign-in link's token for `email`, valid LINK_LIFETIME from `now`."""
    return _sign(secret, _LOGIN, email.lower(), now + LINK_LIFETIME)


def read_login(secret: bytes, token: str, now: datetime) -> Grant | None:
    return _verify(secret, _LOGIN, token, now)


def session_token(secret: bytes, email: str, now: datetime) -> str:
    """A session cookie for `email` ("" for a visitor who has not signed in yet)."""
    return _sign(secret, _SESSION, email.lower(), now + SESSION_LIFETIME)


def read_session(secret: bytes, token: str, now: datetime) -> Grant | None:
    return _verify(secret, _SESSION, token, now)


def csrf_token(secret: bytes, grant: Grant) -> str:
    """The form token of one session: anyone who can read it could already act as that session."""
    return _b64(hmac.new(secret, f"csrf:{grant.nonce}".encode(), hashlib.sha256).digest())


def csrf_ok(secret: bytes, grant: Grant | None, token: str | None) -> bool:
    return (
        grant is not None
        and token is not None
        and hmac.compare_digest(token.encode(), csrf_token(secret, grant).encode())
    )


def login_url(base: str, token: str) -> str:
    return f"{base.rstrip('/')}/login/{token}"


SECRET_MIN = 32  # characters of a stored secret: anything shorter was not made by `new_secret`


def new_secret() -> str:
    """A fresh signing secret, for the desk's state to keep."""
    return secrets.token_hex(32)
