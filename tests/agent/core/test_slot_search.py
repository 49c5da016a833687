"""Tests for agent.core.slot_search: concrete slots that suit a whole panel and the candidate."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent.core.slot_search import Attendee, Rules, find_slots
from agent.errors import InputError
from parsers.model import Window

NY = "America/New_York"
LONDON = "Europe/London"
HOUR = timedelta(hours=1)
RULES = Rules(duration=HOUR, min_notice=timedelta(hours=12))


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, month, day, hour, minute, tzinfo=UTC)


def days(slots: list[Window], zone: str) -> set[object]:
    return {s.start.astimezone(ZoneInfo(zone)).date() for s in slots}


def test_slots_avoid_busy_time_and_its_buffer() -> None:
    """With a 15-minute buffer, a 14:00–15:00Z meeting also keeps 13:45 and 15:15 clear."""
    dana = Attendee("dana@acme.com", "UTC", busy=(Window(utc(3, 15, 14), utc(3, 15, 15)),))
    candidate = Attendee("cy@mail.com", "UTC")
    rules = Rules(duration=HOUR, min_notice=timedelta(0), buffer=timedelta(minutes=15), most=20)
    slots = find_slots(
        [dana, candidate], utc(3, 16, 0), rules=rules, now=utc(3, 15, 12), shown_in="UTC"
    )
    # 12:30 fits too, but offered slots never overlap each other.
    assert [s.start for s in slots] == [utc(3, 15, 12), utc(3, 15, 15, 30)]


def test_three_to_five_slots_over_at_least_two_days_inside_both_working_days() -> None:
    """A London candidate and a New York interviewer get five slots on five days, 14–17Z."""
    now = utc(3, 1, 8)
    slots = find_slots(
        [Attendee("dana@acme.com", NY), Attendee("cy@mail.com", LONDON)],
        now + timedelta(days=14),
        rules=RULES,
        now=now,
        shown_in=LONDON,
    )
    assert len(slots) == 5
    assert len(days(slots, LONDON)) == 5
    for slot in slots:
        assert slot.start >= now + RULES.min_notice
        for zone in (NY, LONDON):
            start, end = slot.start.astimezone(ZoneInfo(zone)), slot.end.astimezone(ZoneInfo(zone))
            assert start.weekday() < 5
            assert time(9) <= start.time() and end.time() <= time(17)


def test_us_dst_week_widens_the_overlap_by_an_hour() -> None:
    """Before 14 March 2027 NY–London share 14–17Z; after it, until 28 March, 13–17Z."""
    people = [Attendee("dana@acme.com", NY), Attendee("cy@mail.com", LONDON)]
    rules = Rules(duration=HOUR, min_notice=timedelta(0), most=1)
    friday = find_slots(people, utc(3, 13, 0), rules=rules, now=utc(3, 12, 0), shown_in=LONDON)
    monday = find_slots(people, utc(3, 16, 0), rules=rules, now=utc(3, 15, 0), shown_in=LONDON)
    assert [s.start for s in friday] == [utc(3, 12, 14)]
    assert [s.start for s in monday] == [utc(3, 15, 13)]


def test_eu_dst_week_moves_london_working_day_an_hour_earlier_in_utc() -> None:
    """From 28 March 2027 London works 08–16Z: the last NY–London hour ends at 16:00Z."""
    people = [Attendee("dana@acme.com", NY), Attendee("cy@mail.com", LONDON)]
    rules = Rules(duration=HOUR, min_notice=timedelta(0), most=20)
    before = find_slots(people, utc(3, 27, 0), rules=rules, now=utc(3, 26, 0), shown_in=LONDON)
    after = find_slots(people, utc(3, 30, 0), rules=rules, now=utc(3, 29, 0), shown_in=LONDON)
    assert max(s.end for s in before) == utc(3, 26, 17)
    assert max(s.end for s in after) == utc(3, 29, 16)
    assert min(s.start for s in after) == utc(3, 29, 13)


def test_daily_limit_skips_a_day_the_interviewer_has_filled() -> None:
    """Two interviews already on Monday with a limit of two: no Monday slot for that person."""
    booked = (Window(utc(3, 15, 9), utc(3, 15, 10)), Window(utc(3, 15, 11), utc(3, 15, 12)))
    dana = Attendee("dana@acme.com", "UTC", interviews=booked, daily_limit=2)
    rules = Rules(duration=HOUR, min_notice=timedelta(0), most=20)
    slots = find_slots([dana], utc(3, 17, 0), rules=rules, now=utc(3, 15, 0), shown_in="UTC")
    assert slots
    assert {s.start.date() for s in slots} == {utc(3, 16, 0).date()}
    unlimited = find_slots(
        [Attendee("dana@acme.com", "UTC", interviews=booked)],
        utc(3, 17, 0),
        rules=rules,
        now=utc(3, 15, 0),
        shown_in="UTC",
    )
    assert utc(3, 15, 0).date() in {s.start.date() for s in unlimited}


def test_no_common_time_gives_no_slots() -> None:
    """A Tokyo and a London nine-to-five never meet: the answer is empty, not a guess."""
    people = [Attendee("a@x.com", "Asia/Tokyo"), Attendee("b@y.com", LONDON)]
    now = utc(3, 1, 0)
    assert find_slots(people, now + timedelta(days=14), rules=RULES, now=now, shown_in="UTC") == []


def test_naive_now_is_refused() -> None:
    """Every time carries its zone."""
    with pytest.raises(InputError):
        find_slots(
            [Attendee("a@x.com", "UTC")],
            utc(3, 20, 0),
            rules=RULES,
            now=datetime(2027, 3, 1),  # noqa: DTZ001 - the point of the test
            shown_in="UTC",
        )


def _valid(slot: Window, people: list[Attendee], rules: Rules, now: datetime) -> bool:
    """The definition of a good slot, checked the slow way."""
    if slot.start < now + rules.min_notice or (slot.start - utc(1, 1, 0)) % rules.step:
        return False
    for person in people:
        zone = ZoneInfo(person.zone)
        start, end = slot.start.astimezone(zone), slot.end.astimezone(zone)
        opens, closes = person.business_hours
        if start.weekday() >= 5 or start.date() != end.date():
            return False
        if not (opens <= start.time() and end.time() <= closes):
            return False
        for busy in (*person.busy, *person.interviews):
            if slot.start < busy.end + rules.buffer and busy.start - rules.buffer < slot.end:
                return False
        if person.daily_limit is not None:
            same_day = [
                w for w in person.interviews if w.start.astimezone(zone).date() == start.date()
            ]
            if len(same_day) >= person.daily_limit:
                return False
    return True


def test_ten_interviewer_panel_over_two_weeks_matches_the_slow_definition() -> None:
    """For a 10-person panel in four zones with dense calendars, every slot offered is valid,
    the first is the earliest valid one, and the offer spans several days."""
    rng = random.Random(12)
    now = utc(3, 8, 6)
    until = now + timedelta(days=14)
    zones = [NY, "America/Chicago", LONDON, "Europe/Berlin"]
    panel = []
    for n in range(10):
        busy = []
        for _ in range(15):
            start = now + timedelta(minutes=30 * rng.randrange(14 * 48))
            busy.append(Window(start, start + timedelta(minutes=30 * rng.randint(1, 4))))
        interviews = tuple(
            Window(s, s + HOUR)
            for s in (now + timedelta(hours=rng.randrange(14 * 24)) for _ in range(2))
        )
        panel.append(
            Attendee(
                f"p{n}@acme.com",
                zones[n % len(zones)],
                business_hours=(time(8), time(18)),
                busy=tuple(busy),
                interviews=interviews,
                daily_limit=2,
            )
        )
    people = [*panel, Attendee("cy@mail.com", NY, business_hours=(time(8), time(20)))]
    rules = Rules(duration=HOUR, buffer=timedelta(minutes=10), min_notice=timedelta(hours=24))
    slots = find_slots(people, until, rules=rules, now=now, shown_in=NY)
    assert 3 <= len(slots) <= 5
    assert len(days(slots, NY)) >= 2
    assert all(_valid(s, people, rules, now) for s in slots)
    every = [
        Window(s, s + HOUR)
        for s in (now + timedelta(minutes=30 * k) for k in range(14 * 48))
        if s + HOUR <= until
    ]
    valid = [w for w in every if _valid(w, people, rules, now)]
    assert slots[0] == valid[0]
    assert {s.start.astimezone(ZoneInfo(NY)).date() for s in slots} <= days(valid, NY)
