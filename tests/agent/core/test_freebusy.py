"""Tests for agent.core.freebusy: reading free/busy answers and events, and merging busy time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from agent.core.freebusy import Block, Kind, event_blocks, freebusy_blocks, merge, uncovered
from agent.errors import InputError
from parsers.model import Window

NY = "America/New_York"
START = datetime(2027, 3, 8, tzinfo=UTC)
END = datetime(2027, 3, 22, tzinfo=UTC)


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 3, day, hour, minute, tzinfo=UTC)


def calendar(*parts: str) -> str:
    body = "\r\n".join(line.strip() for part in parts for line in part.strip().splitlines())
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}\r\nEND:VCALENDAR\r\n"


def event(uid: str, *lines: str) -> str:
    return "\n".join(
        ("BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270301T000000Z", *lines, "END:VEVENT")
    )


# Radicale's shape: one VFREEBUSY per event, overlaps left as they are, cancelled as FREE.
RADICALE_ANSWER = calendar(
    "BEGIN:VFREEBUSY\nDTSTART:20270308T000000Z\nDTEND:20270322T000000Z\n"
    "FREEBUSY;FBTYPE=BUSY:20270315T140000Z/20270315T150000Z\nEND:VFREEBUSY",
    "BEGIN:VFREEBUSY\nFREEBUSY;FBTYPE=BUSY:20270315T143000Z/20270315T153000Z\nEND:VFREEBUSY",
    "BEGIN:VFREEBUSY\nFREEBUSY;FBTYPE=BUSY:20270315T153000Z/PT30M\nEND:VFREEBUSY",
    "BEGIN:VFREEBUSY\nFREEBUSY;FBTYPE=FREE:20270316T140000Z/20270316T150000Z\nEND:VFREEBUSY",
    "BEGIN:VFREEBUSY\nFREEBUSY;FBTYPE=BUSY-TENTATIVE:20270317T140000Z/20270317T150000Z\n"
    "END:VFREEBUSY",
    "BEGIN:VFREEBUSY\nFREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20270318T140000Z/20270318T150000Z,"
    "20270319T140000Z/20270319T150000Z\nEND:VFREEBUSY",
)


def test_radicale_answer_is_merged_with_free_dropped_and_tentative_busy() -> None:
    """Overlapping and adjacent blocks become one window; FREE is dropped; tentative is busy."""
    busy = merge(freebusy_blocks(RADICALE_ANSWER), START, END)
    assert busy == (
        Window(utc(15, 14), utc(15, 16)),
        Window(utc(17, 14), utc(17, 15)),
        Window(utc(18, 14), utc(18, 15)),
        Window(utc(19, 14), utc(19, 15)),
    )


def test_tentative_can_be_configured_free() -> None:
    """With tentative_busy=False a BUSY-TENTATIVE block no longer blocks."""
    busy = merge(freebusy_blocks(RADICALE_ANSWER), START, END, tentative_busy=False)
    assert Window(utc(17, 14), utc(17, 15)) not in busy
    assert Window(utc(15, 14), utc(15, 16)) in busy


def test_merge_clips_to_the_asked_range() -> None:
    """A block reaching past the range is cut at its ends; one wholly outside is dropped."""
    blocks = [Block(utc(7, 20), utc(8, 10)), Block(utc(23, 1), utc(23, 2))]
    assert merge(blocks, START, END) == (Window(START, utc(8, 10)),)


def test_uncovered_is_the_time_no_block_states() -> None:
    """The gaps of [start, end) between overlapping, touching and outlying blocks are
    UNAVAILABLE; covered time and time outside the range are not."""
    blocks = [
        Block(utc(7, 9), utc(8, 9), Kind.FREE),  # starts before the range
        Block(utc(8, 12), utc(8, 14), Kind.FREE),
        Block(utc(8, 13), utc(8, 15), Kind.BUSY),  # overlaps the one before
        Block(utc(8, 15), utc(8, 16), Kind.FREE),  # touches it
        Block(utc(25, 9), utc(25, 10), Kind.FREE),  # after the range
    ]
    assert uncovered(blocks, START, END) == [
        Block(utc(8, 9), utc(8, 12), Kind.UNAVAILABLE),
        Block(utc(8, 16), END, Kind.UNAVAILABLE),
    ]
    assert uncovered([], START, END) == [Block(START, END, Kind.UNAVAILABLE)]


def test_unknown_fbtype_counts_as_busy() -> None:
    """RFC 5545: an FBTYPE we do not know is busy, never silently free."""
    answer = calendar(
        "BEGIN:VFREEBUSY\nFREEBUSY;FBTYPE=X-WHATEVER:20270315T140000Z/20270315T150000Z\n"
        "END:VFREEBUSY"
    )
    assert freebusy_blocks(answer) == [Block(utc(15, 14), utc(15, 15), Kind.BUSY)]


def test_weekly_meeting_with_exdate_and_moved_instance() -> None:
    """A weekly meeting skips its EXDATE and follows its overridden (moved) instance."""
    ics = calendar(
        event(
            "standup",
            "DTSTART;TZID=America/New_York:20270301T100000",
            "DTEND;TZID=America/New_York:20270301T103000",
            "RRULE:FREQ=WEEKLY;COUNT=4",
            "EXDATE;TZID=America/New_York:20270308T100000",
        ),
        event(
            "standup",
            "RECURRENCE-ID;TZID=America/New_York:20270315T100000",
            "DTSTART;TZID=America/New_York:20270315T150000",
            "DTEND;TZID=America/New_York:20270315T153000",
        ),
    )
    busy = merge(event_blocks(ics, START, END, NY), START, END)
    # 8 March is excepted; 15 March moved to 15:00 EDT (19:00Z) — and it is DST by then.
    assert busy == (Window(utc(15, 19), utc(15, 19, 30)),)


def test_weekly_meeting_keeps_local_time_across_us_dst() -> None:
    """A 09:00 New York meeting is 14:00Z before 14 March 2027 and 13:00Z after."""
    ics = calendar(
        event(
            "weekly",
            "DTSTART;TZID=America/New_York:20270310T090000",
            "DURATION:PT1H",
            "RRULE:FREQ=WEEKLY",
        )
    )
    busy = merge(event_blocks(ics, START, END, NY), START, END)
    assert busy == (Window(utc(10, 14), utc(10, 15)), Window(utc(17, 13), utc(17, 14)))


def test_all_day_event_blocks_the_owners_whole_local_day() -> None:
    """An all-day event covers midnight to midnight in the calendar owner's zone."""
    ics = calendar(event("offsite", "DTSTART;VALUE=DATE:20270316", "DTEND;VALUE=DATE:20270317"))
    busy = merge(event_blocks(ics, START, END, NY), START, END)
    assert busy == (Window(utc(16, 4), utc(17, 4)),)


def test_all_day_event_without_end_lasts_one_day() -> None:
    """RFC 5545: a date-only DTSTART without DTEND or DURATION takes up that day."""
    ics = calendar(event("holiday", "DTSTART;VALUE=DATE:20270316"))
    busy = merge(event_blocks(ics, START, END, "UTC"), START, END)
    assert busy == (Window(utc(16, 0), utc(17, 0)),)


def test_event_in_another_zone_lands_at_its_own_utc_time() -> None:
    """A Berlin-time event (CET, UTC+1 in mid-March) is read in Berlin, not the owner's zone."""
    ics = calendar(
        event(
            "berlin",
            "DTSTART;TZID=Europe/Berlin:20270316T100000",
            "DTEND;TZID=Europe/Berlin:20270316T110000",
        )
    )
    busy = merge(event_blocks(ics, START, END, NY), START, END)
    assert busy == (Window(utc(16, 9), utc(16, 10)),)


def test_floating_time_is_read_in_the_owners_zone() -> None:
    """A time without zone is the owner's wall clock (New York, EDT on 16 March)."""
    ics = calendar(event("floating", "DTSTART:20270316T100000", "DTEND:20270316T110000"))
    assert merge(event_blocks(ics, START, END, NY), START, END) == (
        Window(utc(16, 14), utc(16, 15)),
    )


def test_cancelled_and_transparent_events_are_free_tentative_is_busy() -> None:
    """STATUS:CANCELLED and TRANSP:TRANSPARENT free the time; STATUS:TENTATIVE holds it."""
    ics = calendar(
        event("c", "STATUS:CANCELLED", "DTSTART:20270316T140000Z", "DTEND:20270316T150000Z"),
        event("t", "TRANSP:TRANSPARENT", "DTSTART:20270317T140000Z", "DTEND:20270317T150000Z"),
        event("m", "STATUS:TENTATIVE", "DTSTART:20270318T140000Z", "DTEND:20270318T150000Z"),
    )
    blocks = event_blocks(ics, START, END, NY)
    assert sorted(b.kind for b in blocks) == sorted([Kind.FREE, Kind.FREE, Kind.TENTATIVE])
    assert merge(blocks, START, END) == (Window(utc(18, 14), utc(18, 15)),)
    assert merge(blocks, START, END, tentative_busy=False) == ()


def test_event_without_end_or_duration_takes_no_time() -> None:
    """RFC 5545: a timed DTSTART alone is a point in time, not busy."""
    ics = calendar(event("point", "DTSTART:20270316T140000Z"))
    assert merge(event_blocks(ics, START, END, NY), START, END) == ()


@pytest.mark.parametrize(
    "ics",
    [
        "not a calendar at all",
        calendar("BEGIN:VFREEBUSY\nFREEBUSY:yesterday\nEND:VFREEBUSY"),
        calendar("BEGIN:VFREEBUSY\nFREEBUSY:20270316T140000Z\nEND:VFREEBUSY"),
    ],
)
def test_hostile_freebusy_answer_raises_input_error(ics: str) -> None:
    """A broken free/busy answer is an InputError (the source counts as unreadable)."""
    with pytest.raises(InputError):
        freebusy_blocks(ics)


@pytest.mark.parametrize(
    "ics",
    [
        "not a calendar at all",
        calendar(event("bad", "DTSTART:2027-03-16 lunch", "DTEND:20270316T150000Z")),
        calendar(event("rule", "DTSTART:20270316T140000Z", "RRULE:FREQ=SOMETIMES")),
    ],
)
def test_hostile_events_raise_input_error(ics: str) -> None:
    """Broken event data is an InputError, not a crash and not silently free time."""
    with pytest.raises(InputError):
        event_blocks(ics, START, END, NY)


def test_merge_refuses_naive_times() -> None:
    """A block without a zone cannot be placed in time."""
    naive = datetime(2027, 3, 15, 14)  # noqa: DTZ001 - the point of the test
    with pytest.raises(InputError):
        merge([Block(naive, naive + timedelta(hours=1))], START, END)
