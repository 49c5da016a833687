"""One interview round end to end, on pymap or Dovecot and aiosmtpd,,
with the agent as `watch --once`."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent.core.process import RoundStatus
from agent.dev.sandbox import MailServers
from agent.dev.simulation import calendar_of, parse_mail, text_of
from agent.rendering.tracker import tracker_rows
from agent.wiring import build_agent
from store.db import Store
from store.export import render
from tests.dovecot import sent_folder_ids
from tests.e2e import (
    AGENT,
    CANDIDATE,
    CLIENT,
    LABELLED_KICKOFF,
    RECRUITER,
    STORES,
    STRANGER,
    Clock,
    Harness,
    settings_for,
)

FREE_TEXT_KICKOFF = """Hi Jane, hi Bob,

I'd like you to meet Jane Doe, the candidate I mentioned for your Senior Backend Engineer
opening. Jane is based in New York. Bob Smith is the hiring manager at Acme, in London.
Could you two find an hour for a first interview? The agent on copy will sort out a time.

Best,
Rita
"""


async def _kickoff_free_text(h: Harness) -> None:
    await RECRUITER.send(
        h.servers,
        to=f"{CANDIDATE.formatted}, {CLIENT.formatted}",
        cc=AGENT,
        subject="Introduction: Jane Doe / Acme",
        text=FREE_TEXT_KICKOFF,
        now=h.clock.now,
    )


async def _run_round(h: Harness) -> None:
    await h.step()
    ask_candidate = CANDIDATE.last(h.servers)
    ask_client = CLIENT.last(h.servers)
    assert "availability" in text_of(ask_candidate).lower() or "times" in text_of(ask_candidate)
    # Separate threads: neither request shows the other person's address.
    assert CLIENT.email not in str(ask_candidate["To"]) + str(ask_candidate.get("Cc", ""))
    assert CANDIDATE.email not in str(ask_client["To"]) + str(ask_client.get("Cc", ""))

    h.clock.advance(hours=1)
    await CANDIDATE.reply(
        h.servers, "Hi! I'm free Thursday morning, or Friday after 2pm.", now=h.clock.now
    )
    await h.step()
    assert h.processes()[0].current.status == RoundStatus.REQUESTED

    h.clock.advance(hours=1)
    await CLIENT.reply(
        h.servers, "Thursday between 2pm and 5pm UK time works for our team.", now=h.clock.now
    )
    await h.step()
    process = h.processes()[0]
    assert process.current.status == RoundStatus.SCHEDULED
    assert process.current.slot is not None
    # Thursday 3 December: 09:00 New York is 14:00 London, the first hour inside both days.
    assert process.current.slot.start.isoformat() == "2026-12-03T14:00:00+00:00"

    invite_to_candidate = CANDIDATE.last(h.servers)
    invite = calendar_of(invite_to_candidate)
    assert invite is not None
    assert str(invite["method"]) == "REQUEST"
    assert "09:00" in text_of(invite_to_candidate)  # the candidate reads New York time

    h.clock.advance(minutes=30)
    await CANDIDATE.reply(
        h.servers,
        "Accepted",
        now=h.clock.now,
        calendar=CANDIDATE.rsvp(invite, "ACCEPTED", now=h.clock.now),
    )
    await CLIENT.reply(h.servers, "Works for me, see you then.", now=h.clock.now)
    await h.step()
    process = h.processes()[0]
    assert process.current.status == RoundStatus.CONFIRMED

    table = render(tracker_rows(h.processes(), zone="America/New_York"), "csv").decode()
    header, row = table.splitlines()[:2]
    assert header.endswith("Interview #1")
    assert row.endswith("2026-12-03 09:00 EST · confirmed")
    recruiter_mail = [text_of(m) for m in RECRUITER.inbox(h.servers)]
    assert any("confirmed" in t for t in recruiter_mail)
    # Every mail sent has its witness in Sent: the server's copy (pymap) or the agent's (Dovecot).
    assert sent_folder_ids(h.servers) >= {parse_mail(c.raw)["Message-ID"] for c in h.servers.sent}


async def test_labelled_kickoff_runs_a_round_to_confirmed(each_harness: Harness) -> None:
    """A labelled kickoff leads to availability requests, an invite, RSVPs and a confirmed round
    (on pymap and on Dovecot)."""
    await each_harness.kickoff()
    await _run_round(each_harness)


@pytest.mark.parametrize("harness", ["postgres"], indirect=True)
async def test_labelled_kickoff_runs_a_round_on_postgresql(harness: Harness) -> None:
    """The same round with ROUNDS_DB=postgresql://… behaves as on the tracker file."""
    await harness.kickoff()
    await _run_round(harness)


async def test_free_text_kickoff_runs_a_round_to_confirmed(each_harness: Harness) -> None:
    """An introduction with the agent on Cc works like the labelled form (pymap and Dovecot)."""
    await _kickoff_free_text(each_harness)
    await _run_round(each_harness)


@pytest.mark.parametrize("harness", STORES, indirect=True)
async def test_restart_neither_reprocesses_nor_resends(harness: Harness) -> None:
    """A new agent on the same tracker and inbox neither handles nor sends anything again."""
    await harness.kickoff()
    await harness.step()
    sent = len(harness.servers.sent)
    ledger = len(harness.store.ledger())
    await harness.restart()
    await harness.step()
    assert (sent, ledger) == (len(harness.servers.sent), len(harness.store.ledger()))


async def test_stranger_is_ignored_and_recorded(harness: Harness) -> None:
    """Mail from an unknown sender is recorded in the ledger as ignored and never answered."""
    await STRANGER.send(
        harness.servers,
        to=AGENT,
        subject="Candidate: me",
        text=LABELLED_KICKOFF,
        now=harness.clock.now,
    )
    await harness.step()
    assert harness.servers.sent == []
    [entry] = harness.store.ledger()
    assert (entry["status"], entry["reason"]) == ("ignored", "unknown sender")


async def test_refused_recipient_is_recorded_and_the_recruiter_told(harness: Harness) -> None:
    """A 5xx for the candidate's address is recorded, not retried, and the recruiter is told."""
    harness.servers.refuse[CANDIDATE.email] = "550 5.1.1 No such user"
    await harness.kickoff()
    await harness.step()
    refused = harness.store.outbox(status="refused")
    assert [a["email"] for doc in refused for a in doc["to"]] == [CANDIDATE.email]
    harness.clock.advance(hours=2)
    await harness.step()
    notices = [m for m in RECRUITER.inbox(harness.servers) if "Undelivered" in str(m["Subject"])]
    assert len(notices) == 1
    assert "No such user" in text_of(notices[0])
    assert len(harness.store.outbox(status="refused")) == 1


async def test_since_skips_older_mail_on_the_first_run(
    servers: MailServers, tmp_path: Path
) -> None:
    """ROUNDS_SINCE makes the first run ignore mail received before it; newer mail is handled."""
    clock = Clock()
    db = tmp_path / "rounds.json"
    old = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    await RECRUITER.send(servers, to=AGENT, subject="Old", text=LABELLED_KICKOFF, now=old)
    with Store(db) as store:
        agent = build_agent(settings_for(servers, db, since="2026-11-20"), store, clock=clock)
        await agent.run_once()
        assert store.processes() == {}
        await RECRUITER.send(servers, to=AGENT, subject="New", text=LABELLED_KICKOFF, now=clock.now)
        await agent.run_once()
        await agent.mailbox.close()
        assert len(store.processes()) == 1


async def test_reply_all_on_the_recruiters_introduction_is_routed(harness: Harness) -> None:
    """The candidate answering the recruiter's intro thread (agent on Cc) reaches the round."""
    intro = await RECRUITER.send(
        harness.servers,
        to=f"{CANDIDATE.formatted}, {CLIENT.formatted}",
        cc=AGENT,
        subject="Introduction: Jane Doe / Acme",
        text=FREE_TEXT_KICKOFF,
        now=harness.clock.now,
    )
    await harness.step()
    harness.clock.advance(hours=1)
    await CANDIDATE.reply(
        harness.servers,
        "Great to meet you! Thursday morning works.",
        now=harness.clock.now,
        to=intro,
    )
    await harness.step()
    [process] = harness.processes()
    assert process.current.availability.get("candidate")
    assert harness.store.ledger()[-1]["reason"] == "availability via thread"
