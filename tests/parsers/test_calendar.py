"""Tests for parse_calendar: iTIP REPLY/COUNTER parts read into CalendarPart, never raising."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from parsers.mail.calendar import parse_calendar
from parsers.model import CalendarPart


def ics(*event_lines: str, method: str | None = "REPLY") -> str:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//rounds tests//EN"]
    if method:
        head.append(f"METHOD:{method}")
    return "\r\n".join([*head, "BEGIN:VEVENT", *event_lines, "END:VEVENT", "END:VCALENDAR", ""])


def test_reply_gives_method_uid_sequence_attendee_and_partstat() -> None:
    """A REPLY yields upper-case method and partstat and a bare lower-case attendee."""
    data = ics(
        "UID:rounds-1@agency.example",
        "SEQUENCE:3",
        "DTSTART:20270210T150000Z",
        "DTEND:20270210T160000Z",
        "ATTENDEE;CN=Kim Lee;PARTSTAT=accepted:MAILTO:Kim.Lee@Example.COM",
        method="reply",
    )
    expected = CalendarPart(
        method="REPLY",
        uid="rounds-1@agency.example",
        sequence=3,
        attendee="kim.lee@example.com",
        partstat="ACCEPTED",
        start=datetime(2027, 2, 10, 15, tzinfo=UTC),
        end=datetime(2027, 2, 10, 16, tzinfo=UTC),
    )
    assert parse_calendar(data) == expected


def test_counter_with_tzid_and_duration_gives_aware_window() -> None:
    """A COUNTER's proposed time is aware in its TZID, and DURATION supplies the end."""
    part = parse_calendar(
        ics(
            "UID:u",
            "DTSTART;TZID=Europe/Berlin:20270212T100000",
            "DURATION:PT45M",
            method="COUNTER",
        )
    )
    assert part is not None
    assert (part.method, part.start, part.end) == (
        "COUNTER",
        datetime(2027, 2, 12, 9, tzinfo=UTC),
        datetime(2027, 2, 12, 9, 45, tzinfo=UTC),
    )
    assert part.start is not None and part.start.utcoffset() == timedelta(hours=1)


def test_method_falls_back_to_the_content_type_hint() -> None:
    """A calendar without METHOD takes it from the Content-Type's method parameter."""
    part = parse_calendar(ics("UID:u", method=None), method_hint="counter")
    assert part is not None and part.method == "COUNTER"


def test_calendar_without_any_method_is_none() -> None:
    """Without METHOD and without a hint the part is no iTIP message."""
    assert parse_calendar(ics("UID:u", method=None)) is None


def test_malformed_dtstart_leaves_start_empty() -> None:
    """A broken DTSTART (which icalendar raises on only when read) gives start None."""
    part = parse_calendar(ics("UID:u", "DTSTART:2027021", "DTEND:20270210T160000Z"))
    assert part is not None
    assert (part.uid, part.start, part.end) == ("u", None, datetime(2027, 2, 10, 16, tzinfo=UTC))


@pytest.mark.parametrize(
    "value",
    [
        "DTSTART;VALUE=DATE:20270210",
        "DTSTART:20270210T150000",
        "DTSTART;TZID=No/Zone:20270210T150000",
    ],
)
def test_date_only_floating_or_unknown_zone_start_is_not_an_instant(value: str) -> None:
    """Values that are not an instant in time (no zone we can resolve) give start None."""
    part = parse_calendar(ics("UID:u", value))
    assert part is not None and part.start is None


def test_bad_sequence_defaults_to_zero() -> None:
    """A non-numeric SEQUENCE reads as 0 instead of failing the part."""
    part = parse_calendar(ics("UID:u", "SEQUENCE:two"))
    assert part is not None and part.sequence == 0


def test_first_of_several_attendees_is_taken() -> None:
    """With several ATTENDEE lines the first one answers."""
    part = parse_calendar(
        ics("UID:u", "ATTENDEE;PARTSTAT=DECLINED:mailto:a@x.example", "ATTENDEE:mailto:b@x.example")
    )
    assert part is not None and (part.attendee, part.partstat) == ("a@x.example", "DECLINED")


def test_calendar_without_event_keeps_the_method() -> None:
    """A VCALENDAR with METHOD but no VEVENT still says what it is."""
    data = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n"
    assert parse_calendar(data) == CalendarPart(method="CANCEL")


@pytest.mark.parametrize(
    "data",
    ["", "garbage", b"\xff\xfe\x00", "BEGIN:VCALENDAR\r\nEND:VEVENT\r\n", "BEGIN:VEVENT\r\n"],
)
def test_unreadable_calendar_is_none(data: str | bytes) -> None:
    """Anything icalendar cannot read gives None, never an exception."""
    assert parse_calendar(data) is None
