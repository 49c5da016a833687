"""Issue 12 end to end: the client's calendar on a real Radicale, the agent as `watch --once`
on the mail sandbox. The client is not asked; the candidate gets slots that avoid every busy
block and its buffer; a block added before the pick moves the booking to the next free slot."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from agent.core.process import RoundStatus
from agent.dev.sandbox import MailServers
from agent.dev.simulation import calendar_of, text_of
from parsers.model import Window
from tests.e2e import CANDIDATE, CLIENT, RECRUITER, Harness, running_agent
from tests.radicale import Radicale


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


def vcalendar(*lines: str) -> str:
    body = "\r\n".join(lines)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{body}\r\nEND:VCALENDAR\r\n"


# Bob (London, GMT in December) shares 14:00–17:00Z with Jane (New York) on weekdays.
STANDUP = vcalendar(  # every weekday 14:00–15:00 London, but not on Thursday 3 December
    "BEGIN:VEVENT",
    "UID:standup",
    "DTSTAMP:20261101T000000Z",
    "DTSTART;TZID=Europe/London:20261130T140000",
    "DTEND;TZID=Europe/London:20261130T150000",
    "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    "EXDATE;TZID=Europe/London:20261203T140000",
    "END:VEVENT",
)
OFFSITE = vcalendar(  # all of Wednesday 2 December
    "BEGIN:VEVENT",
    "UID:offsite",
    "DTSTAMP:20261101T000000Z",
    "DTSTART;VALUE=DATE:20261202",
    "DTEND;VALUE=DATE:20261203",
    "END:VEVENT",
)


def overlaps(a: Window, b: Window) -> bool:
    return a.start < b.end and b.start < a.end


def calendar_offer(h: Harness, servers: MailServers) -> list[Window]:
    """The options the candidate got from the calendars, checked as such: the client is not
    asked, and they are 3-5 times over at least two days."""
    assert CLIENT.inbox(servers) == []  # the client is not asked
    (process,) = h.processes()
    rnd = process.current
    assert rnd.status == RoundStatus.PROPOSED and rnd.options_to == "candidate"
    options = rnd.options
    assert 3 <= len(options) <= 5
    assert len({o.start.date() for o in options}) >= 2
    return options


async def test_slots_from_radicale_then_a_pick_moved_by_a_new_block(
    servers: MailServers, radicale: Radicale, tmp_path: Path
) -> None:
    """Done-when of issue 12, black box."""
    name = f"bob-{uuid.uuid4().hex[:8]}"
    calendar = radicale.calendar(name)
    calendar.add_event(STANDUP)
    calendar.add_event(OFFSITE)
    config = tmp_path / "calendars.toml"
    config.write_text(
        f'[people]\n"{CLIENT.email}" = {{ calendar = "caldav:{radicale.calendar_url(name)}", '
        'zone = "Europe/London" }\n'
        f'[caldav]\nusername = "{radicale.user}"\npassword = "{radicale.password}"\n',
        encoding="utf-8",
    )
    async with running_agent(servers, tmp_path, calendars=config, buffer_minutes=15) as h:
        await h.kickoff()
        await h.step()

        options = calendar_offer(h, servers)
        busy = [Window(utc(2, 0), utc(3, 0))]  # the offsite, London's Wednesday
        busy += [
            Window(utc(d, 13, 45), utc(d, 15, 15))  # the stand-up and its buffers
            for d in (1, 4, 7, 8, 9, 10, 11, 14)
        ]
        assert not any(overlaps(o, b) for o in options for b in busy)
        # Thursday has no stand-up (EXDATE): its first slot is the start of the shared hours.
        assert options[0] == Window(utc(1, 15, 30), utc(1, 16, 30))
        assert Window(utc(3, 14), utc(3, 15)) in options
        letter = text_of(CANDIDATE.last(servers))
        assert "free on the interviewers' calendars" in letter
        assert "  1. " in letter and "  3. " in letter
        assert "calendars" in text_of(RECRUITER.last(servers))

        # A block lands on option 2 (Thursday 14:00–15:00Z) before Jane picks it.
        calendar.add_event(
            vcalendar(
                "BEGIN:VEVENT",
                "UID:late-block",
                "DTSTAMP:20261130T150000Z",
                "DTSTART:20261203T141500Z",
                "DTEND:20261203T144500Z",
                "END:VEVENT",
            )
        )
        h.clock.advance(hours=1)
        await CANDIDATE.reply(servers, "Option 2 works for me.", now=h.clock.now)
        await h.step()

        (process,) = h.processes()
        rnd = process.current
        assert rnd.status == RoundStatus.SCHEDULED
        # The next free hour that day: after 14:45 + 15 minutes buffer, on the half hour.
        assert rnd.slot == Window(utc(3, 15), utc(3, 16))
        invite = CANDIDATE.last(servers)
        assert calendar_of(invite) is not None
        assert "was taken in the meantime" in text_of(invite)
        assert len([m for m in CANDIDATE.inbox(servers) if "meantime" in text_of(m)]) == 1
        assert calendar_of(CLIENT.last(servers)) is not None  # the client gets the invite


async def test_calendar_down_means_asking_by_email_and_telling_the_recruiter_once(
    servers: MailServers, tmp_path: Path
) -> None:
    """Bob's CalDAV server is down: both sides are asked by email, and the recruiter hears
    of it once, in the kickoff's update."""
    config = tmp_path / "calendars.toml"
    config.write_text(
        f'[people]\n"{CLIENT.email}" = "caldav:http://127.0.0.1:9/bob/work/"\n',
        encoding="utf-8",
    )
    async with running_agent(servers, tmp_path, calendars=config) as h:
        await h.kickoff()
        await h.step()
        assert "a few days and times" in text_of(CLIENT.last(servers))
        assert "a few days and times" in text_of(CANDIDATE.last(servers))
        told = [m for m in RECRUITER.inbox(servers) if "couldn't read the calendar" in text_of(m)]
        assert len(told) == 1
        assert CLIENT.email in text_of(told[0])
        (process,) = h.processes()
        assert process.current.status == RoundStatus.REQUESTED


async def test_a_clients_own_buffer_wins_over_the_setting(
    servers: MailServers, radicale: Radicale, tmp_path: Path
) -> None:
    """buffer_minutes = 45 on Bob's entry keeps 45 minutes after the stand-up clear, not 15."""
    name = f"bob-{uuid.uuid4().hex[:8]}"
    radicale.calendar(name).add_event(STANDUP)
    config = tmp_path / "calendars.toml"
    config.write_text(
        f'[domains]\n"acme.test" = {{ calendar = "caldav:{radicale.url}/{radicale.user}/'
        f'{name}/", zone = "Europe/London", buffer_minutes = 45 }}\n'
        f'[caldav]\nusername = "{radicale.user}"\npassword = "{radicale.password}"\n',
        encoding="utf-8",
    )
    async with running_agent(servers, tmp_path, calendars=config, buffer_minutes=15) as h:
        await h.kickoff()
        await h.step()
        (process,) = h.processes()
        assert process.current.options[0] == Window(utc(1, 16), utc(1, 17))
