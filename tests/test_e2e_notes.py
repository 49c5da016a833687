"""The recruiter's phone notes over real loopback IMAP and SMTP: kept, acked, and obeyed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.process import RoundStatus
from agent.dev.simulation import calendar_of, text_of
from agent.rendering.tracker import tracker_rows
from store.export import render
from tests.e2e import CANDIDATE, CLIENT, RECRUITER, STORES, Harness

NOTE = "Note: spoke to Jane — she prefers mornings, can't do Fridays, needs 48 h notice"


async def _recruiter_writes(h: Harness, text: str) -> None:
    """Rita answers the agent's latest update on the process's thread."""
    await RECRUITER.reply(h.servers, text, now=h.clock.now, to=RECRUITER.last(h.servers))
    await h.step()


@pytest.mark.parametrize("harness", STORES, indirect=True)
async def test_a_phone_note_keeps_the_booking_off_fridays(harness: Harness) -> None:
    """Both sides offer Friday 4 and Monday 7 December; after 'can't do Fridays' the
    invite is for Monday, the note is acked and in the tracker JSON (both stores)."""
    await harness.kickoff()
    await harness.step()
    harness.clock.advance(hours=1)
    await _recruiter_writes(harness, NOTE)
    ack = text_of(RECRUITER.last(harness.servers))
    assert "not on Fridays" in ack and "needs at least 48 h notice" in ack
    harness.clock.advance(hours=1)
    await CANDIDATE.reply(
        harness.servers, "Friday Dec 4 or Monday Dec 7, 9am to 5pm.", now=harness.clock.now
    )
    await CLIENT.reply(
        harness.servers,
        "Friday 4 December or Monday 7 December, 2pm to 5pm UK time.",
        now=harness.clock.now,
    )
    await harness.step()
    process = harness.processes()[0]
    assert process.current.status == RoundStatus.SCHEDULED
    assert process.current.slot is not None
    booked = process.current.slot.start.astimezone(ZoneInfo("America/New_York"))
    assert (booked.date().isoformat(), booked.hour) == ("2026-12-07", 9)
    invite = calendar_of(CANDIDATE.last(harness.servers))
    assert invite is not None
    [event] = invite.walk("VEVENT")
    assert event.decoded("DTSTART") == datetime(2026, 12, 7, 14, 0, tzinfo=UTC)
    [row] = json.loads(render(tracker_rows(harness.processes(), zone="UTC"), "json"))
    assert [n["text"] for n in row["Notes"]] == [NOTE]
    assert row["Preferences"][CANDIDATE.email]["weekdays_out"] == [4]


@pytest.mark.parametrize("relayed", [False, True], ids=["own-reply", "relayed"])
async def test_relayed_times_book_like_the_partys_own_reply(
    harness: Harness, relayed: bool
) -> None:
    """'Jane can do Tuesday Dec 8 10am-12pm or …' from Rita books the same slot as Jane
    writing those times herself."""
    await harness.kickoff()
    await harness.step()
    harness.clock.advance(hours=1)
    await CLIENT.reply(
        harness.servers,
        "Tuesday 8 December or Wednesday 9 December, 2pm to 5pm UK time.",
        now=harness.clock.now,
    )
    await harness.step()
    harness.clock.advance(hours=1)
    times = "Tuesday Dec 8 10am-12pm or Wednesday Dec 9 10am-12pm"
    if relayed:
        await _recruiter_writes(harness, f"Jane can do {times}")
        said = [text_of(m) for m in RECRUITER.inbox(harness.servers)]
        assert any("I took these as Jane Doe's times" in text for text in said)
    else:
        await CANDIDATE.reply(harness.servers, f"I can do {times}.", now=harness.clock.now)
        await harness.step()
    process = harness.processes()[0]
    assert process.current.status == RoundStatus.SCHEDULED
    assert process.current.slot is not None
    assert process.current.slot.start == datetime(2026, 12, 8, 15, 0, tzinfo=UTC)
    assert calendar_of(CANDIDATE.last(harness.servers)) is not None
