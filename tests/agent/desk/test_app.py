"""The desk's pages over HTTP: sessions, CSRF, isolation, escaping, actions queued."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import orjson
import pytest

from agent.config import Settings
from agent.core.process import ProcessStatus, RoundStatus
from agent.desk import auth
from agent.desk.files import DeskFiles
from agent.desk.queue import Request
from agent.wiring import desk_state
from store.db import Change
from store.factory import open_store
from store.story import StoryEntry, StoryKind
from tests.deskkit import (
    NOW,
    SAM,
    commit,
    csrf_of,
    desk_client,
    desk_settings,
    on_store,
    process,
    same_store,
    signed_in,
    tracker,
)

PAGES = (
    "/",
    "/board/cards",
    "/api/version",
    "/api/processes",
    "/api/version/p1",
    "/process/p1/part",
)


@pytest.fixture(params=["tinydb", "postgres"])
def two_recruiters(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Desk settings on a tracker holding Rita's Jane and Sam's Omar: a file, or a
    PostgreSQL mailbox."""
    settings = on_store(request, tmp_path)
    commit(settings, [process("p1", "Jane Doe"), process("p2", "Omar Quist", recruiter=SAM)])
    return settings


def _requests(settings: Settings) -> list[Request]:
    """What the desk has queued for the watcher."""
    state = desk_state(settings)
    try:
        return state.requests()
    finally:
        state.close()


def _secret(settings: Settings) -> bytes:
    state = desk_state(settings)
    try:
        return state.secret()
    finally:
        state.close()


@pytest.mark.parametrize("path", PAGES)
def test_nothing_is_shown_without_a_session(two_recruiters: Settings, path: str) -> None:
    """Every page and API answers a visitor with a redirect or a 401 that names nothing."""
    with desk_client(two_recruiters) as client:
        answer = client.get(path, follow_redirects=False)
    assert answer.status_code in (303, 401)
    if answer.status_code == 303:
        assert answer.headers["location"] == "/login"
    assert "Jane" not in answer.text and "2" not in answer.text.replace("401", "")


def test_a_forged_or_expired_cookie_is_no_session(two_recruiters: Settings) -> None:
    """A cookie signed with another secret, or past its 12 hours, leads to /login."""
    settings = two_recruiters
    secret = _secret(two_recruiters)
    old = auth.session_token(secret, "rita@agency.test", NOW - timedelta(hours=13))
    forged = auth.session_token(b"x" * 64, "rita@agency.test", NOW)
    for cookie in (old, forged):
        with desk_client(settings) as client:
            client.cookies.set("rounds_session", cookie)
            assert client.get("/", follow_redirects=False).status_code == 303


def test_each_recruiter_sees_only_their_processes(two_recruiters: Settings) -> None:
    """Rita's board and API show Jane, never Sam's Omar; Sam's the other way round."""
    settings = two_recruiters
    with desk_client(settings) as rita:
        signed_in(rita, settings, "rita@agency.test", NOW)
        board, api = rita.get("/").text, rita.get("/api/processes").json()
    assert "Jane Doe" in board and "Omar" not in board
    assert [row["Candidate"] for row in api] == ["Jane Doe"]
    with desk_client(settings) as sam:
        signed_in(sam, settings, "sam@agency.test", NOW)
        assert "Omar Quist" in sam.get("/").text and "Jane" not in sam.get("/").text


def test_an_admin_sees_every_process(two_recruiters: Settings) -> None:
    """ROUNDS_ADMINS see all processes, with a recruiter filter."""
    settings = same_store(two_recruiters, admins="boss@agency.test")
    with desk_client(settings) as boss:
        signed_in(boss, settings, "boss@agency.test", NOW)
        board = boss.get("/").text
        only_sam = boss.get("/", params={"recruiter": "sam@agency.test"}).text
    assert "Jane Doe" in board and "Omar Quist" in board
    assert "Omar Quist" in only_sam and "Jane Doe" not in only_sam


def test_a_post_without_the_csrf_token_is_refused(two_recruiters: Settings) -> None:
    """A signed-in POST with no token, or another session's token, gets 403 and queues nothing."""
    settings = two_recruiters
    with desk_client(settings) as other:
        stolen = signed_in(other, settings, "sam@agency.test", NOW)
    with desk_client(settings) as rita:
        signed_in(rita, settings, "rita@agency.test", NOW)
        for form in ({"action": "pause"}, {"action": "pause", "csrf": stolen}):
            answer = rita.post("/process/p1/action", data=form, follow_redirects=False)
            assert answer.status_code == 403
        assert rita.post("/logout", follow_redirects=False).status_code == 403
    assert _requests(two_recruiters) == []


@pytest.mark.parametrize(
    ("back", "lands"),
    [("/?q=jane", "/?q=jane"), ("//evil.test/x", "/"), ("https://evil.test", "/")],
)
def test_an_action_is_queued_and_shown_pending(
    two_recruiters: Settings, back: str, lands: str
) -> None:
    """Pause from the board: the request is queued with who asked, the card says pending,
    and the recruiter is back on the board (a crafted `back` never leads off the site)."""
    settings = two_recruiters
    with desk_client(settings) as rita:
        csrf = signed_in(rita, settings, "rita@agency.test", NOW)
        answer = rita.post(
            "/process/p1/action",
            data={"action": "pause", "csrf": csrf, "back": back},
            follow_redirects=False,
        )
        assert answer.status_code == 303 and answer.headers["location"] == lands
        assert "Pending: pause" in rita.get("/").text
    [request] = _requests(two_recruiters)
    assert (request.process, request.action, request.by) == ("p1", "pause", "rita@agency.test")
    if isinstance(two_recruiters.db, Path):
        assert oct(DeskFiles(two_recruiters.db).requests_path.stat().st_mode & 0o777) == "0o600"


def test_no_action_on_another_recruiters_process(two_recruiters: Settings) -> None:
    """Rita cannot pause Sam's process by posting its id: 404, nothing queued."""
    settings = two_recruiters
    with desk_client(settings) as rita:
        csrf = signed_in(rita, settings, "rita@agency.test", NOW)
        answer = rita.post("/process/p2/action", data={"action": "pause", "csrf": csrf})
    assert answer.status_code == 404
    assert _requests(two_recruiters) == []


def test_a_hostile_candidate_name_is_text(tmp_path: Path) -> None:
    """Markup in a name from an email is escaped on the board, never run or parsed."""
    name = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    db = tracker(tmp_path / "rounds.json", [process("p1", name)])
    settings = desk_settings(db)
    with desk_client(settings) as rita:
        signed_in(rita, settings, "rita@agency.test", NOW)
        board = rita.get("/")
    assert "<script>alert" not in board.text and "<img src=x" not in board.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in board.text
    assert "script-src 'self'" in board.headers["content-security-policy"]


def test_a_sign_in_link_works_once(two_recruiters: Settings) -> None:
    """The second click on a used link (even after a restart) is refused."""
    settings = two_recruiters
    secret = _secret(two_recruiters)
    link = auth.login_url("", auth.login_token(secret, "rita@agency.test", NOW))
    with desk_client(settings) as first:
        page = first.get(link)
        assert first.post(link, data={"csrf": csrf_of(page.text)}).status_code == 200
    with desk_client(settings) as again:  # a new app: a restarted server
        page = again.get(link)
        assert page.status_code == 400 and "expired or was already used" in page.text


def test_a_sign_in_link_expires_after_15_minutes(two_recruiters: Settings) -> None:
    """A link older than 15 minutes signs nobody in."""
    settings = two_recruiters
    token = auth.login_token(_secret(two_recruiters), "rita@agency.test", NOW)
    with desk_client(settings, NOW + timedelta(minutes=16)) as late:
        assert late.get(auth.login_url("", token)).status_code == 400


def test_sign_out_ends_the_session_even_for_a_copied_cookie(two_recruiters: Settings) -> None:
    """After sign-out the old cookie, replayed, no longer opens the board."""
    settings = two_recruiters
    with desk_client(settings) as rita:
        csrf = signed_in(rita, settings, "rita@agency.test", NOW)
        cookie = rita.cookies["rounds_session"]
        assert rita.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    with desk_client(settings) as thief:
        thief.cookies.set("rounds_session", cookie)
        assert thief.get("/", follow_redirects=False).status_code == 303


def test_the_session_cookie_flags(two_recruiters: Settings) -> None:
    """HttpOnly, SameSite=Lax, 12 h; Secure once ROUNDS_PUBLIC_URL is https."""
    for public, secure in ((None, False), ("https://desk.agency.test", True)):
        settings = same_store(two_recruiters, public_url=public)
        secret = _secret(two_recruiters)
        link = auth.login_url("", auth.login_token(secret, "rita@agency.test", NOW))
        with desk_client(settings, base_url=public or "http://127.0.0.1") as client:
            page = client.get(link)
            done = client.post(link, data={"csrf": csrf_of(page.text)}, follow_redirects=False)
        cookie = done.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie and "max-age=43200" in cookie
        assert ("secure" in cookie.split("; ")) is secure


def test_the_board_groups_by_who_must_act(tmp_path: Path) -> None:
    """Drafts and paused processes under You, waiting ones by side, booked, closed."""
    db = tracker(
        tmp_path / "rounds.json",
        [
            process("p1", "Ann Draft", draft="We are delighted to offer you the role."),
            process("p2", "Cid Waits", waiting="candidate"),
            process("p3", "Dee Client", waiting="client"),
            process("p4", "Eve Booked", rnd=RoundStatus.CONFIRMED, waiting=None),
            process("p5", "Fay Closed", status=ProcessStatus.OFFER, waiting=None),
            process("p6", "Gus Paused", status=ProcessStatus.PAUSED),
        ],
    )
    settings = desk_settings(db)
    with desk_client(settings) as rita:
        signed_in(rita, settings, "rita@agency.test", NOW)
        board = rita.get("/").text

    def group(key: str) -> str:
        return board.split(f'group-{key}"')[1].split("</section>")[0]

    assert "Ann Draft" in group("recruiter") and "Gus Paused" in group("recruiter")
    assert "Cid Waits" in group("candidate") and "Dee Client" in group("client")
    assert "Eve Booked" in group("booked") and "Fay Closed" in group("closed")
    assert "waiting 3 days" in group("candidate")


def test_filters_and_search(tmp_path: Path) -> None:
    """Search matches candidate, client, company or role words; status filters exactly."""
    db = tracker(
        tmp_path / "rounds.json",
        [
            process("p1", "Jane Doe"),
            process("p2", "Omar Quist", company="Globex", status=ProcessStatus.PAUSED),
        ],
    )
    settings = desk_settings(db)
    with desk_client(settings) as rita:
        signed_in(rita, settings, "rita@agency.test", NOW)
        by_company = rita.get("/", params={"q": "globex"}).text
        by_status = rita.get("/", params={"status": "active"}).text
    assert "Omar Quist" in by_company and "Jane Doe" not in by_company
    assert "Jane Doe" in by_status and "Omar Quist" not in by_status


def test_the_version_changes_with_a_commit(two_recruiters: Settings) -> None:
    """/api/version (what the page polls) changes when the watcher commits."""
    settings = two_recruiters
    with desk_client(settings) as rita:
        signed_in(rita, settings, "rita@agency.test", NOW)
        before = rita.get("/api/version").json()["version"]
        commit(two_recruiters, [process("p3", "New Person")])
        after = rita.get("/api/version").json()["version"]
        assert "New Person" in rita.get("/board/cards").text
    assert before != after


def test_the_process_page_refreshes_with_its_story(two_recruiters: Settings) -> None:
    """The process page's version (what its script polls) changes when a story entry alone
    is committed, and its part then shows it; another recruiter's process has no version."""
    with desk_client(two_recruiters) as rita:
        signed_in(rita, two_recruiters, "rita@agency.test", NOW)
        before = rita.get("/api/version/p1").json()["version"]
        assert rita.get("/api/version/p1").json()["version"] == before
        note = StoryEntry(process_id="p1", at=NOW, kind=StoryKind.NOTE, who=SAM.email, text="Hi")
        with open_store(two_recruiters.db, mailbox=two_recruiters.mailbox_id) as store:
            store.commit(Change(story=[note]))
        after = rita.get("/api/version/p1").json()["version"]
        part = rita.get("/process/p1/part")
        assert rita.get("/api/version/p2").status_code == 404
    assert before != after
    assert part.status_code == 200 and f'data-version="{after}"' in part.text
    assert "Hi" in part.text and "<html" not in part.text


def test_api_processes_is_the_tracker_json(two_recruiters: Settings) -> None:
    """The rows of `rounds tracker --format json`, for the signed-in recruiter only."""
    settings = two_recruiters
    with desk_client(settings) as rita:
        signed_in(rita, settings, "rita@agency.test", NOW)
        answer = rita.get("/api/processes")
    rows = orjson.loads(answer.content)
    assert answer.headers["content-type"].startswith("application/json")
    assert [(r["Candidate"], r["Status"]) for r in rows] == [("Jane Doe", "active")]


def test_the_buttons_name_their_round(two_recruiters: Settings) -> None:
    """Cancel names the current interview, Schedule the next, as the page showed them."""
    settings = two_recruiters
    with desk_client(settings) as rita:
        csrf = signed_in(rita, settings, "rita@agency.test", NOW)
        board = rita.get("/").text
        for action in ("cancel", "schedule"):
            target = re.search(rf'value="{action}" formaction="([^"]+)"', board)
            assert target, board
            rita.post(target.group(1), data={"action": action, "csrf": csrf})
    requests = _requests(two_recruiters)
    assert [(r.action, r.number) for r in requests] == [("cancel", 1), ("schedule", 2)]


def test_held_mail_and_quarantine_come_to_the_recruiter(tmp_path: Path) -> None:
    """Mail held by the rate limit puts its process under You; quarantined messages show
    to admins only (they belong to no recruiter)."""
    held = {"id": "m1@rounds.test", "queued_at": NOW.isoformat(), "process": "p1", "to": []}
    quarantined = {
        "keys": ["uid:INBOX:1:7"],
        "status": "quarantined",
        "from": "odd@example.com",
        "subject": "<b>broken</b>",
        "reason": "parse failed twice",
    }
    db = tracker(
        tmp_path / "rounds.json",
        [process("p1", "Jane Doe")],
        enqueue=[held],
        outbox={"m1@rounds.test": {"status": "held"}},
        ledger=[quarantined],
    )
    settings = desk_settings(db, admins="boss@agency.test")
    with desk_client(settings) as rita:
        signed_in(rita, settings, "rita@agency.test", NOW)
        board = rita.get("/").text
    with desk_client(settings) as boss:
        signed_in(boss, settings, "boss@agency.test", NOW)
        admin_board = boss.get("/").text
    assert "1 email held" in board.split('group-recruiter"')[1].split("</section>")[0]
    assert "Quarantine" not in board and "uid:INBOX:1:7" not in board
    assert "rounds quarantine retry uid:INBOX:1:7" in admin_board
    assert "&lt;b&gt;broken&lt;/b&gt;" in admin_board


def test_before_the_first_watch_the_board_is_empty(tmp_path: Path) -> None:
    """`rounds serve` started before any tracker exists shows an empty board, not an error."""
    settings = desk_settings(tmp_path / "rounds.json")
    with desk_client(settings) as rita:
        signed_in(rita, settings, "rita@agency.test", NOW)
        board = rita.get("/")
    assert board.status_code == 200 and "0 processes" in board.text


def test_an_oversized_form_is_refused_unread(two_recruiters: Settings) -> None:
    """A body far beyond any form of ours gets 413 and queues nothing."""
    settings = two_recruiters
    with desk_client(settings) as rita:
        csrf = signed_in(rita, settings, "rita@agency.test", NOW)
        answer = rita.post(
            "/process/p1/action", data={"action": "edit", "csrf": csrf, "text": "x" * 200_000}
        )
    assert answer.status_code == 413
    assert _requests(two_recruiters) == []
