"""Signed tokens, CSRF tokens and the files that remember used ones (pure but for the files)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

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


def test_the_secret_and_the_used_list_are_private_and_shared(tmp_path: Path) -> None:
    """One secret per tracker, 0600, the same on every call; a used nonce stays used, and
    expired ones are dropped once they are most of the file."""
    db = tmp_path / "rounds.json"
    secret = auth.desk_secret(db)
    assert auth.desk_secret(db) == secret and len(secret) >= 32
    assert (tmp_path / "rounds.json.desk-secret").stat().st_mode & 0o777 == 0o600
    used = auth.UsedTokens(db)
    old = [auth.read_login(SECRET, auth.login_token(SECRET, "a@b.c", NOW), NOW) for _ in range(4)]
    for grant in old:
        assert grant is not None and used.use(grant, NOW)
    assert old[0] is not None and not used.use(old[0], NOW)
    later = NOW + timedelta(days=1)
    fresh = auth.read_login(SECRET, auth.login_token(SECRET, "a@b.c", later), later)
    assert fresh is not None and used.use(fresh, later)
    assert used.used(fresh.nonce) and not used.used(old[1].nonce if old[1] else "")
    assert used.path.stat().st_mode & 0o777 == 0o600
