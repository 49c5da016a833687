"""Tests for agent.core.slots: common slots across zones, DST weeks, notice, busy, options."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.core.slots import Availability, common_slots, options_from
from agent.errors import InputError
from parsers.model import Window

NY = "America/New_York"
LONDON = "Europe/London"
HOUR = timedelta(hours=1)
LONG_AGO = datetime(2027, 3, 1, tzinfo=UTC)


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 3, day, hour, minute, tzinfo=UTC)


def whole_day(day: int) -> Window:
    return Window(utc(day, 0), utc(day + 1, 0))


def starts(slots: list[Window]) -> list[datetime]:
    return [s.start for s in slots]


def test_new_york_and_london_share_only_nine_to_noon_new_york_time() -> None:
    """In a normal week (5 h apart) hour slots start 09:00–11:00 NY, ending by 17:00 London."""
    ny = Availability((whole_day(9),), NY)
    london = Availability((whole_day(9),), LONDON)
    slots = common_slots(ny, london, duration=HOUR, now=LONG_AGO)
    assert starts(slots) == [utc(9, 14), utc(9, 14, 30), utc(9, 15), utc(9, 15, 30), utc(9, 16)]
    local = [s.start.astimezone(ZoneInfo(NY)).time() for s in slots]
    assert (local[0], local[-1]) == (time(9), time(11))
    assert all(s.end - s.start == HOUR for s in slots)


def test_the_us_only_dst_week_widens_the_overlap_to_one_pm_new_york() -> None:
    """Between 2027-03-14 and 2027-03-28 New York is only 4 h behind London: 09:00–13:00 NY."""
    ny = Availability((whole_day(16),), NY)
    london = Availability((whole_day(16),), LONDON)
    slots = common_slots(ny, london, duration=HOUR, now=LONG_AGO)
    assert starts(slots)[0] == utc(16, 13)
    assert starts(slots)[-1] == utc(16, 16)
    assert slots[-1].end.astimezone(ZoneInfo(NY)).time() == time(13)


def test_after_the_eu_change_the_overlap_is_back_to_three_hours() -> None:
    """From 2027-03-28 London is on BST and the overlap is 09:00–12:00 NY (13:00–16:00 UTC)."""
    ny = Availability((Window(datetime(2027, 3, 30, tzinfo=UTC), utc(31, 0)),), NY)
    london = Availability((Window(datetime(2027, 3, 30, tzinfo=UTC), utc(31, 0)),), LONDON)
    slots = common_slots(ny, london, duration=HOUR, now=LONG_AGO)
    assert starts(slots) == [
        utc(30, 13),
        utc(30, 13, 30),
        utc(30, 14),
        utc(30, 14, 30),
        utc(30, 15),
    ]


def test_slots_lie_inside_both_peoples_windows() -> None:
    """Only the intersection of the offered windows is used, not each side's whole offer."""
    a = Availability((Window(utc(9, 14), utc(9, 16)),), LONDON)
    b = Availability((Window(utc(9, 15), utc(9, 18)),), LONDON)
    assert starts(common_slots(a, b, duration=HOUR, now=LONG_AGO)) == [utc(9, 15)]


def test_minimum_notice_moves_the_first_slot_to_the_next_half_hour() -> None:
    """Nothing starts before now + notice; the first start is rounded up to :00/:30."""
    ny = Availability((whole_day(9),), NY)
    london = Availability((whole_day(9),), LONDON)
    slots = common_slots(ny, london, duration=HOUR, now=utc(9, 2, 10))
    assert starts(slots) == [utc(9, 14, 30), utc(9, 15), utc(9, 15, 30), utc(9, 16)]


def test_busy_rounds_of_the_same_people_are_avoided() -> None:
    """A slot overlapping another round is dropped; one merely touching it is kept."""
    ny = Availability((whole_day(9),), NY)
    london = Availability((whole_day(9),), LONDON)
    busy = [Window(utc(9, 15), utc(9, 15, 30))]
    slots = common_slots(ny, london, duration=HOUR, now=LONG_AGO, busy=busy)
    assert starts(slots) == [utc(9, 14), utc(9, 15, 30), utc(9, 16)]


def test_weekends_are_excluded() -> None:
    """A Saturday offered by both sides yields nothing."""
    a = Availability((whole_day(13),), LONDON)
    b = Availability((whole_day(13),), LONDON)
    assert common_slots(a, b, duration=HOUR, now=LONG_AGO) == []


def test_a_weekday_in_one_zone_that_is_sunday_in_the_other_is_excluded() -> None:
    """Monday 08:00 in Sydney is Sunday in London, even with round-the-clock hours there."""
    sydney = Availability((whole_day(7),), "Australia/Sydney", (time(6), time(20)))
    london = Availability((whole_day(7),), LONDON, (time(0), time(23, 59)))
    assert common_slots(sydney, london, duration=HOUR, now=LONG_AGO) == []


def test_overlapping_windows_of_one_person_give_no_duplicate_slots() -> None:
    """Windows offered twice, or overlapping, are merged before matching."""
    a = Availability((Window(utc(9, 9), utc(9, 11)), Window(utc(9, 10), utc(9, 12))), LONDON)
    b = Availability((Window(utc(9, 9), utc(9, 12)),) * 2, LONDON)
    slots = common_slots(a, b, duration=HOUR, now=LONG_AGO)
    assert starts(slots) == [utc(9, 9), utc(9, 9, 30), utc(9, 10), utc(9, 10, 30), utc(9, 11)]


def test_naive_datetimes_are_refused() -> None:
    """A naive `now` is an error, never read in the host's zone."""
    a = Availability((whole_day(9),), LONDON)
    with pytest.raises(InputError):
        common_slots(a, a, duration=HOUR, now=datetime(2027, 3, 1))  # noqa: DTZ001


def test_options_spread_over_different_days() -> None:
    """Without overlap, options are the earliest slot of each of the first `limit` days."""
    mornings = [Window(utc(d, 13), utc(d, 16)) for d in (15, 16, 17, 18)]
    client = Availability((), LONDON)
    options = options_from(mornings, client, duration=HOUR, now=LONG_AGO)
    assert starts(options) == [utc(15, 13), utc(16, 13), utc(17, 13)]


def test_options_fill_one_day_with_times_that_do_not_overlap() -> None:
    """With a single day on offer, the options are successive non-overlapping hours."""
    client = Availability((), LONDON)
    options = options_from([Window(utc(16, 9), utc(16, 17))], client, duration=HOUR, now=LONG_AGO)
    assert starts(options) == [utc(16, 9), utc(16, 10), utc(16, 11)]


def test_options_respect_the_readers_hours_notice_and_busy() -> None:
    """Options fall in the other person's working day, after notice, clear of busy rounds."""
    windows = [Window(utc(15, 6), utc(15, 11)), Window(utc(16, 6), utc(16, 11))]
    client = Availability((), LONDON)
    busy = [Window(utc(16, 9), utc(16, 10))]
    options = options_from(
        windows,
        client,
        duration=HOUR,
        now=utc(15, 0),
        min_notice=timedelta(hours=9, minutes=30),
        busy=busy,
        limit=2,
    )
    assert starts(options) == [utc(15, 9, 30), utc(16, 10)]


_HALF = timedelta(minutes=30)
_marks = st.integers(min_value=0, max_value=14 * 24 * 2).map(lambda n: utc(8, 0) + n * _HALF)


@st.composite
def windows(draw: st.DrawFn) -> tuple[Window, ...]:
    """Up to four windows over two weeks, on half-hour marks."""
    pairs = draw(st.lists(st.tuples(_marks, _marks), max_size=4))
    return tuple(Window(min(p), max(p)) for p in pairs)


def covered(slot: Window, offer: tuple[Window, ...]) -> bool:
    """Every half hour of the slot lies in some offered window (adjacent windows join up)."""
    marks = [slot.start + i * _HALF for i in range((slot.end - slot.start) // _HALF)]
    return all(any(w.start <= m and m + _HALF <= w.end for w in offer) for m in marks)


@given(windows(), windows(), st.sampled_from([NY, LONDON, "Asia/Kolkata"]))
def test_every_slot_fits_both_offers_and_both_working_days(
    a_windows: tuple[Window, ...], b_windows: tuple[Window, ...], zone: str
) -> None:
    """Whatever is offered, each slot is inside both offers and both working days."""
    a, b = Availability(a_windows, NY), Availability(b_windows, zone)
    for slot in common_slots(a, b, duration=HOUR, now=LONG_AGO):
        assert slot.end - slot.start == HOUR
        assert slot.start.minute in (0, 30)
        for person in (a, b):
            assert covered(slot, person.windows)
            local_start = slot.start.astimezone(ZoneInfo(person.zone))
            local_end = slot.end.astimezone(ZoneInfo(person.zone))
            assert local_start.weekday() < 5
            assert time(9) <= local_start.time() and local_end.time() <= time(17)
