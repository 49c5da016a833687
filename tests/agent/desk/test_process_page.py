"""The process page: the whole story on one timeline, for the process's recruiter or an admin."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from agent.config import Settings
from agent.core.process import Person, Round, RoundStatus
from store.story import StoryEntry, StoryKind, Understood
from tests.deskkit import NOW, SAM, csrf_of, desk_client, desk_settings, process, signed_in, tracker

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
ADMIN = "boss@agency.test"


def story(pid: str) -> list[StoryEntry]:
    """An email in (hostile sender and subject), the invite it led to, its delivery, a pause."""
    at = NOW - timedelta(hours=2)  # 07:00 in the recruiter's New York
    return [
        StoryEntry(
            process_id=pid,
            at=at,
            kind=StoryKind.IN,
            who=f"{HOSTILE} <{pid}@cand.test>",
            to=("agent@rounds.test",),
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
            who="agent@rounds.test",
            to=("Jane Doe <jane@cand.test>",),
            subject="Interview: Engineer at Acme",
            text="Here is the invite.",
            did="queued",
            detail={"message_id": "out1@rounds.test", "method": "REQUEST", "sequence": "1"},
        ),
        StoryEntry(
            process_id=pid,
            at=at + timedelta(minutes=1),
            kind=StoryKind.OUT,
            did="sent",
            detail={"message_id": "out1@rounds.test", "status": "sent"},
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


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """A desk over Rita's p1 (hostile name, a story) and Sam's p2."""
    db = tracker(
        tmp_path / "rounds.json",
        [
            process("p1", f"Jane {HOSTILE}", rnd=RoundStatus.SCHEDULED),
            process("p2", "Omar Quist", recruiter=SAM),
        ],
        story=[*story("p1"), *story("p2")],
    )
    return desk_settings(db, admins=ADMIN)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    """The desk's client, not signed in."""
    with desk_client(settings) as c:
        yield c


def test_the_recruiter_sees_the_whole_story(client: TestClient, settings: Settings) -> None:
    """Rounds at the top; each entry with time in the recruiter's zone, who, what was understood,
    what was done, the invite's METHOD and SEQUENCE, the action with who, and the delivery."""
    signed_in(client, settings, "rita@agency.test", NOW)
    page = client.get("/process/p1")
    assert page.status_code == 200
    html = page.text
    assert "Interview #1" in html and "scheduled" in html
    assert "Mon 30 Nov 07:00 EST" in html  # 12:00 UTC, in the recruiter's New York
    assert "Understood: <b>availability</b> (90% sure): Thursday 3 December 2026" in html
    assert "Interview #1 invite sent; emailed Jane Doe" in html
    assert "<span>METHOD REQUEST</span><span>SEQUENCE 1</span>" in html
    assert "sent Mon 30 Nov 07:01 EST" in html  # the outcome folds into the mail it is about
    assert html.count('class="entry ') == 3
    assert "<span>via desk</span>" in html and "rita@agency.test" in html
    # Newest first: the action before the invite before the email in.
    assert html.index("kind-action") < html.index("kind-invite") < html.index('kind-in"')


def test_hostile_text_shows_as_text(client: TestClient, settings: Settings) -> None:
    """A hostile name, subject or sender is escaped: shown, never run."""
    signed_in(client, settings, "rita@agency.test", NOW)
    html = client.get("/process/p1").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_only_the_recruiter_or_an_admin_sees_a_process(
    client: TestClient, settings: Settings
) -> None:
    """Another recruiter gets 404, an admin sees it, nobody without a session sees anything."""
    missing = client.get("/process/p1", follow_redirects=False)
    assert (missing.status_code, missing.headers["location"]) == (303, "/login")
    signed_in(client, settings, SAM.email, NOW)
    assert client.get("/process/p1").status_code == 404
    assert client.get("/process/nope").status_code == 404
    assert client.get("/process/p2").status_code == 200
    client.cookies.clear()
    signed_in(client, settings, ADMIN, NOW)
    assert client.get("/process/p1").status_code == 200


def test_action_forms_carry_the_csrf_token_and_come_back_here(
    client: TestClient, settings: Settings
) -> None:
    """The page's forms post to the desk's action endpoint with the session's CSRF token."""
    csrf = signed_in(client, settings, "rita@agency.test", NOW)
    html = client.get("/process/p1").text
    assert 'action="/process/p1/action"' in html
    assert 'name="back" value="/process/p1"' in html
    assert csrf_of(html) == csrf
    form = {"action": "pause", "back": "/process/p1"}
    assert client.post("/process/p1/action", data=form).status_code == 403
    done = client.post("/process/p1/action", data=form | {"csrf": csrf}, follow_redirects=False)
    assert (done.status_code, done.headers["location"]) == (303, "/process/p1")
    assert "Pending: pause" in client.get("/process/p1").text


def test_a_note_is_queued_from_the_page(client: TestClient, settings: Settings) -> None:
    """The page's note form queues a note for the watcher; an empty note is refused."""
    csrf = signed_in(client, settings, "rita@agency.test", NOW)
    form = {"action": "note", "csrf": csrf, "back": "/process/p1"}
    assert client.post("/process/p1/action", data=form).status_code == 400
    done = client.post(
        "/process/p1/action",
        data=form | {"text": "Jane prefers mornings"},
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert "Pending: add a note" in client.get("/process/p1").text


def test_a_broken_story_is_said_not_fatal(
    client: TestClient, settings: Settings, tmp_path: Path
) -> None:
    """A story file that cannot be read leaves the page up, saying so."""
    (tmp_path / "rounds.json.story" / "p1.jsonl").write_bytes(b"not json\n")
    signed_in(client, settings, "rita@agency.test", NOW)
    page = client.get("/process/p1")
    assert page.status_code == 200
    assert "The story cannot be read" in page.text and "Interview #1" in page.text


def test_each_round_names_who_interviews_and_the_page_adds_addresses(tmp_path: Path) -> None:
    """Round 1 shows the process's contact and round 2 its own panel: by name on the board
    card, by name and address on the process page (the recruiter's)."""
    first = process("p1", "Jane Doe", rnd=RoundStatus.COMPLETED).rounds[0]
    panel = (
        Person(name="Dana Lee", email="dana@acme.test", zone="Europe/London"),
        Person(name="", email="carol@acme.test", zone="Europe/London"),
    )
    second = Round(number=2, interviewers=panel)
    jane = process("p1", "Jane Doe").model_copy(update={"rounds": (first, second)})
    settings = desk_settings(tracker(tmp_path / "rounds.json", [jane]))
    with desk_client(settings) as rita:
        signed_in(rita, settings, "rita@agency.test", NOW)
        card = rita.get("/").text.split('class="card"')[1].split("</article>")[0]
        page = rita.get("/process/p1").text.split('class="rounds"')[1].split("</ul>")[0]
    assert re.findall(r'class="interviewers">([^<]*)<', card) == [
        "with Bob Smith",
        "with Dana Lee, carol@acme.test",
    ]
    assert "dana@acme.test" not in card and "bob@acme.test" not in card
    assert re.findall(r'class="interviewers">([^<]*)<', page) == [
        "with Bob Smith &lt;bob@acme.test&gt;",
        "with Dana Lee &lt;dana@acme.test&gt;, carol@acme.test",
    ]
