"""Slot search from calendars: a few concrete times that suit everyone on a round.

Everyone's working day is turned into UTC spans day by day (so DST weeks come out right),
the spans are intersected, and busy time, widened by the buffer, is cut out; what is left
is sliced into slots on a fixed UTC step and spread over days (`agent.core.slots`' rules).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from agent.core.slots import _align, _intersect, _spread, _union, utc
from agent.errors import InputError
from parsers.model import Window

_Span = tuple[datetime, datetime]


@dataclass(frozen=True, slots=True)
class Attendee:
    """One person a slot must suit."""

    email: str
    zone: str  # IANA name: their working day and their all-day events are in it
    business_hours: tuple[time, time] = (time(9), time(17))
    busy: tuple[Window, ...] = ()  # from their calendar and our other bookings
    interviews: tuple[Window, ...] = ()  # interviews already booked, for the daily limit
    daily_limit: int | None = None  # most interviews a day; None: no limit (the candidate)


@dataclass(frozen=True, slots=True)
class Rules:
    """The operator's scheduling rules for one search."""

    duration: timedelta
    min_notice: timedelta = timedelta(hours=12)
    buffer: timedelta = timedelta(0)  # ROUNDS_BUFFER_MINUTES: kept clear before and after
    step: timedelta = timedelta(minutes=30)
    most: int = 5  # slots offered at most


def find_slots(
    people: Sequence[Attendee], until: datetime, *, rules: Rules, now: datetime, shown_in: str
) -> list[Window]:
    """Up to `rules.most` slots before `until` that suit every one of `people`, earliest first.

    Each is inside everyone's working day in their own zone, at least `min_notice` after
    `now`, `buffer` clear of anyone's busy time and on a day where no one has reached their
    daily limit. One slot per day (in the zone `shown_in`, the reader's) comes first, so
    the offer covers as many days as there are.
    """
    if rules.duration <= timedelta(0) or rules.step <= timedelta(0) or rules.most < 1:
        raise InputError(f"cannot search slots with {rules}")
    slots = [
        Window(start, start + rules.duration)
        for free in free_windows(people, until, rules=rules, now=now)
        for start in _starts(free.start, free.end, rules)
    ]
    return _spread(slots, ZoneInfo(shown_in), rules.most)


def free_windows(
    people: Sequence[Attendee], until: datetime, *, rules: Rules, now: datetime
) -> list[Window]:
    """The time before `until` when all of `people` are working, none is busy (buffer
    included) or at their daily limit, and the notice has passed; sorted, disjoint, UTC."""
    earliest = utc(now) + rules.min_notice
    spans: list[_Span] = [(earliest, utc(until))]
    for person in people:
        spans = _intersect(spans, _working_days(person, earliest, utc(until)))
    busy = _union(
        [
            Window(w.start - rules.buffer, w.end + rules.buffer)
            for person in people
            for w in (*person.busy, *person.interviews)
        ]
    )
    return [Window(start, end) for start, end in _subtract(spans, busy)]


def _working_days(person: Attendee, first: datetime, last: datetime) -> list[_Span]:
    """Their working hours on each weekday between `first` and `last`, as UTC spans; a day
    already holding `daily_limit` interviews is left out."""
    zone = ZoneInfo(person.zone)
    booked = Counter(w.start.astimezone(zone).date() for w in person.interviews)
    opens, closes = person.business_hours
    day, final = first.astimezone(zone).date(), last.astimezone(zone).date()
    spans = []
    while day <= final:
        full = person.daily_limit is not None and booked[day] >= person.daily_limit
        if day.weekday() < 5 and not full:
            spans.append(
                (
                    datetime.combine(day, opens, zone).astimezone(UTC),
                    datetime.combine(day, closes, zone).astimezone(UTC),
                )
            )
        day += timedelta(days=1)
    return spans


def _subtract(spans: list[_Span], busy: list[_Span]) -> list[_Span]:
    """`spans` less `busy`; both sorted and disjoint."""
    out: list[_Span] = []
    j = 0
    for start, end in spans:
        while j < len(busy) and busy[j][1] <= start:
            j += 1
        k = j
        while k < len(busy) and busy[k][0] < end:
            if start < busy[k][0]:
                out.append((start, busy[k][0]))
            start = max(start, busy[k][1])
            k += 1
        if start < end:
            out.append((start, end))
    return out


def _starts(first: datetime, last: datetime, rules: Rules) -> list[datetime]:
    start, starts = _align(first, rules.step), []
    while start + rules.duration <= last:
        starts.append(start)
        start += rules.step
    return starts
