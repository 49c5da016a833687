"""The recruiter names the client's calendar after the kickoff, on pymap and aiosmtpd with a
real Radicale: a bad line reaches the recruiter alone; a good one is kept, confirmed, shown
in the story and the tracker JSON, and the round still waiting for times gets slots that
avoid the calendar's busy time; a booked round is left alone, and the next round is searched
in the calendar once the line is sent again."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from agent.core.process import RoundStatus
from agent.dev.sandbox import MailServers
from agent.dev.simulation import calendar_of, text_of
from agent.rendering.tracker import tracker_rows
from parsers.model import Window
from store.export import render
from store.story import StoryKind
from tests.e2e import CANDIDATE, CLIENT, RECRUITER, running_agent
from tests.radicale import Radicale
from tests.test_e2e_clients import BARE_KICKOFF, _auth_only, _radicale_calendar
from tests.test_e2e_lifecycle import _after_interview, _book_round_one, _command, _process, _say


def _utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


async def test_a_calendar_line_on_the_thread_brings_slots_clear_of_its_busy_time(
    servers: MailServers, radicale: Radicale, tmp_path: Path
) -> None:
    """Kicked off with no calendar, both sides are asked; the recruiter's bad line changes
    nothing and reaches only them; the good line spares the client and offers the candidate
    slots clear of the stand-up (and its 15-minute buffer) and the offsite, once."""
    spec, _ = _radicale_calendar(radicale)
    calendars = _auth_only(tmp_path, radicale, server=True)
    async with running_agent(servers, tmp_path, calendars=calendars, buffer_minutes=15) as h:
        await h.kickoff(BARE_KICKOFF)
        await h.step()
        assert _process(h).current.status == RoundStatus.REQUESTED
        assert "a few days and times" in text_of(CLIENT.last(servers))
        to_candidate, to_client = len(CANDIDATE.inbox(servers)), len(CLIENT.inbox(servers))

        await _command(h, "Calendar: google:eve@evil.test")
        told = RECRUITER.last(servers)
        assert "eve@evil.test" in text_of(told) and "not at the client's domain" in text_of(told)
        assert "Calendar: bob@acme.test google:bob@acme.test" in text_of(told)
        assert calendar_of(told) is None
        assert _process(h).calendars == {}
        assert (len(CANDIDATE.inbox(servers)), len(CLIENT.inbox(servers))) == (
            to_candidate,
            to_client,
        )

        await _command(h, f"Calendar: {spec}\n\nThanks, Rita")
        process = _process(h)
        assert process.calendars == {"acme.test": spec}
        confirmations = [
            text_of(m)
            for m in RECRUITER.inbox(servers)
            if "calendars for this process" in text_of(m)
        ]
        assert len(confirmations) == 1 and f"acme.test: {spec}" in confirmations[0]
        assert len(CLIENT.inbox(servers)) == to_client  # the calendar answers for the client
        rnd = process.current
        assert rnd.from_calendars and rnd.status == RoundStatus.PROPOSED
        assert 3 <= len(rnd.options) <= 5
        busy = [Window(_utc(2, 0), _utc(3, 0))]  # the offsite, London's Wednesday
        busy += [Window(_utc(d, 13, 45), _utc(d, 15, 15)) for d in (1, 4, 7, 8, 9, 10, 11, 14)]
        assert not any(o.start < b.end and b.start < o.end for o in rnd.options for b in busy)
        offer = CANDIDATE.last(servers)
        assert "free on the interviewers' calendars" in text_of(offer)
        assert spec not in text_of(offer) and "dav" not in text_of(offer)

        [row] = json.loads(render(tracker_rows(h.processes(), zone="UTC"), "json"))
        assert row["Calendars"] == {"acme.test": spec}
        actions = [e for e in h.store.story(process.id) if e.kind == StoryKind.ACTION]
        assert any("calendars set by the recruiter" in e.did for e in actions)

        # Exactly once: another pass, and a restart, send nothing more.
        sent = len(servers.sent)
        await h.step()
        await h.restart()
        await h.step()
        assert len(servers.sent) == sent


async def test_a_booked_round_is_left_alone_and_the_next_round_gets_calendar_slots(
    servers: MailServers, radicale: Radicale, tmp_path: Path
) -> None:
    """The line on a booked Interview #1 changes no invite and mails no party; after the
    client advances, Interview #2 is asked by email, and the line sent again before anyone
    answers brings the candidate slots clear of the stand-up on every weekday."""
    spec, _ = _radicale_calendar(radicale)
    calendars = _auth_only(tmp_path, radicale, server=True)
    async with running_agent(servers, tmp_path, calendars=calendars, buffer_minutes=15) as h:
        first = await _book_round_one(h)
        sent = (len(CANDIDATE.inbox(servers)), len(CLIENT.inbox(servers)))
        await _command(h, f"Calendar: {spec}")
        assert _process(h).calendars == {"acme.test": spec}
        assert _process(h).current == first
        assert (len(CANDIDATE.inbox(servers)), len(CLIENT.inbox(servers))) == sent

        await _after_interview(h)
        await _say(h, CLIENT, "Great conversation, we'd like to move Jane to the next round.")
        assert _process(h).current.number == 2
        assert _process(h).current.status == RoundStatus.REQUESTED
        await _command(h, f"Calendar: {spec}")
        rnd = _process(h).current
        assert rnd.number == 2 and rnd.from_calendars and rnd.status == RoundStatus.PROPOSED
        standups = [
            Window(_utc(d, 13, 45), _utc(d, 15, 15))
            for d in range(4, 19)
            if _utc(d, 0).weekday() < 5
        ]
        assert rnd.options and not any(
            o.start < b.end and b.start < o.end for o in rnd.options for b in standups
        )
        assert "free on the interviewers' calendars" in text_of(CANDIDATE.last(servers))
