"""The process page: the whole story on one timeline, for the process's recruiter or an admin."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from agent.config import Settings
from agent.desk import auth
from agent.desk.app import SESSION_COOKIE, create_app
from agent.process import Person, Process, Round, RoundStatus
from parsers.model import Window
from store.db import Change, Store
from store.story import StoryEntry, StoryKind, Understood

NOW = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
RITA = Person(name="Rita Recruiter", email="rita@agency.test", zone="America/New_York")
ANN = Person(name="Ann Other", email="ann@agency.test", zone="Europe/London")
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _process(pid: str, recruiter: Person, candidate: str) -> Process:
    slot = Window(NOW + timedelta(days=1), NOW + timedelta(days=1, hours=1))
    return Process(
        id=pid,
        candidate=Person(name=candidate, email=f"{pid}@cand.test", zone="America/New_York"),
        clients=(Person(name="Bob Smith", email="bob@acme.test", zone="Europe/London"),),
        recruiter=recruiter,
        company="Acme",
        role="Backend Engineer",
        rounds=(Round(number=1, status=RoundStatus.SCHEDULED, slot=slot, sequence=1),),
        created_at=NOW - timedelta(days=2),
        last_contact=NOW - timedelta(hours=3),
    )


def _story(pid: str) -> list[StoryEntry]:
    at = NOW - timedelta(hours=2)  # 08:00 in New York
    return [
        StoryEntry(
            process_id=pid,
            at=at,
            kind=StoryKind.IN,
            who=f"{HOSTILE} <{pid}@cand.test>",
            to=("scheduling@agency.test",),
            subject=f"Re: times {HOSTILE}",
            text="Thursday morning works.\nSupercalifragilistic" + "x" * 300,
            understood=Understood(
                intent="availability",
                times=("Thursday 3 December 2026, 09:00–12:00 EST",),
                confidence=0.9,
            ),
            did="Interview #1 invite sent; emailed Jane Doe <jane@cand.test>",
            detail={"message_id": "in1@cand.test"},
        ),
        StoryEntry(
            process_id=pid,
            at=at,
            kind=StoryKind.INVITE,
            who="scheduling@agency.test",
            to=("Jane Doe <jane@cand.test>",),
            subject="Interview: Backend Engineer at Acme",
            text="Here is the invite.",
            did="queued",
            detail={"message_id": "out1@agency.test", "method": "REQUEST", "sequence": "1"},
        ),
        StoryEntry(
            process_id=pid,
            at=at + timedelta(minutes=1),
            kind=StoryKind.OUT,
            did="sent",
            detail={"message_id": "out1@agency.test", "status": "sent"},
        ),
        StoryEntry(
            process_id=pid,
            at=at + timedelta(minutes=30),
            kind=StoryKind.ACTION,
            who="rita@agency.test",
            subject="pause",
            did="paused; pause on the desk by rita@agency.test",
            detail={"via": "desk"},
        ),
    ]


def desk_settings(tmp_path: Path) -> Settings:
    """Settings for a tracker with Rita's process p1 (a hostile story) and Ann's p2."""
    db = tmp_path / "rounds.json"
    with Store(db) as store:
        store.commit(
            Change(
                processes={
                    "p1": _process("p1", RITA, f"Jane {HOSTILE}").to_doc(),
                    "p2": _process("p2", ANN, "Ann's candidate").to_doc(),
                },
                story=[*_story("p1"), *_story("p2")],
            )
        )
    return Settings(
        db=db,
        recruiters="rita@agency.test, ann@agency.test",
        admins="boss@agency.test",
        timezone="America/New_York",
        agent_address="scheduling@agency.test",
    )


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    """A desk over `desk_settings`' tracker."""
    app = create_app(desk_settings(tmp_path), clock=lambda: NOW)
    return TestClient(app, follow_redirects=False)


def _sign_in(client: TestClient, email: str) -> None:
    secret = client.app.state.desk.secret  # type: ignore[attr-defined]
    client.cookies.set(SESSION_COOKIE, auth.session_token(secret, email, NOW))


def test_the_recruiter_sees_the_whole_story(client: TestClient) -> None:
    """Rounds at the top; each entry with time in the recruiter's zone, who, what was understood,
    what was done, the invite's METHOD and SEQUENCE, the action with who, and the delivery."""
    _sign_in(client, "rita@agency.test")
    page = client.get("/process/p1")
    assert page.status_code == 200
    html = page.text
    assert "Interview #1" in html and "scheduled" in html
    assert "Fri 4 Dec 08:00 EST" in html  # 13:00 UTC, in the recruiter's New York
    assert "Understood: <b>availability</b> (90% sure): Thursday 3 December 2026" in html
    assert "Interview #1 invite sent; emailed Jane Doe" in html
    assert "<span>METHOD REQUEST</span><span>SEQUENCE 1</span>" in html
    assert "sent Fri 4 Dec 08:01 EST" in html  # the outcome folds into the mail it is about
    assert html.count('class="entry ') == 3
    assert "<span>via desk</span>" in html and "rita@agency.test" in html
    # The story is newest first: the action before the invite before the email in.
    assert html.index("kind-action") < html.index("kind-invite") < html.index('kind-in"')


def test_hostile_text_shows_as_text(client: TestClient) -> None:
    """A hostile name, subject or sender is escaped: shown, never run."""
    _sign_in(client, "rita@agency.test")
    html = client.get("/process/p1").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert f"Jane {HOSTILE}" not in html


def test_only_the_recruiter_or_an_admin_sees_a_process(client: TestClient) -> None:
    """Another recruiter gets 404, an admin sees it, nobody without a session sees anything."""
    missing = client.get("/process/p1")
    assert (missing.status_code, missing.headers["location"]) == (303, "/login")
    _sign_in(client, "ann@agency.test")
    assert client.get("/process/p1").status_code == 404
    assert client.get("/process/nope").status_code == 404
    assert client.get("/process/p2").status_code == 200
    _sign_in(client, "boss@agency.test")
    assert client.get("/process/p1").status_code == 200


def test_action_forms_carry_the_csrf_token_and_come_back_here(client: TestClient) -> None:
    """The page's forms post to the desk's action endpoint with the session's CSRF token."""
    _sign_in(client, "rita@agency.test")
    html = client.get("/process/p1").text
    assert 'action="/process/p1/action"' in html
    assert 'name="back" value="/process/p1"' in html
    token = html.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    assert token
    refused = client.post("/process/p1/action", data={"action": "pause", "back": "/process/p1"})
    assert refused.status_code == 403
    done = client.post(
        "/process/p1/action", data={"action": "pause", "csrf": token, "back": "/process/p1"}
    )
    assert (done.status_code, done.headers["location"]) == (303, "/process/p1")
    assert "Pending: pause" in client.get("/process/p1").text


def test_a_note_is_queued_from_the_page(client: TestClient) -> None:
    """The page's note form queues a note for the watcher; an empty note is refused."""
    _sign_in(client, "rita@agency.test")
    html = client.get("/process/p1").text
    token = html.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    form = {"action": "note", "csrf": token, "back": "/process/p1"}
    assert client.post("/process/p1/action", data=form).status_code == 400
    done = client.post("/process/p1/action", data=form | {"text": "Jane prefers mornings"})
    assert done.status_code == 303
    assert "Pending: add a note" in client.get("/process/p1").text
