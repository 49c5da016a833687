"""Tests for agent.adapters.calendars.dav against a real Radicale 3.x seeded through caldav."""

from __future__ import annotations

import itertools
import uuid

import pytest

from agent.adapters.calendars.dav import DavCalendar
from agent.errors import CalendarError
from parsers.model import Window
from tests.agent.core.test_freebusy import END, NY, START, utc
from tests.radicale import Radicale, without_freebusy


def vcalendar(*lines: str) -> str:
    return "\r\n".join(
        ("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *lines, "END:VCALENDAR")
    )


def vevent(uid: str, *lines: str) -> tuple[str, ...]:
    return ("BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270301T000000Z", *lines, "END:VEVENT")


STANDUP = vcalendar(
    *vevent(
        "standup",
        "DTSTART;TZID=America/New_York:20270301T100000",
        "DTEND;TZID=America/New_York:20270301T103000",
        "RRULE:FREQ=WEEKLY;COUNT=4",
        "EXDATE;TZID=America/New_York:20270308T100000",
    ),
    *vevent(
        "standup",
        "RECURRENCE-ID;TZID=America/New_York:20270315T100000",
        "DTSTART;TZID=America/New_York:20270315T150000",
        "DTEND;TZID=America/New_York:20270315T153000",
    ),
)
SEEDS = [
    STANDUP,
    vcalendar(*vevent("offsite", "DTSTART;VALUE=DATE:20270317", "DTEND;VALUE=DATE:20270318")),
    vcalendar(
        *vevent(
            "called-off", "STATUS:CANCELLED", "DTSTART:20270316T140000Z", "DTEND:20270316T150000Z"
        )
    ),
    vcalendar(*vevent("a", "DTSTART:20270318T140000Z", "DTEND:20270318T150000Z")),
    vcalendar(*vevent("b", "DTSTART:20270318T143000Z", "DTEND:20270318T153000Z")),
    vcalendar(*vevent("c", "DTSTART:20270318T153000Z", "DTEND:20270318T160000Z")),
    vcalendar(
        *vevent("maybe", "STATUS:TENTATIVE", "DTSTART:20270319T140000Z", "DTEND:20270319T150000Z")
    ),
    vcalendar(
        *vevent("lunch", "TRANSP:TRANSPARENT", "DTSTART:20270319T160000Z", "DTEND:20270319T170000Z")
    ),
    vcalendar(
        *vevent(
            "berlin",
            "DTSTART;TZID=Europe/Berlin:20270312T100000",
            "DTEND;TZID=Europe/Berlin:20270312T110000",
        )
    ),
]
# What every path must report: the moved standup, the offsite day, the merged 18 March
# blocks, the tentative hold and the Berlin meeting; never the cancelled or transparent one.
MUST = (
    Window(utc(12, 9), utc(12, 10)),
    Window(utc(15, 19), utc(15, 19, 30)),
    Window(utc(18, 14), utc(18, 16)),
    Window(utc(19, 14), utc(19, 15)),
)
NEVER = (Window(utc(16, 14), utc(16, 15)), Window(utc(19, 16), utc(19, 17)))


@pytest.fixture(scope="module")
def seeded(radicale: Radicale) -> str:
    """A calendar seeded with the traps, through caldav's own add_event; its URL."""
    name = f"dana-{uuid.uuid4().hex[:8]}"
    calendar = radicale.calendar(name)
    for ics in SEEDS:
        calendar.add_event(ics)
    return radicale.calendar_url(name)


def _covered(window: Window, busy: tuple[Window, ...]) -> bool:
    return any(b.start <= window.start and window.end <= b.end for b in busy)


def _touched(window: Window, busy: tuple[Window, ...]) -> bool:
    return any(b.start < window.end and window.start < b.end for b in busy)


async def test_event_search_path_expands_every_trap_exactly(
    radicale: Radicale, seeded: str
) -> None:
    """Searching events: EXDATE skipped, moved instance followed, all-day in the owner's zone,
    overlaps and adjacency merged, tentative busy, cancelled and transparent free."""
    reader = DavCalendar(
        seeded, zone=NY, username=radicale.user, password=radicale.password, freebusy_query=False
    )
    busy = await reader.read(START, END)
    assert busy == (
        Window(utc(12, 9), utc(12, 10)),
        Window(utc(15, 19), utc(15, 19, 30)),
        Window(utc(17, 4), utc(18, 4)),  # the offsite, New York's whole 17 March
        Window(utc(18, 14), utc(18, 16)),
        Window(utc(19, 14), utc(19, 15)),
    )


async def test_free_busy_query_path_covers_every_busy_block_and_no_free_one(
    radicale: Radicale, seeded: str
) -> None:
    """Radicale's unmerged free-busy answer, merged: every busy block is there, cancelled and
    transparent time is not, and the all-day event covers New York's working day."""
    reader = DavCalendar(seeded, zone=NY, username=radicale.user, password=radicale.password)
    busy = await reader.read(START, END)
    assert all(_covered(w, busy) for w in MUST)
    assert not any(_touched(w, busy) for w in NEVER)
    assert _covered(Window(utc(17, 13), utc(17, 21)), busy)
    assert all(a.end < b.start for a, b in itertools.pairwise(busy))


async def test_tentative_free_when_configured(radicale: Radicale, seeded: str) -> None:
    """tentative_busy=False frees a STATUS:TENTATIVE event on both paths."""
    for query in (True, False):
        reader = DavCalendar(
            seeded,
            zone=NY,
            username=radicale.user,
            password=radicale.password,
            freebusy_query=query,
            tentative_busy=False,
        )
        assert not _touched(Window(utc(19, 14), utc(19, 15)), await reader.read(START, END))


async def test_wrong_password_is_a_calendar_error_without_the_password(
    radicale: Radicale, seeded: str
) -> None:
    """A refused login is a CalendarError whose message never holds the password."""
    reader = DavCalendar(seeded, zone=NY, username=radicale.user, password="wrong-horse-battery")
    with pytest.raises(CalendarError) as caught:
        await reader.read(START, END)
    assert "wrong-horse-battery" not in str(caught.value)
    assert seeded in str(caught.value)


async def test_unreachable_server_is_a_calendar_error() -> None:
    """Nothing listening: a CalendarError, not a crash."""
    reader = DavCalendar("http://127.0.0.1:9/dana/work/", zone=NY, timeout=5)
    with pytest.raises(CalendarError):
        await reader.read(START, END)


async def test_server_without_free_busy_query_falls_back_to_event_search(
    radicale: Radicale, seeded: str
) -> None:
    """A server that refuses free-busy-query (501) still gives the exact busy time, by events."""
    with without_freebusy(radicale) as proxied:
        url = seeded.replace(radicale.url, proxied.url)
        reader = DavCalendar(url, zone=NY, username=radicale.user, password=radicale.password)
        busy = await reader.read(START, END)
    assert Window(utc(17, 4), utc(18, 4)) in busy  # the all-day event, in New York's day
    assert Window(utc(15, 19), utc(15, 19, 30)) in busy  # the moved instance, and only it
    assert not _touched(Window(utc(15, 14), utc(15, 15, 30)), busy)
