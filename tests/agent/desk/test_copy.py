"""`rounds db copy` carries what the desk keeps between a tracker file and a PostgreSQL
mailbox, both ways: sessions stay signed in, ended ones ended, and queued requests are
applied once on the copy."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from agent.cli.app import main as rounds
from agent.desk.queue import new_request
from agent.desk.snapshot import DeskSnapshot, copy_desk
from agent.wiring import desk_state_at
from tests.deskkit import NOW, csrf_of, desk_client, signed_in
from tests.e2e import RECRUITER, Post, running_agent, settings_for

DIRECTIONS = [("tinydb", "postgres"), ("postgres", "tinydb")]


def _home(kind: str, request: pytest.FixtureRequest, file: Path) -> dict[str, Any]:
    """Where a tracker lives: the file `file`, or the test's PostgreSQL mailbox."""
    if kind == "postgres":
        return {
            "db": request.getfixturevalue("postgres_url"),
            "mailbox_id": request.getfixturevalue("mailbox_id"),
        }
    return {"db": file}


@pytest.mark.parametrize(("source", "target"), DIRECTIONS)
def test_copy_desk_adds_what_counts_once(
    request: pytest.FixtureRequest, tmp_path: Path, source: str, target: str
) -> None:
    """The secret, live used nonces, the last hour's sign-in mails and the queue go across;
    what has expired stays behind; a second copy adds nothing."""
    homes = [_home(kind, request, tmp_path / f"{kind}.json") for kind in (source, target)]
    old, new = (desk_state_at(h["db"], mailbox=h.get("mailbox_id", "default")) for h in homes)
    try:
        secret = old.secret()
        assert new.secret() != secret  # each home made its own
        assert old.use("live", NOW + timedelta(minutes=10), NOW)
        assert old.use("gone", NOW + timedelta(minutes=1), NOW)
        for minutes in (0, 40, 58):
            assert old.link_mailed("rita@x.test", NOW - timedelta(minutes=minutes), per_hour=5)
        queued = [
            new_request("p1", "note", by="rita@x.test", now=NOW, number=None, text=str(n))
            for n in range(2)
        ]
        for one in queued:
            old.submit(one)
        new.submit(queued[1])  # already there: kept once

        later = NOW + timedelta(minutes=5)
        added = copy_desk(old, new, later)
        assert (added.secret, [n for n, _ in added.used], len(added.links), added.requests) == (
            secret,
            ["live"],
            2,  # the one 58 minutes before NOW stopped counting at `later`
            (queued[0],),
        )
        assert str(added) == (
            "the signing secret, 1 used sign-in links or ended sessions, "
            "2 sign-in mails of the last hour, 1 queued desk requests"
        )
        assert new.secret() == secret
        assert new.used("live") and not new.used("gone")
        assert new.link_mailed("rita@x.test", later, per_hour=3)  # two copied, this the third
        assert not new.link_mailed("rita@x.test", later, per_hour=3)
        assert {r.id for r in new.requests()} == {r.id for r in queued}
        assert len(new.requests()) == 2

        assert copy_desk(old, new, later) == DeskSnapshot()
    finally:
        old.close()
        new.close()


@pytest.mark.mail("memory")
@pytest.mark.parametrize(("source", "target"), DIRECTIONS)
async def test_a_copied_tracker_keeps_its_desk(
    request: pytest.FixtureRequest,
    post: Post,
    tmp_path: Path,
    no_settings: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    source: str,
    target: str,
) -> None:
    """Rita signed in on the source tracker's desk is signed in on the copy's; a session
    she ended stays ended. A request applied just before the copy but not yet dropped, one
    still pending and one made on the copy's desk are each applied once by the copy's
    watcher. Copying twice copies nothing the second time."""
    src = _home(source, request, tmp_path / "rounds.json")
    dst = _home(target, request, tmp_path / "copied.json")
    now = datetime.now(UTC)  # `rounds db copy` keeps what still counts at the wall clock
    async with running_agent(post, tmp_path, **src) as h:
        await h.kickoff()
        await h.step()
        [process] = h.processes()
        desk_settings = settings_for(post, **src)
        with desk_client(desk_settings, now) as rita, desk_client(desk_settings, now) as ended:
            csrf = signed_in(rita, desk_settings, RECRUITER.email, now)
            gone = signed_in(ended, desk_settings, RECRUITER.email, now)
            assert ended.post("/logout", data={"csrf": gone}, follow_redirects=False).is_redirect
            for text in ("Applied before the copy", "Pending at the copy"):
                form = {"action": "note", "text": text, "csrf": csrf}
                sent = rita.post(f"/process/{process.id}/action", data=form, follow_redirects=False)
                assert sent.status_code == 303
                if text.startswith("Applied"):
                    assert h.agent.desk is not None
                    [applied] = h.agent.desk.requests()
                    h.agent.apply_desk_requests()
                    h.agent.desk.submit(applied)  # as if the watcher died before the drop
            session, ended_session = dict(rita.cookies), dict(ended.cookies)

    monkeypatch.setenv("ROUNDS_MAILBOX_ID", request.getfixturevalue("mailbox_id"))
    copy = ["db", "copy", "--from", str(src["db"]), "--to", str(dst["db"])]
    assert rounds(copy) == 0
    said = capsys.readouterr().out
    assert said.startswith("copied ") and said.endswith(
        "; desk: the signing secret, 3 used sign-in links or ended sessions, "
        "0 sign-in mails of the last hour, 2 queued desk requests\n"
    ), said
    assert rounds(copy) == 0
    again = capsys.readouterr().out
    assert again.startswith("already copied ") and again.endswith(
        "; desk: 0 used sign-in links or ended sessions, 0 sign-in mails of the last hour, "
        "0 queued desk requests\n"
    ), again

    copied_settings = settings_for(post, **dst)
    with desk_client(copied_settings, now) as rita, desk_client(copied_settings, now) as ended:
        rita.cookies.update(session)
        board = rita.get("/")
        assert board.status_code == 200 and process.candidate.name in board.text
        form = {"action": "note", "text": "After the copy", "csrf": csrf_of(board.text)}
        sent = rita.post(f"/process/{process.id}/action", data=form, follow_redirects=False)
        assert sent.status_code == 303
        ended.cookies.update(ended_session)
        assert ended.get("/", follow_redirects=False).headers["location"] == "/login"

    async with running_agent(post, tmp_path, **dst) as copied:
        assert copied.agent.desk is not None and len(copied.agent.desk.requests()) == 3
        copied.agent.apply_desk_requests()
        assert copied.agent.desk.requests() == []
        keys = Counter(
            key for e in copied.store.ledger() for key in e["keys"] if key.startswith("desk:")
        )
        assert sorted(keys.values()) == [1, 1, 1]
        texts = Counter(entry.text for entry in copied.store.story(process.id))
        notes = ("Applied before the copy", "Pending at the copy", "After the copy")
        assert [texts[note] for note in notes] == [1, 1, 1]
