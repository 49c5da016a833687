"""iCalendar invites (iTIP REQUEST and CANCEL) for one interview round."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from icalendar import Calendar, Conference, Event, vCalAddress

from agent.core.slots import utc
from agent.errors import InputError
from parsers.model import Address

PRODID = "-//rounds//interview scheduling//EN"

# icalendar writes control characters through verbatim and then cannot read them back.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class InviteSpec:
    """Everything one iTIP message about one round says; `stamp` is when it is written."""

    uid: str
    sequence: int
    start: datetime
    end: datetime
    summary: str
    description: str
    organizer: Address
    attendees: tuple[Address, ...]
    stamp: datetime
    location: str = ""
    url: str = ""  # the meeting link (https), for clients that offer a "join" button
    conferences: tuple[tuple[str, str, str], ...] = ()  # RFC 7986: (uri, feature, label)


def build_request(spec: InviteSpec) -> str:
    """The METHOD:REQUEST calendar text that books (or, with a higher SEQUENCE, moves) a round."""
    return _render(spec, method="REQUEST", status="CONFIRMED")


def build_cancel(spec: InviteSpec) -> str:
    """The METHOD:CANCEL calendar text; the caller passes the booked SEQUENCE + 1."""
    return _render(spec, method="CANCEL", status="CANCELLED")


def _text(value: str) -> str:
    return _CONTROL.sub(" ", value.replace("\r\n", "\n"))


def _one_line(value: str) -> str:
    return _text(value).replace("\n", " ")


def _render(spec: InviteSpec, *, method: str, status: str) -> str:
    if spec.sequence < 0 or utc(spec.end) <= utc(spec.start):
        raise InputError(
            f"bad invite {spec.uid!r}: sequence {spec.sequence}, ends before it starts"
        )
    # Calendar(), not Calendar.new(): new() adds a calendar-level UID beside the event's.
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    event = Event()
    event.add("uid", spec.uid)
    event.add("sequence", spec.sequence)
    event.add("dtstamp", utc(spec.stamp))
    # UTC times need no VTIMEZONE; clients show them in each reader's own zone.
    event.add("dtstart", utc(spec.start))
    event.add("dtend", utc(spec.end))
    event.add("summary", _one_line(spec.summary))
    event.add("description", _text(spec.description))
    if spec.location:
        event.add("location", _one_line(spec.location))
    if spec.url:
        event.add("url", spec.url)
    if spec.conferences:
        event.conferences = [
            Conference(uri, feature=feature, label=_one_line(label))
            for uri, feature, label in spec.conferences
        ]
    event.add("organizer", vCalAddress.new(spec.organizer.email, cn=_cn(spec.organizer)))
    # A cancellation asks for no reply, so only the request carries PARTSTAT and RSVP.
    asks = method == "REQUEST"
    for attendee in spec.attendees:
        address = vCalAddress.new(
            attendee.email,
            cn=_cn(attendee),
            role="REQ-PARTICIPANT",
            partstat="NEEDS-ACTION" if asks else None,
            rsvp=True if asks else None,
        )
        event.add("attendee", address)
    event.add("status", status)
    calendar.add_component(event)
    text: bytes = calendar.to_ical()
    return text.decode("utf-8")


def _cn(address: Address) -> str | None:
    # icalendar 7.3 reads a backslash in a parameter as an escape: CN=x\:mailto:... loses
    # the address. Names have no use for one.
    return _one_line(address.name).replace("\\", "") or None
