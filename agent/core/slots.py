"""Slot matching: interview times that fit two people's windows, working days and other rounds."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from agent.core.preferences import Preferences
from agent.errors import InputError
from parsers.model import Window

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_STEP = timedelta(minutes=30)
_NOTICE = timedelta(hours=12)

# A span in UTC. Arithmetic on datetimes carrying a ZoneInfo is wall-clock arithmetic
# (09:00 + 24 h across a DST change is still 09:00), so every sum here is done in UTC.
_Span = tuple[datetime, datetime]
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def parse_hours(value: str) -> tuple[time, time]:
    """'09:00-17:00' → (09:00, 17:00); ValueError when malformed."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", value)
    if not match:
        raise ValueError(f"expected HH:MM-HH:MM such as 09:00-17:00, got {value!r}")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    start, end = time(h1, m1), time(h2, m2)
    if end <= start:
        raise ValueError(f"business hours end before they start: {value!r}")
    return start, end


@dataclass(frozen=True, slots=True)
class Availability:
    """One person's offered windows, their own IANA zone, their working day there, and
    what the recruiter learned they can and cannot do (`prefs`, in that zone)."""

    windows: tuple[Window, ...]
    zone: str
    business_hours: tuple[time, time] = (time(9), time(17))
    prefs: Preferences = field(default_factory=Preferences)


def common_slots(
    a: Availability,
    b: Availability,
    *,
    duration: timedelta,
    now: datetime,
    min_notice: timedelta = _NOTICE,
    busy: Sequence[Window] = (),
    step: timedelta = _STEP,
) -> list[Window]:
    """Every slot of `duration` inside both people's windows and both working days, the
    ones in both people's preferred hours first, each lot earliest first.

    Slots start on multiples of `step` counted in UTC (so on :00/:30 in every zone whose
    offset is a whole half hour), at or after `now + min_notice` (or a person's longer
    notice), on weekdays in both zones, clear of the days and hours either person ruled
    out, and overlap none of `busy` (the same people's other rounds).
    """
    spans = _intersect(_union(a.windows), _union(b.windows))
    earliest = utc(now) + max(min_notice, a.prefs.notice, b.prefs.notice)
    found = _slots(
        spans, (a, b), (a, b), duration=duration, earliest=earliest, busy=busy, step=step
    )
    return _preferred_first(list(found), (a, b))


def options_from(
    windows: Sequence[Window],
    other: Availability,
    *,
    duration: timedelta,
    now: datetime,
    min_notice: timedelta = _NOTICE,
    busy: Sequence[Window] = (),
    limit: int = 3,
    offering: Availability | None = None,
) -> list[Window]:
    """At most `limit` slots from one side's `windows` that suit `other`, one per day first.

    For when the two sides do not overlap: the options are sent to `other`, so only
    their working day (and notice, and `busy`) filters the offering side's windows, and
    what either person ruled out (`offering`: the offering side, for its preferences).
    Days with slots in preferred hours come first.
    """
    people = (other,) if offering is None else (other, offering)
    candidates = _slots(
        _union(windows),
        (other,),
        people,
        duration=duration,
        earliest=utc(now) + max(min_notice, *(p.prefs.notice for p in people)),
        busy=busy,
        step=_STEP,
    )
    return _spread(_preferred_first(list(candidates), people), ZoneInfo(other.zone), limit)


def utc(moment: datetime) -> datetime:
    # astimezone() on a naive datetime would silently read the host's zone.
    if moment.tzinfo is None:
        raise InputError(f"naive datetime {moment.isoformat()}: every time must carry its zone")
    return moment.astimezone(UTC)


def _union(windows: Sequence[Window]) -> list[_Span]:
    spans = sorted((utc(w.start), utc(w.end)) for w in windows)
    merged: list[_Span] = []
    for start, end in spans:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _intersect(xs: list[_Span], ys: list[_Span]) -> list[_Span]:
    out: list[_Span] = []
    i = j = 0
    while i < len(xs) and j < len(ys):
        start, end = max(xs[i][0], ys[j][0]), min(xs[i][1], ys[j][1])
        if start < end:
            out.append((start, end))
        if xs[i][1] < ys[j][1]:
            i += 1
        else:
            j += 1
    return out


def _slots(
    spans: list[_Span],
    people: Sequence[Availability],
    ruling: Sequence[Availability],
    *,
    duration: timedelta,
    earliest: datetime,
    busy: Sequence[Window],
    step: timedelta,
) -> Iterator[Window]:
    """Slots inside the working days of `people` that the preferences of `ruling` allow."""
    if duration <= timedelta(0) or step <= timedelta(0):
        raise InputError(f"duration {duration} and step {step} must be positive")
    hours = [(ZoneInfo(p.zone), p.business_hours) for p in people]
    rules = [(ZoneInfo(p.zone), p.prefs) for p in ruling if not p.prefs.empty]
    taken = _union(busy)
    for first, last in spans:
        start = _align(max(first, earliest), step)
        while start + duration <= last:
            slot = Window(start, start + duration)
            if (
                all(_in_hours(slot, zone, day) for zone, day in hours)
                and all(prefs.allows(slot, zone) for zone, prefs in rules)
                and not any(slot.start < until and since < slot.end for since, until in taken)
            ):
                yield slot
            start += step


def _preferred_first(slots: list[Window], people: Sequence[Availability]) -> list[Window]:
    """Slots in everyone's preferred hours first; `sorted` is stable, so each lot keeps
    its order."""
    rules = [(ZoneInfo(p.zone), p.prefs) for p in people]
    return sorted(slots, key=lambda s: not all(prefs.preferred(s, z) for z, prefs in rules))


def _align(moment: datetime, step: timedelta) -> datetime:
    late = (moment - _EPOCH) % step
    return moment + (step - late) if late else moment


def _in_hours(slot: Window, zone: ZoneInfo, day: tuple[time, time]) -> bool:
    start, end = slot.start.astimezone(zone), slot.end.astimezone(zone)
    return (
        start.weekday() < 5
        and start.date() == end.date()
        and day[0] <= start.time()
        and end.time() <= day[1]
    )


def _overlaps(a: Window, b: Window) -> bool:
    return a.start < b.end and b.start < a.end


def _spread(candidates: list[Window], zone: ZoneInfo, limit: int) -> list[Window]:
    picked: list[Window] = []
    days: set[date] = set()
    # First the earliest slot of each day, so the reader gets a choice of days ...
    for slot in candidates:
        day = slot.start.astimezone(zone).date()
        if len(picked) < limit and day not in days:
            picked.append(slot)
            days.add(day)
    # ... then, when there are too few days, further times on days already offered.
    for slot in candidates:
        if len(picked) < limit and not any(_overlaps(slot, p) for p in picked):
            picked.append(slot)
    return sorted(picked, key=lambda w: w.start)


def describe(start: datetime, end: datetime, zone: str) -> str:
    """A time span as its reader says it, e.g. "Thursday 3 December 2026, 10:00–11:00 EST (…)"."""
    tz = ZoneInfo(zone)
    first, last = utc(start).astimezone(tz), utc(end).astimezone(tz)
    same_day = last.date() == first.date()
    until = f"–{last:%H:%M}" if same_day else f" – {_day(last)}, {last:%H:%M}"
    abbreviation = first.tzname() or zone
    # Zones without a letter abbreviation report "+04"; say "UTC+04" instead.
    if abbreviation[0] in "+-":
        abbreviation = f"UTC{abbreviation}"
    named = "" if abbreviation == zone else f" ({zone})"
    return f"{_day(first)}, {first:%H:%M}{until} {abbreviation}{named}"


def _day(moment: datetime) -> str:
    # Names from tuples, not strftime: %A and %B follow the host's locale.
    return f"{_DAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} {moment.year}"
