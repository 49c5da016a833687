"""Signed tokens and CSRF tokens (pure; where the desk keeps them: test_state.py)."""

from __future__ import annotations

from datetime import timedelta

from agent.desk import auth
from tests.deskkit import NOW

SECRET = b"k" * 64


def test_a_login_token_is_not_a_session_and_neither_survives_tampering() -> None:
    """Each kind of token reads only as itself; a changed byte or another secret reads as
    nothing."""
    login = auth.login_token(SECRET, "Rita@Agency.test", NOW)
    session = auth.session_token(SECRET, "rita@agency.test", NOW)
    grant = auth.read_login(SECRET, login, NOW)
    assert grant is not None and grant.email == "rita@agency.test"
    assert auth.read_session(SECRET, login, NOW) is None
    assert auth.read_login(SECRET, session, NOW) is None
    body, _, signature = login.partition(".")
    assert (
        auth.read_login(
            SECRET, body[:-1] + ("A" if body[-1] != "A" else "B") + "." + signature, NOW
        )
        is None
    )
    assert auth.read_login(b"z" * 64, login, NOW) is None
    assert auth.read_login(SECRET, "garbage", NOW) is None


def test_lifetimes_are_15_minutes_and_12_hours() -> None:
    """A link dies after 15 minutes, a session after 12 hours."""
    login = auth.login_token(SECRET, "rita@agency.test", NOW)
    session = auth.session_token(SECRET, "rita@agency.test", NOW)
    assert auth.read_login(SECRET, login, NOW + timedelta(minutes=14)) is not None
    assert auth.read_login(SECRET, login, NOW + timedelta(minutes=15)) is None
    assert auth.read_session(SECRET, session, NOW + timedelta(hours=11, minutes=59)) is not None
    assert auth.read_session(SECRET, session, NOW + timedelta(hours=12)) is None


def test_csrf_tokens_belong_to_one_session() -> None:
    """A session's token passes for it and for no other session; a missing one never does."""
    one = auth.read_session(SECRET, auth.session_token(SECRET, "", NOW), NOW)
    two = auth.read_session(SECRET, auth.session_token(SECRET, "", NOW), NOW)
    assert one is not None and two is not None
    assert auth.csrf_ok(SECRET, one, auth.csrf_token(SECRET, one))
    assert not auth.csrf_ok(SECRET, two, auth.csrf_token(SECRET, one))
    assert not auth.csrf_ok(SECRET, one, None) and not auth.csrf_ok(SECRET, None, "x")
