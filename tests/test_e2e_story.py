"""A scripted round leaves its story: every email in and out, what was understood and done."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.desk.queue import new_request
from agent.dev.sandbox import MailServers
from store.story import StoryKind
from tests.e2e import RECRUITER, STORES, Harness, running_agent
from tests.test_e2e_round import _run_round


@pytest.mark.parametrize("harness", STORES, indirect=True)
async def test_a_round_leaves_its_story(harness: Harness) -> None:
    """Kickoff, availability, invite, RSVP and a recruiter's pause are on the timeline in order."""
    h = harness
    await h.kickoff()
    await _run_round(h)
    await RECRUITER.reply(h.servers, "pause", now=h.clock.now)
    await h.step()
    (process,) = h.processes()
    story = h.store.story(process.id)
    assert [e.at for e in story] == sorted(e.at for e in story)
    assert {e.process_id for e in story} == {process.id}

    kickoff = story[0]
    assert (kickoff.kind, kickoff.who) == (StoryKind.IN, RECRUITER.formatted)
    assert kickoff.understood is not None and kickoff.understood.intent == "kickoff"
    assert kickoff.did.startswith("process started; emailed ")

    inbound = [e for e in story if e.kind == StoryKind.IN and e.understood]
    availability = [e for e in inbound if e.understood and e.understood.intent == "availability"]
    assert len(availability) == 2
    # The candidate's "Thursday morning" in words, in the recruiter's zone (New York).
    assert any("Thursday 3 December 2026" in t for t in availability[0].understood.times)  # type: ignore[union-attr]
    assert all("EST" in t for t in availability[0].understood.times)  # type: ignore[union-attr]
    assert "I'm free Thursday morning" in availability[0].text
    assert "Interview #1 invite sent" in availability[1].did

    sent_invites = [e for e in story if e.kind == StoryKind.INVITE and e.did == "queued"]
    assert sent_invites and {e.detail["method"] for e in sent_invites} == {"REQUEST"}
    assert {e.detail["sequence"] for e in sent_invites} == {"0"}
    (rsvp,) = [e for e in story if e.kind == StoryKind.INVITE and e.did != "queued"]
    assert (rsvp.detail["method"], rsvp.detail["partstat"]) == ("REPLY", "ACCEPTED")

    queued = {e.detail["message_id"] for e in story if e.did == "queued"}
    delivered = {e.detail["message_id"] for e in story if e.did == "sent"}
    assert queued and queued <= delivered  # each queued mail is later told as sent

    actions = [e for e in story if e.kind == StoryKind.ACTION]
    assert len(actions) == 1
    (pause,) = actions
    assert pause.who == RECRUITER.formatted and pause.detail["via"] == "email"
    assert pause.did.startswith("paused") and pause.understood is None


async def test_a_desk_action_goes_on_the_story(servers: MailServers, tmp_path: Path) -> None:
    """A pause and a note on the desk are told on the story with who asked, via the desk."""
    async with running_agent(servers, tmp_path) as h:
        await h.kickoff()
        await h.step()
        (process,) = h.processes()
        assert h.agent.desk is not None
        asked = new_request(
            process.id, "pause", by=RECRUITER.email, now=h.clock.now, number=None, text=""
        )
        h.agent.desk.submit(asked)
        await h.step()
        action = h.store.story(process.id)[-1]
        noted = new_request(
            process.id, "note", by=RECRUITER.email, now=h.clock.now, number=None, text="Call Jane"
        )
        h.agent.desk.submit(noted)
        await h.step()
        note = h.store.story(process.id)[-1]
    assert (action.kind, action.who, action.subject) == (
        StoryKind.ACTION,
        RECRUITER.email,
        "pause",
    )
    assert action.detail["via"] == "desk"
    assert action.did.startswith("paused; pause on the desk by rita@")
    assert (note.kind, note.who, note.text, note.did) == (
        StoryKind.NOTE,
        RECRUITER.email,
        "Call Jane",
        "note from the recruiter about Jane Doe",
    )
