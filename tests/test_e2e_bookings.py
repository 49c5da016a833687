"""Issue 12's Bookings option end to end: the client's interviewer is a staff member of a
Microsoft Bookings business on the local Graph fake (through msal and TLS), the agent runs
as `watch --once` on the mail sandbox. The client is not asked; the candidate's times avoid
Bookings' busy and out-of-office time and the hours Bookings does not list; a pick is booked
after Bookings is read again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from agent.core.process import RoundStatus
from agent.dev.sandbox import MailServers
from agent.dev.simulation import calendar_of, text_of
from parsers.model import Window
from tests.e2e import CANDIDATE, CLIENT, running_agent
from tests.fakes.graph import CLIENT_ID, CLIENT_SECRET, TENANT, fake_graph
from tests.test_e2e_calendars import calendar_offer, overlaps, utc

BUSINESS = "hiring@acme.onmicrosoft.com"


def bobs_bookings() -> list[tuple[datetime, datetime, str]]:
    """Bob's Bookings hours: 09:00–17:00Z on weekdays for three weeks, except Thursday
    3 December (no hours listed at all); a booking on Tuesday, out of office on Wednesday."""
    days = [datetime(2026, 11, 30, tzinfo=UTC) + timedelta(days=n) for n in range(21)]
    items = [
        (day + timedelta(hours=9), day + timedelta(hours=17), "available")
        for day in days
        if day.weekday() < 5 and day.day != 3
    ]
    items.append((utc(1, 14), utc(1, 15), "busy"))
    items.append((utc(2, 0), utc(3, 0), "outOfOffice"))
    return items


async def test_slots_from_bookings_staff_availability_then_a_pick(
    servers: MailServers, tmp_path: Path
) -> None:
    """Bookings answers for Bob: the client is not asked, the slots keep clear of every
    busy span, its buffer and the unlisted Thursday, and option 1 is booked."""
    with fake_graph(tmp_path) as graph:
        graph.add_staff(BUSINESS, CLIENT.email, *bobs_bookings())
        config = tmp_path / "calendars.toml"
        config.write_text(
            f'[domains]\n"acme.test" = {{ calendar = "bookings:{BUSINESS}", '
            'zone = "Europe/London" }\n'
            f'[microsoft]\ntenant = "{TENANT}"\nclient_id = "{CLIENT_ID}"\n'
            f'client_secret = "{CLIENT_SECRET}"\nauthority = "{graph.url}"\n'
            f'graph = "{graph.graph}"\nca_file = "{graph.cert}"\n',
            encoding="utf-8",
        )
        async with running_agent(servers, tmp_path, calendars=config, buffer_minutes=15) as h:
            await h.kickoff()
            await h.step()

            options = calendar_offer(h, servers)
            busy = [
                Window(utc(1, 13, 45), utc(1, 15, 15)),  # the booking and its buffers
                Window(utc(2, 0), utc(4, 0)),  # out of office, then no hours listed
            ]
            busy += [Window(utc(d, 16, 45), utc(d + 1, 9, 15)) for d in range(1, 18)]
            assert not any(overlaps(o, b) for o in options for b in busy)
            assert options[0] == Window(utc(1, 15, 30), utc(1, 16, 30))
            assert "free on the interviewers' calendars" in text_of(CANDIDATE.last(servers))
            read_before = len(graph.availability_requests)

            h.clock.advance(hours=1)
            await CANDIDATE.reply(servers, "Option 1 works for me.", now=h.clock.now)
            await h.step()

            (process,) = h.processes()
            assert process.current.status == RoundStatus.SCHEDULED
            assert process.current.slot == options[0]
            assert len(graph.availability_requests) > read_before  # read again to book
            assert calendar_of(CANDIDATE.last(servers)) is not None
            assert calendar_of(CLIENT.last(servers)) is not None
    assert len(graph.token_requests) == 1  # one client-credentials token for every read
    assert {r["staffIds"][0] for r in graph.availability_requests} == set(graph.availability)
