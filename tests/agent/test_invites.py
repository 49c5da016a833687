"""Tests for agent.rendering.invites: iTIP REQUEST/CANCEL text, round UIDs and readable times."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar, Event

from agent.core.lifecycle import round_uid
from agent.core.slots import describe
from agent.errors import InputError
from agent.rendering.invites import InviteSpec, build_cancel, build_request
from parsers.model import Address

GOLDEN = Path(__file__).parent.parent / "fixtures" / "ics" / "request_round2.ics"

SPEC = InviteSpec(
    uid=round_uid("p42", 2, "agency.example"),
    sequence=1,
    start=datetime(2026, 12, 3, 15, tzinfo=UTC),
    end=datetime(2026, 12, 3, 16, tzinfo=UTC),
    summary="Interview #2: Jane Doe / Acme, Senior Backend Engineer",
    description=(
        "Second interview for the Senior Backend Engineer role.\nJoin: https://meet.example/abc"
    ),
    organizer=Address("rounds@agency.example", "Rounds at Agency"),
    attendees=(Address("jane@example.com", "Jane Doe"), Address("bob@acme.example", "Smith, Bob")),
    stamp=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
    location="Video call",
)


def parse(text: str) -> tuple[Calendar, Event]:
    """The calendar and its only event, as a receiving client would read them."""
    calendar = Calendar.from_ical(text)
    assert len(calendar.events) == 1
    return calendar, calendar.events[0]


def test_request_matches_the_golden_file() -> None:
    """The REQUEST for a fixed spec is byte-for-byte the reviewed fixture (modulo line ends)."""
    assert GOLDEN.read_text(encoding="utf-8") == build_request(SPEC).replace("\r\n", "\n")


def test_request_lines_end_in_crlf() -> None:
    """RFC 5545 content lines end in CRLF."""
    text = build_request(SPEC)
    assert text.count("\r\n") == text.count("\n")


def test_request_carries_the_itip_fields() -> None:
    """METHOD, PRODID, VERSION, UTC times, organizer and RSVP-able attendees are all there."""
    calendar, event = parse(build_request(SPEC))
    assert (calendar["METHOD"], calendar["VERSION"]) == ("REQUEST", "2.0")
    assert "PRODID" in calendar
    assert (event["STATUS"], event["SEQUENCE"], str(event["UID"])) == ("CONFIRMED", 1, SPEC.uid)
    assert (event.start, event.end, event.DTSTAMP) == (SPEC.start, SPEC.end, SPEC.stamp)
    assert event["DTSTART"].to_ical() == b"20261203T150000Z"
    assert (str(event.organizer), event.organizer.params["CN"]) == (
        "mailto:rounds@agency.example",
        "Rounds at Agency",
    )
    params = [dict(a.params) for a in event.attendees]
    assert params == [
        {"CN": name, "ROLE": "REQ-PARTICIPANT", "PARTSTAT": "NEEDS-ACTION", "RSVP": "TRUE"}
        for name in ("Jane Doe", "Smith, Bob")
    ]


def test_no_calendar_level_uid_and_no_vtimezone() -> None:
    """Only the event has a UID (Calendar.new() would add another); UTC times need no VTIMEZONE."""
    text = build_request(SPEC)
    assert text.count("UID:") == 1
    assert "VTIMEZONE" not in text


def test_cancel_says_cancelled_and_asks_no_reply() -> None:
    """A CANCEL keeps the UID, carries the caller's SEQUENCE, STATUS:CANCELLED and no RSVP."""
    calendar, event = parse(build_cancel(replace(SPEC, sequence=2)))
    assert calendar["METHOD"] == "CANCEL"
    assert (event["STATUS"], event["SEQUENCE"], str(event["UID"])) == ("CANCELLED", 2, SPEC.uid)
    assert [dict(a.params) for a in event.attendees] == [
        {"CN": "Jane Doe", "ROLE": "REQ-PARTICIPANT"},
        {"CN": "Smith, Bob", "ROLE": "REQ-PARTICIPANT"},
    ]


def test_text_from_mail_cannot_inject_properties() -> None:
    """CR/LF and control characters in a summary or name cannot start a new content line."""
    evil = "Interview\r\nATTENDEE:mailto:evil@example.com\x00"
    spec = replace(SPEC, summary=evil, attendees=(Address("jane@example.com", evil),))
    _, event = parse(build_request(spec))
    assert [str(a) for a in event.attendees] == ["mailto:jane@example.com"]
    assert event["SUMMARY"] == "Interview ATTENDEE:mailto:evil@example.com "
    assert event.attendees[0].params["CN"] == "Interview ATTENDEE:mailto:evil@example.com "


def test_a_backslash_in_a_name_keeps_the_address() -> None:
    """A name ending in a backslash cannot turn the attendee's address into a parameter."""
    spec = replace(SPEC, attendees=(Address("jane@example.com", "Jane\\"),))
    _, event = parse(build_request(spec))
    assert [(str(a), a.params["CN"]) for a in event.attendees] == [
        ("mailto:jane@example.com", "Jane")
    ]


def test_naive_or_backwards_times_are_refused() -> None:
    """A naive datetime or an end before the start is an InputError, not a wrong invite."""
    with pytest.raises(InputError):
        build_request(replace(SPEC, stamp=datetime(2026, 11, 20)))  # noqa: DTZ001
    with pytest.raises(InputError):
        build_request(replace(SPEC, end=SPEC.start))


def test_round_uid_is_stable_and_distinct_per_round() -> None:
    """The same process and round always give the same UID; another round another one."""
    assert round_uid("p42", 2, "agency.example") == "p42.round2@agency.example"
    assert round_uid("p42", 2, "agency.example") != round_uid("p42", 3, "agency.example")


@pytest.mark.parametrize(("process_id", "round_no"), [("p 42", 1), ("p42\r\n", 1), ("p42", 0)])
def test_round_uid_refuses_unsafe_parts(process_id: str, round_no: int) -> None:
    """Spaces, line breaks or a round below 1 never reach a UID."""
    with pytest.raises(InputError):
        round_uid(process_id, round_no, "agency.example")


@pytest.mark.parametrize(
    ("start", "end", "zone", "expected"),
    [
        (
            datetime(2026, 12, 3, 15, tzinfo=UTC),
            datetime(2026, 12, 3, 16, tzinfo=UTC),
            "America/New_York",
            "Thursday 3 December 2026, 10:00–11:00 EST (America/New_York)",
        ),
        (
            datetime(2027, 3, 16, 13, tzinfo=UTC),
            datetime(2027, 3, 16, 14, tzinfo=UTC),
            "America/New_York",
            "Tuesday 16 March 2027, 09:00–10:00 EDT (America/New_York)",
        ),
        (
            datetime(2026, 12, 3, 22, tzinfo=UTC),
            datetime(2026, 12, 3, 23, 30, tzinfo=UTC),
            "Europe/Paris",
            "Thursday 3 December 2026, 23:00 – Friday 4 December 2026, 00:30 CET (Europe/Paris)",
        ),
        (
            datetime(2026, 12, 3, 8, tzinfo=UTC),
            datetime(2026, 12, 3, 9, tzinfo=UTC),
            "Asia/Dubai",
            "Thursday 3 December 2026, 12:00–13:00 UTC+04 (Asia/Dubai)",
        ),
        (
            datetime(2026, 12, 3, 8, tzinfo=UTC),
            datetime(2026, 12, 3, 9, tzinfo=UTC),
            "UTC",
            "Thursday 3 December 2026, 08:00–09:00 UTC",
        ),
    ],
)
def test_describe_reads_in_the_readers_zone(
    start: datetime, end: datetime, zone: str, expected: str
) -> None:
    """Times are told in the reader's zone with its abbreviation of the day (EST vs EDT)."""
    assert describe(start, end, zone) == expected


# Text as people type it: anything but control characters, which _render replaces.
_text = st.text(st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=80)
_moments = st.datetimes(
    min_value=datetime(2000, 1, 1),  # noqa: DTZ001 - hypothesis bounds are naive by design
    max_value=datetime(2099, 1, 1),  # noqa: DTZ001
    timezones=st.just(UTC),
).map(lambda d: d.replace(microsecond=0))
# Names without backslashes, which _cn drops (see test_a_backslash_in_a_name_keeps_the_address).
_names = st.text(
    st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp"), exclude_characters="\\"),
    max_size=40,
)
_addresses = st.builds(Address, st.emails().map(str.lower), _names)


@st.composite
def specs(draw: st.DrawFn) -> InviteSpec:
    """Any valid spec: a positive length, any texts, one to four attendees."""
    start = draw(_moments)
    return InviteSpec(
        uid=draw(st.from_regex(r"[a-z0-9.]{1,20}@[a-z]{1,10}\.example", fullmatch=True)),
        sequence=draw(st.integers(0, 1000)),
        start=start,
        end=start + draw(st.integers(1, 8 * 60).map(lambda m: timedelta(minutes=m))),
        summary=draw(_text),
        description=draw(st.lists(_text, max_size=3).map("\n".join)),
        organizer=draw(_addresses),
        attendees=tuple(draw(st.lists(_addresses, min_size=1, max_size=4))),
        stamp=draw(_moments),
        location=draw(_text),
    )


@given(specs())
def test_request_round_trips_through_icalendar(spec: InviteSpec) -> None:
    """Parsing build_request(spec) gives back every field of the spec."""
    _, event = parse(build_request(spec))
    assert isinstance(event.start, datetime)
    assert isinstance(event.end, datetime)
    read = InviteSpec(
        uid=str(event["UID"]),
        sequence=event.sequence,
        start=event.start,
        end=event.end,
        summary=str(event["SUMMARY"]),
        description=str(event["DESCRIPTION"]),
        organizer=Address(
            str(event.organizer).removeprefix("mailto:"), event.organizer.params.get("CN", "")
        ),
        attendees=tuple(
            Address(str(a).removeprefix("mailto:"), a.params.get("CN", "")) for a in event.attendees
        ),
        stamp=event.DTSTAMP,
        location=str(event.get("LOCATION", "")),
    )
    assert spec == read


def test_a_video_invite_carries_location_url_and_one_conference() -> None:
    """RFC 7986 CONFERENCE (VALUE=URI, FEATURE, LABEL) and URL round-trip through icalendar."""
    spec = replace(
        SPEC,
        location="https://zoom.us/j/1",
        url="https://zoom.us/j/1",
        conferences=(("https://zoom.us/j/1", "VIDEO", "Join the video call"),),
    )
    text = build_request(spec)
    assert "CONFERENCE;FEATURE=VIDEO;LABEL=Join the video call;VALUE=URI:https://zoom.us/j/1" in (
        text.replace("\r\n ", "")
    )
    _, event = parse(text)
    assert str(event["URL"]) == "https://zoom.us/j/1"
    assert str(event["LOCATION"]) == "https://zoom.us/j/1"
    [conference] = event.conferences
    assert (str(conference.uri), conference.feature, conference.label) == (
        "https://zoom.us/j/1",
        "VIDEO",
        "Join the video call",
    )
