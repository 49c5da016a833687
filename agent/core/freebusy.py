"""Busy time from calendar data: free/busy answers and expanded events, filtered and merged.

Servers differ in what they hand back. Radicale answers a free-busy-query with one VFREEBUSY
per event, unmerged, and lists cancelled events as FBTYPE=FREE; an expanded event search
gives raw VEVENTs whose STATUS and TRANSP decide whether they block time. Both come down to
`Block`s here, and `merge` turns blocks into the sorted, disjoint busy windows the port promises.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar, Component

from agent.core.slots import _union, utc
from agent.errors import InputError
from parsers.model import Window

_UTC = ZoneInfo("UTC")  # FREEBUSY periods are UTC by RFC 5545; a floating one is read so


class Kind(StrEnum):
    """What a block of calendar time means for booking (RFC 5545 FBTYPE, plus STATUS/TRANSP)."""

    BUSY = "BUSY"  # an opaque, confirmed event
    TENTATIVE = "BUSY-TENTATIVE"  # STATUS:TENTATIVE; busy unless the operator says otherwise
    UNAVAILABLE = "BUSY-UNAVAILABLE"  # out of office, outside working time
    FREE = "FREE"  # a cancelled or transparent event: bookable


@dataclass(frozen=True, slots=True)
class Block:
    """One span of calendar time as a source reported it, before merging."""

    start: datetime
    end: datetime
    kind: Kind = Kind.BUSY


def merge(
    blocks: Iterable[Block], start: datetime, end: datetime, *, tentative_busy: bool = True
) -> tuple[Window, ...]:
    """The busy windows among `blocks`, clipped to [start, end), merged when they overlap or
    touch, sorted, in UTC."""
    blocking = {Kind.BUSY, Kind.UNAVAILABLE} | ({Kind.TENTATIVE} if tentative_busy else set())
    start, end = utc(start), utc(end)
    clipped = [
        Window(max(first, start), min(last, end))
        for first, last in ((utc(b.start), utc(b.end)) for b in blocks if b.kind in blocking)
        if first < end and start < last
    ]
    return tuple(Window(s, e) for s, e in _union(clipped))


def uncovered(blocks: Iterable[Block], start: datetime, end: datetime) -> list[Block]:
    """The spans of [start, end) that no block covers, as UNAVAILABLE blocks: for a source
    that states every hour (Bookings' staff availability), time it leaves out is not free."""
    spans = _union([Window(utc(b.start), utc(b.end)) for b in blocks])
    gaps, cursor = [], utc(start)
    for first, last in spans:
        if cursor < first:
            gaps.append(Block(cursor, min(first, utc(end)), Kind.UNAVAILABLE))
        cursor = max(cursor, last)
    if cursor < utc(end):
        gaps.append(Block(cursor, utc(end), Kind.UNAVAILABLE))
    return [g for g in gaps if g.start < g.end]


def freebusy_blocks(ics: str | bytes) -> list[Block]:
    """Every FREEBUSY period of every VFREEBUSY in a calendar-data answer (RFC 4791 7.10)."""
    blocks = []
    for component in _parse(ics).walk("VFREEBUSY"):
        # icalendar hands back one vPeriod per period, each carrying its property's FBTYPE.
        for period in _as_list(component.get("FREEBUSY")):
            kind = _kind(str(getattr(period, "params", {}).get("FBTYPE", "BUSY")))
            blocks.append(_period(getattr(period, "dt", None), kind))
    return blocks


def event_blocks(ics: str | bytes, start: datetime, end: datetime, zone: str) -> list[Block]:
    """The blocks of every event instance that touches [start, end), recurrences expanded
    (RRULE, RDATE, EXDATE and overridden instances); dates and floating times are read in
    `zone`, the calendar owner's."""
    calendar = _parse(ics)
    try:
        instances = recurring_ical_events.of(calendar).between(start, end)
    except Exception as exc:  # the library raises its own and plain errors on broken rules
        raise InputError(f"calendar data with an unreadable recurrence: {exc}") from exc
    return [_event(event, ZoneInfo(zone)) for event in instances]


def _parse(ics: str | bytes) -> Calendar:
    try:
        return Calendar.from_ical(ics, multiple=False)
    except ValueError as exc:
        raise InputError(f"unreadable calendar data: {exc}") from exc


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _kind(fbtype: str) -> Kind:
    try:
        return Kind(fbtype.upper())
    except ValueError:
        # RFC 5545: an unknown FBTYPE is to be treated as BUSY.
        return Kind.BUSY


def _period(period: Any, kind: Kind) -> Block:
    try:
        first, second = period
    except (TypeError, ValueError) as exc:
        raise InputError(f"FREEBUSY value is not a period: {period!r}") from exc
    end = first + second if isinstance(second, timedelta) else second
    return Block(_aware(first), _aware(end), kind)


def _aware(moment: Any, zone: ZoneInfo = _UTC) -> datetime:
    if isinstance(moment, datetime):
        return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).astimezone(UTC)
    if isinstance(moment, date):
        return datetime.combine(moment, time(0), zone).astimezone(UTC)
    raise InputError(f"not a date or time: {moment!r}")


def _event(event: Component, zone: ZoneInfo) -> Block:
    status = str(event.get("STATUS", "CONFIRMED")).upper()
    transparent = str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT"
    kind = (
        Kind.FREE
        if status == "CANCELLED" or transparent
        else Kind.TENTATIVE
        if status == "TENTATIVE"
        else Kind.BUSY
    )
    try:
        first = event.decoded("DTSTART")
        if "DTEND" in event:
            last = event.decoded("DTEND")
        elif "DURATION" in event:
            last = first + event.decoded("DURATION")
        else:
            # RFC 5545 3.6.1: a date-only event lasts its day, a timed one no time at all.
            last = first if isinstance(first, datetime) else first + timedelta(days=1)
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"event {event.get('UID', '?')} has an unreadable time: {exc}") from exc
    return Block(_aware(first, zone), _aware(last, zone), kind)
