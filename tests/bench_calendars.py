"""Benchmark of calendar slots (issue 12): free/busy for a 10-person panel over 10 business
days from a local Radicale plus the slot search, and the slot search alone (python -m).

Goals: the first ≤ 300 ms median, the second ≤ 5 ms median.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock

from agent.adapters.calendars.combined import Calendars
from agent.adapters.calendars.dav import DavCalendar
from agent.core.slot_search import Attendee, Rules, find_slots
from parsers.model import Window
from tests.radicale import Radicale, radicale_server

PANEL = 10
ZONES = ("America/New_York", "America/Chicago", "Europe/London", "Europe/Berlin")
NOW = datetime(2027, 3, 5, 12, tzinfo=UTC)  # a Friday: the next 10 business days follow
UNTIL = NOW + timedelta(days=14)
RULES = Rules(duration=timedelta(hours=1), buffer=timedelta(minutes=15))
ROUNDS = {"freebusy + search": 30, "search alone": 300}
GOAL_MS = {"freebusy + search": 300.0, "search alone": 5.0}


def _event(uid: str, start: datetime, minutes: int, extra: str = "") -> str:
    end = start + timedelta(minutes=minutes)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20270301T000000Z\r\n"
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{end:%Y%m%dT%H%M%SZ}\r\n{extra}"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def seed(server: Radicale, rng: random.Random) -> dict[str, str]:
    """Ten calendars, each with a daily recurring stand-up, an all-day event and about three
    meetings a business day; the calendar URL of each panel member."""
    urls = {}
    for n in range(PANEL):
        name = f"bench-{n}"
        calendar = server.calendar(name)
        calendar.add_event(
            _event(
                f"standup-{n}",
                NOW.replace(hour=13) + timedelta(days=3),
                15,
                "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=40\r\n",
            )
        )
        offsite = (NOW + timedelta(days=4 + n % 8)).date()
        calendar.add_event(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:offsite-{n}\r\nDTSTAMP:20270301T000000Z\r\n"
            f"DTSTART;VALUE=DATE:{offsite:%Y%m%d}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        for k in range(20):
            start = NOW + timedelta(minutes=30 * rng.randrange(14 * 48))
            calendar.add_event(_event(f"m-{n}-{k}", start, 30 * rng.randint(1, 3)))
        urls[f"p{n}@acme.com"] = server.calendar_url(name)
    return urls


def people(busy: dict[str, tuple[Window, ...]]) -> list[Attendee]:
    panel = [
        Attendee(email, ZONES[n % len(ZONES)], (clock(8), clock(18)), busy[email], (), 3)
        for n, email in enumerate(sorted(busy))
    ]
    return [*panel, Attendee("cy@mail.com", "America/New_York", (clock(8), clock(20)))]


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


async def main() -> int:
    rng = random.Random(12)
    with radicale_server() as server:
        urls = seed(server, rng)
        readers = {
            email: DavCalendar(url, zone="UTC", username=server.user, password=server.password)
            for email, url in urls.items()
        }
        calendars = Calendars(readers.get)
        took: dict[str, list[float]] = {name: [] for name in ROUNDS}
        busy: dict[str, tuple[Window, ...]] = {}
        for _ in range(ROUNDS["freebusy + search"]):
            began = time.perf_counter()
            busy = await calendars.busy(list(urls), NOW, UNTIL)
            slots = find_slots(people(busy), UNTIL, rules=RULES, now=NOW, shown_in="UTC")
            took["freebusy + search"].append(time.perf_counter() - began)
        assert len(busy) == PANEL and slots, "every calendar read, some slot found"
        panel = people(busy)
        for _ in range(ROUNDS["search alone"]):
            began = time.perf_counter()
            find_slots(panel, UNTIL, rules=RULES, now=NOW, shown_in="UTC")
            took["search alone"].append(time.perf_counter() - began)
    spans = sum(len(w) for w in busy.values())
    print(f"panel of {PANEL} over 10 business days, {spans} merged busy spans, {len(slots)} slots")
    failed = 0
    for name, samples in took.items():
        median = median_ms(samples)
        over = median > GOAL_MS[name]
        failed += over
        print(
            f"{name}: median {median:.1f} ms, max {max(samples) * 1000:.1f} ms over "
            f"{len(samples)} runs (goal ≤ {GOAL_MS[name]:.0f} ms){' OVER' if over else ''}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
