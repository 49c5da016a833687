"""A person's standing scheduling preferences, learned from the recruiter's phone notes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from parsers.model import Window

NOTE_CAP = 2000  # characters of a note kept on the process: enough for a call's summary
_WEEKDAY_NAMES = (
    "Mondays",
    "Tuesdays",
    "Wednesdays",
    "Thursdays",
    "Fridays",
    "Saturdays",
    "Sundays",
)

_T = TypeVar("_T")
# Minutes after midnight in the person's own zone, end exclusive.
Span = tuple[int, int]


class Preferences(BaseModel):
    """What one person can and cannot do, in their own zone; kept across rounds."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    weekdays_out: tuple[int, ...] = ()  # Monday = 0
    dates_out: tuple[date, ...] = ()
    hours_out: tuple[Span, ...] = ()  # parts of the day ruled out
    hours_preferred: tuple[Span, ...] = ()  # parts of the day to offer first
    notice_hours: int = 0  # at least this much notice before an interview
    zone: str | None = None  # the zone the recruiter learned they are in

    @property
    def empty(self) -> bool:
        return self == Preferences()

    def merged(self, newer: Preferences) -> Preferences:
        """These preferences with a newer note's added; a newer zone or notice replaces."""
        return Preferences(
            weekdays_out=_union(self.weekdays_out, newer.weekdays_out),
            dates_out=_union(self.dates_out, newer.dates_out),
            hours_out=_union(self.hours_out, newer.hours_out),
            hours_preferred=_union(self.hours_preferred, newer.hours_preferred),
            notice_hours=newer.notice_hours or self.notice_hours,
            zone=newer.zone or self.zone,
        )

    @property
    def notice(self) -> timedelta:
        return timedelta(hours=self.notice_hours)

    def allows(self, slot: Window, zone: ZoneInfo) -> bool:
        """The slot keeps clear of every ruled-out day and part of the day."""
        start, end = slot.start.astimezone(zone), slot.end.astimezone(zone)
        if start.weekday() in self.weekdays_out or start.date() in self.dates_out:
            return False
        first, last = _minutes(start), _minutes(end) or 24 * 60
        return not any(first < until and since < last for since, until in self.hours_out)

    def preferred(self, slot: Window, zone: ZoneInfo) -> bool:
        """The slot lies inside a preferred part of the day (true when none is preferred)."""
        if not self.hours_preferred:
            return True
        start, end = slot.start.astimezone(zone), slot.end.astimezone(zone)
        first, last = _minutes(start), _minutes(end) or 24 * 60
        return any(since <= first and last <= until for since, until in self.hours_preferred)

    def describe(self, own_zone: str, reader_zone: str, today: date) -> list[str]:
        """Each preference in words; hours also in `reader_zone` when it differs."""
        said = [f"not on {_WEEKDAY_NAMES[d]}" for d in sorted(self.weekdays_out)]
        said += [f"not on {d:%a %d %b %Y}" for d in sorted(self.dates_out)]
        said += [f"not {_hours(s, own_zone, reader_zone, today)}" for s in self.hours_out]
        said += [f"prefers {_hours(s, own_zone, reader_zone, today)}" for s in self.hours_preferred]
        if self.notice_hours:
            said.append(f"needs at least {self.notice_hours} h notice")
        if self.zone:
            said.append(f"time zone {self.zone}")
        return said


class PhoneNote(BaseModel):
    """A recruiter's note on the process, as written (capped at NOTE_CAP characters)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    by: str  # the recruiter's email
    at: datetime
    about: str = ""  # the email of the person it is about; "" when no one was named
    text: str


def combined(preferences: Iterable[Preferences]) -> Preferences:
    """The preferences of several people on one side, all applied at once."""
    out = Preferences()
    for each in preferences:
        out = out.merged(each)
    return out


def _union(old: tuple[_T, ...], new: tuple[_T, ...]) -> tuple[_T, ...]:
    return old + tuple(x for x in new if x not in old)


def _minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def _hours(span: Span, own_zone: str, reader_zone: str, today: date) -> str:
    """'09:00–12:00 their time (14:00–17:00 your time)' on `today`'s offsets."""
    own = ZoneInfo(own_zone)
    start = datetime.combine(today, datetime.min.time(), own) + timedelta(minutes=span[0])
    end = datetime.combine(today, datetime.min.time(), own) + timedelta(minutes=span[1])
    text = f"{start:%H:%M}–{end:%H:%M} their time"
    if reader_zone != own_zone:
        there = ZoneInfo(reader_zone)
        text += f" ({start.astimezone(there):%H:%M}–{end.astimezone(there):%H:%M} your time)"
    return text
